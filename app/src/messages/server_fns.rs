//! The message forms' posts. Each works as a plain HTML form: on a problem
//! the browser is sent back to the form with the error and what was typed.

use leptos::prelude::*;

use crate::error::AppError;

/// The form that sends a message, on either side.
pub const FORM_SEND: &str = "message-send";
pub const FIELD_BODY: &str = "body";
/// The form's own key: sent twice (a double tap, a retry), one message.
pub const FIELD_KEY: &str = "key";
/// The coach's form for their days away, and its day.
pub const FORM_AWAY: &str = "coach-away";
pub const FIELD_AWAY: &str = "until";

/// A new key for a message form.
#[cfg(feature = "ssr")]
pub fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The jobseeker writes to their coach.
#[server(prefix = "/api", endpoint = "send-message")]
pub async fn send_my_message(body: Option<String>, key: Option<String>) -> Result<(), AppError> {
    let body = body.unwrap_or_default();
    let result = super::server::send_mine(&body, key.as_deref().unwrap_or_default()).await;
    answer(
        vec![(FIELD_BODY.to_owned(), body)],
        &result,
        super::MY_MESSAGES,
    );
    result
}

/// A coach writes to a jobseeker on their caseload.
#[server(prefix = "/api", endpoint = "send-coach-message")]
pub async fn send_coach_message(
    jobseeker: i64,
    body: Option<String>,
    key: Option<String>,
) -> Result<(), AppError> {
    let body = body.unwrap_or_default();
    let key = key.unwrap_or_default();
    let result = super::server::send_to_jobseeker(jobseeker, &body, &key).await;
    let page = super::coach_messages_path(jobseeker);
    answer(vec![(FIELD_BODY.to_owned(), body)], &result, &page);
    result
}

/// A coach gives their last day away, or (`back`) says they are back.
#[server(prefix = "/api", endpoint = "coach-away")]
pub async fn set_away(until: Option<String>, back: Option<String>) -> Result<(), AppError> {
    let until = until.unwrap_or_default();
    let result = match back.as_deref() {
        Some("yes") => super::server::set_away(None).await,
        _ => super::server::set_away(Some(&until)).await,
    };
    let typed = vec![(FIELD_AWAY.to_owned(), until)];
    let page = format!("{}#{FORM_AWAY}", super::COACH_INBOX);
    crate::forms::answer_form_post(FORM_AWAY, typed, &result, &page);
    result
}

/// Back to the conversation: sent, at the note that it was, just under the
/// newest message; else at the form.
#[cfg(feature = "ssr")]
fn answer(typed: Vec<(String, String)>, result: &Result<(), AppError>, page: &str) {
    crate::forms::answer_form_post_to(FORM_SEND, typed, result, page, page);
}
