//! From answers to levels: a competence scores the mean of its answered
//! statements (1–4), an area the mean of its scored competences. Skipped and
//! unasked statements do not count; a competence or area with no answers has
//! no score. Levels: see [`Level::of`].

use std::collections::HashMap;

use super::types::{Framework, Level};

/// A competence's result.
#[derive(Clone, Debug, PartialEq)]
pub struct CompetenceScore {
    pub id: String,
    pub score: Option<f32>,
}

/// An area's result, with its competences'.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaScore {
    pub id: String,
    pub score: Option<f32>,
    pub competences: Vec<CompetenceScore>,
}

impl AreaScore {
    pub fn level(&self) -> Option<Level> {
        self.score.map(Level::of)
    }
}

fn mean(values: impl Iterator<Item = f32>) -> Option<f32> {
    let (sum, count) = values.fold((0.0, 0u16), |(sum, count), v| (sum + v, count + 1));
    (count > 0).then(|| sum / f32::from(count))
}

/// Scores `answers` (statement id → value, `None` when skipped).
pub fn score(framework: &Framework, answers: &HashMap<String, Option<i16>>) -> Vec<AreaScore> {
    framework
        .areas
        .iter()
        .map(|area| {
            let competences: Vec<CompetenceScore> = area
                .competences
                .iter()
                .map(|competence| CompetenceScore {
                    id: competence.id.clone(),
                    score: mean(
                        competence
                            .statements
                            .iter()
                            .filter_map(|s| answers.get(&s.id).copied().flatten())
                            .map(f32::from),
                    ),
                })
                .collect();
            AreaScore {
                id: area.id.clone(),
                score: mean(competences.iter().filter_map(|c| c.score)),
                competences,
            }
        })
        .collect()
}

/// Up to `count` modules for the weakest scored areas below "I can help
/// others", weakest first, without repeats.
pub fn suggested_modules(framework: &Framework, scores: &[AreaScore], count: usize) -> Vec<String> {
    let mut weak: Vec<(&AreaScore, f32)> = scores
        .iter()
        .filter_map(|area| area.score.map(|s| (area, s)))
        .filter(|(_, s)| Level::of(*s) < Level::Advanced)
        .collect();
    weak.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut modules: Vec<String> = Vec::new();
    for (area, _) in weak {
        let suggested = framework
            .area(&area.id)
            .map(|a| a.modules.as_slice())
            .unwrap_or_default();
        for module in suggested {
            if !modules.contains(module) && modules.len() < count {
                modules.push(module.clone());
            }
        }
    }
    modules
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills::types::{Area, Competence, Statement};

    /// Two areas: "a" with competences a.1 (two statements) and a.2 (one);
    /// "b" with b.1 (two statements).
    fn framework() -> Framework {
        let competence = |id: &str, statements: &[&str]| Competence {
            id: id.into(),
            name: String::new(),
            statements: statements
                .iter()
                .map(|s| Statement {
                    id: (*s).into(),
                    text: String::new(),
                })
                .collect(),
        };
        let area = |id: &str, modules: &[&str], competences| Area {
            id: id.into(),
            number: id.into(),
            name: String::new(),
            modules: modules.iter().map(|m| (*m).into()).collect(),
            competences,
        };
        Framework {
            id: "test".into(),
            title: String::new(),
            description: String::new(),
            source: String::new(),
            areas: vec![
                area(
                    "a",
                    &["cv", "interview"],
                    vec![
                        competence("a.1", &["a.1-x", "a.1-y"]),
                        competence("a.2", &["a.2-x"]),
                    ],
                ),
                area(
                    "b",
                    &["digital-skills", "cv"],
                    vec![competence("b.1", &["b.1-x", "b.1-y"])],
                ),
            ],
        }
    }

    fn answers(given: &[(&str, Option<i16>)]) -> HashMap<String, Option<i16>> {
        given.iter().map(|(id, v)| ((*id).to_owned(), *v)).collect()
    }

    #[test]
    fn known_answer_sets_score_and_map_to_levels() {
        type Case<'a> = (
            &'a str,
            Vec<(&'a str, Option<i16>)>,
            [Option<f32>; 2],
            [Option<Level>; 2],
        );
        let cases: Vec<Case> = vec![
            (
                "all 'I can help others'",
                vec![
                    ("a.1-x", Some(4)),
                    ("a.1-y", Some(4)),
                    ("a.2-x", Some(4)),
                    ("b.1-x", Some(4)),
                    ("b.1-y", Some(4)),
                ],
                [Some(4.0), Some(4.0)],
                [Some(Level::Advanced), Some(Level::Advanced)],
            ),
            (
                "mixed: a = mean(mean(1,2), 3) = 2.25, b = 3.5",
                vec![
                    ("a.1-x", Some(1)),
                    ("a.1-y", Some(2)),
                    ("a.2-x", Some(3)),
                    ("b.1-x", Some(3)),
                    ("b.1-y", Some(4)),
                ],
                [Some(2.25), Some(3.5)],
                [Some(Level::Foundation), Some(Level::Advanced)],
            ),
            (
                "incomplete: skipped and unasked do not count",
                vec![("a.1-x", Some(1)), ("a.1-y", None), ("b.1-x", None)],
                [Some(1.0), None],
                [Some(Level::NotYet), None],
            ),
            (
                "short mode: the first statement of each competence",
                vec![("a.1-x", Some(3)), ("a.2-x", Some(2)), ("b.1-x", Some(3))],
                [Some(2.5), Some(3.0)],
                [Some(Level::Intermediate), Some(Level::Intermediate)],
            ),
            ("nothing answered", vec![], [None, None], [None, None]),
        ];
        for (name, given, expected_scores, expected_levels) in cases {
            let scores = score(&framework(), &answers(&given));
            let got: Vec<Option<f32>> = scores.iter().map(|a| a.score).collect();
            assert_eq!(got, expected_scores, "{name}");
            let levels: Vec<Option<Level>> = scores.iter().map(AreaScore::level).collect();
            assert_eq!(levels, expected_levels, "{name}");
        }
    }

    #[test]
    fn level_boundaries_fall_halfway_between_answers_as_shown_rounded() {
        let cases = [
            (1.0, Level::NotYet),
            (1.44, Level::NotYet),
            (1.45, Level::Foundation),
            (2.44, Level::Foundation),
            // Shown as "2.5": never with the level below.
            (2.46, Level::Intermediate),
            (3.44, Level::Intermediate),
            (3.5, Level::Advanced),
            (4.0, Level::Advanced),
        ];
        for (score, level) in cases {
            assert_eq!(Level::of(score), level, "{score}");
        }
    }

    #[test]
    fn modules_are_suggested_for_the_weakest_areas_first_without_repeats() {
        let framework = framework();
        let scores = score(
            &framework,
            &answers(&[("a.1-x", Some(3)), ("b.1-x", Some(1))]),
        );
        assert_eq!(
            suggested_modules(&framework, &scores, 3),
            ["digital-skills", "cv", "interview"]
        );
        assert_eq!(
            suggested_modules(&framework, &scores, 2),
            ["digital-skills", "cv"]
        );
        let strong = score(
            &framework,
            &answers(&[("a.1-x", Some(4)), ("b.1-x", Some(4))]),
        );
        assert!(suggested_modules(&framework, &strong, 3).is_empty());
    }
}
