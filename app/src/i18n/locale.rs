use fluent_templates::LanguageIdentifier;
use serde::{Deserialize, Serialize};

/// A language the service is fully translated into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// Finnish: the default, as most users are served in Finnish first.
    #[default]
    Fi,
    /// Easy Finnish (selkosuomi): Finnish in short sentences and common
    /// words, for readers who find standard Finnish hard. Only by choice.
    Selko,
    /// Swedish, Finland's second national language.
    Sv,
    /// English.
    En,
    /// Russian.
    Ru,
    /// Estonian.
    Et,
    /// Arabic, written right to left.
    Ar,
    /// Ukrainian.
    Uk,
    /// Somali.
    So,
}

impl Locale {
    /// Every supported locale, in the order the language switcher lists them:
    /// the national languages and Easy Finnish, English, then the languages
    /// of the largest groups of jobseekers in Finland.
    pub const ALL: [Locale; 9] = [
        Locale::Fi,
        Locale::Selko,
        Locale::Sv,
        Locale::En,
        Locale::Ru,
        Locale::Et,
        Locale::Ar,
        Locale::Uk,
        Locale::So,
    ];

    /// The languages people write in Askel: an event's or a job's texts, a
    /// CV, the vocabularies. Interface languages beyond these read what is
    /// written in one of them.
    pub const WRITTEN: [Locale; 3] = [Locale::Fi, Locale::Sv, Locale::En];

    /// The locale's own code, as used in URLs, cookies, the database and the
    /// `.ftl` and content file names. Easy Finnish is Finnish with a variant.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Fi => "fi",
            Locale::Selko => "fi-selko",
            Locale::Sv => "sv",
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Et => "et",
            Locale::Ar => "ar",
            Locale::Uk => "uk",
            Locale::So => "so",
        }
    }

    /// The BCP 47 tag for `lang` attributes and headers: Easy Finnish is
    /// Finnish to browsers, screen readers and speech synthesis.
    pub fn lang(self) -> &'static str {
        match self {
            Locale::Selko => "fi",
            other => other.code(),
        }
    }

    /// This locale's `lang` for a piece of text inside a page in `page`:
    /// `None` when the page's own `lang` already says it.
    pub fn lang_unless(self, page: Locale) -> Option<&'static str> {
        (self.lang() != page.lang()).then_some(self.lang())
    }

    /// Parses a locale's code (`fi-selko`), or else a BCP 47 tag by its
    /// primary language (`sv-FI` is Swedish, `fi-FI` standard Finnish).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code().eq_ignore_ascii_case(tag))
            .or_else(|| Locale::from_primary_language(tag))
    }

    /// A browser's tag by its primary language only: Easy Finnish is never
    /// guessed from a browser's languages, only chosen.
    pub fn from_primary_language(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code().eq_ignore_ascii_case(primary))
    }

    /// Writing direction for `dir` on the document; the layout reads it only
    /// from here and mirrors through CSS logical properties.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Where a message or a piece of content missing in this locale is taken
    /// from, nearest first; every chain ends in English, the language
    /// everything is written in first. Easy Finnish readers and Estonians
    /// (whose language is close to Finnish) read Finnish before English.
    pub fn fallbacks(self) -> &'static [Locale] {
        match self {
            Locale::En => &[],
            Locale::Selko | Locale::Et => &[Locale::Fi, Locale::En],
            _ => &[Locale::En],
        }
    }

    /// This locale followed by its fallbacks.
    pub fn chain(self) -> impl Iterator<Item = Locale> {
        std::iter::once(self).chain(self.fallbacks().iter().copied())
    }

    /// The codes of [`Locale::chain`], for SQL that picks the nearest
    /// translation there is (`order by array_position($1, locale)`).
    pub fn chain_codes(self) -> Vec<String> {
        self.chain().map(|l| l.code().to_owned()).collect()
    }

    /// The written language (see [`Locale::WRITTEN`]) a reader of this
    /// locale reads best.
    pub fn nearest_written(self) -> Locale {
        self.chain()
            .find(|locale| Locale::WRITTEN.contains(locale))
            .unwrap_or(Locale::En)
    }

    /// The CLDR locale whose conventions this locale writes dates, times
    /// and numbers in: Swedish as written in Finland (`sv-FI`), English as
    /// in Europe (`en-GB`: day before month, a 24-hour clock), each other
    /// language's own (Easy Finnish is Finnish).
    pub fn cldr(self) -> icu_locale_core::Locale {
        match self {
            Locale::Fi | Locale::Selko => icu_locale_core::locale!("fi"),
            Locale::Sv => icu_locale_core::locale!("sv-FI"),
            Locale::En => icu_locale_core::locale!("en-GB"),
            Locale::Ru => icu_locale_core::locale!("ru"),
            Locale::Et => icu_locale_core::locale!("et"),
            Locale::Ar => icu_locale_core::locale!("ar"),
            Locale::Uk => icu_locale_core::locale!("uk"),
            Locale::So => icu_locale_core::locale!("so"),
        }
    }

    /// A number with one decimal as the language writes it, from CLDR
    /// through ICU4X: "2.7" in English, "2,7" in Finnish. Arabic keeps the
    /// digits 0–9, as CLDR's `ar` does and as letters from Finnish
    /// authorities do. A value that is not a number is shown as a dash.
    pub fn one_decimal(self, value: f32) -> String {
        // Rounded here, half away from zero, to whole tenths; the cast is
        // safe as long as the value is finite and far from i64's ends.
        let tenths = (f64::from(value) * 10.0).round();
        if !tenths.is_finite() || tenths.abs() > 1e15 {
            return "\u{2013}".to_owned();
        }
        let mut number = fixed_decimal::Decimal::from(tenths as i64);
        number.multiply_pow10(-1);
        let index = Locale::ALL.iter().position(|l| *l == self);
        DECIMALS
            .with(|all| {
                let formatter = all.get(index?)?.as_ref()?;
                Some(formatter.format(&number).to_string())
            })
            // Compiled data covers every locale above; should it not, figures
            // with a point still say the number.
            .unwrap_or_else(|| number.to_string())
    }

    /// The Fluent language identifier.
    pub fn language_id(self) -> LanguageIdentifier {
        // The codes above are valid BCP 47 tags (a language, and for Easy
        // Finnish a variant), so parsing cannot fail.
        self.code().parse().unwrap_or_default()
    }
}

thread_local! {
    /// Each locale's decimal formatter, made once per thread as the date
    /// formatters are (`dates.rs`): the impact report writes tens of figures.
    static DECIMALS: [Option<icu_decimal::DecimalFormatter>; Locale::ALL.len()] =
        Locale::ALL.map(|locale| {
            icu_decimal::DecimalFormatter::try_new((&locale.cldr()).into(), Default::default()).ok()
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_use_each_language_s_separator() {
        assert_eq!(Locale::En.one_decimal(2.666), "2.7");
        assert_eq!(Locale::Fi.one_decimal(2.666), "2,7");
        assert_eq!(Locale::Sv.one_decimal(3.0), "3,0");
        assert_eq!(Locale::En.one_decimal(2.25), "2.3", "halves round up");
        assert_eq!(
            Locale::Ar.one_decimal(2.666),
            "2.7",
            "Arabic keeps the digits 0–9"
        );
        assert_eq!(Locale::Ru.one_decimal(-1.04), "-1,0");
        assert_eq!(Locale::Et.one_decimal(1234.5), "1234,5");
        assert_eq!(Locale::Fi.one_decimal(f32::NAN), "\u{2013}");
        assert_eq!(Locale::Fi.one_decimal(f32::INFINITY), "\u{2013}");
    }

    #[test]
    fn tags_are_matched_by_code_then_primary_language() {
        let cases = [
            ("fi", Some(Locale::Fi)),
            ("fi-FI", Some(Locale::Fi)),
            ("fi-selko", Some(Locale::Selko)),
            ("FI-Selko", Some(Locale::Selko)),
            ("sv-FI", Some(Locale::Sv)),
            ("EN_gb", Some(Locale::En)),
            ("ar-SY", Some(Locale::Ar)),
            ("uk", Some(Locale::Uk)),
            ("de", None),
            ("", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(Locale::from_tag(tag), expected, "tag {tag:?}");
        }
        assert_eq!(Locale::from_primary_language("fi-selko"), Some(Locale::Fi));
    }

    #[test]
    fn language_ids_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(locale.language_id().to_string(), locale.code());
        }
    }

    #[test]
    fn every_chain_ends_in_english_without_repeats() {
        for locale in Locale::ALL {
            let chain: Vec<Locale> = locale.chain().collect();
            assert_eq!(chain.last(), Some(&Locale::En), "{locale:?}");
            for (i, l) in chain.iter().enumerate() {
                assert!(!chain[i + 1..].contains(l), "{locale:?} repeats {l:?}");
            }
        }
        assert_eq!(Locale::Selko.nearest_written(), Locale::Fi);
        assert_eq!(Locale::Ar.nearest_written(), Locale::En);
        assert_eq!(Locale::Sv.nearest_written(), Locale::Sv);
    }

    #[test]
    fn only_arabic_is_right_to_left_and_easy_finnish_is_finnish_to_browsers() {
        for locale in Locale::ALL {
            assert_eq!(locale.dir() == "rtl", locale == Locale::Ar);
        }
        assert_eq!(Locale::Selko.lang(), "fi");
    }
}
