//! The form posts of a jobseeker's page in the coach's workspace. Each
//! works as a plain HTML form and comes back to the page, to the form it
//! came from, with every problem and what was typed.

use leptos::prelude::*;

use crate::error::AppError;

pub const FORM_NOTE: &str = "note";
pub const FORM_NOTE_CORRECT: &str = "note-correct";
pub const FORM_NOTE_WITHDRAW: &str = "note-withdraw";
pub const FORM_OUTCOME: &str = "outcome";
pub const FORM_OUTCOME_CORRECT: &str = "outcome-correct";
pub const FORM_OUTCOME_WITHDRAW: &str = "outcome-withdraw";
pub const FORM_TRANSFER: &str = "transfer";
pub const FORM_TRANSFER_FIND: &str = "transfer-find";
pub const FIELD_BODY: &str = "body";
pub const FIELD_SHARED: &str = "shared";
pub const FIELD_COACH: &str = "coach";
pub const FIELD_COACH_NAME: &str = "coach_name";

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

/// Answers a correction or withdrawal posted from the page of one note or
/// outcome (`record_page`): done, the coach is back on the person's page.
#[cfg(feature = "ssr")]
fn answer_change(
    form: &str,
    typed: Vec<(String, String)>,
    result: &Result<(), AppError>,
    jobseeker: i64,
    record_page: &str,
) {
    let done = format!("{}#{form}", super::jobseeker_path(jobseeker));
    crate::forms::answer_form_post_to(form, typed, result, record_page, &done);
}

/// The author of a note corrects its text or whether it is shared; the
/// version it replaces is kept.
#[server(prefix = "/api", endpoint = "correct-note")]
pub async fn correct_note(
    jobseeker: i64,
    note: i64,
    body: Option<String>,
    shared: Option<String>,
) -> Result<(), AppError> {
    let body = body.unwrap_or_default();
    let shared = shared.as_deref() == Some("yes");
    let result = super::person::correct_note(jobseeker, note, &body, shared).await;
    let typed = vec![
        (FIELD_BODY.to_owned(), body),
        (
            FIELD_SHARED.to_owned(),
            if shared { "yes" } else { "no" }.to_owned(),
        ),
    ];
    answer_change(
        FORM_NOTE_CORRECT,
        typed,
        &result,
        jobseeker,
        &super::note_path(jobseeker, note),
    );
    result
}

/// The author of a note withdraws it: the jobseeker no longer sees it, and
/// coaches see it marked as withdrawn.
#[server(prefix = "/api", endpoint = "withdraw-note")]
pub async fn withdraw_note(jobseeker: i64, note: i64) -> Result<(), AppError> {
    let result = super::person::withdraw_note(jobseeker, note).await;
    answer_change(
        FORM_NOTE_WITHDRAW,
        Vec::new(),
        &result,
        jobseeker,
        &super::note_path(jobseeker, note),
    );
    result
}

/// The coach who recorded an outcome corrects it; the version it replaces
/// is kept.
#[server(prefix = "/api", endpoint = "correct-outcome")]
pub async fn correct_outcome(
    jobseeker: i64,
    outcome: i64,
    situation: Option<String>,
    since: Option<String>,
) -> Result<(), AppError> {
    let (situation, since) = (situation.unwrap_or_default(), since.unwrap_or_default());
    let result = super::person::correct_outcome(jobseeker, outcome, &situation, &since).await;
    let typed = vec![
        (super::outcomes::FIELD_SITUATION.to_owned(), situation),
        (super::outcomes::FIELD_SINCE.to_owned(), since),
    ];
    let page = super::outcome_path(jobseeker, outcome);
    answer_change(FORM_OUTCOME_CORRECT, typed, &result, jobseeker, &page);
    result
}

/// The coach who recorded an outcome withdraws it: the report and the
/// person's current situation no longer count it.
#[server(prefix = "/api", endpoint = "withdraw-outcome")]
pub async fn withdraw_outcome(jobseeker: i64, outcome: i64) -> Result<(), AppError> {
    let result = super::person::withdraw_outcome(jobseeker, outcome).await;
    let page = super::outcome_path(jobseeker, outcome);
    answer_change(FORM_OUTCOME_WITHDRAW, Vec::new(), &result, jobseeker, &page);
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
pub async fn transfer_jobseeker(
    jobseeker: i64,
    coach: Option<String>,
    coach_name: Option<String>,
) -> Result<(), AppError> {
    let coach = coach.unwrap_or_default();
    let result = super::person::transfer(jobseeker, &coach).await;
    // The search the list came from, so a refused move shows the same list.
    let typed = vec![
        (FIELD_COACH.to_owned(), coach),
        (FIELD_COACH_NAME.to_owned(), coach_name.unwrap_or_default()),
    ];
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

/// A coach looks for the coach to move a jobseeker to by name, among all
/// the service's coaches. The page comes back with those found in the list;
/// the name travels in the sealed flash, kept on success too, never in the
/// address.
#[server(prefix = "/api", endpoint = "find-coach")]
pub async fn find_coach(jobseeker: i64, coach_name: Option<String>) -> Result<(), AppError> {
    let name = coach_name.unwrap_or_default().trim().to_owned();
    let result = super::person::check_coach_search(&name);
    let typed = vec![(FIELD_COACH_NAME.to_owned(), name)];
    let mut flash =
        crate::forms::FormOutcome::from_result(FORM_TRANSFER_FIND, typed.clone(), &result);
    if result.is_ok() {
        flash.values = typed;
    }
    let page = super::jobseeker_path(jobseeker);
    crate::forms::answer_form_post_with(flash, result.as_ref().err(), &page, &page);
    result
}
