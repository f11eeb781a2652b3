//! What counts as an answer to each kind of step, as the server decides it.
//! The browser checks only what a step needs at least (`player::needs`)
//! before keeping an answer offline.

#[cfg(feature = "ssr")]
use super::types::{Answer, AnswerType, MAX_ANSWER_CHARS, StepContent};

/// The form field every step's answer is in (its id is where errors link).
pub const FIELD_ANSWER: &str = "answer";

/// The answer as it will be stored, or the Fluent id of what is wrong with it.
/// Unknown option or item ids (a tampered form) are dropped.
#[cfg(feature = "ssr")]
pub fn check_answer(content: &StepContent, given: Answer) -> Result<Answer, &'static str> {
    let known = |ids: Vec<String>, allowed: &[&str]| -> Vec<String> {
        let mut kept: Vec<String> = Vec::new();
        for id in ids {
            if allowed.contains(&id.as_str()) && !kept.contains(&id) {
                kept.push(id);
            }
        }
        kept
    };
    let text = given.text.trim().to_owned();
    if text.chars().count() > MAX_ANSWER_CHARS {
        return Err("module-error-too-long");
    }
    match content {
        StepContent::Text | StepContent::Video { .. } => Ok(Answer::default()),
        StepContent::Question {
            answer, options, ..
        } => {
            let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
            let choices = known(given.choices, &ids);
            match answer {
                AnswerType::Single if choices.len() != 1 => Err("module-error-choose-one"),
                AnswerType::Multiple if choices.is_empty() => Err("module-error-choose-some"),
                AnswerType::Text if text.is_empty() => Err("module-error-write-answer"),
                AnswerType::Text => Ok(Answer {
                    text,
                    ..Answer::default()
                }),
                AnswerType::Single | AnswerType::Multiple => Ok(Answer {
                    choices,
                    ..Answer::default()
                }),
            }
        }
        StepContent::Checklist { items } => {
            let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
            Ok(Answer {
                choices: known(given.choices, &ids),
                ..Answer::default()
            })
        }
        // Writing is optional: thinking it through is the point. Nothing
        // written means nothing to share.
        StepContent::Reflection { .. } => Ok(Answer {
            shared: given.shared && !text.is_empty(),
            text,
            choices: Vec::new(),
        }),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::modules::types::{Choice, Item};

    fn question(answer: AnswerType) -> StepContent {
        let option = |id: &str| Choice {
            id: id.into(),
            text: id.into(),
            correct: id == "a",
            feedback: None,
        };
        StepContent::Question {
            answer,
            question: "?".into(),
            options: vec![option("a"), option("b")],
            feedback: String::new(),
        }
    }

    fn given(choices: &[&str], text: &str, shared: bool) -> Answer {
        Answer {
            choices: choices.iter().map(|c| (*c).to_owned()).collect(),
            text: text.into(),
            shared,
        }
    }

    #[test]
    fn each_kind_accepts_what_it_asks_for() {
        let checklist = StepContent::Checklist {
            items: vec![Item {
                id: "email".into(),
                text: "".into(),
            }],
        };
        let reflection = StepContent::Reflection { prompt: "".into() };
        let cases: Vec<(StepContent, Answer, Result<Answer, &str>)> = vec![
            (
                StepContent::Text,
                given(&["x"], "y", true),
                Ok(Answer::default()),
            ),
            (
                question(AnswerType::Single),
                given(&["b"], "", false),
                Ok(given(&["b"], "", false)),
            ),
            (
                question(AnswerType::Single),
                given(&[], "", false),
                Err("module-error-choose-one"),
            ),
            (
                question(AnswerType::Single),
                given(&["a", "b"], "", false),
                Err("module-error-choose-one"),
            ),
            (
                question(AnswerType::Single),
                given(&["zz"], "", false),
                Err("module-error-choose-one"),
            ),
            (
                question(AnswerType::Multiple),
                given(&["b", "a", "b"], "", false),
                Ok(given(&["b", "a"], "", false)),
            ),
            (
                question(AnswerType::Multiple),
                given(&[], "", false),
                Err("module-error-choose-some"),
            ),
            (
                question(AnswerType::Text),
                given(&[], "  hei  ", false),
                Ok(given(&[], "hei", false)),
            ),
            (
                question(AnswerType::Text),
                given(&[], "   ", false),
                Err("module-error-write-answer"),
            ),
            (
                checklist.clone(),
                given(&["email", "forged"], "", false),
                Ok(given(&["email"], "", false)),
            ),
            (checklist, given(&[], "", false), Ok(Answer::default())),
            (
                reflection.clone(),
                given(&[], " mine ", true),
                Ok(given(&[], "mine", true)),
            ),
            (
                reflection.clone(),
                given(&[], "", true),
                Ok(Answer::default()),
            ),
            (
                reflection,
                given(&[], &"x".repeat(MAX_ANSWER_CHARS + 1), false),
                Err("module-error-too-long"),
            ),
        ];
        for (content, answer, expected) in cases {
            assert_eq!(
                check_answer(&content, answer.clone()),
                expected,
                "{content:?} {answer:?}"
            );
        }
    }
}
