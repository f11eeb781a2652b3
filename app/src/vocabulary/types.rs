//! The vocabulary as loaded from its files.

use std::collections::BTreeMap;

use crate::i18n::Locale;

use super::suggest::Pattern;

/// An occupation, with the skills its jobs most often ask for.
#[derive(Debug, Clone)]
pub struct Occupation {
    pub id: String,
    pub esco: String,
    /// ISCO-08 unit group, four digits.
    pub isco: String,
    pub field: String,
    pub skills: Vec<String>,
}

/// A skill, and what builds it or shows it.
#[derive(Debug, Clone)]
pub struct Skill {
    pub id: String,
    pub esco: String,
    /// The ESCO concept is the nearest one, not the same one.
    pub close_match: bool,
    pub field: String,
    /// The assessment competence whose result is evidence of this skill.
    pub competence: Option<CompetenceRef>,
    /// Coaching modules that build the skill.
    pub modules: Vec<String>,
}

/// A competence of an assessment framework: `digcomp/1.1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompetenceRef {
    pub framework: String,
    pub competence: String,
}

/// A certificate or card of Finnish working life.
#[derive(Debug, Clone)]
pub struct Certificate {
    pub id: String,
    /// The skill the certificate shows, if it shows one.
    pub skill: Option<String>,
    /// How long the card is usually valid, where it expires.
    pub valid_years: Option<u8>,
}

/// A language a person may know, at a CEFR level.
#[derive(Debug, Clone)]
pub struct Language {
    /// ISO 639-1 code, or ISO 639-3 where there is none (`fse`).
    pub id: String,
    pub esco: Option<String>,
}

/// A label, and the everyday words that suggest the item.
#[derive(Debug, Clone)]
pub struct Labelled {
    pub label: String,
    pub words: Vec<Pattern>,
}

/// The texts of one language.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    pub fields: BTreeMap<String, String>,
    pub occupations: BTreeMap<String, String>,
    pub skills: BTreeMap<String, Labelled>,
    pub certificates: BTreeMap<String, Labelled>,
    pub languages: BTreeMap<String, String>,
}

/// The whole vocabulary, in every language.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    pub version: i32,
    /// SHA-256 of the files, to notice a change without a new version.
    pub hash: String,
    pub fields: Vec<String>,
    pub occupations: Vec<Occupation>,
    pub skills: Vec<Skill>,
    pub certificates: Vec<Certificate>,
    pub languages: Vec<Language>,
    pub texts: Vec<(Locale, Texts)>,
}

impl Vocabulary {
    /// Whether `id` is one of the skills in use now.
    pub fn has_skill(&self, id: &str) -> bool {
        self.skills.iter().any(|s| s.id == id)
    }

    /// No items, with empty texts in every language.
    pub fn empty() -> Self {
        Self {
            version: 0,
            hash: String::new(),
            fields: Vec::new(),
            occupations: Vec::new(),
            skills: Vec::new(),
            certificates: Vec::new(),
            languages: Vec::new(),
            texts: Locale::WRITTEN.map(|l| (l, Texts::default())).to_vec(),
        }
    }

    /// The texts of `locale`, or of the nearest language in its fallback
    /// chain: the vocabularies are written in Finnish, Swedish and English.
    pub fn texts(&self, locale: Locale) -> &Texts {
        locale
            .chain()
            .find_map(|wanted| self.texts.iter().find(|(l, _)| *l == wanted))
            .map_or(&self.texts[0].1, |(_, texts)| texts)
    }
}
