//! SQL for the outbox. Workers claim rows with `for update skip locked`, so
//! several app instances can deliver side by side without sending twice.

use sqlx::PgConnection;

use super::Email;

/// A message a worker has claimed.
#[derive(Clone, Debug)]
pub struct Claimed {
    pub outbox_id: i64,
    pub email: Email,
    pub attempts: i32,
}

/// After this many failed attempts a message is given up on.
pub const MAX_ATTEMPTS: i32 = 12;

pub async fn enqueue(conn: &mut PgConnection, email: &Email) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        "insert into outbox (recipient, subject, body) values ($1, $2, $3) returning outbox_id",
        email.to,
        email.subject,
        email.body,
    )
    .fetch_one(conn)
    .await
}

/// Locks the next due message for this transaction, skipping any another
/// worker holds.
pub async fn claim_next(conn: &mut PgConnection) -> Result<Option<Claimed>, sqlx::Error> {
    let row = sqlx::query!(
        "select outbox_id, recipient, subject, body, attempts from outbox
         where sent_at is null and next_attempt_at <= now()
         order by next_attempt_at
         limit 1
         for update skip locked"
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Claimed {
        outbox_id: r.outbox_id,
        email: Email {
            to: r.recipient,
            subject: r.subject,
            body: r.body,
        },
        attempts: r.attempts,
    }))
}

/// Marks a message sent and blanks its body, which may hold a one-time link.
pub async fn mark_sent(conn: &mut PgConnection, outbox_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update outbox set sent_at = now(), body = '', last_error = null where outbox_id = $1",
        outbox_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Schedules another attempt with exponential back-off (1, 2, 4… minutes,
/// at most 6 hours), or gives up after `MAX_ATTEMPTS`.
pub async fn mark_failed(
    conn: &mut PgConnection,
    outbox_id: i64,
    error: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update outbox
         set attempts = attempts + 1,
             last_error = left($2, 500),
             next_attempt_at = case
                 when attempts + 1 >= $3 then 'infinity'::timestamptz
                 else now() + least(interval '1 minute' * power(2, attempts), interval '6 hours')
             end
         where outbox_id = $1",
        outbox_id,
        error,
        MAX_ATTEMPTS,
    )
    .execute(conn)
    .await?;
    Ok(())
}
