//! SQL for the audit log.

use sqlx::PgConnection;

use super::AuditAction;

/// One audit entry: `actor` did `action` to `subject`, with an optional short `detail`.
pub async fn record(
    conn: &mut PgConnection,
    actor: Option<i64>,
    subject: Option<i64>,
    action: AuditAction,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into audit_log (actor_id, subject_id, action, detail) values ($1, $2, $3, $4)",
        actor,
        subject,
        action.as_str(),
        detail,
    )
    .execute(conn)
    .await?;
    Ok(())
}
