//! SQL for follow-along check-ins.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

#[derive(Clone, Debug)]
pub struct CheckIn {
    pub checkin_id: i64,
    pub account_id: i64,
    /// The person's name, on the coach's list of tasks.
    pub name: Option<String>,
    pub kind: String,
    pub due_on: Date,
    pub done_at: Option<OffsetDateTime>,
    pub done_by: Option<String>,
    pub note: Option<String>,
}

/// Schedules (again) the person's check-ins from their outcomes as they
/// stand: each start of work (an employed outcome whose previous one was
/// not) gets check-ins a week, a month and three months on, except those
/// more than two weeks gone when it was recorded. Check-ins not done that no
/// longer fit (the outcome withdrawn or corrected) go; those done and those
/// agreed stay. The person's account is held first, so two coaches' changes
/// at once are scheduled one after the other.
pub async fn schedule(
    conn: &mut PgConnection,
    jobseeker: i64,
    employed: &[&str],
) -> Result<(), sqlx::Error> {
    let employed: Vec<String> = employed.iter().map(|s| (*s).to_owned()).collect();
    crate::accounts::db::hold_jobseeker(conn, jobseeker, None).await?;
    // The check-ins that fit go in (or move to their new day when not yet
    // done); those not done that fit no more go. Two disjoint sets of rows,
    // so one statement does both.
    sqlx::query!(
        r#"with due as (
               select o.outcome_id, k.kind, (o.since + k.after)::date as due_on
               from outcome o
               cross join (values ('week', interval '7 days'), ('month', interval '1 month'),
                                  ('three-months', interval '3 months')) as k (kind, after)
               where o.account_id = $1 and starts_work(o, $2)
                 and (o.since + k.after)::date
                     >= (o.recorded_at at time zone 'Europe/Helsinki')::date - 14
           ),
           gone as (
               delete from follow_along f
               where f.account_id = $1 and f.kind <> 'agreed' and f.done_at is null
                 and not exists (select from due d
                                 where d.outcome_id = f.outcome_id and d.kind = f.kind)
           )
           insert into follow_along (account_id, outcome_id, kind, due_on)
           select $1, outcome_id, kind, due_on from due
           on conflict (outcome_id, kind) where kind <> 'agreed'
           do update set due_on = excluded.due_on where follow_along.done_at is null"#,
        jobseeker,
        &employed
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Check-ins not done of `coach`'s people due by `until`, soonest first.
pub async fn due_for_coach(
    conn: &mut PgConnection,
    coach: i64,
    until: Date,
) -> Result<Vec<CheckIn>, sqlx::Error> {
    sqlx::query_as!(
        CheckIn,
        r#"select f.checkin_id, f.account_id, a.display_name as name, f.kind, f.due_on,
                  f.done_at, null::text as done_by, f.note
           from follow_along f
           join account a on a.account_id = f.account_id
           where a.coach_id = $1 and a.deleted_at is null and f.done_at is null and f.due_on <= $2
           order by f.due_on, f.checkin_id"#,
        coach,
        until
    )
    .fetch_all(conn)
    .await
}

/// Every check-in of the person, by the day it is due.
pub async fn of_person(
    conn: &mut PgConnection,
    jobseeker: i64,
) -> Result<Vec<CheckIn>, sqlx::Error> {
    sqlx::query_as!(
        CheckIn,
        r#"select f.checkin_id, f.account_id, null::text as name, f.kind, f.due_on,
                  f.done_at, c.display_name as done_by, f.note
           from follow_along f
           left join account c on c.account_id = f.done_by
           where f.account_id = $1
           order by f.due_on, f.checkin_id"#,
        jobseeker
    )
    .fetch_all(conn)
    .await
}

/// How many of the person's check-ins are not yet done.
pub async fn open_count(conn: &mut PgConnection, jobseeker: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select count(*) as "open!" from follow_along where account_id = $1 and done_at is null"#,
        jobseeker
    )
    .fetch_one(conn)
    .await
}

/// Writes the note of a check-in not yet done: true when it was one.
pub async fn record(
    conn: &mut PgConnection,
    checkin: i64,
    jobseeker: i64,
    coach: i64,
    note: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "update follow_along set done_at = now(), done_by = $3, note = $4
         where checkin_id = $1 and account_id = $2 and done_at is null",
        checkin,
        jobseeker,
        coach,
        note
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A check-in the coach and the person agreed on.
pub async fn agree(
    conn: &mut PgConnection,
    jobseeker: i64,
    due_on: Date,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into follow_along (account_id, kind, due_on) values ($1, 'agreed', $2)",
        jobseeker,
        due_on
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn forget_jobseeker(conn: &mut PgConnection, jobseeker: i64) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from follow_along where account_id = $1", jobseeker)
        .execute(conn)
        .await?;
    Ok(())
}
