//! SQL for feedback answers.

use sqlx::PgConnection;

use super::FeedbackInput;
use crate::i18n::Locale;

/// Stores one answer and returns its id.
pub async fn insert_feedback(
    conn: &mut PgConnection,
    input: &FeedbackInput,
    locale: Locale,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        "insert into page_feedback (page, helpful, comment, locale)
         values ($1, $2, $3, $4)
         returning page_feedback_id",
        input.page,
        input.helpful,
        input.comment,
        locale.code(),
    )
    .fetch_one(conn)
    .await
}
