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
        r#"select coalesce(module_content(a.module_id, $2) ->> 'title', a.module_id) as "module_title!",
                  a.text, a.answered_at
           from module_answer a
           where a.account_id = $1 and a.shared_with_coach and a.text <> ''
           order by a.answered_at desc"#,
        jobseeker,
        &locale.chain_codes()
    )
    .fetch_all(conn)
    .await
}

/// A coach's note about a jobseeker.
#[derive(Clone, Debug)]
pub struct Note {
    pub note_id: i64,
    pub written_by: Option<i64>,
    pub written_by_name: Option<String>,
    pub body: String,
    pub shared: bool,
    pub created_at: OffsetDateTime,
    pub corrected_at: Option<OffsetDateTime>,
    pub withdrawn_at: Option<OffsetDateTime>,
    pub withdrawn_by_name: Option<String>,
}

/// The notes about a jobseeker (or `only` one), newest first; `shared_only`
/// for what the jobseeker themselves may read (shared and not withdrawn).
pub async fn notes(
    conn: &mut PgConnection,
    jobseeker: i64,
    shared_only: bool,
    only: Option<i64>,
) -> Result<Vec<Note>, sqlx::Error> {
    sqlx::query_as!(
        Note,
        r#"select n.note_id, n.written_by, w.display_name as "written_by_name?", n.body, n.shared,
                  n.created_at, n.corrected_at, n.withdrawn_at,
                  x.display_name as "withdrawn_by_name?"
           from coach_note n
           left join account w on w.account_id = n.written_by
           left join account x on x.account_id = n.withdrawn_by
           where n.account_id = $1 and ((n.shared and n.withdrawn_at is null) or not $2)
             and ($3::bigint is null or n.note_id = $3)
           order by n.created_at desc, n.note_id desc"#,
        jobseeker,
        shared_only,
        only
    )
    .fetch_all(conn)
    .await
}

/// An earlier version of a note, or of an outcome (`body` is then its situation).
#[derive(Clone, Debug)]
pub struct Version {
    pub owner_id: i64,
    pub body: String,
    pub shared: bool,
    pub since: Option<Date>,
    pub written_at: OffsetDateTime,
    pub replaced_at: OffsetDateTime,
}

/// The earlier versions of the notes about `jobseeker` (or of `only` one),
/// newest first.
pub async fn note_versions(
    conn: &mut PgConnection,
    jobseeker: i64,
    only: Option<i64>,
) -> Result<Vec<Version>, sqlx::Error> {
    sqlx::query_as!(
        Version,
        r#"select v.note_id as owner_id, v.body, v.shared, null::date as since, v.written_at, v.replaced_at
           from coach_note_version v join coach_note n using (note_id)
           where n.account_id = $1 and ($2::bigint is null or v.note_id = $2)
           order by v.version_id desc"#,
        jobseeker,
        only
    )
    .fetch_all(conn)
    .await
}

/// Corrects the text and sharing of a note `author` wrote about `jobseeker`,
/// keeping the version it replaces. `false` when there is no such note of
/// theirs that is still in force; a correction that changes nothing keeps
/// nothing.
pub async fn correct_note(
    conn: &mut PgConnection,
    jobseeker: i64,
    note: i64,
    author: i64,
    body: &str,
    shared: bool,
) -> Result<bool, sqlx::Error> {
    let found = sqlx::query!(
        r#"with old as (
               select note_id, body, shared, coalesce(corrected_at, created_at) as written_at
               from coach_note
               where note_id = $2 and account_id = $1 and written_by = $3 and withdrawn_at is null
               for update),
           kept as (
               insert into coach_note_version (note_id, body, shared, written_at)
               select note_id, body, shared, written_at from old
               where (body, shared) is distinct from ($4, $5)),
           corrected as (
               update coach_note n set body = $4, shared = $5, corrected_at = now()
               from old where n.note_id = old.note_id and (old.body, old.shared) is distinct from ($4, $5))
           select count(*) as "found!" from old"#,
        jobseeker,
        note,
        author,
        body,
        shared
    )
    .fetch_one(conn)
    .await?;
    Ok(found.found == 1)
}

/// Withdraws a note `author` wrote about `jobseeker`; `false` when there is
/// no such note of theirs. Withdrawing twice keeps the first moment.
pub async fn withdraw_note(
    conn: &mut PgConnection,
    jobseeker: i64,
    note: i64,
    author: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "update coach_note set withdrawn_at = coalesce(withdrawn_at, now()),
                withdrawn_by = coalesce(withdrawn_by, $3)
         where note_id = $2 and account_id = $1 and written_by = $3",
        jobseeker,
        note,
        author
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
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
    pub outcome_id: i64,
    pub situation: String,
    pub since: Date,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub recorded_at: OffsetDateTime,
    pub corrected_at: Option<OffsetDateTime>,
    pub withdrawn_at: Option<OffsetDateTime>,
    pub withdrawn_by_name: Option<String>,
}

/// A jobseeker's outcomes (or `only` one), the latest situation first.
pub async fn outcomes(
    conn: &mut PgConnection,
    jobseeker: i64,
    only: Option<i64>,
) -> Result<Vec<Outcome>, sqlx::Error> {
    sqlx::query_as!(
        Outcome,
        r#"select o.outcome_id, o.situation, o.since, o.recorded_by,
                  r.display_name as "recorded_by_name?", o.recorded_at, o.corrected_at,
                  o.withdrawn_at, x.display_name as "withdrawn_by_name?"
           from outcome o
           left join account r on r.account_id = o.recorded_by
           left join account x on x.account_id = o.withdrawn_by
           where o.account_id = $1 and ($2::bigint is null or o.outcome_id = $2)
           order by o.since desc, o.outcome_id desc"#,
        jobseeker,
        only
    )
    .fetch_all(conn)
    .await
}

/// The earlier versions of `jobseeker`'s outcomes (or of `only` one),
/// newest first; `body` is the situation.
pub async fn outcome_versions(
    conn: &mut PgConnection,
    jobseeker: i64,
    only: Option<i64>,
) -> Result<Vec<Version>, sqlx::Error> {
    sqlx::query_as!(
        Version,
        r#"select v.outcome_id as owner_id, v.situation as body, false as "shared!",
                  v.since as "since?", v.recorded_at as written_at, v.replaced_at
           from outcome_version v join outcome o using (outcome_id)
           where o.account_id = $1 and ($2::bigint is null or v.outcome_id = $2)
           order by v.version_id desc"#,
        jobseeker,
        only
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

/// Corrects an outcome `author` recorded for `jobseeker`, keeping the
/// version it replaces; `false` when there is no such outcome of theirs
/// still in force. A correction that changes nothing keeps nothing.
pub async fn correct_outcome(
    conn: &mut PgConnection,
    jobseeker: i64,
    outcome: i64,
    author: i64,
    situation: &str,
    since: Date,
) -> Result<bool, sqlx::Error> {
    let found = sqlx::query!(
        r#"with old as (
               select outcome_id, situation, since, coalesce(corrected_at, recorded_at) as written_at
               from outcome
               where outcome_id = $2 and account_id = $1 and recorded_by = $3 and withdrawn_at is null
               for update),
           kept as (
               insert into outcome_version (outcome_id, situation, since, recorded_at)
               select outcome_id, situation, since, written_at from old
               where (situation, since) is distinct from ($4, $5)),
           corrected as (
               update outcome o set situation = $4, since = $5, corrected_at = now()
               from old where o.outcome_id = old.outcome_id
                 and (old.situation, old.since) is distinct from ($4, $5))
           select count(*) as "found!" from old"#,
        jobseeker,
        outcome,
        author,
        situation,
        since
    )
    .fetch_one(conn)
    .await?;
    Ok(found.found == 1)
}

/// Withdraws an outcome `author` recorded for `jobseeker`; `false` when
/// there is no such outcome of theirs.
pub async fn withdraw_outcome(
    conn: &mut PgConnection,
    jobseeker: i64,
    outcome: i64,
    author: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "update outcome set withdrawn_at = coalesce(withdrawn_at, now()),
                withdrawn_by = coalesce(withdrawn_by, $3)
         where outcome_id = $2 and account_id = $1 and recorded_by = $3",
        jobseeker,
        outcome,
        author
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The most coaches of one team offered at once; a team is a few dozen.
const MAX_TEAM_COACHES: i64 = 200;

/// A coach a jobseeker can be moved to: id, name and team.
pub struct CoachChoice {
    pub account_id: i64,
    pub name: String,
    pub team: Option<String>,
}

/// The other active coaches of `coach_id`'s team, by name.
pub async fn team_coaches(
    conn: &mut PgConnection,
    coach_id: i64,
) -> Result<Vec<CoachChoice>, sqlx::Error> {
    sqlx::query_as!(
        CoachChoice,
        r#"select c.account_id, coalesce(c.display_name, '') as "name!", c.team
           from account me
           join account c on c.team = me.team and c.account_id <> me.account_id
           where me.account_id = $1 and c.role = 'coach' and c.deleted_at is null
             and c.deactivated_at is null
           order by c.display_name, c.account_id
           limit $2"#,
        coach_id,
        MAX_TEAM_COACHES
    )
    .fetch_all(conn)
    .await
}

/// Up to `limit` other active coaches of the whole service whose name
/// contains `name` (in any case), by name. Read through the index of the
/// coaches, so it stays quick as the service grows.
pub async fn coaches_named(
    conn: &mut PgConnection,
    coach_id: i64,
    name: &str,
    limit: i64,
) -> Result<Vec<CoachChoice>, sqlx::Error> {
    sqlx::query_as!(
        CoachChoice,
        r#"select account_id, coalesce(display_name, '') as "name!", team from account
           where role = 'coach' and deleted_at is null and deactivated_at is null
             and account_id <> $1 and strpos(lower(display_name), lower($2)) > 0
           order by display_name, account_id
           limit $3"#,
        coach_id,
        name,
        limit
    )
    .fetch_all(conn)
    .await
}

/// Whether the service has any active coach besides `coach_id`.
pub async fn other_coaches_exist(
    conn: &mut PgConnection,
    coach_id: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select exists (select 1 from account
           where role = 'coach' and deleted_at is null and deactivated_at is null
             and account_id <> $1) as "exists!""#,
        coach_id
    )
    .fetch_one(conn)
    .await
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
             recorded_at = date_trunc('month', recorded_at), recorded_by = null,
             corrected_at = date_trunc('month', corrected_at),
             withdrawn_at = date_trunc('month', withdrawn_at), withdrawn_by = null
         where account_id = $1",
        jobseeker
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "update outcome_version v
         set since = date_trunc('month', v.since)::date,
             recorded_at = date_trunc('month', v.recorded_at),
             replaced_at = date_trunc('month', v.replaced_at)
         from outcome o where o.outcome_id = v.outcome_id and o.account_id = $1",
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
