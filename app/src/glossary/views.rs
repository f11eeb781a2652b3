//! The words page, and the list of words explained under a text.

use leptos::prelude::*;
use leptos_meta::Title;

use super::types::Word;
use crate::i18n::t;

/// Where every word is explained.
pub const WORDS: &str = "/words";

/// The words linked in a text above it, each explained; each word's `dt`
/// is what its links point at. Nothing when no word was linked. `lang` is
/// the words' language when it is not the page's (a text shown in a fallback).
#[component]
pub fn WordsExplained(
    words: Vec<Word>,
    heading: String,
    #[prop(optional_no_strip)] lang: Option<String>,
) -> impl IntoView {
    (!words.is_empty()).then(|| {
        view! {
            <section class="words" aria-labelledby="words-heading">
                <h2 id="words-heading">{heading}</h2>
                <WordList words lang/>
            </section>
        }
    })
}

#[component]
fn WordList(words: Vec<Word>, #[prop(optional_no_strip)] lang: Option<String>) -> impl IntoView {
    view! {
        <dl class="words__list" lang=lang>
            {words
                .into_iter()
                .map(|word| {
                    let anchor = word.anchor();
                    view! {
                        <dt id=anchor><dfn>{word.term}</dfn></dt>
                        <dd>{word.explains}</dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}

/// Every word, in the reader's language.
#[component]
pub fn WordsPage() -> impl IntoView {
    view! {
        <Title text=t("words-title")/>
        <h1>{t("words-title")}</h1>
        <p>{t("words-intro")}</p>
        <WordList words=readers_words()/>
    }
}

/// The glossary in the reader's language (or the nearest of its chain).
fn readers_words() -> Vec<Word> {
    #[cfg(feature = "ssr")]
    {
        crate::context::glossary()
            .ok()
            .and_then(|glossary| {
                glossary
                    .words(crate::i18n::use_locale())
                    .map(|words| words.words.clone())
            })
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Vec::new()
    }
}
