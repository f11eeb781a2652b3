//! SQL for the outbox. A worker leases a row (moves its next attempt a few
//! minutes on) in one statement with `for update skip locked`, then sends
//! with no transaction open: several app instances deliver side by side
//! without sending twice, and a slow mail server holds no database
//! connection. A worker that dies mid-send leaves the lease to run out; the
//! message is then sent again (at least once, never lost).

use sqlx::PgConnection;

use super::Email;

/// A message a worker has claimed.
#[derive(Clone, Debug)]
pub struct Claimed {
    pub outbox_id: i64,
    /// For a text message, `to` is a phone number and the subject is empty;
    /// for a push notice, `to` is the subscription's id and the body its JSON.
    pub email: Email,
    pub channel: Channel,
    pub attempts: i32,
}

/// How a queued notice travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
    Push,
}

/// After this many failed attempts a message is given up on.
pub const MAX_ATTEMPTS: i32 = 12;

pub async fn enqueue(conn: &mut PgConnection, email: &Email) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        "insert into outbox (channel, recipient, subject, body, unsubscribe_url)
         values ('email', $1, $2, $3, $4)
         returning outbox_id",
        email.to,
        email.subject,
        email.body,
        email.unsubscribe,
    )
    .fetch_one(conn)
    .await
}

/// Queues a notice by text message (`recipient` a phone number, `body` its
/// text) or by push (`recipient` the subscription's id, `body` the JSON the
/// service worker shows), to go no earlier than `not_before`.
pub async fn enqueue_later(
    conn: &mut PgConnection,
    channel: Channel,
    recipient: &str,
    body: &str,
    not_before: time::OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    let channel = match channel {
        Channel::Email => "email",
        Channel::Sms => "sms",
        Channel::Push => "push",
    };
    sqlx::query_scalar!(
        "insert into outbox (channel, recipient, subject, body, next_attempt_at)
         values ($1, $2, '', $3, greatest($4, now())) returning outbox_id",
        channel,
        recipient,
        body,
        not_before
    )
    .fetch_one(conn)
    .await
}

/// How long a leased message is left to its worker before another may try.
pub const LEASE_SECONDS: f64 = 300.0;

/// Leases the next due message, skipping any another worker is leasing at
/// this moment.
pub async fn claim_next(pool: &sqlx::PgPool) -> Result<Option<Claimed>, sqlx::Error> {
    let row = sqlx::query!(
        "update outbox set next_attempt_at = now() + make_interval(secs => $1)
         where outbox_id = (
             select outbox_id from outbox
             where sent_at is null and next_attempt_at <= now()
             order by next_attempt_at
             limit 1
             for update skip locked)
         returning outbox_id, channel, recipient, subject, body, unsubscribe_url, attempts",
        LEASE_SECONDS,
    )
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| Claimed {
        outbox_id: r.outbox_id,
        email: Email {
            to: r.recipient,
            subject: r.subject,
            body: r.body,
            unsubscribe: r.unsubscribe_url,
        },
        channel: match r.channel.as_str() {
            "sms" => Channel::Sms,
            "push" => Channel::Push,
            _ => Channel::Email,
        },
        attempts: r.attempts,
    }))
}

/// Marks a message sent and blanks its body, which may hold a one-time link.
pub async fn mark_sent(pool: &sqlx::PgPool, outbox_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update outbox set sent_at = now(), body = '', unsubscribe_url = null, last_error = null
         where outbox_id = $1",
        outbox_id
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Schedules another attempt with exponential back-off (1, 2, 4… minutes,
/// at most 6 hours), or gives up after `MAX_ATTEMPTS` and blanks the body,
/// which may hold a one-time link nobody will receive.
pub async fn mark_failed(
    pool: &sqlx::PgPool,
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
             end,
             body = case when attempts + 1 >= $3 then '' else body end,
             unsubscribe_url = case when attempts + 1 >= $3 then null else unsubscribe_url end
         where outbox_id = $1",
        outbox_id,
        error,
        MAX_ATTEMPTS,
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Deletes sent messages (their bodies are blank already) and messages given
/// up on, `days` after they were queued.
pub async fn purge_outbox(pool: &sqlx::PgPool, days: i32) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "delete from outbox
         where (sent_at is not null or next_attempt_at = 'infinity')
           and created_at < now() - make_interval(days => $1)",
        days
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
