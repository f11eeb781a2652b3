//! Saved jobs, interests and consents for jobs in the person's data export
//! and account deletion (see `crate::personal_data`). The consents are rows
//! of `profile_share`, which the profile's part removes. `person_skill` is
//! worked out from the profile's evidence (in the export there) and goes
//! with it.

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{JobShareData, JobsData, ListedJobData, MyData, timestamp},
};

pub const COLUMNS: &[&str] = &[
    "saved_job.account_id",
    "job_candidate.account_id",
    "person_skill.account_id",
];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    let listed = |jobs: Vec<&db::ListedJob>| -> Vec<ListedJobData> {
        jobs.into_iter()
            .map(|j| ListedJobData {
                job: j.job_id,
                title: j.title.clone(),
                employer: j.employer.clone(),
                since: timestamp(j.since),
                stage: j.stage.clone(),
            })
            .collect()
    };
    let saved = db::saved_jobs(conn, account_id, "fi").await?;
    let interests = db::interests(conn, account_id, "fi").await?;
    let shares = db::job_shares(conn, account_id).await?;
    data.jobs = JobsData {
        saved: listed(saved.iter().collect()),
        interested: listed(interests.iter().filter(|j| j.interested).collect()),
        suggested_by_coach: listed(interests.iter().filter(|j| j.proposed).collect()),
        skills_shared_for_jobs: shares
            .into_iter()
            .map(|s| JobShareData {
                job: s.job_id,
                title: s.title,
                employer: s.employer,
                granted_at: timestamp(s.granted_at),
                revoked_at: s.revoked_at.map(timestamp),
            })
            .collect(),
    };
    Ok(())
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::remove(conn, account_id).await?;
    Ok(())
}
