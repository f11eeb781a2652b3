//! A person's module answers, assignments and completions in their data
//! export and account deletion (see `crate::personal_data`).

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{AssignmentData, ModuleAnswerData, MyData, timestamp},
};

pub const COLUMNS: &[&str] = &[
    "module_answer.account_id",
    "answer_receipt.account_id",
    "module_assignment.account_id",
    "module_completion.account_id",
];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.module_answers = db::answers_for_export(conn, account_id)
        .await?
        .into_iter()
        .map(|a| ModuleAnswerData {
            module: a.module_id,
            step: a.step_id,
            choices: a.choices,
            text: a.text,
            shared_with_coach: a.shared_with_coach,
            answered_at: timestamp(a.answered_at),
        })
        .collect();
    data.assigned_modules = db::assignments_for_export(conn, account_id)
        .await?
        .into_iter()
        .map(|a| AssignmentData {
            module: a.module_id,
            due_on: a.due_on.map(|d| d.to_string()),
            assigned_by: a.assigned_by,
            assigned_at: timestamp(a.assigned_at),
        })
        .collect();
    Ok(())
}

/// Answers and assignments go; completions stay, without the person, for the
/// anonymous statistics.
pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::remove_answers(conn, account_id).await?;
    db::anonymise_completions(conn, account_id).await?;
    Ok(())
}
