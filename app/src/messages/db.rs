//! Messages as stored: one conversation per jobseeker.

use sqlx::PgConnection;
use time::OffsetDateTime;
use uuid::Uuid;

/// One message of a conversation.
#[derive(Clone, Debug)]
pub struct Message {
    pub message_id: i64,
    pub from_jobseeker: bool,
    /// Who wrote it; `None` once a coach's account is gone.
    pub writer: Option<String>,
    pub body: String,
    pub created_at: OffsetDateTime,
    /// When the other side first saw it.
    pub read_at: Option<OffsetDateTime>,
}

/// The latest `limit` messages of `account_id`'s conversation written
/// before message `before` (all, without it), oldest first.
pub async fn latest(
    conn: &mut PgConnection,
    account_id: i64,
    limit: i64,
    before: Option<i64>,
) -> Result<Vec<Message>, sqlx::Error> {
    let mut messages = sqlx::query_as!(
        Message,
        r#"select m.message_id, m.from_jobseeker, a.display_name as "writer?", m.body,
                  m.created_at, m.read_at
           from message m
           left join account a on a.account_id = m.written_by
           where m.account_id = $1 and ($3::bigint is null or m.message_id < $3)
           order by m.message_id desc
           limit $2"#,
        account_id,
        limit,
        before
    )
    .fetch_all(conn)
    .await?;
    messages.reverse();
    Ok(messages)
}

/// Marks what the other side sent as read, now: a jobseeker reading marks
/// their coach's messages, a coach reading the jobseeker's.
pub async fn mark_read(
    conn: &mut PgConnection,
    account_id: i64,
    by_jobseeker: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update message set read_at = now()
         where account_id = $1 and from_jobseeker <> $2 and read_at is null",
        account_id,
        by_jobseeker
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// How many messages one side sent in the conversation today, in Helsinki.
pub async fn sent_today(
    conn: &mut PgConnection,
    account_id: i64,
    from_jobseeker: bool,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select count(*) as "sent!" from message
           where account_id = $1 and from_jobseeker = $2
             and created_at >= date_trunc('day', now() at time zone 'Europe/Helsinki')
                               at time zone 'Europe/Helsinki'"#,
        account_id,
        from_jobseeker
    )
    .fetch_one(conn)
    .await
}

/// What the message sent with `key` in the conversation says, if one was.
pub async fn sent_with_key(
    conn: &mut PgConnection,
    account_id: i64,
    key: Uuid,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar!(
        "select body from message where account_id = $1 and sent_key = $2",
        account_id,
        key
    )
    .fetch_optional(conn)
    .await
}

/// Stores a message: its id, or `None` when one with the same `key` is
/// there already (the same form sent twice).
pub async fn add(
    conn: &mut PgConnection,
    account_id: i64,
    written_by: i64,
    from_jobseeker: bool,
    body: &str,
    key: Uuid,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar!(
        "insert into message (account_id, written_by, from_jobseeker, body, sent_key)
         values ($1, $2, $3, $4, $5)
         on conflict (account_id, sent_key) do nothing
         returning message_id",
        account_id,
        written_by,
        from_jobseeker,
        body,
        key
    )
    .fetch_optional(conn)
    .await
}

/// Marks `message` as the one `recipient` is emailed about, unless an
/// unread message from the same side already was: true when this one is
/// to be told.
pub async fn claim_telling(
    conn: &mut PgConnection,
    message: i64,
    recipient: i64,
) -> Result<bool, sqlx::Error> {
    let claimed = sqlx::query!(
        "update message m set told_to = $2
         where m.message_id = $1
           and not exists (select 1 from message earlier
                           where earlier.account_id = m.account_id
                             and earlier.from_jobseeker = m.from_jobseeker
                             and earlier.read_at is null and earlier.told_to = $2)",
        message,
        recipient
    )
    .execute(conn)
    .await?;
    Ok(claimed.rows_affected() == 1)
}

/// How many messages one side sent that the other has not read yet.
pub async fn unread_from(
    conn: &mut PgConnection,
    account_id: i64,
    from_jobseeker: bool,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select count(*) as "unread!" from message
           where account_id = $1 and from_jobseeker = $2 and read_at is null"#,
        account_id,
        from_jobseeker
    )
    .fetch_one(conn)
    .await
}

/// The jobseeker's coach: their id and name.
pub async fn coach_of(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    let coach = sqlx::query!(
        r#"select c.account_id, c.display_name as "name!"
           from account a
           join account c on c.account_id = a.coach_id and c.deleted_at is null
           where a.account_id = $1 and c.display_name is not null"#,
        account_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(coach.map(|c| (c.account_id, c.name)))
}

/// The whole conversation, oldest first, for the person's data export.
pub async fn all(conn: &mut PgConnection, account_id: i64) -> Result<Vec<Message>, sqlx::Error> {
    latest(conn, account_id, i64::MAX, None).await
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from message where account_id = $1", account_id)
        .execute(conn)
        .await?;
    Ok(())
}
