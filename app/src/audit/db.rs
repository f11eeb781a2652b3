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

/// The same entry for each of `subjects`, in one statement: a list that
/// shows 25 people writes 25 rows in one round trip, not 25.
pub async fn record_each(
    conn: &mut PgConnection,
    actor: i64,
    subjects: &[i64],
    action: AuditAction,
    detail: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into audit_log (actor_id, subject_id, action, detail)
         select $1, subject, $3, $4 from unnest($2::bigint[]) as subject",
        actor,
        subjects,
        action.as_str(),
        detail,
    )
    .execute(conn)
    .await?;
    Ok(())
}
