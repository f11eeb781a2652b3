//! A coach assigns a module to a jobseeker on their caseload, from the
//! jobseeker's page in the coach's workspace.

use leptos::prelude::*;

use crate::error::AppError;

/// The assignment form on the jobseeker's page.
pub const FORM_ASSIGN: &str = "assign";
/// The field that names the module.
pub const FIELD_MODULE: &str = "module";
/// The field of an assignment's due date.
pub const FIELD_DUE: &str = "due_on";

/// Assigns `module` to `jobseeker` (on the signed-in coach's caseload), due
/// on `due_on` (`2026-12-31` or `31.12.2026`) if given. Assigning again
/// changes the due date.
#[server(prefix = "/api", endpoint = "assign-module")]
pub async fn assign_module(
    jobseeker: i64,
    module: Option<String>,
    due_on: Option<String>,
) -> Result<(), AppError> {
    let (module, due_on) = (module.unwrap_or_default(), due_on.unwrap_or_default());
    let result = if module.trim().is_empty() {
        Err(AppError::field(FIELD_MODULE, "module-error-choose"))
    } else {
        super::server::assign(jobseeker, module.trim(), &due_on).await
    };
    let typed = vec![
        (FIELD_MODULE.to_owned(), module),
        (FIELD_DUE.to_owned(), due_on),
    ];
    let page = crate::caseload::jobseeker_path(jobseeker);
    crate::forms::answer_form_post(FORM_ASSIGN, typed, &result, &page);
    result
}
