use serde::{Deserialize, Serialize};

use crate::error::FieldError;

/// The form's name in flashes and its fields' names in the HTML.
pub(super) const FORM: &str = "feedback";
pub(super) const FIELD_HELPFUL: &str = "helpful";
pub(super) const FIELD_COMMENT: &str = "comment";

/// The longest comment we keep, in characters: enough for a few sentences.
pub const MAX_COMMENT_CHARS: usize = 1000;

/// What the person typed, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedbackValues {
    /// `yes`, `no`, or empty when nothing was chosen.
    pub helpful: String,
    /// The free-text comment.
    pub comment: String,
}

/// A valid answer, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackInput {
    /// The path of the page the answer is about, without its query: a query
    /// could one day carry what someone searched for.
    pub page: String,
    /// Whether the page helped.
    pub helpful: bool,
    /// The comment, trimmed; `None` when left empty.
    pub comment: Option<String>,
}

impl FeedbackInput {
    /// Checks an answer, collecting every problem so all can be fixed at once.
    pub fn parse(page: &str, values: &FeedbackValues) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let helpful = match values.helpful.as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => {
                errors.push(FieldError::new(
                    FIELD_HELPFUL,
                    "feedback-error-helpful-missing",
                ));
                None
            }
        };
        let comment = values.comment.trim();
        if comment.chars().count() > MAX_COMMENT_CHARS {
            errors.push(FieldError::new(
                FIELD_COMMENT,
                "feedback-error-comment-too-long",
            ));
        }
        match helpful {
            Some(helpful) if errors.is_empty() => Ok(Self {
                page: page_path(page).to_owned(),
                helpful,
                comment: (!comment.is_empty()).then(|| comment.to_owned()),
            }),
            _ => Err(errors),
        }
    }
}

fn page_path(page: &str) -> &str {
    let local = crate::forms::local_return_path(page).unwrap_or("/");
    local.split(['?', '#']).next().unwrap_or("/")
}

/// Every string the feedback island shows, translated on the server so the WASM
/// bundle carries no translations.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackTexts {
    pub question: String,
    pub yes: String,
    pub no: String,
    pub comment_label: String,
    pub comment_hint: String,
    pub submit: String,
    pub sending: String,
    pub thanks: String,
    pub error_summary_title: String,
    pub error_prefix: String,
    /// Fluent id → translation, for every error this form can come back with.
    pub messages: Vec<(String, String)>,
}

impl FeedbackTexts {
    /// The translation of an error's message id (falls back to the generic error).
    pub fn message(&self, key: &str) -> String {
        self.messages
            .iter()
            .find(|(id, _)| id == key)
            .or_else(|| self.messages.iter().find(|(id, _)| id == "error-internal"))
            .map(|(_, text)| text.clone())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(helpful: &str, comment: &str) -> FeedbackValues {
        FeedbackValues {
            helpful: helpful.into(),
            comment: comment.into(),
        }
    }

    #[test]
    fn answers_are_checked_field_by_field() {
        let long = "ä".repeat(MAX_COMMENT_CHARS + 1);
        let at_limit = "ä".repeat(MAX_COMMENT_CHARS);
        type Expected<'a> = Result<(bool, Option<&'a str>), Vec<&'a str>>;
        let cases: [(&str, FeedbackValues, Expected); 6] = [
            ("/", values("yes", ""), Ok((true, None))),
            (
                "/",
                values("no", "  Too long words \n"),
                Ok((false, Some("Too long words"))),
            ),
            (
                "/",
                values("no", &at_limit),
                Ok((false, Some(at_limit.as_str()))),
            ),
            ("/", values("", "hi"), Err(vec![FIELD_HELPFUL])),
            (
                "/",
                values("maybe", &long),
                Err(vec![FIELD_HELPFUL, FIELD_COMMENT]),
            ),
            ("/", values("yes", &long), Err(vec![FIELD_COMMENT])),
        ];
        for (page, input, expected) in cases {
            let got = FeedbackInput::parse(page, &input)
                .map(|ok| (ok.helpful, ok.comment))
                .map_err(|errors| errors.into_iter().map(|e| e.field).collect::<Vec<_>>());
            let expected = expected
                .map(|(h, c)| (h, c.map(str::to_owned)))
                .map_err(|fields| fields.into_iter().map(str::to_owned).collect::<Vec<_>>());
            assert_eq!(got, expected, "input {input:?}");
        }
    }

    #[test]
    fn only_the_path_of_a_local_page_is_stored() {
        let cases = [
            ("//evil.example", "/"),
            ("/events?q=name#x", "/events"),
            ("/", "/"),
            ("?x", "/"),
        ];
        for (page, stored) in cases {
            let parsed = FeedbackInput::parse(page, &values("yes", "")).expect("valid answer");
            assert_eq!(parsed.page, stored, "page {page:?}");
        }
    }
}
