//! Employer rendezvous events: organisers publish recruitment days, speed
//! interviews, workplace visits and info sessions; jobseekers find them and
//! book a seat or a time slot, or join the waiting list.
//!
//! Every page is server-rendered and every action a plain form post, so all
//! of it works without JavaScript.

#[cfg(feature = "ssr")]
pub mod booking;
mod caseload_page;
#[cfg(feature = "ssr")]
pub mod coach;
#[cfg(feature = "ssr")]
pub mod db;
mod event_page;
#[cfg(feature = "ssr")]
pub mod ics;
#[cfg(feature = "ssr")]
pub mod input;
mod list_page;
mod my_events_page;
#[cfg(feature = "ssr")]
mod notify;
#[cfg(feature = "ssr")]
mod organiser_attendees;
#[cfg(feature = "ssr")]
pub(crate) mod organiser_db;
mod organiser_form_page;
mod organiser_manage_page;
mod organiser_pages;
#[cfg(feature = "ssr")]
pub mod organiser_server;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod server;
pub mod types;
mod views;

pub use caseload_page::CaseloadEventsPage;
pub use event_page::{CancelSignUp, EventPage, SignUp, SignUpFor, event_calendar};
pub use list_page::EventsPage;
pub use my_events_page::MyEventsPage;
pub use organiser_form_page::{EditEventPage, NewEventPage};
pub use organiser_manage_page::ManageEventPage;
pub use organiser_pages::{
    AttendeesCsv, CancelEvent, CheckIn, OrganiserEventsPage, PublishEvent, SaveEvent,
};

use crate::error::AppError;

/// The list of events: where every events page offers a way back to.
const ALL_EVENTS: &str = "/events";

/// The jobseeker's page of one event.
pub fn event_path(event_id: i64) -> String {
    format!("/events/{event_id}")
}

/// When an event (or slot) happens, in Helsinki time and the reader's
/// language: "1.12.2026 klo 10.00–12.00".
#[cfg(feature = "ssr")]
pub fn when_text(
    starts_at: time::OffsetDateTime,
    ends_at: time::OffsetDateTime,
    locale: crate::i18n::Locale,
) -> String {
    use crate::i18n::{FluentValue, helsinki_date, helsinki_time, translate_args};
    let (start_day, end_day) = (
        helsinki_date(starts_at, locale),
        helsinki_date(ends_at, locale),
    );
    let (start, end) = (
        helsinki_time(starts_at, locale),
        helsinki_time(ends_at, locale),
    );
    if start_day == end_day {
        translate_args(
            locale,
            "event-when-same-day",
            &[
                ("date", FluentValue::from(start_day)),
                ("start", FluentValue::from(start)),
                ("end", FluentValue::from(end)),
            ],
        )
    } else {
        translate_args(
            locale,
            "event-when-days",
            &[
                ("startdate", FluentValue::from(start_day)),
                ("start", FluentValue::from(start)),
                ("enddate", FluentValue::from(end_day)),
                ("end", FluentValue::from(end)),
            ],
        )
    }
}

/// A parameter of the page's address.
fn param(name: &str) -> String {
    use leptos::prelude::WithUntracked;
    leptos_router::hooks::use_params_map().with_untracked(|p| p.get(name).unwrap_or_default())
}

/// The event id in the address, or not found.
fn event_param() -> Result<i64, AppError> {
    param("event").parse().map_err(|_| AppError::NotFound)
}
