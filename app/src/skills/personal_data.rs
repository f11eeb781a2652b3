//! A person's self-assessments in their data export and account deletion
//! (see `crate::personal_data`).

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{AssessmentData, MyData, timestamp},
};

pub const COLUMNS: &[&str] = &["skill_assessment.account_id"];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.skills_assessments = db::assessments_for_export(conn, account_id)
        .await?
        .into_iter()
        .map(|(a, started_at)| AssessmentData {
            framework: a.framework_id,
            mode: a.mode.as_str().to_owned(),
            started_at: timestamp(started_at),
            submitted_at: a.submitted_at.map(timestamp),
            answers: a.answers.into_iter().collect(),
        })
        .collect();
    Ok(())
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::remove_assessments(conn, account_id).await?;
    Ok(())
}
