//! What a coach may read of a jobseeker's self-assessments: the history of
//! every framework, for someone on their own caseload only. The coach's
//! screens come with the coach workspace; this is their data.

use leptos::prelude::*;

use super::views::FrameworkHistory;
use crate::error::AppError;

/// Every framework's submitted assessments of `jobseeker`, oldest first.
/// Someone not on the calling coach's caseload is answered as not found, and
/// every read is written to the audit log.
#[server(prefix = "/api", endpoint = "coach-jobseeker-skills")]
pub async fn jobseeker_skills(jobseeker: i64) -> Result<Vec<FrameworkHistory>, AppError> {
    let result = super::server::jobseeker_history(jobseeker).await;
    crate::context::answer_call(&result);
    result
}
