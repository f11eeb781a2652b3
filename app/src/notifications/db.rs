//! How to reach a person, and their choices, as stored on their account.

use sqlx::PgConnection;

use crate::i18n::Locale;

/// Where a notice can go, as the person chose.
#[derive(Clone, Debug)]
pub struct Reach {
    pub account_id: i64,
    /// Their emails gathered into one a day.
    pub digest: bool,
    /// Their address, if they have one and want email.
    pub email: Option<String>,
    /// Their phone number, if they have one and want text messages.
    pub phone: Option<String>,
    pub locale: Locale,
    pub quiet: (i16, i16),
    /// Names the account in the notice's one-click links that stop a channel.
    pub unsubscribe_key: uuid::Uuid,
}

pub async fn reach(conn: &mut PgConnection, account_id: i64) -> Result<Option<Reach>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select account_id, notify_digest,
                  case when notify_email then email::text end as email,
                  case when notify_sms then phone end as phone,
                  locale, quiet_from, quiet_until, unsubscribe_key
           from account where account_id = $1 and deleted_at is null"#,
        account_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Reach {
        account_id: r.account_id,
        digest: r.notify_digest,
        email: r.email,
        phone: r.phone,
        locale: Locale::from_tag(&r.locale).unwrap_or_default(),
        quiet: (r.quiet_from, r.quiet_until),
        unsubscribe_key: r.unsubscribe_key,
    }))
}

/// A person's choices, and the contacts they apply to.
#[derive(Clone, Debug)]
pub struct Settings {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub notify_email: bool,
    pub notify_sms: bool,
    pub notify_digest: bool,
    pub quiet_from: i16,
    pub quiet_until: i16,
}

pub async fn settings(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<Settings>, sqlx::Error> {
    sqlx::query_as!(
        Settings,
        r#"select email::text as email, phone, notify_email, notify_sms, notify_digest,
                  quiet_from, quiet_until
           from account where account_id = $1 and deleted_at is null"#,
        account_id
    )
    .fetch_optional(conn)
    .await
}

pub async fn save(
    conn: &mut PgConnection,
    account_id: i64,
    notify_email: bool,
    notify_sms: bool,
    notify_digest: bool,
    quiet: (i16, i16),
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update account set notify_email = $2, notify_sms = $3, quiet_from = $4, quiet_until = $5,
                            notify_digest = $6
         where account_id = $1",
        account_id,
        notify_email,
        notify_sms,
        quiet.0,
        quiet.1,
        notify_digest
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether the account `key` names still gets `channel` ("email", "sms");
/// `None` when no account has that key.
pub async fn channel_on(
    conn: &mut PgConnection,
    key: uuid::Uuid,
    channel: &str,
) -> Result<Option<bool>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select case $2 when 'email' then notify_email else notify_sms end as "on!"
           from account where unsubscribe_key = $1 and deleted_at is null"#,
        key,
        channel
    )
    .fetch_optional(conn)
    .await
}

/// Stops (or with `on`, starts again) `channel` for the account `key`
/// names: false when no account has that key.
pub async fn set_channel(
    conn: &mut PgConnection,
    key: uuid::Uuid,
    channel: &str,
    on: bool,
) -> Result<bool, sqlx::Error> {
    let changed = sqlx::query!(
        "update account
         set notify_email = case when $2 = 'email' then $3 else notify_email end,
             notify_sms = case when $2 = 'sms' then $3 else notify_sms end
         where unsubscribe_key = $1 and deleted_at is null",
        key,
        channel,
        on
    )
    .execute(conn)
    .await?;
    Ok(changed.rows_affected() == 1)
}

/// Keeps a notice (its subject's Fluent id) for the person's daily digest.
pub async fn hold_for_digest(
    conn: &mut PgConnection,
    account_id: i64,
    subject: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into digest_item (account_id, subject) values ($1, $2)",
        account_id,
        subject
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Someone whose digest is due.
#[derive(Clone, Debug)]
pub struct DigestFor {
    pub account_id: i64,
    /// Their address; `None` when they no longer want email (the waiting
    /// notices are dropped).
    pub email: Option<String>,
    pub locale: Locale,
    pub unsubscribe_key: uuid::Uuid,
}

/// Claims up to `limit` people whose digest is due on `today` (Helsinki):
/// after `digest_hour` for those who gather their email, at once for those
/// who stopped gathering it. Each is marked sent today in this transaction,
/// and rows another worker holds are skipped, so each digest goes once.
pub async fn claim_digests(
    conn: &mut PgConnection,
    today: time::Date,
    hour_now: i16,
    digest_hour: i16,
    limit: i64,
) -> Result<Vec<DigestFor>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"with due as (
               select a.account_id from account a
               -- From the waiting notices, not every account: a quiet minute
               -- reads an empty table's index, whatever the service's size.
               where a.account_id in (select d.account_id from digest_item d)
                 and (not a.notify_digest
                      or ($3::int2 >= $4::int2 and (a.digest_sent_on is null or a.digest_sent_on < $1)))
               order by a.account_id
               limit $2
               for update of a skip locked
           )
           update account a set digest_sent_on = $1
           from due where a.account_id = due.account_id
           returning a.account_id, case when a.notify_email and a.deleted_at is null then a.email::text end as email,
                     a.locale, a.unsubscribe_key"#,
        today,
        limit,
        hour_now,
        digest_hour
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| DigestFor {
            account_id: r.account_id,
            email: r.email,
            locale: Locale::from_tag(&r.locale).unwrap_or_default(),
            unsubscribe_key: r.unsubscribe_key,
        })
        .collect())
}

/// Takes the person's waiting notices: each kind (subject id) and how many.
pub async fn take_digest_items(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"with taken as (delete from digest_item where account_id = $1 returning subject, item_id)
           select subject, count(*) as "count!", min(item_id) as first
           from taken group by subject order by first"#,
        account_id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.subject, r.count)).collect())
}

/// The browsers that show `account_id`'s notices by Web Push.
pub async fn push_subscriptions(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar!(
        "select subscription_id from push_subscription where account_id = $1
         order by subscription_id",
        account_id
    )
    .fetch_all(conn)
    .await
}

/// Keeps a browser's subscription for `account_id` (the last account to
/// turn notices on in that browser has it: another's row goes, with its
/// queued notices) and drops their oldest beyond `most`, so a person who
/// changes phones often keeps a bounded list.
pub async fn save_push_subscription(
    conn: &mut PgConnection,
    account_id: i64,
    endpoint: &str,
    (p256dh, auth): (&[u8], &[u8]),
    most: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from push_subscription where endpoint = $1 and account_id <> $2",
        endpoint,
        account_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "insert into push_subscription (account_id, endpoint, p256dh, auth)
         values ($1, $2, $3, $4)
         on conflict (endpoint) do update
         set account_id = $1, p256dh = $3, auth = $4, created_at = now()",
        account_id,
        endpoint,
        p256dh,
        auth
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "delete from push_subscription where account_id = $1 and subscription_id not in (
             select subscription_id from push_subscription where account_id = $1
             order by created_at desc, subscription_id desc limit $2)",
        account_id,
        most
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Stops the browser at `endpoint` showing `account_id`'s notices; `None`
/// for every browser.
pub async fn remove_push_subscriptions(
    conn: &mut PgConnection,
    account_id: i64,
    endpoint: Option<&str>,
) -> Result<u64, sqlx::Error> {
    let removed = sqlx::query!(
        "delete from push_subscription where account_id = $1 and ($2::text is null or endpoint = $2)",
        account_id,
        endpoint
    )
    .execute(conn)
    .await?;
    Ok(removed.rows_affected())
}

/// A browser that shows the person's notices: its push service's address
/// and when it was turned on.
#[derive(Clone, Debug)]
pub struct PushDevice {
    pub endpoint: String,
    pub since: time::OffsetDateTime,
}

pub async fn push_devices(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<PushDevice>, sqlx::Error> {
    sqlx::query_as!(
        PushDevice,
        "select endpoint, created_at as since from push_subscription
         where account_id = $1 order by created_at",
        account_id
    )
    .fetch_all(conn)
    .await
}

/// Whether `endpoint` shows `account_id`'s notices.
pub async fn push_known(
    conn: &mut PgConnection,
    account_id: i64,
    endpoint: &str,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select exists (select 1 from push_subscription
                          where account_id = $1 and endpoint = $2) as "known!""#,
        account_id,
        endpoint
    )
    .fetch_one(conn)
    .await
}

/// Where and how to send one push notice.
#[derive(Clone, Debug)]
pub struct PushTarget {
    pub endpoint: String,
    pub p256dh: Vec<u8>,
    pub auth: Vec<u8>,
}

pub async fn push_target(
    conn: &mut PgConnection,
    subscription_id: i64,
) -> Result<Option<PushTarget>, sqlx::Error> {
    sqlx::query_as!(
        PushTarget,
        "select endpoint, p256dh, auth from push_subscription where subscription_id = $1",
        subscription_id
    )
    .fetch_optional(conn)
    .await
}

/// Forgets a subscription its push service says is gone (404, 410) or
/// whose keys cannot be used.
pub async fn forget_push_subscription(
    conn: &mut PgConnection,
    subscription_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from push_subscription where subscription_id = $1",
        subscription_id
    )
    .execute(conn)
    .await?;
    Ok(())
}
