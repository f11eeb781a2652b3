//! A person's event sign-ups in their data export and account deletion
//! (see `crate::personal_data`).

use sqlx::PgConnection;

use super::{db, server::withdraw_everywhere};
use crate::{
    error::AppError,
    my_account::{EventSignupData, MyData, timestamp},
};

pub const COLUMNS: &[&str] = &["event_signup.account_id"];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.event_signups = db::signups_for_export(conn, account_id)
        .await?
        .into_iter()
        .map(|s| EventSignupData {
            event: s.event_id,
            title: s.title,
            employer: s.employer,
            starts_at: timestamp(s.starts_at),
            status: s.status,
            slot_starts_at: s.slot_starts_at.map(timestamp),
            contact_shared_with_organiser: s.share_contact,
            signed_up_by_coach: s.signed_up_by_coach,
            signed_up_at: timestamp(s.signed_up_at),
            checked_in_at: s.checked_in_at.map(timestamp),
            answers: s.answers,
        })
        .collect();
    Ok(())
}

/// Places given up (the next in line get them), then every sign-up deleted.
pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    withdraw_everywhere(conn, account_id).await
}
