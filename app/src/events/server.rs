//! Events on the server for the people who attend them: finding events,
//! signing up and cancelling, "My events" and the calendar file. Organisers'
//! functions are in `organiser_server`.

use time::{Date, OffsetDateTime, Time};

use super::{
    booking::{self, Booked, Request},
    db::{self, Details, Filters, MyEvent, Slot, Summary},
    ics::{CalendarEntry, calendar as ics_calendar},
    notify::{Notice, tell, tell_promoted},
    types::{EventStatus, KINDS, LANGUAGES, SECTORS},
};
use crate::{
    accounts::{Role, auth_settings, require_role},
    context::pool,
    error::{AppError, FieldError},
    i18n::{helsinki_moment, parse_day, use_locale},
};

/// Who may look for events: jobseekers, and coaches who sign them up.
const READERS: &[Role] = &[Role::Jobseeker, Role::Coach];
/// The longest answer to an organiser's question.
const MAX_ANSWER: usize = 1000;

/// The event list's filters as typed (query parameters of a GET form).
#[derive(Debug, Default, Clone)]
pub struct ListQuery {
    pub from: String,
    pub until: String,
    pub sector: String,
    pub kind: String,
    pub language: String,
    pub format: String,
    pub free: String,
}

/// Midnight at the start of `day` in Helsinki.
fn day_starts(day: Date) -> Option<OffsetDateTime> {
    helsinki_moment(day.with_time(Time::MIDNIGHT))
}

/// A known code, or none for "any".
fn code_in(text: &str, codes: &[&str]) -> Option<String> {
    codes.contains(&text).then(|| text.to_owned())
}

/// The filters, and a problem for each date that could not be read (that
/// filter is then left out rather than hiding every event).
pub fn filters_of(query: &ListQuery) -> (Filters, Vec<FieldError>) {
    let mut errors = Vec::new();
    let mut day = |field: &str, text: &str| {
        if text.trim().is_empty() {
            return None;
        }
        let parsed = parse_day(text);
        if parsed.is_none() {
            errors.push(FieldError::new(field, "events-filter-error-date"));
        }
        parsed
    };
    let from = day("from", &query.from).and_then(day_starts);
    let until = day("until", &query.until)
        .and_then(|d| d.next_day())
        .and_then(day_starts);
    let filters = Filters {
        from,
        until,
        sector: code_in(&query.sector, SECTORS),
        kind: code_in(&query.kind, KINDS),
        language: code_in(&query.language, LANGUAGES),
        online: match query.format.as_str() {
            "online" => Some(true),
            "in-person" => Some(false),
            _ => None,
        },
        free_seats_only: query.free == "yes",
    };
    (filters, errors)
}

/// Published events that match `query`, and the problems with what was typed.
pub async fn list(query: &ListQuery) -> Result<(Vec<Summary>, Vec<FieldError>), AppError> {
    let me = require_role(READERS)?;
    let (filters, errors) = filters_of(query);
    let mut conn = pool()?.acquire().await?;
    let events = db::published(&mut conn, use_locale(), me.account_id, &filters).await?;
    Ok((events, errors))
}

/// An event and the reader's own place at it.
#[derive(Debug)]
pub struct ReaderEvent {
    pub details: Details,
    pub questions: Vec<(i16, String)>,
    pub slots: Vec<Slot>,
    pub mine: Option<(db::MySignup, super::types::Standing)>,
}

/// An event a jobseeker or coach may see: published, or cancelled after
/// the reader had signed up.
pub async fn event_for_reader(event_id: i64) -> Result<ReaderEvent, AppError> {
    let me = require_role(READERS)?;
    let mut conn = pool()?.acquire().await?;
    let details = db::details(&mut conn, event_id, use_locale())
        .await?
        .ok_or(AppError::NotFound)?;
    let mine = match db::my_signup(&mut conn, event_id, me.account_id).await? {
        Some(signup) => {
            let standing = booking::standing(&mut conn, signup.signup_id).await?;
            Some((signup, standing))
        }
        None => None,
    };
    let visible = match EventStatus::parse(&details.status) {
        Some(EventStatus::Published) => true,
        Some(EventStatus::Cancelled) => mine.is_some(),
        _ => false,
    };
    if !visible {
        return Err(AppError::NotFound);
    }
    Ok(ReaderEvent {
        questions: db::questions(&mut conn, event_id, use_locale()).await?,
        slots: db::slots(&mut conn, event_id).await?,
        details,
        mine,
    })
}

/// What a sign-up form sends.
#[derive(Debug, Default, Clone)]
pub struct SignUpForm {
    pub slot: Option<String>,
    pub share_contact: bool,
    /// Answers by question position (1–3).
    pub answers: Vec<(i16, String)>,
}

/// The answers worth keeping: trimmed, not empty, not too long.
fn answers_of(form: &SignUpForm) -> Result<Vec<(i16, String)>, AppError> {
    let mut errors = Vec::new();
    let mut kept = Vec::new();
    for (position, text) in &form.answers {
        let text = text.trim();
        if text.chars().count() > MAX_ANSWER {
            errors.push(FieldError::new(
                &format!("answer{position}"),
                "event-error-answer-long",
            ));
        } else if !text.is_empty() {
            kept.push((*position, text.to_owned()));
        }
    }
    if errors.is_empty() {
        Ok(kept)
    } else {
        Err(AppError::Validation { errors })
    }
}

/// The signed-in jobseeker takes a seat or slot, or joins the waiting list.
pub async fn sign_up(event_id: i64, form: &SignUpForm) -> Result<Booked, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = crate::accounts::begin_own_write(me.account_id).await?;
    let booked = book(&mut tx, event_id, me.account_id, form, None).await?;
    tx.commit().await?;
    Ok(booked)
}

/// Books a place for `account_id` in the caller's transaction, so that what
/// goes with the booking (a coach's audit row) commits with it or not at
/// all; `coach` when a coach does it for them.
pub(super) async fn book(
    conn: &mut sqlx::PgConnection,
    event_id: i64,
    account_id: i64,
    form: &SignUpForm,
    coach: Option<i64>,
) -> Result<Booked, AppError> {
    let answers = answers_of(form)?;
    let slot_id = match form.slot.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(
            text.parse::<i64>()
                .map_err(|_| AppError::field("slot", "event-error-slot-missing"))?,
        ),
    };
    let request = Request {
        event_id,
        account_id,
        slot_id,
        share_contact: form.share_contact,
        answers,
        on_behalf_of_coach: coach,
    };
    booking::sign_up(conn, &request).await
}

/// The signed-in jobseeker gives up their place; the first in line gets it
/// and is told by email.
pub async fn cancel(event_id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let public_url = auth_settings()?.public_url;
    let mut tx = crate::accounts::begin_own_write(me.account_id).await?;
    let promoted = booking::cancel(&mut tx, event_id, me.account_id).await?;
    tell_promoted(&mut tx, &public_url, event_id, &promoted).await?;
    tx.commit().await?;
    Ok(())
}

/// The signed-in jobseeker's events.
pub async fn my_events() -> Result<Vec<MyEvent>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::my_events(&mut conn, me.account_id, use_locale()).await?)
}

/// The event as an `.ics` file; with a booked slot, the slot's times.
pub async fn calendar(event_id: i64) -> Result<String, AppError> {
    let event = event_for_reader(event_id).await?;
    let public_url = auth_settings()?.public_url;
    let details = &event.details;
    let slot = event
        .mine
        .as_ref()
        .and_then(|(m, _)| m.slot_starts_at.zip(m.slot_ends_at));
    let (starts_at, ends_at) = slot.unwrap_or((details.starts_at, details.ends_at));
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or("askel")
        .trim_end_matches('/');
    let entry = CalendarEntry {
        uid: format!("event-{event_id}@{host}"),
        starts_at,
        ends_at,
        title: details.title.clone(),
        description: format!("{}\n\n{}", details.employer, details.description),
        location: details
            .address
            .clone()
            .or_else(|| details.online_url.clone())
            .unwrap_or_default(),
        url: format!("{public_url}{}", super::event_path(event_id)),
        cancelled: details.status == EventStatus::Cancelled.as_str(),
    };
    Ok(ics_calendar(&entry, OffsetDateTime::now_utc()))
}

/// Whether sign-ups are still open.
pub fn deadline_passed(details: &Details) -> bool {
    OffsetDateTime::now_utc() > details.signup_deadline
}

/// Gives up all the person's places, so the next in line get them (and are
/// told), then deletes every sign-up: for a jobseeker deleting their account.
pub async fn withdraw_everywhere(
    conn: &mut sqlx::PgConnection,
    account_id: i64,
) -> Result<(), AppError> {
    let public_url = auth_settings()?.public_url;
    for event_id in db::live_events_of(conn, account_id).await? {
        let promoted = booking::cancel(conn, event_id, account_id).await?;
        tell_promoted(conn, &public_url, event_id, &promoted).await?;
    }
    db::delete_signups(conn, account_id).await?;
    Ok(())
}

/// Reminders go out this long before an event starts.
const REMINDER_AHEAD: time::Duration = time::Duration::days(1);

/// Queues a reminder (with the place and how to cancel) for everyone with a
/// place at an event starting within a day; each person gets one. Returns
/// how many were queued. Run by the background worker.
pub async fn queue_reminders(pool: &sqlx::PgPool, public_url: &str) -> Result<usize, AppError> {
    let mut tx = pool.begin().await?;
    let due = db::claim_due_reminders(&mut tx, REMINDER_AHEAD).await?;
    for (event_id, account_id) in &due {
        tell(
            &mut tx,
            public_url,
            *event_id,
            *account_id,
            Notice::Reminder,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(due.len())
}
