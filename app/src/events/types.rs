//! The vocabularies of an event (sectors, kinds, languages, accessibility
//! features) and the states of a sign-up. Each value is a stable code stored
//! in the database and named on pages by the Fluent message `<prefix>-<code>`.

use serde::{Deserialize, Serialize};

/// Fields of work, broadly as the TE services group open jobs.
pub const SECTORS: &[&str] = &[
    "retail",
    "hospitality",
    "health-social",
    "cleaning-property",
    "logistics",
    "construction",
    "manufacturing",
    "it",
    "education",
    "public",
    "other",
];

/// What happens at the event.
pub const KINDS: &[&str] = &[
    "recruitment-day",
    "speed-interviews",
    "workplace-visit",
    "info-session",
];

/// Languages an event can be held in (ISO 639-1).
pub const LANGUAGES: &[&str] = &["fi", "sv", "en", "ru", "et", "ar", "so", "uk", "fa"];

/// What the venue offers people with disabilities or other needs.
pub const ACCESSIBILITY: &[&str] = &[
    "step-free",
    "accessible-toilet",
    "hearing-loop",
    "quiet-room",
    "seating",
    "accessible-parking",
    "public-transport",
];

/// Where a jobseeker stands at an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    /// Has a seat (or the chosen slot).
    Confirmed,
    /// Waits for a seat; `1` is next in line.
    Waiting { position: i64 },
}

/// An event's life: written, open for sign-ups, or called off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventStatus {
    Draft,
    Published,
    Cancelled,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Draft => "draft",
            EventStatus::Published => "published",
            EventStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Draft, Self::Published, Self::Cancelled]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_fit_the_database_checks() {
        for codes in [SECTORS, KINDS, LANGUAGES, ACCESSIBILITY] {
            let mut sorted = codes.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), codes.len());
            for code in codes {
                assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            }
        }
    }

    #[test]
    fn every_code_is_named_in_every_language() {
        let missing = crate::i18n::missing_vocabulary_messages(&[
            ("event-sector", SECTORS),
            ("event-kind", KINDS),
            ("event-language", LANGUAGES),
            ("event-access", ACCESSIBILITY),
        ]);
        assert_eq!(missing, Vec::<String>::new());
    }

    #[test]
    fn statuses_round_trip() {
        for status in [
            EventStatus::Draft,
            EventStatus::Published,
            EventStatus::Cancelled,
        ] {
            assert_eq!(EventStatus::parse(status.as_str()), Some(status));
        }
    }
}
