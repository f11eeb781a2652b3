//! Meetings as stored: a coach's times, free or booked.

use sqlx::PgConnection;
use time::OffsetDateTime;

/// One of a coach's times.
#[derive(Clone, Debug)]
pub struct Meeting {
    pub meeting_id: i64,
    pub coach_id: i64,
    /// The coach's name.
    pub coach: Option<String>,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub mode: String,
    pub place: Option<String>,
    /// Who has booked it, and their name; `None` while free.
    pub jobseeker_id: Option<i64>,
    pub jobseeker: Option<String>,
    pub booked_by_coach: bool,
    pub booked_at: Option<OffsetDateTime>,
    pub outcome: Option<String>,
}

/// PostgreSQL's code for a row an exclusion constraint refuses: here, two
/// times of one coach, or two meetings of one jobseeker, that overlap.
pub const OVERLAP: &str = "23P01";

/// Whether `error` is an overlap refused by the database.
pub fn is_overlap(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .and_then(|e| e.code())
        .is_some_and(|code| code == OVERLAP)
}

/// Adds free times for `coach`; an overlap with one they have refuses all.
pub async fn offer(
    conn: &mut PgConnection,
    coach: i64,
    times: &[(OffsetDateTime, OffsetDateTime)],
    mode: &str,
    place: Option<&str>,
) -> Result<(), sqlx::Error> {
    let (starts, ends): (Vec<_>, Vec<_>) = times.iter().copied().unzip();
    sqlx::query!(
        "insert into meeting (coach_id, starts_at, ends_at, mode, place)
         select $1, starts, ends, $4, $5 from unnest($2::timestamptz[], $3::timestamptz[]) t (starts, ends)",
        coach,
        &starts,
        &ends,
        mode,
        place
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The coach's times from `from` to `until`, oldest first.
pub async fn coach_times(
    conn: &mut PgConnection,
    coach: i64,
    from: OffsetDateTime,
    until: OffsetDateTime,
) -> Result<Vec<Meeting>, sqlx::Error> {
    sqlx::query_as!(
        Meeting,
        r#"select m.meeting_id, m.coach_id, null::text as "coach?", m.starts_at, m.ends_at,
                  m.mode, m.place, m.jobseeker_id, j.display_name as "jobseeker?",
                  m.booked_by_coach, m.booked_at, m.outcome
           from meeting m
           left join account j on j.account_id = m.jobseeker_id
           where m.coach_id = $1 and m.starts_at >= $2 and m.starts_at < $3
           order by m.starts_at"#,
        coach,
        from,
        until
    )
    .fetch_all(conn)
    .await
}

/// The coach's free times from now on for `days`, at most 100, soonest first.
pub async fn free_times(
    conn: &mut PgConnection,
    coach: i64,
    days: i64,
) -> Result<Vec<Meeting>, sqlx::Error> {
    sqlx::query_as!(
        Meeting,
        r#"select m.meeting_id, m.coach_id, null::text as "coach?", m.starts_at, m.ends_at,
                  m.mode, m.place, m.jobseeker_id, null::text as "jobseeker?",
                  m.booked_by_coach, m.booked_at, m.outcome
           from meeting m
           where m.coach_id = $1 and m.jobseeker_id is null
             and m.starts_at > now() and m.starts_at < now() + make_interval(days => $2::int)
           order by m.starts_at
           limit 100"#,
        coach,
        days as i32
    )
    .fetch_all(conn)
    .await
}

/// The jobseeker's meetings: those not over yet, or (`past`) the latest 20
/// that are, newest first.
pub async fn of_jobseeker(
    conn: &mut PgConnection,
    jobseeker: i64,
    past: bool,
) -> Result<Vec<Meeting>, sqlx::Error> {
    sqlx::query_as!(
        Meeting,
        r#"select m.meeting_id, m.coach_id, c.display_name as "coach?", m.starts_at, m.ends_at,
                  m.mode, m.place, m.jobseeker_id, null::text as "jobseeker?",
                  m.booked_by_coach, m.booked_at, m.outcome
           from meeting m
           join account c on c.account_id = m.coach_id
           where m.jobseeker_id = $1 and (m.ends_at <= now()) = $2
           order by case when $2 then m.starts_at end desc, m.starts_at
           limit 20"#,
        jobseeker,
        past
    )
    .fetch_all(conn)
    .await
}

/// One meeting, as its coach or the jobseeker who has it may read it.
pub async fn one(
    conn: &mut PgConnection,
    meeting: i64,
    reader: i64,
) -> Result<Option<Meeting>, sqlx::Error> {
    sqlx::query_as!(
        Meeting,
        r#"select m.meeting_id, m.coach_id, c.display_name as "coach?", m.starts_at, m.ends_at,
                  m.mode, m.place, m.jobseeker_id, j.display_name as "jobseeker?",
                  m.booked_by_coach, m.booked_at, m.outcome
           from meeting m
           join account c on c.account_id = m.coach_id
           left join account j on j.account_id = m.jobseeker_id
           where m.meeting_id = $1 and (m.coach_id = $2 or m.jobseeker_id = $2)"#,
        meeting,
        reader
    )
    .fetch_optional(conn)
    .await
}

/// How many meetings not over yet the jobseeker has.
pub async fn upcoming_count(conn: &mut PgConnection, jobseeker: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select count(*) as "count!" from meeting where jobseeker_id = $1 and ends_at > now()"#,
        jobseeker
    )
    .fetch_one(conn)
    .await
}

/// Holds the coach's times against other changes at the same moment: an
/// offer (`exclusive`) waits for bookings in progress and they for it, so
/// the database's overlap checks never wait on each other in a circle.
pub async fn hold_coach_times(
    conn: &mut PgConnection,
    coach: i64,
    exclusive: bool,
) -> Result<(), sqlx::Error> {
    if exclusive {
        sqlx::query!(
            "select 1 as held from account where account_id = $1 for no key update",
            coach
        )
        .fetch_optional(conn)
        .await?;
    } else {
        sqlx::query!(
            "select 1 as held from account where account_id = $1 for share",
            coach
        )
        .fetch_optional(conn)
        .await?;
    }
    Ok(())
}

/// Books `coach`'s free time `meeting` for `jobseeker`: false when it is
/// not free (taken a moment ago), not theirs or past. A reminder whose
/// moment is less than an hour after booking is not sent: the booking's
/// own notice has just told them.
pub async fn book(
    conn: &mut PgConnection,
    meeting: i64,
    jobseeker: i64,
    coach: i64,
    by_coach: bool,
) -> Result<bool, sqlx::Error> {
    let booked = sqlx::query!(
        "update meeting set jobseeker_id = $2, booked_at = now(), booked_by_coach = $4,
             reminded_day_before_at = case when starts_at <= now() + interval '25 hours' then now() end,
             reminded_soon_at = case when starts_at <= now() + interval '3 hours' then now() end
         where meeting_id = $1 and coach_id = $3 and jobseeker_id is null and starts_at > now()",
        meeting,
        jobseeker,
        coach,
        by_coach
    )
    .execute(conn)
    .await?;
    Ok(booked.rows_affected() == 1)
}

/// Frees the jobseeker's meetings that have not started: only `meeting`
/// when given, only those with `coach` when given. Returns when each freed
/// one was, so the caller can tell the person.
async fn free_booked(
    conn: &mut PgConnection,
    jobseeker: i64,
    meeting: Option<i64>,
    coach: Option<i64>,
) -> Result<Vec<OffsetDateTime>, sqlx::Error> {
    sqlx::query_scalar!(
        "update meeting set jobseeker_id = null, booked_at = null, booked_by_coach = false,
             reminded_day_before_at = null, reminded_soon_at = null
         where jobseeker_id = $1 and starts_at > now()
           and ($2::bigint is null or meeting_id = $2)
           and ($3::bigint is null or coach_id = $3)
         returning starts_at",
        jobseeker,
        meeting,
        coach
    )
    .fetch_all(conn)
    .await
}

/// Frees the jobseeker's meeting, if it has not started: true when it was
/// theirs.
pub async fn release(
    conn: &mut PgConnection,
    meeting: i64,
    jobseeker: i64,
) -> Result<bool, sqlx::Error> {
    Ok(!free_booked(conn, jobseeker, Some(meeting), None)
        .await?
        .is_empty())
}

/// Takes away one of the coach's times that has not started: `Some` with
/// who had it booked, `None` when there is no such time.
pub async fn remove(
    conn: &mut PgConnection,
    meeting: i64,
    coach: i64,
) -> Result<Option<Removed>, sqlx::Error> {
    sqlx::query_as!(
        Removed,
        "delete from meeting where meeting_id = $1 and coach_id = $2 and starts_at > now()
         returning jobseeker_id, starts_at",
        meeting,
        coach
    )
    .fetch_optional(conn)
    .await
}

/// A time taken away: who had booked it, and when it was.
pub struct Removed {
    pub jobseeker_id: Option<i64>,
    pub starts_at: OffsetDateTime,
}

/// Writes what came of a meeting that has started; false when it is not
/// the coach's meeting with that jobseeker.
pub async fn set_outcome(
    conn: &mut PgConnection,
    meeting: i64,
    coach: i64,
    jobseeker: i64,
    outcome: &str,
) -> Result<bool, sqlx::Error> {
    let set = sqlx::query!(
        "update meeting set outcome = $4
         where meeting_id = $1 and coach_id = $2 and jobseeker_id = $3 and starts_at <= now()",
        meeting,
        coach,
        jobseeker,
        outcome
    )
    .execute(conn)
    .await?;
    Ok(set.rows_affected() == 1)
}

/// Claims the booked meetings whose reminders are due, marking them sent;
/// rows another worker holds are skipped, so each reminder is claimed once
/// however many workers run. A meeting two hours away is reminded only
/// once, as soon. Returns (meeting, jobseeker) pairs.
pub async fn claim_due_reminders(conn: &mut PgConnection) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let soon = sqlx::query!(
        r#"with due as (
               select meeting_id from meeting
               where jobseeker_id is not null and reminded_soon_at is null
                 and starts_at > now() and starts_at <= now() + interval '2 hours'
               for update skip locked
           )
           update meeting m set reminded_soon_at = now(),
               reminded_day_before_at = coalesce(m.reminded_day_before_at, now())
           from due where m.meeting_id = due.meeting_id
           returning m.meeting_id, m.jobseeker_id as "jobseeker_id!""#
    )
    .fetch_all(&mut *conn)
    .await?;
    let day = sqlx::query!(
        r#"with due as (
               select meeting_id from meeting
               where jobseeker_id is not null and reminded_day_before_at is null
                 and starts_at > now() and starts_at <= now() + interval '24 hours'
               for update skip locked
           )
           update meeting m set reminded_day_before_at = now()
           from due where m.meeting_id = due.meeting_id
           returning m.meeting_id, m.jobseeker_id as "jobseeker_id!""#
    )
    .fetch_all(conn)
    .await?;
    let soon = soon.into_iter().map(|r| (r.meeting_id, r.jobseeker_id));
    let day = day.into_iter().map(|r| (r.meeting_id, r.jobseeker_id));
    Ok(soon.chain(day).collect())
}

/// Frees the jobseeker's meetings to come with a coach they are no longer
/// with; returns when each was.
pub async fn release_with_coach(
    conn: &mut PgConnection,
    jobseeker: i64,
    coach: i64,
) -> Result<Vec<OffsetDateTime>, sqlx::Error> {
    free_booked(conn, jobseeker, None, Some(coach)).await
}

/// Every meeting the jobseeker has had or has, oldest first, for their
/// data export.
pub async fn all_of(conn: &mut PgConnection, jobseeker: i64) -> Result<Vec<Meeting>, sqlx::Error> {
    sqlx::query_as!(
        Meeting,
        r#"select m.meeting_id, m.coach_id, c.display_name as "coach?", m.starts_at, m.ends_at,
                  m.mode, m.place, m.jobseeker_id, null::text as "jobseeker?",
                  m.booked_by_coach, m.booked_at, m.outcome
           from meeting m
           join account c on c.account_id = m.coach_id
           where m.jobseeker_id = $1
           order by m.starts_at"#,
        jobseeker
    )
    .fetch_all(conn)
    .await
}

/// The person's meetings go: those held with what came of them, and those
/// to come become free times again.
pub async fn forget_jobseeker(conn: &mut PgConnection, jobseeker: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from meeting where jobseeker_id = $1 and starts_at <= now()",
        jobseeker
    )
    .execute(&mut *conn)
    .await?;
    free_booked(conn, jobseeker, None, None).await?;
    Ok(())
}
