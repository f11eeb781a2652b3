//! Seats, slots and waiting lists. Every change to who has a place runs in
//! the caller's transaction after [`lock_event`]: the event's row lock makes
//! sign-ups, cancellations and promotions of one event happen one at a time,
//! so the counts read here cannot change before the transaction commits, and
//! `signup_id` (taken under the lock) is the order of the waiting list.

use sqlx::PgConnection;
use time::OffsetDateTime;

use super::types::{EventStatus, Standing};
use crate::error::AppError;

/// What the lock tells about an event.
#[derive(Debug)]
pub struct Locked {
    pub status: EventStatus,
    pub signup_deadline: OffsetDateTime,
    pub starts_at: OffsetDateTime,
    /// Seats of an event without slots.
    pub capacity: Option<i32>,
    pub has_slots: bool,
}

/// A request for a place.
#[derive(Debug, Clone)]
pub struct Request {
    pub event_id: i64,
    pub account_id: i64,
    /// The chosen slot, for an event with slots.
    pub slot_id: Option<i64>,
    pub share_contact: bool,
    /// Answers to the organiser's questions, by question position.
    pub answers: Vec<(i16, String)>,
    /// The coach who signs the jobseeker up with their consent.
    pub on_behalf_of_coach: Option<i64>,
}

/// A sign-up and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Booked {
    pub signup_id: i64,
    pub standing: Standing,
    /// False when the person was already signed up (nothing changed).
    pub new: bool,
}

/// Someone who got a place because another person left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Promoted {
    pub signup_id: i64,
    pub account_id: i64,
}

/// Locks the event's row for the rest of the transaction.
pub async fn lock_event(conn: &mut PgConnection, event_id: i64) -> Result<Locked, AppError> {
    let row = sqlx::query!(
        "select status, signup_deadline, starts_at, capacity, slot_minutes
         from event where event_id = $1 for update",
        event_id
    )
    .fetch_optional(conn)
    .await?
    .ok_or(AppError::NotFound)?;
    Ok(Locked {
        status: EventStatus::parse(&row.status).ok_or(AppError::Internal)?,
        signup_deadline: row.signup_deadline,
        starts_at: row.starts_at,
        capacity: row.capacity,
        has_slots: row.slot_minutes.is_some(),
    })
}

/// Signs a jobseeker up: a seat while there is one, else the end of the
/// waiting list. Signing up again returns the first sign-up unchanged.
pub async fn sign_up(conn: &mut PgConnection, request: &Request) -> Result<Booked, AppError> {
    let event = lock_event(conn, request.event_id).await?;
    if event.status != EventStatus::Published {
        return Err(AppError::NotFound);
    }
    if let Some(live) = live_signup(conn, request.event_id, request.account_id).await? {
        return Ok(Booked {
            signup_id: live.0,
            standing: standing(conn, live.0).await?,
            new: false,
        });
    }
    if OffsetDateTime::now_utc() > event.signup_deadline {
        return Err(AppError::Conflict {
            key: "event-error-deadline-passed".into(),
        });
    }
    let seats = seats_of(conn, &event, request).await?;
    let taken = confirmed_count(conn, request.event_id, request.slot_id).await?;
    let status = if taken < i64::from(seats) {
        "confirmed"
    } else {
        "waiting"
    };
    let signup_id = sqlx::query_scalar!(
        "insert into event_signup
             (event_id, slot_id, account_id, status, share_contact, signed_up_by,
              consent_noted_at, confirmed_at)
         values ($1, $2, $3, $4, $5, $6,
                 case when $6::bigint is null then null else now() end,
                 case when $4 = 'confirmed' then now() end)
         returning signup_id",
        request.event_id,
        request.slot_id,
        request.account_id,
        status,
        request.share_contact,
        request.on_behalf_of_coach,
    )
    .fetch_one(&mut *conn)
    .await?;
    for (position, answer) in &request.answers {
        sqlx::query!(
            "insert into event_answer (signup_id, position, answer) values ($1, $2, $3)",
            signup_id,
            position,
            answer
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(Booked {
        signup_id,
        standing: standing(conn, signup_id).await?,
        new: true,
    })
}

/// The seats the request competes for: the event's, or its chosen slot's.
async fn seats_of(
    conn: &mut PgConnection,
    event: &Locked,
    request: &Request,
) -> Result<i32, AppError> {
    match (event.has_slots, request.slot_id, event.capacity) {
        (false, None, Some(capacity)) => Ok(capacity),
        (true, Some(slot_id), _) => sqlx::query_scalar!(
            "select seats from event_slot where slot_id = $1 and event_id = $2",
            slot_id,
            request.event_id
        )
        .fetch_optional(conn)
        .await?
        .ok_or_else(|| AppError::field("slot", "event-error-slot-missing")),
        (true, None, _) => Err(AppError::field("slot", "event-error-slot-missing")),
        _ => Err(AppError::BadRequest),
    }
}

async fn confirmed_count(
    conn: &mut PgConnection,
    event_id: i64,
    slot_id: Option<i64>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select count(*) as "count!" from event_signup
           where event_id = $1 and slot_id is not distinct from $2 and status = 'confirmed'"#,
        event_id,
        slot_id
    )
    .fetch_one(conn)
    .await
}

/// The person's sign-up that is not cancelled: its id and slot.
pub async fn live_signup(
    conn: &mut PgConnection,
    event_id: i64,
    account_id: i64,
) -> Result<Option<(i64, Option<i64>)>, sqlx::Error> {
    let row = sqlx::query!(
        "select signup_id, slot_id from event_signup
         where event_id = $1 and account_id = $2 and status <> 'cancelled'",
        event_id,
        account_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.signup_id, r.slot_id)))
}

/// Confirmed, or the place in line: how many wait in the same line up to
/// and including this sign-up.
pub async fn standing(conn: &mut PgConnection, signup_id: i64) -> Result<Standing, AppError> {
    let row = sqlx::query!(
        r#"select s.status,
                  (select count(*) from event_signup w
                   where w.event_id = s.event_id and w.slot_id is not distinct from s.slot_id
                     and w.status = 'waiting' and w.signup_id <= s.signup_id) as "position!"
           from event_signup s where s.signup_id = $1"#,
        signup_id
    )
    .fetch_one(conn)
    .await?;
    match row.status.as_str() {
        "confirmed" => Ok(Standing::Confirmed),
        "waiting" => Ok(Standing::Waiting {
            position: row.position,
        }),
        _ => Err(AppError::NotFound),
    }
}

/// Cancels the person's place (confirmed or waiting) and gives a freed seat
/// to the first in line. Returns who was promoted.
pub async fn cancel(
    conn: &mut PgConnection,
    event_id: i64,
    account_id: i64,
) -> Result<Vec<Promoted>, AppError> {
    lock_event(conn, event_id).await?;
    let Some((signup_id, slot_id)) = live_signup(conn, event_id, account_id).await? else {
        return Err(AppError::NotFound);
    };
    sqlx::query!(
        "update event_signup set status = 'cancelled', cancelled_at = now() where signup_id = $1",
        signup_id
    )
    .execute(&mut *conn)
    .await?;
    fill_free_seats(conn, event_id, slot_id).await
}

/// Promotes the first in line while the event (or slot) has free seats and
/// is still to come: a seat freed in a cancelled or past event is no place to
/// tell anyone they got. The caller holds the event's lock.
pub async fn fill_free_seats(
    conn: &mut PgConnection,
    event_id: i64,
    slot_id: Option<i64>,
) -> Result<Vec<Promoted>, AppError> {
    let rows = sqlx::query!(
        r#"with line as (
               select signup_id from event_signup
               where event_id = $1 and slot_id is not distinct from $2 and status = 'waiting'
                 and exists (
                     select 1 from event e
                     where e.event_id = $1 and e.status = 'published'
                       and coalesce((select starts_at from event_slot where slot_id = $2),
                                    e.starts_at) > now())
               order by signup_id
               limit greatest(
                   coalesce((select seats from event_slot where slot_id = $2),
                            (select capacity from event where event_id = $1), 0)
                   - (select count(*) from event_signup
                      where event_id = $1 and slot_id is not distinct from $2
                        and status = 'confirmed'),
                   0)
           )
           update event_signup s set status = 'confirmed', confirmed_at = now()
           from line where s.signup_id = line.signup_id
           returning s.signup_id, s.account_id"#,
        event_id,
        slot_id
    )
    .fetch_all(conn)
    .await?;
    let mut promoted: Vec<Promoted> = rows
        .into_iter()
        .map(|r| Promoted {
            signup_id: r.signup_id,
            account_id: r.account_id,
        })
        .collect();
    promoted.sort_by_key(|p| p.signup_id);
    Ok(promoted)
}
