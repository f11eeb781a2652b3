use fluent_templates::LanguageIdentifier;
use serde::{Deserialize, Serialize};

/// A language the service is fully translated into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// Finnish: the default, as most users are served in Finnish first.
    #[default]
    Fi,
    /// Swedish, Finland's second national language.
    Sv,
    /// English.
    En,
}

impl Locale {
    /// Every supported locale, in the order the language switcher lists them.
    pub const ALL: [Locale; 3] = [Locale::Fi, Locale::Sv, Locale::En];

    /// The BCP 47 code, as used in `lang`, URLs and the `.ftl` folders.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Fi => "fi",
            Locale::Sv => "sv",
            Locale::En => "en",
        }
    }

    /// Parses a BCP 47 tag by its primary language (`sv-FI` is Swedish).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code().eq_ignore_ascii_case(primary))
    }

    /// Writing direction for `<html dir>`; every current locale is left-to-right,
    /// but the layout only ever reads it from here so adding Arabic is data.
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    /// A number with one decimal as the language writes it: "2.7" in
    /// English, "2,7" in Finnish and Swedish.
    pub fn one_decimal(self, value: f32) -> String {
        // Rounded here first: formatting alone rounds a half to even.
        let text = format!("{:.1}", (value * 10.0).round() / 10.0);
        match self {
            Locale::En => text,
            Locale::Fi | Locale::Sv => text.replace('.', ","),
        }
    }

    /// The Fluent language identifier.
    pub fn language_id(self) -> LanguageIdentifier {
        // The codes above are valid BCP 47 language subtags, so parsing cannot fail.
        self.code().parse().unwrap_or_default()
    }
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
    }

    #[test]
    fn tags_are_matched_by_primary_language() {
        let cases = [
            ("fi", Some(Locale::Fi)),
            ("sv-FI", Some(Locale::Sv)),
            ("EN_gb", Some(Locale::En)),
            ("de", None),
            ("", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(Locale::from_tag(tag), expected, "tag {tag:?}");
        }
    }

    #[test]
    fn language_ids_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(locale.language_id().to_string(), locale.code());
        }
    }
}
