//! Check-ins in the person's data export and account deletion (see
//! `crate::personal_data`).

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{CheckInData, MyData, timestamp},
};

pub const COLUMNS: &[&str] = &["follow_along.account_id"];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.follow_along = db::of_person(conn, account_id)
        .await?
        .into_iter()
        .map(|c| CheckInData {
            due_on: c.due_on.to_string(),
            kind: c.kind,
            done_at: c.done_at.map(timestamp),
            note: c.note,
        })
        .collect();
    Ok(())
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::forget_jobseeker(conn, account_id).await?;
    Ok(())
}
