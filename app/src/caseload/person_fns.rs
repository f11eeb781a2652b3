//! The form posts of a jobseeker's page in the coach's workspace. Each
//! works as a plain HTML form and comes back to the page, to the form it
//! came from, with every problem and what was typed.

use leptos::prelude::*;

use crate::error::AppError;

pub const FORM_NOTE: &str = "note";
pub const FORM_OUTCOME: &str = "outcome";
pub const FORM_TRANSFER: &str = "transfer";
pub const FIELD_BODY: &str = "body";
pub const FIELD_SHARED: &str = "shared";
pub const FIELD_COACH: &str = "coach";

/// A coach writes a note about a jobseeker on their caseload; `shared=yes`
/// shows it to the jobseeker too.
#[server(prefix = "/api", endpoint = "add-note")]
pub async fn add_note(
    jobseeker: i64,
    body: Option<String>,
    shared: Option<String>,
) -> Result<(), AppError> {
    let body = body.unwrap_or_default();
    let shared = shared.as_deref() == Some("yes");
    let result = super::person::add_note(jobseeker, &body, shared).await;
    let typed = vec![
        (FIELD_BODY.to_owned(), body),
        (
            FIELD_SHARED.to_owned(),
            if shared { "yes" } else { "" }.to_owned(),
        ),
    ];
    let page = super::jobseeker_path(jobseeker);
    crate::forms::answer_form_post_to(FORM_NOTE, typed, &result, &page, &page);
    result
}

/// A coach records a jobseeker's situation (employed, training…) from a date.
#[server(prefix = "/api", endpoint = "record-outcome")]
pub async fn record_outcome(
    jobseeker: i64,
    situation: Option<String>,
    since: Option<String>,
) -> Result<(), AppError> {
    let (situation, since) = (situation.unwrap_or_default(), since.unwrap_or_default());
    let result = super::person::record_outcome(jobseeker, &situation, &since).await;
    let typed = vec![
        (super::outcomes::FIELD_SITUATION.to_owned(), situation),
        (super::outcomes::FIELD_SINCE.to_owned(), since),
    ];
    let page = super::jobseeker_path(jobseeker);
    crate::forms::answer_form_post_to(FORM_OUTCOME, typed, &result, &page, &page);
    result
}

/// A coach moves a jobseeker on their caseload to another coach's. Done,
/// the coach goes back to their caseload, where the person no longer is.
#[server(prefix = "/api", endpoint = "transfer-jobseeker")]
pub async fn transfer_jobseeker(jobseeker: i64, coach: Option<String>) -> Result<(), AppError> {
    let coach = coach.unwrap_or_default();
    let result = super::person::transfer(jobseeker, &coach).await;
    let typed = vec![(FIELD_COACH.to_owned(), coach)];
    let moved = format!("{}#{FORM_TRANSFER}", super::CASELOAD);
    crate::forms::answer_form_post_to(
        FORM_TRANSFER,
        typed,
        &result,
        &super::jobseeker_path(jobseeker),
        &moved,
    );
    result
}
