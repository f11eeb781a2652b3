//! Localisation: which locale a request gets, and Fluent look-ups for it.
//!
//! Messages live in `locales/<lang>/*.ftl` and are compiled into the binary.
//! Islands never look messages up themselves: the server passes them the
//! already-translated strings they need, so the WASM bundle carries no Fluent.

#[cfg(feature = "ssr")]
mod collation;
#[cfg(feature = "ssr")]
mod dates;
mod locale;
mod negotiate;

use std::{borrow::Cow, collections::HashMap};

#[cfg(feature = "ssr")]
pub use collation::sort_by_name;
#[cfg(feature = "ssr")]
pub use dates::{
    calendar_date, helsinki_date, helsinki_local, helsinki_moment, helsinki_time, helsinki_today,
    parse_day,
};
pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use leptos::prelude::*;
pub use locale::Locale;
pub use negotiate::{
    LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, locale_from_query, negotiate_locale,
};

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Names, numbers and dates put into right-to-left text are wrapped in
        // Unicode isolation marks, so a Latin name or a phone number keeps its
        // own direction inside Arabic. Left-to-right text needs none, and
        // there they would only end up inside titles and attribute values.
        customise: |bundle| {
            let right_to_left = bundle
                .locales
                .first()
                .and_then(|id| Locale::from_tag(&id.to_string()))
                .is_some_and(|locale| locale.dir() == "rtl");
            bundle.set_use_isolating(right_to_left);
        },
    };
}

/// The locale of the current render (provided by the shell) or server function
/// (negotiated by the server for every request).
pub fn use_locale() -> Locale {
    use_context::<Locale>()
        .or_else(request_locale)
        .unwrap_or_default()
}

#[cfg(feature = "ssr")]
fn request_locale() -> Option<Locale> {
    use_context::<http::request::Parts>()?
        .extensions
        .get::<Locale>()
        .copied()
}

#[cfg(not(feature = "ssr"))]
fn request_locale() -> Option<Locale> {
    None
}

/// Translates a message id in the current locale.
pub fn t(id: &str) -> String {
    translate(use_locale(), id)
}

/// Translates a message id with Fluent arguments in the current locale.
pub fn t_args(id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    translate_args(use_locale(), id, args)
}

/// Translates a message id with Fluent arguments in a given locale.
pub fn translate_args(
    locale: Locale,
    id: &str,
    args: &[(&'static str, FluentValue<'static>)],
) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    locale
        .chain()
        .find_map(|l| {
            LOCALES
                .lookup_single_language(&l.language_id(), id, Some(&args))
                .ok()
        })
        .unwrap_or_else(|| LOCALES.lookup_with_args(&Locale::En.language_id(), id, &args))
}

/// The messages `<prefix>-<code>` naming the codes of some vocabularies that
/// a language lacks, as "id (locale)": each vocabulary's test expects none.
#[cfg(test)]
pub fn missing_vocabulary_messages(named: &[(&str, &[&str])]) -> Vec<String> {
    let ids: Vec<String> = named
        .iter()
        .flat_map(|(prefix, codes)| codes.iter().map(move |code| format!("{prefix}-{code}")))
        .collect();
    Locale::ALL
        .iter()
        .flat_map(|locale| {
            ids.iter()
                .filter(|id| !has_message(*locale, id))
                .map(move |id| format!("{id} ({locale:?})"))
        })
        .collect()
}

/// The language tag to put on a text written in `tag`, when it is not the
/// page's: a job's title stays in the language its employer wrote it in.
pub fn lang_unless_page(tag: &str, page: Locale) -> Option<String> {
    (tag != page.lang()).then(|| tag.to_owned())
}

/// Whether `locale` has its own translation of message `id` (no fallback).
pub fn has_message(locale: Locale, id: &str) -> bool {
    LOCALES
        .lookup_single_language::<&str>(&locale.language_id(), id, None)
        .is_ok()
}

/// Translates a message id in a given locale, or else in the nearest locale
/// of its [fallback chain](Locale::fallbacks) that has it.
pub fn translate(locale: Locale, id: &str) -> String {
    translate_args(locale, id, &[])
}

#[cfg(test)]
mod plural_tests {
    use super::*;

    /// Each locale chooses a number's words by its own CLDR plural rules:
    /// Easy Finnish by Finnish's (its tag is Finnish with a variant), Arabic
    /// by its six categories, Russian and Ukrainian by their three.
    #[test]
    fn every_locale_chooses_by_its_own_plural_rules() {
        let live = |locale, count: i64| {
            translate_args(
                locale,
                "message-live-new",
                &[("count", FluentValue::from(count))],
            )
        };
        let words =
            |locale, count: i64| live(locale, count).replace(|c: char| c.is_ascii_digit(), "");
        for locale in [
            Locale::Fi,
            Locale::Selko,
            Locale::Sv,
            Locale::En,
            Locale::Et,
            Locale::So,
        ] {
            assert!(
                !live(locale, 1).contains('1'),
                "{locale:?} says one in words: {}",
                live(locale, 1)
            );
            assert!(
                live(locale, 7).contains('7'),
                "{locale:?}: {}",
                live(locale, 7)
            );
        }
        // Arabic has a dual: two in words.
        assert!(
            !live(Locale::Ar, 2).contains('2'),
            "{}",
            live(Locale::Ar, 2)
        );
        // Russian and Ukrainian: 1 and 21 are "one", 2 "few", 5 "many".
        for locale in [Locale::Ru, Locale::Uk] {
            assert_eq!(words(locale, 21), words(locale, 1), "{locale:?}");
            assert_ne!(words(locale, 2), words(locale, 5), "{locale:?}");
            assert_ne!(words(locale, 1), words(locale, 5), "{locale:?}");
        }
    }
}
