//! SQL for organisers: storing their events and reading their attendees.
//! Every query is scoped by the organiser's own account.

use sqlx::PgConnection;
use time::OffsetDateTime;

use super::input::{EventInput, PlaceColumns, Seating, slot_times};

/// Writes the event's columns; `None` for a new draft.
pub async fn save(
    conn: &mut PgConnection,
    organiser_id: i64,
    event_id: Option<i64>,
    input: &EventInput,
) -> Result<i64, sqlx::Error> {
    let place = input.place.columns();
    let (capacity, slot_minutes, slot_seats) = match input.seating {
        Seating::Seats(n) => (Some(n), None, None),
        Seating::Slots { minutes, seats } => (None, Some(minutes), Some(seats)),
    };
    let event_id = sqlx::query_scalar!(
        "insert into event (event_id, organiser_id, employer, sector, kind, starts_at, ends_at,
                            signup_deadline, address, directions, online_url, accessibility,
                            accessibility_notes, languages, capacity, slot_minutes, slot_seats)
         overriding system value
         values (coalesce($1, nextval(pg_get_serial_sequence('event', 'event_id'))), $2, $3, $4,
                 $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         on conflict (event_id) do update set
             employer = excluded.employer, sector = excluded.sector, kind = excluded.kind,
             starts_at = excluded.starts_at, ends_at = excluded.ends_at,
             signup_deadline = excluded.signup_deadline, address = excluded.address,
             directions = excluded.directions, online_url = excluded.online_url,
             accessibility = excluded.accessibility,
             accessibility_notes = excluded.accessibility_notes, languages = excluded.languages,
             capacity = excluded.capacity, slot_minutes = excluded.slot_minutes,
             slot_seats = excluded.slot_seats, updated_at = now()
         where event.organiser_id = excluded.organiser_id
         returning event_id",
        event_id,
        organiser_id,
        input.employer,
        input.sector,
        input.kind,
        input.starts_at,
        input.ends_at,
        input.signup_deadline,
        place.address,
        place.directions,
        place.online_url,
        &input.accessibility,
        input.accessibility_notes,
        &input.languages,
        capacity,
        slot_minutes,
        slot_seats,
    )
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query!("delete from event_text where event_id = $1", event_id)
        .execute(&mut *conn)
        .await?;
    for (locale, title, description) in &input.texts {
        sqlx::query!(
            "insert into event_text (event_id, locale, title, description) values ($1, $2, $3, $4)",
            event_id,
            locale.code(),
            title,
            description
        )
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query!("delete from event_question where event_id = $1", event_id)
        .execute(&mut *conn)
        .await?;
    for (position, locale, question) in &input.questions {
        sqlx::query!(
            "insert into event_question (event_id, position, locale, question) values ($1, $2, $3, $4)",
            event_id,
            position,
            locale.code(),
            question
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(event_id)
}

/// Replaces the event's slots with those `input` describes.
pub async fn replace_slots(
    conn: &mut PgConnection,
    event_id: i64,
    input: &EventInput,
) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from event_slot where event_id = $1", event_id)
        .execute(&mut *conn)
        .await?;
    if let Seating::Slots { minutes, seats } = input.seating {
        for (starts_at, ends_at) in slot_times(input.starts_at, input.ends_at, minutes) {
            sqlx::query!(
                "insert into event_slot (event_id, starts_at, ends_at, seats) values ($1, $2, $3, $4)",
                event_id,
                starts_at,
                ends_at,
                seats
            )
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// Whether anyone holds or waits for a slot of the event.
pub async fn has_slot_signups(conn: &mut PgConnection, event_id: i64) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select exists (select 1 from event_signup
                          where event_id = $1 and slot_id is not null and status <> 'cancelled')
           as "exists!""#,
        event_id
    )
    .fetch_one(conn)
    .await
}

/// The organiser's own event's stored form values, as the edit form shows them.
#[derive(Debug, Clone)]
pub struct Stored {
    pub status: String,
    pub employer: String,
    pub sector: String,
    pub kind: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub signup_deadline: OffsetDateTime,
    pub address: Option<String>,
    pub directions: Option<String>,
    pub online_url: Option<String>,
    pub accessibility: Vec<String>,
    pub accessibility_notes: String,
    pub languages: Vec<String>,
    pub capacity: Option<i32>,
    pub slot_minutes: Option<i32>,
    pub slot_seats: Option<i32>,
}

impl Stored {
    /// Where the event happens, as stored.
    pub fn place(&self) -> PlaceColumns {
        PlaceColumns {
            address: self.address.clone(),
            directions: self.directions.clone(),
            online_url: self.online_url.clone(),
        }
    }
}

pub async fn stored(
    conn: &mut PgConnection,
    organiser_id: i64,
    event_id: i64,
) -> Result<Option<Stored>, sqlx::Error> {
    sqlx::query_as!(
        Stored,
        "select status, employer, sector, kind, starts_at, ends_at, signup_deadline, address,
                directions, online_url, accessibility, accessibility_notes, languages, capacity,
                slot_minutes, slot_seats
         from event where event_id = $1 and organiser_id = $2",
        event_id,
        organiser_id
    )
    .fetch_optional(conn)
    .await
}

/// (locale, title, description) of every language written.
pub async fn texts(
    conn: &mut PgConnection,
    event_id: i64,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    let rows = sqlx::query!(
        "select locale, title, description from event_text where event_id = $1",
        event_id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.locale, r.title, r.description))
        .collect())
}

/// (position, locale, question) of every question.
pub async fn all_questions(
    conn: &mut PgConnection,
    event_id: i64,
) -> Result<Vec<(i16, String, String)>, sqlx::Error> {
    let rows = sqlx::query!(
        "select position, locale, question from event_question where event_id = $1 order by position",
        event_id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.position, r.locale, r.question))
        .collect())
}

/// An organiser's event in their list.
#[derive(Debug, Clone)]
pub struct OwnEvent {
    pub event_id: i64,
    pub title: String,
    pub status: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub confirmed: i64,
    pub waiting: i64,
}

pub async fn own_events(
    conn: &mut PgConnection,
    organiser_id: i64,
) -> Result<Vec<OwnEvent>, sqlx::Error> {
    sqlx::query_as!(
        OwnEvent,
        r#"select e.event_id, f.title, e.status, e.starts_at, e.ends_at,
                  (select count(*) from event_signup s
                   where s.event_id = e.event_id and s.status = 'confirmed') as "confirmed!",
                  (select count(*) from event_signup s
                   where s.event_id = e.event_id and s.status = 'waiting') as "waiting!"
           from event e join event_text f on f.event_id = e.event_id and f.locale = 'fi'
           where e.organiser_id = $1
           order by e.ends_at < now(), e.starts_at"#,
        organiser_id
    )
    .fetch_all(conn)
    .await
}

/// Sets a draft's status to published.
pub async fn publish(conn: &mut PgConnection, event_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update event set status = 'published', published_at = now()
         where event_id = $1 and status = 'draft'",
        event_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Calls the event off; returns everyone who had a place or waited.
pub async fn cancel(conn: &mut PgConnection, event_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query!(
        "update event set status = 'cancelled', cancelled_at = now()
         where event_id = $1 and status <> 'cancelled'",
        event_id
    )
    .execute(&mut *conn)
    .await?;
    signed_up(conn, event_id).await
}

/// Everyone who has a place at the event or waits for one, in sign-up order.
pub async fn signed_up(conn: &mut PgConnection, event_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar!(
        "select account_id from event_signup where event_id = $1 and status <> 'cancelled'
         order by signup_id",
        event_id
    )
    .fetch_all(conn)
    .await
}

/// Forgets that the event's people were reminded: reminders are timed by the
/// start, so a new start needs a new reminder.
pub async fn rearm_reminders(conn: &mut PgConnection, event_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update event_signup set reminded_at = null
         where event_id = $1 and reminded_at is not null",
        event_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A person on the attendee list: the name always (for the door), contact
/// details only when they agreed to share them.
#[derive(Debug, Clone)]
pub struct Attendee {
    pub signup_id: i64,
    pub account_id: i64,
    pub name: String,
    pub status: String,
    pub slot_starts_at: Option<OffsetDateTime>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The answered questions' positions, and the answers in the same order.
    pub answer_positions: Vec<i16>,
    pub answers: Vec<String>,
    pub checked_in: bool,
    /// Whether they show the organiser their skills now.
    pub skills_shared: bool,
}

/// The event's confirmed and waiting people, in order: confirmed first (by
/// slot), then the waiting list.
pub async fn attendees(
    conn: &mut PgConnection,
    event_id: i64,
) -> Result<Vec<Attendee>, sqlx::Error> {
    sqlx::query_as!(
        Attendee,
        r#"select s.signup_id, s.account_id, coalesce(a.display_name, '') as "name!", s.status,
                  sl.starts_at as "slot_starts_at?",
                  case when s.share_contact then a.email::text end as email,
                  case when s.share_contact then a.phone end as phone,
                  array(select x.position from event_answer x where x.signup_id = s.signup_id
                        order by x.position) as "answer_positions!",
                  array(select x.answer from event_answer x where x.signup_id = s.signup_id
                        order by x.position) as "answers!",
                  s.checked_in_at is not null as "checked_in!",
                  exists(select 1 from profile_share p
                         where p.account_id = s.account_id and p.event_id = s.event_id
                           and p.revoked_at is null and p.granted_at >= s.created_at)
                      as "skills_shared!"
           from event_signup s
           join account a on a.account_id = s.account_id
           left join event_slot sl on sl.slot_id = s.slot_id
           where s.event_id = $1 and s.status <> 'cancelled'
           order by s.status <> 'confirmed', sl.starts_at nulls first, s.signup_id"#,
        event_id
    )
    .fetch_all(conn)
    .await
}

/// Ticks (or unticks) a confirmed attendee of the event as arrived.
pub async fn set_checked_in(
    conn: &mut PgConnection,
    event_id: i64,
    signup_id: i64,
    arrived: bool,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "update event_signup
         set checked_in_at = case when $3 then coalesce(checked_in_at, now()) end
         where signup_id = $2 and event_id = $1 and status = 'confirmed'",
        event_id,
        signup_id,
        arrived
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
