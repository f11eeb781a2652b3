//! How well one person fits one job, and why. Pure: the server reads the
//! person's facts and the job's needs, this weighs them.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::profile::types::LanguageLevel;

/// What Askel knows a person can do: only skills, cards and languages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonFacts {
    /// Skills with any evidence (their own word, a module, an assessment,
    /// a card, their coach).
    pub skills: BTreeSet<String>,
    /// Cards and certificates valid today.
    pub certificates: BTreeSet<String>,
    pub languages: BTreeMap<String, LanguageLevel>,
}

/// What a job asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JobNeeds {
    pub must: Vec<String>,
    pub nice: Vec<String>,
    pub certificates: Vec<String>,
    pub languages: Vec<(String, LanguageLevel)>,
}

/// One thing a job asks for.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Need {
    Skill { id: String, must: bool },
    Certificate(String),
    Language(String, LanguageLevel),
}

impl Need {
    /// The need as a form names it: `skill:<id>`, `cert:<id>` or `lang:<id>`.
    pub fn code(&self) -> String {
        match self {
            Need::Skill { id, .. } => format!("skill:{id}"),
            Need::Certificate(id) => format!("cert:{id}"),
            Need::Language(id, _) => format!("lang:{id}"),
        }
    }
}

/// How well a person fits a job: a score out of 100 and its reasons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fit {
    pub score: u8,
    /// Whether every must-have skill, card and language is met.
    pub all_musts: bool,
    /// "You have": what the job asks for that the person has.
    pub have: Vec<Need>,
    /// "You would still need": the rest, must-haves first.
    pub missing: Vec<Need>,
}

/// The weight of each part of the score, out of 100. A part the job asks
/// nothing of is met in full: a job that needs no card does not count
/// against anyone.
const MUST_SKILLS: u32 = 50;
const NICE_SKILLS: u32 = 15;
const CERTIFICATES: u32 = 20;
const LANGUAGES: u32 = 15;

/// Weighs `person` against `job`.
pub fn fit(person: &PersonFacts, job: &JobNeeds) -> Fit {
    let skill = |id: &String, must: bool| Need::Skill {
        id: id.clone(),
        must,
    };
    let must: Vec<(Need, bool)> = job
        .must
        .iter()
        .map(|id| (skill(id, true), person.skills.contains(id)))
        .collect();
    let nice: Vec<(Need, bool)> = job
        .nice
        .iter()
        .map(|id| (skill(id, false), person.skills.contains(id)))
        .collect();
    let certificates: Vec<(Need, bool)> = job
        .certificates
        .iter()
        .map(|id| {
            (
                Need::Certificate(id.clone()),
                person.certificates.contains(id),
            )
        })
        .collect();
    let languages: Vec<(Need, bool)> = job
        .languages
        .iter()
        .map(|(id, level)| {
            // A job may not ask for a first language: that would stand for
            // origin. The most it asks is the highest level, C2.
            let needed = (*level).min(LanguageLevel::C2);
            let known = person
                .languages
                .get(id)
                .is_some_and(|known| *known >= needed);
            (Need::Language(id.clone(), needed), known)
        })
        .collect();
    let score = part(&must, MUST_SKILLS)
        + part(&nice, NICE_SKILLS)
        + part(&certificates, CERTIFICATES)
        + part(&languages, LANGUAGES);
    let all_musts = [&must, &certificates, &languages]
        .iter()
        .all(|needs| needs.iter().all(|(_, met)| *met));
    let (have, missing): (Vec<_>, Vec<_>) = [must, certificates, languages, nice]
        .into_iter()
        .flatten()
        .partition(|(_, met)| *met);
    Fit {
        score: u8::try_from(score).unwrap_or(100),
        all_musts,
        have: have.into_iter().map(|(need, _)| need).collect(),
        missing: missing.into_iter().map(|(need, _)| need).collect(),
    }
}

/// `weight` times the share of `needs` met, rounded down; all of it when
/// nothing is asked.
fn part(needs: &[(Need, bool)], weight: u32) -> u32 {
    let asked = u32::try_from(needs.len()).unwrap_or(u32::MAX);
    if asked == 0 {
        return weight;
    }
    let met = u32::try_from(needs.iter().filter(|(_, met)| *met).count()).unwrap_or(0);
    weight * met / asked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    fn list(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    fn cleaner() -> JobNeeds {
        JobNeeds {
            must: list(&["clean-floors", "use-cleaning-machines"]),
            nice: list(&["wash-windows"]),
            certificates: list(&["occupational-safety-card"]),
            languages: vec![("fi".into(), LanguageLevel::A2)],
        }
    }

    #[test]
    fn a_person_with_everything_fits_fully_and_nothing_is_missing() {
        let person = PersonFacts {
            skills: set(&[
                "clean-floors",
                "use-cleaning-machines",
                "wash-windows",
                "cooking",
            ]),
            certificates: set(&["occupational-safety-card"]),
            languages: [("fi".to_owned(), LanguageLevel::B1)].into(),
        };
        let fit = fit(&person, &cleaner());
        assert_eq!(fit.score, 100);
        assert!(fit.all_musts);
        assert!(fit.missing.is_empty());
        assert_eq!(fit.have.len(), 5);
    }

    #[test]
    fn what_is_missing_is_named_must_haves_first_and_weighed() {
        let person = PersonFacts {
            skills: set(&["clean-floors", "wash-windows"]),
            certificates: BTreeSet::new(),
            languages: [("fi".to_owned(), LanguageLevel::A1)].into(),
        };
        let fit = fit(&person, &cleaner());
        // Half the must-haves (25), all nice-to-haves (15), no card, Finnish too weak.
        assert_eq!(fit.score, 40);
        assert!(!fit.all_musts);
        assert_eq!(
            fit.missing,
            [
                Need::Skill {
                    id: "use-cleaning-machines".into(),
                    must: true
                },
                Need::Certificate("occupational-safety-card".into()),
                Need::Language("fi".into(), LanguageLevel::A2),
            ]
        );
    }

    #[test]
    fn a_job_that_asks_nothing_of_a_part_does_not_count_it_against_anyone() {
        let job = JobNeeds {
            must: list(&["clean-floors"]),
            ..JobNeeds::default()
        };
        let person = PersonFacts {
            skills: set(&["clean-floors"]),
            ..PersonFacts::default()
        };
        assert_eq!(fit(&person, &job).score, 100);
        assert_eq!(fit(&PersonFacts::default(), &job).score, 50);
    }

    #[test]
    fn a_job_cannot_ask_for_a_first_language_only_the_highest_level() {
        let job = JobNeeds {
            languages: vec![("fi".into(), LanguageLevel::Native)],
            ..JobNeeds::default()
        };
        let mut person = PersonFacts::default();
        person.languages.insert("fi".into(), LanguageLevel::C2);
        let fit = fit(&person, &job);
        assert!(fit.all_musts);
        assert_eq!(fit.have, [Need::Language("fi".into(), LanguageLevel::C2)]);
        person.languages.insert("fi".into(), LanguageLevel::C1);
        assert!(!super::fit(&person, &job).all_musts);
    }
}
