//! The job-search log in the person's data export and account deletion (see
//! `crate::personal_data`). Only what they wrote by hand is kept here; the
//! rest is in the export where it belongs (jobs, events, modules).

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{JobSearchData, MyData},
};

pub const COLUMNS: &[&str] = &["job_search_entry.account_id"];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.job_search_log = db::all_by_hand(conn, account_id)
        .await?
        .into_iter()
        .map(|e| JobSearchData {
            day: e.happened_on.to_string(),
            kind: e.kind,
            employer: e.employer.unwrap_or_default(),
            what: e.what,
        })
        .collect();
    Ok(())
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::forget(conn, account_id).await?;
    Ok(())
}
