//! SQL for plans. Every write also writes the new version into
//! `plan_change`, in the same statement, so the history cannot miss one.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

#[derive(Clone, Debug)]
pub struct Goal {
    pub goal_id: i64,
    pub what: String,
    pub status: String,
}

#[derive(Clone, Debug)]
pub struct Step {
    pub step_id: i64,
    pub goal_id: Option<i64>,
    pub what: String,
    pub who: String,
    pub due_on: Option<Date>,
    pub status: String,
}

/// What a step says, as typed and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct StepFields {
    pub goal_id: Option<i64>,
    pub what: String,
    pub who: String,
    pub due_on: Option<Date>,
    pub status: String,
}

/// One version of a goal or step, and who made it.
#[derive(Clone, Debug)]
pub struct Change {
    pub goal_id: Option<i64>,
    pub step_id: Option<i64>,
    pub changed_by: Option<i64>,
    pub changed_by_name: Option<String>,
    pub changed_at: OffsetDateTime,
    pub what: String,
    pub who: Option<String>,
    pub due_on: Option<Date>,
    pub status: String,
}

/// A jobseeker's goals, oldest first.
pub async fn goals(conn: &mut PgConnection, account_id: i64) -> Result<Vec<Goal>, sqlx::Error> {
    sqlx::query_as!(
        Goal,
        "select goal_id, what, status from plan_goal where account_id = $1 order by goal_id",
        account_id
    )
    .fetch_all(conn)
    .await
}

/// A jobseeker's steps, soonest due first.
pub async fn steps(conn: &mut PgConnection, account_id: i64) -> Result<Vec<Step>, sqlx::Error> {
    sqlx::query_as!(
        Step,
        "select step_id, goal_id, what, who, due_on, status from plan_step
         where account_id = $1 order by due_on nulls last, step_id",
        account_id
    )
    .fetch_all(conn)
    .await
}

/// One of a jobseeker's steps.
pub async fn step(
    conn: &mut PgConnection,
    account_id: i64,
    step_id: i64,
) -> Result<Option<Step>, sqlx::Error> {
    sqlx::query_as!(
        Step,
        "select step_id, goal_id, what, who, due_on, status from plan_step
         where account_id = $1 and step_id = $2",
        account_id,
        step_id
    )
    .fetch_optional(conn)
    .await
}

/// One of a jobseeker's goals.
pub async fn goal(
    conn: &mut PgConnection,
    account_id: i64,
    goal_id: i64,
) -> Result<Option<Goal>, sqlx::Error> {
    sqlx::query_as!(
        Goal,
        "select goal_id, what, status from plan_goal where account_id = $1 and goal_id = $2",
        account_id,
        goal_id
    )
    .fetch_optional(conn)
    .await
}

/// Adds a goal to a jobseeker's plan.
pub async fn add_goal(
    conn: &mut PgConnection,
    account_id: i64,
    what: &str,
    by: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"with added as (
               insert into plan_goal (account_id, what) values ($1, $2)
               returning goal_id, account_id, what, status
           ), logged as (
               insert into plan_change (account_id, goal_id, changed_by, what, status)
               select account_id, goal_id, $3, what, status from added
           )
           select goal_id as "goal_id!" from added"#,
        account_id,
        what,
        by
    )
    .fetch_one(conn)
    .await
}

/// Changes a goal; `false` when the jobseeker has no such goal. A save that
/// changes nothing adds nothing to the history.
pub async fn save_goal(
    conn: &mut PgConnection,
    account_id: i64,
    goal_id: i64,
    (what, status): (&str, &str),
    by: i64,
) -> Result<bool, sqlx::Error> {
    let saved = sqlx::query_scalar!(
        r#"with old as (
               select goal_id, what, status from plan_goal
               where goal_id = $2 and account_id = $1 for update
           ), saved as (
               update plan_goal g set what = $3, status = $4
               from old where g.goal_id = old.goal_id
               returning g.goal_id, (old.what, old.status) is distinct from ($3, $4) as changed
           ), logged as (
               insert into plan_change (account_id, goal_id, changed_by, what, status)
               select $1, goal_id, $5, $3, $4 from saved where changed
           )
           select count(*) as "saved!" from saved"#,
        account_id,
        goal_id,
        what,
        status,
        by
    )
    .fetch_one(conn)
    .await?;
    Ok(saved > 0)
}

/// Adds a step to a jobseeker's plan; `None` when the goal named is not
/// theirs.
pub async fn add_step(
    conn: &mut PgConnection,
    account_id: i64,
    step: &StepFields,
    by: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"with added as (
               insert into plan_step (account_id, goal_id, what, who, due_on, status)
               select $1, $2, $3, $4, $5, $6
               where $2::bigint is null
                  or exists (select 1 from plan_goal where goal_id = $2 and account_id = $1)
               returning step_id, account_id, what, who, due_on, status
           ), logged as (
               insert into plan_change (account_id, step_id, changed_by, what, who, due_on, status)
               select account_id, step_id, $7, what, who, due_on, status from added
           )
           select step_id as "step_id!" from added"#,
        account_id,
        step.goal_id,
        step.what,
        step.who,
        step.due_on,
        step.status,
        by
    )
    .fetch_optional(conn)
    .await
}

/// Changes a step; `false` when the jobseeker has no such step (or the goal
/// named is not theirs). A save that changes nothing adds nothing to the
/// history.
pub async fn save_step(
    conn: &mut PgConnection,
    account_id: i64,
    step_id: i64,
    step: &StepFields,
    by: i64,
) -> Result<bool, sqlx::Error> {
    let saved = sqlx::query_scalar!(
        r#"with old as (
               select step_id, goal_id, what, who, due_on, status from plan_step
               where step_id = $2 and account_id = $1
                 and ($3::bigint is null
                      or exists (select 1 from plan_goal where goal_id = $3 and account_id = $1))
               for update
           ), saved as (
               update plan_step s set goal_id = $3, what = $4, who = $5, due_on = $6, status = $7
               from old where s.step_id = old.step_id
               returning s.step_id,
                         (old.goal_id, old.what, old.who, old.due_on, old.status)
                         is distinct from ($3, $4, $5, $6, $7) as changed
           ), logged as (
               insert into plan_change (account_id, step_id, changed_by, what, who, due_on, status)
               select $1, step_id, $8, $4, $5, $6, $7 from saved where changed
           )
           select count(*) as "saved!" from saved"#,
        account_id,
        step_id,
        step.goal_id,
        step.what,
        step.who,
        step.due_on,
        step.status,
        by
    )
    .fetch_one(conn)
    .await?;
    Ok(saved > 0)
}

/// How far a step was before it was last marked done (to do, or under way).
pub async fn status_before_done(
    conn: &mut PgConnection,
    step_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar!(
        "select status from plan_change
         where step_id = $1 and status in ('todo', 'doing')
         order by change_id desc limit 1",
        step_id
    )
    .fetch_optional(conn)
    .await
}

/// Every version of every goal and step of a jobseeker's plan, newest first.
pub async fn history(conn: &mut PgConnection, account_id: i64) -> Result<Vec<Change>, sqlx::Error> {
    sqlx::query_as!(
        Change,
        r#"select c.goal_id, c.step_id, c.changed_by, a.display_name as "changed_by_name?",
                  c.changed_at, c.what, c.who, c.due_on, c.status
           from plan_change c
           left join account a on a.account_id = c.changed_by
           where c.account_id = $1
           order by c.changed_at desc, c.change_id desc"#,
        account_id
    )
    .fetch_all(conn)
    .await
}

/// Removes a jobseeker's plan with its history (their account is deleted).
pub async fn remove_plan(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from plan_change where account_id = $1", account_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query!("delete from plan_step where account_id = $1", account_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query!("delete from plan_goal where account_id = $1", account_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
