//! SQL for events: what organisers write, what jobseekers find, and the
//! sign-ups people see on their own pages. Seats change only in `booking`.

use sqlx::PgConnection;
use time::OffsetDateTime;

use super::input::PlaceColumns;
use crate::i18n::Locale;

/// The filters of the event list; `None` means "any".
#[derive(Debug, Default, Clone)]
pub struct Filters {
    pub from: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
    pub sector: Option<String>,
    pub kind: Option<String>,
    pub language: Option<String>,
    /// Online (`true`) or in person (`false`).
    pub online: Option<bool>,
    pub free_seats_only: bool,
}

/// An event as the list shows it, in the reader's language.
#[derive(Debug, Clone)]
pub struct Summary {
    pub event_id: i64,
    pub title: String,
    pub employer: String,
    pub sector: String,
    pub kind: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub signup_deadline: OffsetDateTime,
    pub address: Option<String>,
    pub online: bool,
    pub languages: Vec<String>,
    pub free_seats: i64,
    /// The reader's own sign-up: `confirmed` or `waiting`.
    pub my_status: Option<String>,
}

/// The most events one list shows.
const LIST_LIMIT: i64 = 100;

/// Published events that have not ended, soonest first.
pub async fn published(
    conn: &mut PgConnection,
    locale: Locale,
    reader: i64,
    filters: &Filters,
) -> Result<Vec<Summary>, sqlx::Error> {
    sqlx::query_as!(
        Summary,
        r#"with listed as (
               select e.event_id, coalesce(l.title, f.title) as title, e.employer, e.sector,
                      e.kind, e.starts_at, e.ends_at, e.signup_deadline, e.address,
                      e.online_url is not null as online, e.languages,
                      -- Confirmed sign-ups are counted on write (migration 20261214000029).
                      case when e.capacity is not null then
                          (e.capacity - e.confirmed_count)::bigint
                      else (select coalesce(sum(greatest(sl.seats - sl.confirmed_count, 0)), 0)
                            from event_slot sl where sl.event_id = e.event_id)::bigint
                      end as free_seats,
                      (select s.status from event_signup s
                       where s.event_id = e.event_id and s.account_id = $2
                         and s.status <> 'cancelled') as my_status
               from event e
               join event_text f on f.event_id = e.event_id and f.locale = 'fi'
               left join event_text l on l.event_id = e.event_id and l.locale = $1
               where e.status = 'published' and e.ends_at > now()
                 -- Past events skipped through an index (migration 20261214000030);
                 -- the fence keeps the planner from walking the start-time index for it.
                 and e.starts_at >= (select min(c.starts_at) from
                                        (select starts_at from event
                                         where status = 'published' and ends_at > now() offset 0) c)
                 and ($3::timestamptz is null or e.starts_at >= $3)
                 and ($4::timestamptz is null or e.starts_at < $4)
                 and ($5::text is null or e.sector = $5)
                 and ($6::text is null or e.kind = $6)
                 and ($7::text is null or $7 = any (e.languages))
                 and ($8::boolean is null or (e.online_url is not null) = $8)
           )
           select event_id as "event_id!", title as "title!", employer as "employer!",
                  sector as "sector!", kind as "kind!", starts_at as "starts_at!",
                  ends_at as "ends_at!", signup_deadline as "signup_deadline!", address,
                  online as "online!", languages as "languages!", free_seats as "free_seats!",
                  my_status
           from listed
           where not $9 or free_seats > 0
           order by starts_at, event_id
           limit $10"#,
        locale.nearest_written().code(),
        reader,
        filters.from,
        filters.until,
        filters.sector,
        filters.kind,
        filters.language,
        filters.online,
        filters.free_seats_only,
        LIST_LIMIT,
    )
    .fetch_all(conn)
    .await
}

/// Everything about one event, in the reader's language (Finnish where the
/// organiser wrote nothing in it).
#[derive(Debug, Clone)]
pub struct Details {
    pub event_id: i64,
    pub organiser_id: i64,
    pub status: String,
    pub title: String,
    pub description: String,
    /// The language of the title and description: the reader's written
    /// language, or Finnish where the organiser wrote nothing in it.
    pub text_locale: String,
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
    pub confirmed: i64,
    pub waiting: i64,
}

impl Details {
    /// Where the event happens.
    pub fn place(&self) -> PlaceColumns {
        PlaceColumns {
            address: self.address.clone(),
            directions: self.directions.clone(),
            online_url: self.online_url.clone(),
        }
    }
}

pub async fn details(
    conn: &mut PgConnection,
    event_id: i64,
    locale: Locale,
) -> Result<Option<Details>, sqlx::Error> {
    sqlx::query_as!(
        Details,
        r#"select e.event_id, e.organiser_id, e.status, coalesce(l.title, f.title) as "title!",
                  coalesce(l.description, f.description) as "description!",
                  coalesce(l.locale, f.locale) as "text_locale!", e.employer,
                  e.sector, e.kind, e.starts_at, e.ends_at, e.signup_deadline, e.address,
                  e.directions, e.online_url, e.accessibility, e.accessibility_notes,
                  e.languages, e.capacity, e.slot_minutes, e.slot_seats,
                  (select count(*) from event_signup s
                   where s.event_id = e.event_id and s.status = 'confirmed') as "confirmed!",
                  (select count(*) from event_signup s
                   where s.event_id = e.event_id and s.status = 'waiting') as "waiting!"
           from event e
           join event_text f on f.event_id = e.event_id and f.locale = 'fi'
           left join event_text l on l.event_id = e.event_id and l.locale = $2
           where e.event_id = $1"#,
        event_id,
        locale.nearest_written().code(),
    )
    .fetch_optional(conn)
    .await
}

/// The organiser's questions in the reader's language (or Finnish), by position.
pub async fn questions(
    conn: &mut PgConnection,
    event_id: i64,
    locale: Locale,
) -> Result<Vec<(i16, String)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select f.position, coalesce(l.question, f.question) as "question!"
           from event_question f
           left join event_question l
             on l.event_id = f.event_id and l.position = f.position and l.locale = $2
           where f.event_id = $1 and f.locale = 'fi'
           order by f.position"#,
        event_id,
        locale.nearest_written().code(),
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.position, r.question)).collect())
}

/// A time slot and its free seats.
#[derive(Debug, Clone)]
pub struct Slot {
    pub slot_id: i64,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub seats: i32,
    pub free_seats: i64,
}

pub async fn slots(conn: &mut PgConnection, event_id: i64) -> Result<Vec<Slot>, sqlx::Error> {
    sqlx::query_as!(
        Slot,
        r#"select sl.slot_id, sl.starts_at, sl.ends_at, sl.seats,
                  greatest(sl.seats - (select count(*) from event_signup s
                                       where s.slot_id = sl.slot_id and s.status = 'confirmed'), 0)
                      as "free_seats!"
           from event_slot sl where sl.event_id = $1 order by sl.starts_at"#,
        event_id
    )
    .fetch_all(conn)
    .await
}

/// A person's sign-up that is not cancelled.
#[derive(Debug, Clone)]
pub struct MySignup {
    pub signup_id: i64,
    pub slot_id: Option<i64>,
    pub slot_starts_at: Option<OffsetDateTime>,
    pub slot_ends_at: Option<OffsetDateTime>,
    pub signed_up_by_coach: bool,
}

pub async fn my_signup(
    conn: &mut PgConnection,
    event_id: i64,
    account_id: i64,
) -> Result<Option<MySignup>, sqlx::Error> {
    sqlx::query_as!(
        MySignup,
        r#"select s.signup_id, s.slot_id, sl.starts_at as "slot_starts_at?",
                  sl.ends_at as "slot_ends_at?", s.signed_up_by is not null as "signed_up_by_coach!"
           from event_signup s left join event_slot sl on sl.slot_id = s.slot_id
           where s.event_id = $1 and s.account_id = $2 and s.status <> 'cancelled'"#,
        event_id,
        account_id
    )
    .fetch_optional(conn)
    .await
}

/// The events a person is signed up for (or waiting for), soonest first,
/// with those already over last.
#[derive(Debug, Clone)]
pub struct MyEvent {
    pub event_id: i64,
    pub signup_id: i64,
    pub title: String,
    pub employer: String,
    pub event_status: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub slot_starts_at: Option<OffsetDateTime>,
    pub slot_ends_at: Option<OffsetDateTime>,
    pub address: Option<String>,
    pub online: bool,
    pub checked_in: bool,
}

pub async fn my_events(
    conn: &mut PgConnection,
    account_id: i64,
    locale: Locale,
) -> Result<Vec<MyEvent>, sqlx::Error> {
    sqlx::query_as!(
        MyEvent,
        r#"select e.event_id, s.signup_id, coalesce(l.title, f.title) as "title!", e.employer,
                  e.status as event_status, e.starts_at, e.ends_at,
                  sl.starts_at as "slot_starts_at?", sl.ends_at as "slot_ends_at?", e.address,
                  e.online_url is not null as "online!", s.checked_in_at is not null as "checked_in!"
           from event_signup s
           join event e on e.event_id = s.event_id
           join event_text f on f.event_id = e.event_id and f.locale = 'fi'
           left join event_text l on l.event_id = e.event_id and l.locale = $2
           left join event_slot sl on sl.slot_id = s.slot_id
           where s.account_id = $1 and s.status <> 'cancelled'
           order by e.ends_at < now(), e.starts_at, e.event_id"#,
        account_id,
        locale.nearest_written().code(),
    )
    .fetch_all(conn)
    .await
}

/// A sign-up as the person's data export lists it.
#[derive(Debug, Clone)]
pub struct SignupExport {
    pub event_id: i64,
    pub title: String,
    pub employer: String,
    pub starts_at: OffsetDateTime,
    pub status: String,
    pub slot_starts_at: Option<OffsetDateTime>,
    pub share_contact: bool,
    pub signed_up_by_coach: bool,
    pub signed_up_at: OffsetDateTime,
    pub checked_in_at: Option<OffsetDateTime>,
    /// Answers to the organiser's questions, by position.
    pub answers: Vec<String>,
}

/// Every sign-up of the person, cancelled ones too, oldest first.
pub async fn signups_for_export(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<SignupExport>, sqlx::Error> {
    sqlx::query_as!(
        SignupExport,
        r#"select s.event_id, f.title, e.employer, e.starts_at, s.status,
                  sl.starts_at as "slot_starts_at?", s.share_contact,
                  s.signed_up_by is not null as "signed_up_by_coach!",
                  s.created_at as signed_up_at, s.checked_in_at,
                  array(select a.answer from event_answer a where a.signup_id = s.signup_id
                        order by a.position) as "answers!"
           from event_signup s
           join event e on e.event_id = s.event_id
           join event_text f on f.event_id = e.event_id and f.locale = 'fi'
           left join event_slot sl on sl.slot_id = s.slot_id
           where s.account_id = $1
           order by s.signup_id"#,
        account_id
    )
    .fetch_all(conn)
    .await
}

/// The events the person holds a place at or waits for.
pub async fn live_events_of(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar!(
        "select event_id from event_signup where account_id = $1 and status <> 'cancelled'
         order by event_id",
        account_id
    )
    .fetch_all(conn)
    .await
}

/// Deletes every sign-up of the person and their answers.
pub async fn delete_signups(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from event_signup where account_id = $1", account_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Claims confirmed sign-ups of published events starting within `ahead`
/// that have had no reminder, marking them reminded; rows another worker
/// holds are skipped. The events are locked too (shared): one being
/// cancelled or moved right now is skipped until that change is done,
/// rather than read as it was. Returns (event, account) pairs to remind.
pub async fn claim_due_reminders(
    conn: &mut PgConnection,
    ahead: time::Duration,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let rows = sqlx::query!(
        "with due as (
             select s.signup_id from event_signup s
             join event e on e.event_id = s.event_id
             where s.status = 'confirmed' and s.reminded_at is null
               and e.status = 'published'
               and e.starts_at > now() and e.starts_at <= now() + $1::interval
             for update of s skip locked for share of e skip locked
         )
         update event_signup s set reminded_at = now()
         from due where s.signup_id = due.signup_id
         returning s.event_id, s.account_id",
        ahead as _
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.event_id, r.account_id))
        .collect())
}
