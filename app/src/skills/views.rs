//! What the skills pages and the coach's server function show, already in
//! the reader's language: plain data that crosses to the browser as it is.

use serde::{Deserialize, Serialize};

use super::types::{Level, rounded};
use crate::i18n::Locale;

/// An area as charts and tables label it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaName {
    pub id: String,
    /// The number people see, e.g. "4".
    pub number: String,
    pub name: String,
}

impl AreaName {
    /// "4 Safety".
    pub fn label(&self) -> String {
        format!("{} {}", self.number, self.name)
    }
}

/// One submitted assessment in a history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PastAssessment {
    pub assessment_id: i64,
    /// When it was submitted, RFC 3339 in UTC.
    pub submitted_at: String,
    /// The day it was submitted, in Helsinki, written for the reader.
    pub submitted_on: String,
    /// The time of day it was submitted, in Helsinki (tells apart two on one day).
    pub submitted_time: String,
    /// Each area's score (1–4) in the order of [`FrameworkHistory::areas`];
    /// `None` when nothing in the area was answered.
    pub scores: Vec<Option<f32>>,
}

/// A person's submitted assessments of one framework, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrameworkHistory {
    pub framework_id: String,
    pub title: String,
    pub areas: Vec<AreaName>,
    pub assessments: Vec<PastAssessment>,
}

/// The level of a score in words, or "not assessed".
pub fn level_key(score: Option<f32>) -> &'static str {
    score.map_or("skills-level-none", |s| Level::of(s).message_key())
}

/// The change between two scores, signed ("+0,7", "−0,3", "0"), or `None`
/// when either is missing.
pub fn change_text(from: Option<f32>, to: Option<f32>, locale: Locale) -> Option<String> {
    let change = rounded(to?) - rounded(from?);
    Some(if change.abs() < 0.05 {
        locale.one_decimal(0.0)
    } else if change > 0.0 {
        format!("+{}", locale.one_decimal(change))
    } else {
        format!("\u{2212}{}", locale.one_decimal(-change))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_signed_and_rounded_like_the_scores_shown() {
        let cases = [
            (Some(2.0), Some(2.66), Locale::En, Some("+0.7")),
            (Some(2.66), Some(2.0), Locale::Fi, Some("\u{2212}0,7")),
            (Some(3.04), Some(2.96), Locale::Sv, Some("0,0")),
            (Some(1.0), Some(4.0), Locale::En, Some("+3.0")),
            (None, Some(4.0), Locale::En, None),
            (Some(1.0), None, Locale::En, None),
        ];
        for (from, to, locale, expected) in cases {
            assert_eq!(
                change_text(from, to, locale).as_deref(),
                expected,
                "{from:?} → {to:?}"
            );
        }
    }

    #[test]
    fn unscored_areas_are_not_assessed() {
        assert_eq!(level_key(None), "skills-level-none");
        assert_eq!(level_key(Some(2.5)), "skills-level-intermediate");
    }
}
