//! The skills profile's parts, and the limits that keep each one bounded.

use serde::{Deserialize, Serialize};

/// Most experiences one person keeps.
pub const MAX_EXPERIENCES: i64 = 40;
/// Most skills one experience names.
pub const MAX_SKILLS_PER_EXPERIENCE: usize = 15;
/// Longest description of an experience, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 500;
/// Longest place ("Lidl Kontula") and period ("2019–2022"), in characters.
pub const MAX_PLACE_CHARS: usize = 120;
pub const MAX_PERIOD_CHARS: usize = 60;

/// Where a skill was learned or used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExperienceKind {
    Work,
    Volunteering,
    Home,
    Studies,
    Other,
}

impl ExperienceKind {
    pub const ALL: [ExperienceKind; 5] = [
        ExperienceKind::Work,
        ExperienceKind::Volunteering,
        ExperienceKind::Home,
        ExperienceKind::Studies,
        ExperienceKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExperienceKind::Work => "work",
            ExperienceKind::Volunteering => "volunteering",
            ExperienceKind::Home => "home",
            ExperienceKind::Studies => "studies",
            ExperienceKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A language level of the Common European Framework of Reference, or the
/// person's first language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LanguageLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    Native,
}

impl LanguageLevel {
    pub const ALL: [LanguageLevel; 7] = [
        LanguageLevel::A1,
        LanguageLevel::A2,
        LanguageLevel::B1,
        LanguageLevel::B2,
        LanguageLevel::C1,
        LanguageLevel::C2,
        LanguageLevel::Native,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LanguageLevel::A1 => "A1",
            LanguageLevel::A2 => "A2",
            LanguageLevel::B1 => "B1",
            LanguageLevel::B2 => "B2",
            LanguageLevel::C1 => "C1",
            LanguageLevel::C2 => "C2",
            LanguageLevel::Native => "native",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == text)
    }
}

/// What shows that a person has a skill, strongest first: their coach has
/// seen it in practice, an assessment result, a card, a finished module, or
/// their own word about something they have done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EvidenceSource {
    Coach,
    Assessment,
    Certificate,
    Module,
    Experience,
}

impl EvidenceSource {
    pub const ALL: [EvidenceSource; 5] = [
        EvidenceSource::Coach,
        EvidenceSource::Assessment,
        EvidenceSource::Certificate,
        EvidenceSource::Module,
        EvidenceSource::Experience,
    ];

    /// The name `person_skill_evidence` gives it.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceSource::Coach => "coach",
            EvidenceSource::Assessment => "assessment",
            EvidenceSource::Certificate => "certificate",
            EvidenceSource::Module => "module",
            EvidenceSource::Experience => "experience",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// One thing that shows a skill, as a page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub source: EvidenceSource,
    /// What it is, in the reader's language: the assessment's or module's
    /// title, the card's name, the coach's name.
    pub what: Option<String>,
    /// The day it happened, formatted for the reader.
    pub day: String,
}

/// A skill of the person's with everything that shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownSkill {
    pub skill_id: String,
    pub label: String,
    /// Strongest first; a coach's confirmation, when there is one, first of all.
    pub evidence: Vec<Evidence>,
}

impl ShownSkill {
    /// Whether a coach has seen the person use it.
    pub fn seen_in_practice(&self) -> bool {
        self.evidence
            .first()
            .is_some_and(|e| e.source == EvidenceSource::Coach)
    }
}

/// A new experience, within the limits above.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewExperience {
    pub kind: ExperienceKind,
    pub description: String,
    pub place: Option<String>,
    pub period: Option<String>,
    pub skills: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_levels_read_back_what_they_write() {
        for kind in ExperienceKind::ALL {
            assert_eq!(ExperienceKind::parse(kind.as_str()), Some(kind));
        }
        for level in LanguageLevel::ALL {
            assert_eq!(LanguageLevel::parse(level.as_str()), Some(level));
        }
        for source in EvidenceSource::ALL {
            assert_eq!(EvidenceSource::parse(source.as_str()), Some(source));
        }
        assert_eq!(ExperienceKind::parse("Work"), None);
        assert_eq!(LanguageLevel::parse("b1"), None);
        assert!(LanguageLevel::A2 < LanguageLevel::B1 && LanguageLevel::C2 < LanguageLevel::Native);
    }
}
