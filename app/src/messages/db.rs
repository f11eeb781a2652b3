//! Messages as stored: one conversation per jobseeker.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};
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
    /// The photo or PDF sent with it: its name, type and size in bytes.
    pub file_name: Option<String>,
    pub file_type: Option<String>,
    pub file_size: Option<i32>,
    pub file_sha256: Option<Vec<u8>>,
    /// The sender's form's key.
    pub sent_key: Uuid,
}

/// A file sent with a message, to store.
pub struct NewFile<'a> {
    pub name: String,
    pub content_type: &'static str,
    pub bytes: &'a [u8],
    pub sha256: [u8; 32],
}

/// A stored file, to send back.
pub struct StoredFile {
    pub name: String,
    pub content_type: String,
    pub data: Vec<u8>,
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
                  m.created_at, m.read_at, f.file_name as "file_name?",
                  f.content_type as "file_type?", f.byte_size as "file_size?",
                  f.sha256 as "file_sha256?", m.sent_key
           from message m
           left join account a on a.account_id = m.written_by
           left join message_attachment f on f.message_id = m.message_id
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

/// What a side sees of the conversation, as one text: its newest message
/// and how many of that side's messages the other has read. It changes when
/// a message comes or one is read, and only then.
pub async fn version(
    conn: &mut PgConnection,
    account_id: i64,
    by_jobseeker: bool,
) -> Result<String, sqlx::Error> {
    let row = sqlx::query!(
        r#"select coalesce(max(message_id), 0) as "newest!",
                  count(*) filter (where from_jobseeker = $2 and read_at is not null) as "read!"
           from message where account_id = $1"#,
        account_id,
        by_jobseeker
    )
    .fetch_one(conn)
    .await?;
    Ok(format!("{}-{}", row.newest, row.read))
}

/// Marks what the other side sent, up to message `through`, as read, now:
/// a jobseeker reading marks their coach's messages, a coach reading the
/// jobseeker's.
pub async fn mark_read(
    conn: &mut PgConnection,
    account_id: i64,
    by_jobseeker: bool,
    through: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update message set read_at = now()
         where account_id = $1 and from_jobseeker <> $2 and read_at is null
           and message_id <= $3",
        account_id,
        by_jobseeker,
        through
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// How many messages, and how many of them with a file, one side sent in
/// the conversation today, in Helsinki.
pub async fn sent_today(
    conn: &mut PgConnection,
    account_id: i64,
    from_jobseeker: bool,
) -> Result<(i64, i64), sqlx::Error> {
    let sent = sqlx::query!(
        r#"select count(*) as "messages!", count(f.message_id) as "files!" from message m
           left join message_attachment f on f.message_id = m.message_id
           where m.account_id = $1 and m.from_jobseeker = $2
             and m.created_at >= date_trunc('day', now() at time zone 'Europe/Helsinki')
                                 at time zone 'Europe/Helsinki'"#,
        account_id,
        from_jobseeker
    )
    .fetch_one(conn)
    .await?;
    Ok((sent.messages, sent.files))
}

/// What the message sent with `key` in the conversation says, and the
/// hash of its file, if one was sent.
pub async fn sent_with_key(
    conn: &mut PgConnection,
    account_id: i64,
    key: Uuid,
) -> Result<Option<(String, Option<Vec<u8>>)>, sqlx::Error> {
    let sent = sqlx::query!(
        r#"select m.body, f.sha256 as "sha256?" from message m
           left join message_attachment f on f.message_id = m.message_id
           where m.account_id = $1 and m.sent_key = $2"#,
        account_id,
        key
    )
    .fetch_optional(conn)
    .await?;
    Ok(sent.map(|sent| (sent.body, sent.sha256)))
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

/// Keeps `file` with `message`.
pub async fn add_file(
    conn: &mut PgConnection,
    message: i64,
    file: &NewFile<'_>,
) -> Result<(), sqlx::Error> {
    let size = i32::try_from(file.bytes.len()).unwrap_or(i32::MAX);
    sqlx::query!(
        "insert into message_attachment
             (message_id, file_name, content_type, byte_size, sha256, data)
         values ($1, $2, $3, $4, $5, $6)",
        message,
        file.name,
        file.content_type,
        size,
        &file.sha256[..],
        file.bytes
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Whose conversation the file of `message` is in, if it has one.
pub async fn file_conversation(
    conn: &mut PgConnection,
    message: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar!(
        "select m.account_id from message m
         join message_attachment f on f.message_id = m.message_id
         where m.message_id = $1",
        message
    )
    .fetch_optional(conn)
    .await
}

/// The file of `message`.
pub async fn file(conn: &mut PgConnection, message: i64) -> Result<StoredFile, sqlx::Error> {
    sqlx::query_as!(
        StoredFile,
        "select file_name as name, content_type, data from message_attachment
         where message_id = $1",
        message
    )
    .fetch_one(conn)
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

/// The jobseeker's coach: their id, name and last day away (while away).
pub async fn coach_of(
    conn: &mut PgConnection,
    account_id: i64,
    today: Date,
) -> Result<Option<(i64, String, Option<Date>)>, sqlx::Error> {
    let coach = sqlx::query!(
        r#"select c.account_id, c.display_name as "name!",
                  case when c.away_until >= $2 then c.away_until end as away_until
           from account a
           join account c on c.account_id = a.coach_id and c.deleted_at is null
           where a.account_id = $1 and c.display_name is not null"#,
        account_id,
        today
    )
    .fetch_optional(conn)
    .await?;
    Ok(coach.map(|c| (c.account_id, c.name, c.away_until)))
}

/// Who may read a jobseeker's conversation, as a coach sees it.
#[derive(Clone, Debug)]
pub struct Access {
    /// The jobseeker's name.
    pub name: String,
    /// When the reader covers for the person's own coach: that coach's
    /// name and last day away.
    pub covering_for: Option<(String, Date)>,
}

/// Whether `coach` may read and answer `jobseeker`'s conversation on
/// `today`: their own jobseeker, or one of a coach in the same team who is
/// away. The rule lives here only; every read and every message sent
/// asks it.
pub async fn access(
    conn: &mut PgConnection,
    coach: i64,
    jobseeker: i64,
    today: Date,
) -> Result<Option<Access>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select coalesce(j.display_name, '') as "name!", (j.coach_id = $1) as "own!",
                  own.display_name as own_coach, own.away_until
           from account j
           join account own on own.account_id = j.coach_id
           join account me on me.account_id = $1 and me.role = 'coach' and me.deleted_at is null
           where j.account_id = $2 and j.role = 'jobseeker' and j.deleted_at is null
             and (j.coach_id = $1
                  or (own.team = me.team and own.away_until >= $3 and own.deleted_at is null))"#,
        coach,
        jobseeker,
        today
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Access {
        name: r.name,
        covering_for: match (r.own, r.away_until) {
            (false, Some(until)) => Some((r.own_coach.unwrap_or_default(), until)),
            _ => None,
        },
    }))
}

/// One conversation in a coach's inbox.
#[derive(Clone, Debug)]
pub struct InboxRow {
    pub jobseeker: i64,
    pub name: String,
    /// The person's own coach (their account) when the reader covers for them.
    pub covered_coach: Option<i64>,
    pub latest_at: OffsetDateTime,
    pub latest_from_jobseeker: bool,
    /// Messages from the jobseeker nobody has read yet.
    pub unread: i64,
}

/// The conversations of `coach`'s jobseekers, and of the jobseekers of the
/// team's coaches who are away on `today`: unread first, then the latest.
pub async fn inbox(
    conn: &mut PgConnection,
    coach: i64,
    covered: &[i64],
    limit: i64,
) -> Result<Vec<InboxRow>, sqlx::Error> {
    // One index probe per person for their latest message and one for the
    // unread ones: 160 people stay fast however long their conversations.
    sqlx::query_as!(
        InboxRow,
        r#"with coaches as (
               select $1::bigint as coach_id, null::bigint as covered_coach
               union all
               select c, c from unnest($2::bigint[]) c
           )
           select j.account_id as "jobseeker!", coalesce(j.display_name, '') as "name!",
                  k.covered_coach,
                  latest.created_at as "latest_at!", latest.from_jobseeker as "latest_from_jobseeker!",
                  waiting.unread as "unread!"
           from coaches k
           join account j on j.coach_id = k.coach_id and j.role = 'jobseeker' and j.deleted_at is null
           cross join lateral (
               select m.created_at, m.from_jobseeker from message m
               where m.account_id = j.account_id
               order by m.message_id desc limit 1
           ) latest
           cross join lateral (
               select count(*) as unread from message u
               where u.account_id = j.account_id and u.from_jobseeker and u.read_at is null
           ) waiting
           order by waiting.unread > 0 desc, latest.created_at desc, j.account_id
           limit $3"#,
        coach,
        covered,
        limit
    )
    .fetch_all(conn)
    .await
}

/// The coaches of `coach`'s team who are away on `today`, and their last day away.
/// A coach of the reader's team who is away.
#[derive(Clone, Debug)]
pub struct AwayCoach {
    pub coach: i64,
    pub name: String,
    /// Their last day away.
    pub until: Date,
}

pub async fn away_in_team(
    conn: &mut PgConnection,
    coach: i64,
    today: Date,
) -> Result<Vec<AwayCoach>, sqlx::Error> {
    sqlx::query_as!(
        AwayCoach,
        r#"select c.account_id as coach, c.display_name as "name!", c.away_until as "until!"
           from account me
           join account c on c.team = me.team and c.account_id <> me.account_id
           where me.account_id = $1 and c.away_until >= $2 and c.deleted_at is null
             and c.display_name is not null
           order by c.away_until, c.display_name"#,
        coach,
        today
    )
    .fetch_all(conn)
    .await
}

/// The coach's own last day away, while it is not past.
pub async fn away_until(
    conn: &mut PgConnection,
    coach: i64,
    today: Date,
) -> Result<Option<Date>, sqlx::Error> {
    sqlx::query_scalar!(
        "select away_until from account where account_id = $1 and away_until >= $2",
        coach,
        today
    )
    .fetch_optional(conn)
    .await
    .map(Option::flatten)
}

/// Sets (or with `None` clears) the coach's last day away.
pub async fn set_away(
    conn: &mut PgConnection,
    coach: i64,
    until: Option<Date>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update account set away_until = $2 where account_id = $1 and role = 'coach'",
        coach,
        until
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A conversation removed with its jobseeker's account, as its coach's
/// inbox remembers it.
#[derive(Clone, Debug)]
pub struct Former {
    pub removed_in: Date,
    pub unread: i32,
}

/// Remembers for `coach` that `jobseeker`'s conversation, if there was
/// one, goes now: the month and how many of their messages were unread.
pub async fn remember_former(
    conn: &mut PgConnection,
    jobseeker: i64,
    coach: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        r#"insert into former_conversation (coach_id, removed_in, unread)
           select $2, date_trunc('month', now() at time zone 'Europe/Helsinki')::date,
                  count(*) filter (where from_jobseeker and read_at is null)::int
           from message where account_id = $1
           having count(*) > 0"#,
        jobseeker,
        coach
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The conversations removed from `coach`'s inbox in the last `days` days, newest first.
pub async fn formers(
    conn: &mut PgConnection,
    coach: i64,
    days: i32,
) -> Result<Vec<Former>, sqlx::Error> {
    sqlx::query_as!(
        Former,
        "select removed_in, unread from former_conversation
         where coach_id = $1 and removed_in >= current_date - $2::int
         order by former_id desc limit 50",
        coach,
        days
    )
    .fetch_all(conn)
    .await
}

/// Forgets removed conversations older than `days`.
pub async fn purge_formers(pool: &sqlx::PgPool, days: i32) -> Result<u64, sqlx::Error> {
    let purged = sqlx::query!(
        "delete from former_conversation where removed_in < current_date - $1::int",
        days
    )
    .execute(pool)
    .await?;
    Ok(purged.rows_affected())
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
