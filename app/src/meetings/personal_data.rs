//! Meetings in the person's data export and account deletion (see
//! `crate::personal_data`). A coach's free time is theirs; once booked, who
//! booked it and what came of it are the jobseeker's.

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{MeetingData, MyData, timestamp},
};

pub const COLUMNS: &[&str] = &["meeting.jobseeker_id"];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.meetings = db::all_of(conn, account_id)
        .await?
        .into_iter()
        .map(|m| MeetingData {
            starts_at: timestamp(m.starts_at),
            ends_at: timestamp(m.ends_at),
            mode: m.mode,
            place: m.place,
            coach: m.coach,
            booked_by_coach: m.booked_by_coach,
            booked_at: m.booked_at.map(timestamp),
            outcome: m.outcome,
        })
        .collect();
    Ok(())
}

/// Meetings held go with what came of them; times to come are free again.
pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::forget_jobseeker(conn, account_id).await?;
    Ok(())
}
