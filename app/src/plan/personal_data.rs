//! A person's employment plan, with its history, in their data export and
//! account deletion (see `crate::personal_data`).

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{MyData, PlanChangeData, timestamp},
};

pub const COLUMNS: &[&str] = &[
    "plan_goal.account_id",
    "plan_step.account_id",
    "plan_change.account_id",
];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.plan_history = db::history(conn, account_id)
        .await?
        .into_iter()
        .map(|c| PlanChangeData {
            kind: if c.step_id.is_some() { "step" } else { "goal" }.to_owned(),
            what: c.what,
            who: c.who,
            due_on: c.due_on.map(|d| d.to_string()),
            status: c.status,
            changed_by: c.changed_by_name,
            changed_at: timestamp(c.changed_at),
        })
        .collect();
    Ok(())
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::remove_plan(conn, account_id).await?;
    Ok(())
}
