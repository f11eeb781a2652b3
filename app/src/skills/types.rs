//! A self-assessment framework as pages see it, in one language, and the
//! scale every "I can…" statement is answered on.

use serde::{Deserialize, Serialize};

/// A framework (e.g. DigComp 2.2) in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Framework {
    pub id: String,
    pub title: String,
    pub description: String,
    /// Where the framework comes from (e.g. "Based on the EU's DigComp 2.2").
    pub source: String,
    pub areas: Vec<Area>,
}

/// A competence area, e.g. "4 Safety".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub id: String,
    /// The number people see, e.g. "4".
    pub number: String,
    pub name: String,
    /// Coaching modules to suggest when this area is weak.
    pub modules: Vec<String>,
    pub competences: Vec<Competence>,
}

/// A competence, e.g. "4.2 Protecting personal data and privacy".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Competence {
    pub id: String,
    pub name: String,
    /// The first is the one the short assessment asks.
    pub statements: Vec<Statement>,
}

/// An everyday "I can…" statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    pub text: String,
}

/// One statement per competence, or all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    Short,
    Full,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Short => "short",
            Mode::Full => "full",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "short" => Some(Mode::Short),
            "full" => Some(Mode::Full),
            _ => None,
        }
    }
}

/// A question of an assessment: a statement and where it belongs.
#[derive(Clone, Copy, Debug)]
pub struct Question<'f> {
    pub area: &'f Area,
    pub competence: &'f Competence,
    pub statement: &'f Statement,
}

impl Framework {
    /// The questions of `mode`, in the order they are asked.
    pub fn questions(&self, mode: Mode) -> Vec<Question<'_>> {
        let mut questions = Vec::new();
        for area in &self.areas {
            for competence in &area.competences {
                let asked = match mode {
                    Mode::Short => &competence.statements[..competence.statements.len().min(1)],
                    Mode::Full => &competence.statements[..],
                };
                questions.extend(asked.iter().map(|statement| Question {
                    area,
                    competence,
                    statement,
                }));
            }
        }
        questions
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// The answers to the questions `mode` asks: answers kept from the
    /// other length, which the person cannot see now, are left out.
    pub fn asked_answers(&self, mode: Mode, answers: &Answers) -> Answers {
        self.questions(mode)
            .iter()
            .filter_map(|q| {
                let id = &q.statement.id;
                answers.get(id).map(|value| (id.clone(), *value))
            })
            .collect()
    }

    /// The first question of `mode` neither answered nor skipped.
    pub fn next_unseen(&self, mode: Mode, answers: &Answers) -> Option<String> {
        self.questions(mode)
            .iter()
            .find(|q| !answers.contains_key(&q.statement.id))
            .map(|q| q.statement.id.clone())
    }
}

/// Statement id → the answer on the scale, `None` when skipped.
pub type Answers = std::collections::HashMap<String, Option<i16>>;

/// A score rounded to one decimal, halves away from zero: what pages show
/// and what levels and changes are computed from.
pub fn rounded(score: f32) -> f32 {
    (score * 10.0).round() / 10.0
}

/// The answers, lowest first, with their message ids.
pub const SCALE: [(i16, &str); 4] = [
    (1, "skills-scale-not-yet"),
    (2, "skills-scale-with-help"),
    (3, "skills-scale-on-my-own"),
    (4, "skills-scale-help-others"),
];

/// The message id of an answer, or of a skipped question.
pub fn answer_key(value: Option<i16>) -> &'static str {
    value
        .and_then(|v| SCALE.iter().find(|(n, _)| *n == v))
        .map_or("skills-skipped", |(_, key)| key)
}

/// A level in words. For DigComp these are its proficiency groups: the
/// answers "with help", "on my own" and "I can help others" match the
/// guidance DigComp describes for foundation, intermediate and advanced.
/// Nobody reaches "highly specialised" by self-assessing everyday tasks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    NotYet,
    Foundation,
    Intermediate,
    Advanced,
}

impl Level {
    /// The level of a mean answer on the 1–4 scale: the nearest answer's,
    /// decided on the score rounded to one decimal as pages show it, so a
    /// "2.5" is never shown with the level below.
    pub fn of(score: f32) -> Self {
        let score = rounded(score);
        if score < 1.5 {
            Level::NotYet
        } else if score < 2.5 {
            Level::Foundation
        } else if score < 3.5 {
            Level::Intermediate
        } else {
            Level::Advanced
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Level::NotYet => "skills-level-not-yet",
            Level::Foundation => "skills-level-foundation",
            Level::Intermediate => "skills-level-intermediate",
            Level::Advanced => "skills-level-advanced",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, has_message};

    #[test]
    fn every_answer_and_level_is_translated() {
        let levels = [
            Level::NotYet,
            Level::Foundation,
            Level::Intermediate,
            Level::Advanced,
        ]
        .map(Level::message_key);
        let answers = SCALE.map(|(_, key)| key);
        for locale in Locale::ALL {
            for id in levels.iter().chain(&answers).chain(&[answer_key(None)]) {
                assert!(has_message(locale, id), "{id} missing in {locale:?}");
            }
        }
    }
}
