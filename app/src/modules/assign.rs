//! A coach assigns a module to a jobseeker on their caseload. The coach's
//! screens come with the coach workspace; the endpoint and data exist now.

use leptos::prelude::*;

use crate::error::AppError;

/// Assigns `module` to `jobseeker` (on the signed-in coach's caseload), due
/// on `due_on` (`YYYY-MM-DD`) if given. Assigning again changes the due date.
#[server(prefix = "/api", endpoint = "assign-module")]
pub async fn assign_module(
    jobseeker: i64,
    module: String,
    due_on: Option<String>,
) -> Result<(), AppError> {
    let result = super::server::assign(jobseeker, &module, due_on.as_deref().unwrap_or("")).await;
    crate::context::answer_call(&result);
    result
}
