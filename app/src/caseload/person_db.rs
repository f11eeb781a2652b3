//! SQL for one jobseeker in the coach's workspace: what they shared, the
//! reflections they chose to show their coach, coach notes and outcomes.
//! Callers check first that the jobseeker is on the coach's caseload.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

use crate::i18n::Locale;

/// What the jobseeker told the service about themselves.
#[derive(Clone, Debug)]
pub struct Profile {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub locale: String,
    pub birth_year: Option<i16>,
    pub gender: Option<String>,
    pub joined: OffsetDateTime,
}

pub async fn profile(
    conn: &mut PgConnection,
    jobseeker: i64,
) -> Result<Option<Profile>, sqlx::Error> {
    sqlx::query_as!(
        Profile,
        r#"select coalesce(display_name, '') as "name!", email::text, phone, locale,
                  birth_year, gender, created_at as joined
           from account where account_id = $1 and deleted_at is null"#,
        jobseeker
    )
    .fetch_optional(conn)
    .await
}

/// A reflection the jobseeker shared with their coach.
#[derive(Clone, Debug)]
pub struct Reflection {
    pub module_title: String,
    pub text: String,
    pub answered_at: OffsetDateTime,
}

/// The reflections the jobseeker shared, newest first.
pub async fn shared_reflections(
    conn: &mut PgConnection,
    jobseeker: i64,
    locale: Locale,
) -> Result<Vec<Reflection>, sqlx::Error> {
    sqlx::query_as!(
        Reflection,
        r#"select coalesce(l.content, e.content) ->> 'title' as "module_title!", a.text, a.answered_at
           from module_answer a
           join module_locale e on e.module_id = a.module_id and e.locale = 'en'
           left join module_locale l on l.module_id = a.module_id and l.locale = $2
           where a.account_id = $1 and a.shared_with_coach and a.text <> ''
           order by a.answered_at desc"#,
        jobseeker,
        locale.code()
    )
    .fetch_all(conn)
    .await
}

/// A coach's note about a jobseeker.
#[derive(Clone, Debug)]
pub struct Note {
    pub written_by: Option<i64>,
    pub written_by_name: Option<String>,
    pub body: String,
    pub shared: bool,
    pub created_at: OffsetDateTime,
}

/// The notes about a jobseeker, newest first; `shared_only` for what the
/// jobseeker themselves may read.
pub async fn notes(
    conn: &mut PgConnection,
    jobseeker: i64,
    shared_only: bool,
) -> Result<Vec<Note>, sqlx::Error> {
    sqlx::query_as!(
        Note,
        r#"select n.written_by, w.display_name as "written_by_name?", n.body, n.shared, n.created_at
           from coach_note n left join account w on w.account_id = n.written_by
           where n.account_id = $1 and (n.shared or not $2)
           order by n.created_at desc, n.note_id desc"#,
        jobseeker,
        shared_only
    )
    .fetch_all(conn)
    .await
}

pub async fn add_note(
    conn: &mut PgConnection,
    jobseeker: i64,
    by: i64,
    body: &str,
    shared: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into coach_note (account_id, written_by, body, shared) values ($1, $2, $3, $4)",
        jobseeker,
        by,
        body,
        shared
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A jobseeker's situation from a date.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub situation: String,
    pub since: Date,
    pub recorded_by_name: Option<String>,
    pub recorded_at: OffsetDateTime,
}

/// A jobseeker's outcomes, the current one first.
pub async fn outcomes(
    conn: &mut PgConnection,
    jobseeker: i64,
) -> Result<Vec<Outcome>, sqlx::Error> {
    sqlx::query_as!(
        Outcome,
        r#"select o.situation, o.since, r.display_name as "recorded_by_name?", o.recorded_at
           from outcome o left join account r on r.account_id = o.recorded_by
           where o.account_id = $1
           order by o.since desc, o.outcome_id desc"#,
        jobseeker
    )
    .fetch_all(conn)
    .await
}

pub async fn record_outcome(
    conn: &mut PgConnection,
    jobseeker: i64,
    by: i64,
    situation: &str,
    since: Date,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into outcome (account_id, recorded_by, situation, since) values ($1, $2, $3, $4)",
        jobseeker,
        by,
        situation,
        since
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The other coaches a jobseeker can be moved to, by name.
pub async fn other_coaches(
    conn: &mut PgConnection,
    coach_id: i64,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select account_id, coalesce(display_name, '') as "name!" from account
           where role = 'coach' and deleted_at is null and deactivated_at is null
             and account_id <> $1
           order by display_name, account_id"#,
        coach_id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.account_id, r.name)).collect())
}

/// Moves a jobseeker from one coach's caseload to another coach's; `false`
/// when either is not what it should be.
pub async fn transfer(
    conn: &mut PgConnection,
    from_coach: i64,
    jobseeker: i64,
    to_coach: i64,
) -> Result<bool, sqlx::Error> {
    // The receiving coach is locked (shared), so an admin cannot deactivate
    // them in the same moment and leave jobseekers with nobody.
    let moved = sqlx::query!(
        "with coach as (
             select account_id from account
             where account_id = $3 and role = 'coach' and deleted_at is null
               and deactivated_at is null
             for share)
         update account set coach_id = $3
         where account_id = $2 and coach_id = $1 and role = 'jobseeker' and deleted_at is null
           and $3 <> $1 and exists (select 1 from coach)",
        from_coach,
        jobseeker,
        to_coach
    )
    .execute(conn)
    .await?;
    Ok(moved.rows_affected() == 1)
}

/// Keeps a deleted jobseeker's outcomes for the report, anonymous: the
/// month only, and no link to the coach who recorded them (who, with the
/// exact day, could tell whose they were).
pub async fn anonymise_outcomes(
    conn: &mut PgConnection,
    jobseeker: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update outcome
         set since = date_trunc('month', since)::date,
             recorded_at = date_trunc('month', recorded_at), recorded_by = null
         where account_id = $1",
        jobseeker
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Removes a jobseeker's notes (their account is deleted). Outcomes stay:
/// with the account blanked they lead to no one, and the report needs them.
pub async fn remove_notes(conn: &mut PgConnection, jobseeker: i64) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from coach_note where account_id = $1", jobseeker)
        .execute(conn)
        .await?;
    Ok(())
}
