//! The meeting forms' posts. Each works as a plain HTML form: on a problem
//! the browser is sent back to the form with the error and what was typed.

use leptos::{
    prelude::*,
    server_fn::codec::{GetUrl, StreamingText, TextStream},
};

use crate::error::AppError;

/// The coach's form that offers free times.
pub const FORM_OFFER: &str = "meeting-offer";
/// A jobseeker's booking (or move) of a time.
pub const FORM_BOOK: &str = "meeting-book";
/// A jobseeker's cancelling of a meeting.
pub const FORM_CANCEL: &str = "meeting-cancel";
/// A coach's taking away of a time.
pub const FORM_REMOVE: &str = "meeting-remove";
/// A coach's booking for someone.
pub const FORM_BOOK_FOR: &str = "meeting-book-for";
/// A coach's note of what came of a meeting.
pub const FORM_OUTCOME: &str = "meeting-outcome";

/// The offer form as typed.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct OfferValues {
    pub day: String,
    pub start: String,
    pub length: String,
    pub count: String,
    pub mode: String,
    pub place: String,
}

#[cfg(feature = "ssr")]
impl OfferValues {
    fn typed(&self) -> Vec<(String, String)> {
        [
            ("day", &self.day),
            ("start", &self.start),
            ("length", &self.length),
            ("count", &self.count),
            ("mode", &self.mode),
            ("place", &self.place),
        ]
        .map(|(name, value)| (name.to_owned(), value.clone()))
        .to_vec()
    }
}

/// A coach offers free times, one or several in a row.
#[server(prefix = "/api", endpoint = "meeting-offer")]
pub async fn offer_times(
    day: Option<String>,
    start: Option<String>,
    length: Option<String>,
    count: Option<String>,
    mode: Option<String>,
    place: Option<String>,
) -> Result<(), AppError> {
    let values = OfferValues {
        day: day.unwrap_or_default(),
        start: start.unwrap_or_default(),
        length: length.unwrap_or_default(),
        count: count.unwrap_or_default(),
        mode: mode.unwrap_or_default(),
        place: place.unwrap_or_default(),
    };
    let result = super::server::offer(&values).await;
    let back = super::COACH_MEETINGS;
    let shown = match &result {
        Ok(day) => format!("{}#{FORM_OFFER}", super::week_path(*day)),
        Err(_) => back.to_owned(),
    };
    crate::forms::answer_form_post_to(FORM_OFFER, values.typed(), &result, back, &shown);
    result.map(|_| ())
}

/// A coach takes away one of their times; whoever had booked it is told.
#[server(prefix = "/api", endpoint = "meeting-remove")]
pub async fn remove_time(meeting: i64) -> Result<(), AppError> {
    let result = super::server::remove_time(meeting).await;
    let back = super::COACH_MEETINGS;
    let shown = match &result {
        Ok(day) => format!("{}#{FORM_REMOVE}", super::week_path(*day)),
        Err(_) => back.to_owned(),
    };
    crate::forms::answer_form_post_to(FORM_REMOVE, Vec::new(), &result, back, &shown);
    result.map(|_| ())
}

/// A jobseeker books a free time of their coach's, or moves theirs (`from`).
#[server(prefix = "/api", endpoint = "meeting-book")]
pub async fn book_meeting(meeting: i64, from: Option<i64>) -> Result<(), AppError> {
    let result = super::server::book_mine(meeting, from).await;
    crate::forms::answer_form_post(FORM_BOOK, Vec::new(), &result, super::MY_MEETINGS);
    result
}

/// A jobseeker cancels a meeting that has not started.
#[server(prefix = "/api", endpoint = "meeting-cancel")]
pub async fn cancel_meeting(meeting: i64) -> Result<(), AppError> {
    let result = super::server::cancel_mine(meeting).await;
    crate::forms::answer_form_post(FORM_CANCEL, Vec::new(), &result, super::MY_MEETINGS);
    result
}

/// A coach books one of their free times for a jobseeker on their caseload.
#[server(prefix = "/api", endpoint = "meeting-book-for")]
pub async fn book_for_jobseeker(jobseeker: i64, meeting: i64) -> Result<(), AppError> {
    let result = super::server::book_for(jobseeker, meeting).await;
    let page = super::person_meetings_path(jobseeker);
    crate::forms::answer_form_post(FORM_BOOK_FOR, Vec::new(), &result, &page);
    result
}

/// A coach writes what came of a meeting, and perhaps a next step for the plan.
#[server(prefix = "/api", endpoint = "meeting-outcome")]
pub async fn record_meeting_outcome(
    jobseeker: i64,
    meeting: i64,
    outcome: Option<String>,
    what: Option<String>,
) -> Result<(), AppError> {
    let (outcome, what) = (outcome.unwrap_or_default(), what.unwrap_or_default());
    let result = super::server::record_outcome(jobseeker, meeting, &outcome, &what).await;
    let page = super::person_meetings_path(jobseeker);
    let typed = vec![
        ("meeting".to_owned(), meeting.to_string()),
        ("outcome".to_owned(), outcome),
        ("what".to_owned(), what),
    ];
    crate::forms::answer_form_post(FORM_OUTCOME, typed, &result, &page);
    result
}

/// A meeting as a calendar file (`.ics`); a plain link works without JavaScript.
#[server(prefix = "/api", endpoint = "meeting-calendar", input = GetUrl, output = StreamingText)]
pub async fn meeting_calendar(meeting: i64) -> Result<TextStream<AppError>, AppError> {
    let result = super::server::calendar(meeting, crate::i18n::use_locale()).await;
    crate::context::answer_call(&result);
    let text = result?;
    crate::downloads::send_as_calendar(&format!("askel-meeting-{meeting}.ics"));
    Ok(TextStream::from(futures::stream::once(async move { text })))
}
