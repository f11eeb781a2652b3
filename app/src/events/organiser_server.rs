//! Events on the server for organisers: only their own events, ever. A
//! change that would take a confirmed place from someone is refused; a
//! change that frees seats gives them to the waiting list; a change of time
//! or place is emailed to everyone signed up. The attendee list is in
//! `organiser_attendees`.

use time::OffsetDateTime;

use super::{
    booking,
    input::{self, EventInput, Seating, Typed},
    notify::{Change, Notice, tell, tell_promoted},
    organiser_db::{self as db, OwnEvent, Stored},
    types::EventStatus,
};
use crate::{
    accounts::{Role, auth_settings, require_role},
    context::pool,
    error::AppError,
    forms::{self, db::DraftForm},
    i18n::{Locale, helsinki_local},
};

pub(super) fn conflict(key: &str) -> AppError {
    AppError::Conflict { key: key.into() }
}

/// The signed-in organiser's events.
pub async fn own_events() -> Result<Vec<OwnEvent>, AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::own_events(&mut conn, me.account_id).await?)
}

/// The organiser's own event as stored, with its texts and questions.
pub async fn stored(
    event_id: i64,
) -> Result<
    (
        Stored,
        Vec<(String, String, String)>,
        Vec<(i16, String, String)>,
    ),
    AppError,
> {
    let me = require_role(&[Role::Organiser])?;
    let mut conn = pool()?.acquire().await?;
    let stored = db::stored(&mut conn, me.account_id, event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let texts = db::texts(&mut conn, event_id).await?;
    let questions = db::all_questions(&mut conn, event_id).await?;
    Ok((stored, texts, questions))
}

/// Creates a draft (no `event_id`) or changes the organiser's own event.
/// Someone else's event is not found, whatever the form holds.
pub async fn save(event_id: Option<i64>, typed: &Typed) -> Result<i64, AppError> {
    let me = require_role(&[Role::Organiser])?;
    let public_url = auth_settings()?.public_url;
    let mut tx = pool()?.begin().await?;
    let Some(event_id) = event_id else {
        let input = input::read(typed, OffsetDateTime::now_utc())?;
        let event_id = db::save(&mut tx, me.account_id, None, &input).await?;
        db::replace_slots(&mut tx, event_id, &input).await?;
        forms::db::forget(&mut tx, me.account_id, DraftForm::Event, None).await?;
        tx.commit().await?;
        return Ok(event_id);
    };
    booking::lock_event(&mut tx, event_id).await?;
    let before = db::stored(&mut tx, me.account_id, event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if before.status == EventStatus::Cancelled.as_str() {
        return Err(conflict("organiser-error-cancelled"));
    }
    let input = input::read(typed, OffsetDateTime::now_utc())?;
    let slots_change = slots_change(&before, &input);
    check_places_kept(&mut tx, event_id, &before, &input, slots_change).await?;
    db::save(&mut tx, me.account_id, Some(event_id), &input).await?;
    if slots_change {
        db::replace_slots(&mut tx, event_id, &input).await?;
    }
    announce_move(&mut tx, &public_url, event_id, &before, &input).await?;
    let promoted = booking::fill_free_seats(&mut tx, event_id, None).await?;
    tell_promoted(&mut tx, &public_url, event_id, &promoted).await?;
    forms::db::forget(&mut tx, me.account_id, DraftForm::Event, Some(event_id)).await?;
    tx.commit().await?;
    Ok(event_id)
}

/// The old time and place, where the saved form moves the event. Slots
/// need no line of their own: they follow the event's time, and new slots
/// are refused while anyone holds or waits for one ([`check_places_kept`]).
fn change_of(before: &Stored, input: &EventInput) -> Change {
    let time_moves = (before.starts_at, before.ends_at) != (input.starts_at, input.ends_at);
    let place_moves = before.place() != input.place.columns();
    Change {
        old_time: time_moves.then_some((before.starts_at, before.ends_at)),
        old_place: place_moves.then(|| before.place()),
    }
}

/// Tells everyone with a place or on the waiting list where and when the
/// event now is, if the save moved it, and reminds them again before a new
/// start, as reminders are timed by the start. A draft has nobody to tell,
/// and new words are nothing to write about.
async fn announce_move(
    conn: &mut sqlx::PgConnection,
    public_url: &str,
    event_id: i64,
    before: &Stored,
    input: &EventInput,
) -> Result<(), AppError> {
    if before.starts_at != input.starts_at {
        db::rearm_reminders(conn, event_id).await?;
    }
    let change = change_of(before, input);
    if change.is_empty() {
        return Ok(());
    }
    for account_id in db::signed_up(conn, event_id).await? {
        let notice = Notice::Changed(&change);
        tell(conn, public_url, event_id, account_id, notice).await?;
    }
    Ok(())
}

/// Whether the change gives the event other time slots than it has.
fn slots_change(before: &Stored, input: &EventInput) -> bool {
    before.slot_minutes != slot_minutes(input)
        || before.slot_seats != slot_seats(input)
        || before.starts_at != input.starts_at
        || before.ends_at != input.ends_at
}

fn slot_minutes(input: &EventInput) -> Option<i32> {
    match input.seating {
        Seating::Slots { minutes, .. } => Some(minutes),
        Seating::Seats(_) => None,
    }
}

fn slot_seats(input: &EventInput) -> Option<i32> {
    match input.seating {
        Seating::Slots { seats, .. } => Some(seats),
        Seating::Seats(_) => None,
    }
}

/// Refuses a change that would drop people's places: fewer seats than are
/// taken, or new slots while people hold or wait for the old ones.
async fn check_places_kept(
    conn: &mut sqlx::PgConnection,
    event_id: i64,
    before: &Stored,
    input: &EventInput,
    slots_change: bool,
) -> Result<(), AppError> {
    let confirmed = super::db::details(conn, event_id, Locale::Fi)
        .await?
        .map_or(0, |d| d.confirmed);
    if slots_change && db::has_slot_signups(conn, event_id).await? {
        return Err(AppError::field("seating", "organiser-error-slots-booked"));
    }
    match input.seating {
        Seating::Seats(capacity) if i64::from(capacity) < confirmed => Err(AppError::field(
            "capacity",
            "organiser-error-capacity-below-taken",
        )),
        Seating::Slots { .. } if before.capacity.is_some() && confirmed > 0 => {
            Err(AppError::field("seating", "organiser-error-slots-booked"))
        }
        _ => Ok(()),
    }
}

/// Opens the organiser's draft for sign-ups.
pub async fn publish(event_id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut tx = pool()?.begin().await?;
    booking::lock_event(&mut tx, event_id).await?;
    let stored = db::stored(&mut tx, me.account_id, event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if stored.status != EventStatus::Draft.as_str() {
        return Err(conflict("organiser-error-not-draft"));
    }
    db::publish(&mut tx, event_id).await?;
    tx.commit().await?;
    Ok(())
}

/// Calls the organiser's event off and tells everyone who signed up.
pub async fn cancel(event_id: i64, confirmed: bool) -> Result<(), AppError> {
    let me = require_role(&[Role::Organiser])?;
    if !confirmed {
        return Err(AppError::field("confirm", "organiser-error-cancel-confirm"));
    }
    let public_url = auth_settings()?.public_url;
    let mut tx = pool()?.begin().await?;
    booking::lock_event(&mut tx, event_id).await?;
    db::stored(&mut tx, me.account_id, event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    for account_id in db::cancel(&mut tx, event_id).await? {
        tell(
            &mut tx,
            &public_url,
            event_id,
            account_id,
            Notice::EventCancelled,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The form as it was saved, for editing: the same field names [`input::read`] reads.
pub async fn form_of(event_id: i64) -> Result<(String, Typed), AppError> {
    let (stored, texts, questions) = stored(event_id).await?;
    let mut typed = Typed::new();
    let mut put = |field: &str, value: String| {
        typed.insert(field.to_owned(), value);
    };
    for (locale, title, description) in texts {
        put(&format!("title_{locale}"), title);
        put(&format!("description_{locale}"), description);
    }
    for (position, locale, question) in questions {
        put(&format!("question{position}_{locale}"), question);
    }
    let (starts, ends, deadline) = (
        helsinki_local(stored.starts_at),
        helsinki_local(stored.ends_at),
        helsinki_local(stored.signup_deadline),
    );
    put("date", starts.date().to_string());
    put("start", hour_minute(starts.time()));
    put("end", hour_minute(ends.time()));
    put("deadline_date", deadline.date().to_string());
    put("deadline_time", hour_minute(deadline.time()));
    put("employer", stored.employer);
    put("sector", stored.sector);
    put("kind", stored.kind);
    let online = stored.online_url.is_some();
    put(
        "format",
        if online { "online" } else { "in-person" }.to_owned(),
    );
    put("address", stored.address.unwrap_or_default());
    put("directions", stored.directions.unwrap_or_default());
    put("online_url", stored.online_url.unwrap_or_default());
    put("access_notes", stored.accessibility_notes);
    for code in stored.accessibility {
        put(&format!("access[{code}]"), "yes".to_owned());
    }
    for code in stored.languages {
        put(&format!("lang[{code}]"), "yes".to_owned());
    }
    match (stored.capacity, stored.slot_minutes, stored.slot_seats) {
        (_, Some(minutes), Some(seats)) => {
            put("seating", "slots".to_owned());
            put("slot_minutes", minutes.to_string());
            put("slot_seats", seats.to_string());
        }
        (capacity, _, _) => {
            put("seating", "seats".to_owned());
            put("capacity", capacity.unwrap_or_default().to_string());
        }
    }
    Ok((stored.status, typed))
}

/// Keeps what the organiser typed when saving failed: long descriptions do
/// not fit in the flash cookie, and nothing typed may be lost.
pub async fn keep_typed(event_id: Option<i64>, typed: &Typed) -> Result<(), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut conn = pool()?.acquire().await?;
    forms::db::keep(&mut conn, me.account_id, DraftForm::Event, event_id, typed).await
}

/// What [`keep_typed`] kept for this form (see `forms::db::kept` for how long).
pub async fn kept_typed(event_id: Option<i64>) -> Result<Option<Typed>, AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut conn = pool()?.acquire().await?;
    forms::db::kept(&mut conn, me.account_id, DraftForm::Event, event_id).await
}

/// "09:30", as a time field shows it.
fn hour_minute(at: time::Time) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}
