//! Telling a person something by the channels they chose.

use sqlx::PgConnection;
use time::{Duration, OffsetDateTime, PrimitiveDateTime, Time};

use super::db;
use crate::{
    accounts::{Role, require_role},
    context::pool,
    error::AppError,
    i18n::{FluentValue, Locale, helsinki_local, helsinki_moment, translate_args},
    outbox::{
        Email,
        db::{Channel, enqueue, enqueue_later},
    },
};

/// What fills a notice in, written for the reader's language.
pub type Args<'a> = &'a (dyn Fn(Locale) -> Vec<(&'static str, FluentValue<'static>)> + Sync);

/// One notice: Fluent ids of the email's subject and body and of the text
/// message, and what fills them in. The subject never carries personal
/// content: it is read on lock screens and in shared inboxes.
pub struct Notice<'a> {
    pub subject: &'a str,
    pub body: &'a str,
    pub sms: &'a str,
    pub args: Args<'a>,
}

/// Queues `notice` for `account_id` in their language, by email and by
/// text message as they chose; a text message waits for the end of their
/// quiet hours. Nothing when they chose neither or the account is gone.
pub async fn notify(
    conn: &mut PgConnection,
    account_id: i64,
    public_url: &str,
    notice: Notice<'_>,
) -> Result<(), AppError> {
    match db::reach(conn, account_id).await? {
        Some(reach) => notify_reach(conn, reach, public_url, notice).await,
        None => Ok(()),
    }
}

/// [`notify`] for a caller that has read the person's reach already (to
/// write the notice's own texts in their language).
pub async fn notify_reach(
    conn: &mut PgConnection,
    reach: db::Reach,
    public_url: &str,
    notice: Notice<'_>,
) -> Result<(), AppError> {
    let locale = reach.locale;
    let args = (notice.args)(locale);
    match reach.email {
        // Gathered: only which kind of notice it was waits for the digest.
        Some(_) if reach.digest => {
            db::hold_for_digest(conn, reach.account_id, notice.subject).await?;
        }
        Some(to) => {
            let subject = translate_args(locale, notice.subject, &args);
            let body = translate_args(locale, notice.body, &args);
            let key = reach.unsubscribe_key;
            let email = email_with_footer(to, locale, public_url, key, (subject, body));
            enqueue(conn, &email).await?;
        }
        None => {}
    }
    let not_before = after_quiet_hours(OffsetDateTime::now_utc(), reach.quiet);
    if let Some(phone) = reach.phone {
        let text = translate_args(locale, notice.sms, &args);
        let link = super::unsubscribe_path(super::SMS, reach.unsubscribe_key);
        let link = [("link", FluentValue::from(format!("{public_url}{link}")))];
        let text = format!(
            "{text} {}",
            translate_args(locale, "notify-sms-stop", &link)
        );
        enqueue_later(conn, Channel::Sms, &phone, &text, not_before).await?;
    }
    let devices = db::push_subscriptions(conn, reach.account_id).await?;
    if !devices.is_empty() {
        let payload = push_payload(locale, notice.subject, &args, public_url, not_before);
        for device in devices {
            let device = device.to_string();
            enqueue_later(conn, Channel::Push, &device, &payload, not_before).await?;
        }
    }
    Ok(())
}

/// The JSON a phone shows for a notice: the email's subject, which tells
/// of no content, and the page its link opens (the home page if none).
fn push_payload(
    locale: Locale,
    subject: &str,
    args: &[(&'static str, FluentValue<'static>)],
    public_url: &str,
    not_before: OffsetDateTime,
) -> String {
    let path = args
        .iter()
        .find_map(|(name, value)| match (name, value) {
            (&"link", FluentValue::String(link)) => link.strip_prefix(public_url),
            _ => None,
        })
        .filter(|path| path.starts_with('/') && !path.starts_with("//"))
        .unwrap_or("/");
    let notice = super::push::PushNotice {
        title: translate_args(locale, "notify-push-title", &[]),
        body: translate_args(locale, subject, args),
        url: path.to_owned(),
        lang: locale.lang().to_owned(),
        dir: locale.dir().to_owned(),
        until: (not_before + Duration::seconds(super::push::LIFETIME_SECS)).unix_timestamp(),
    };
    serde_json::to_string(&notice).unwrap_or_default()
}

/// An email of `subject` and `body` to `to`, ending with how to choose how
/// Askel contacts them and the one-press link that stops email.
fn email_with_footer(
    to: String,
    locale: Locale,
    public_url: &str,
    unsubscribe_key: uuid::Uuid,
    (subject, body): (String, String),
) -> Email {
    let settings = FluentValue::from(format!("{public_url}{}", super::SETTINGS));
    let footer = translate_args(locale, "notify-email-footer", &[("link", settings)]);
    let link = super::unsubscribe_path(super::EMAIL, unsubscribe_key);
    let stop = FluentValue::from(format!("{public_url}{link}"));
    let unsubscribe = translate_args(locale, "notify-email-stop", &[("link", stop)]);
    // The same key and channel as the link, posted to by the mail program.
    let one_click = link.replacen(super::UNSUBSCRIBE, super::ONE_CLICK, 1);
    Email {
        to,
        subject,
        body: format!("{body}\n\n--\n{footer}\n{unsubscribe}"),
        unsubscribe: Some(format!("{public_url}{one_click}")),
    }
}

/// The hour (Helsinki) after which a day's digest goes.
pub const DIGEST_HOUR: i16 = 8;

/// How many people's digests one transaction claims.
const DIGEST_BATCH: i64 = 100;

/// Sends the digests that are due at `now`, a batch at a time until none is
/// left (at eight, a whole service's digests are due at once). Returns how
/// many went.
pub async fn send_digests(
    pool: &sqlx::PgPool,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<usize, AppError> {
    let mut sent = 0;
    loop {
        let (claimed, went) = send_digest_batch(pool, public_url, now).await?;
        sent += went;
        if claimed < DIGEST_BATCH as usize {
            return Ok(sent);
        }
    }
}

/// One batch of [`send_digests`]: one email per person with each kind of
/// notice and how many, in their language. The notices are taken and the
/// emails queued in one transaction, and people another worker has claimed
/// are skipped, so each digest goes once however many workers run. Returns
/// how many people were claimed and how many emails went.
async fn send_digest_batch(
    pool: &sqlx::PgPool,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<(usize, usize), AppError> {
    let local = helsinki_local(now);
    let mut tx = pool.begin().await?;
    let due = db::claim_digests(
        &mut tx,
        local.date(),
        i16::from(local.hour()),
        DIGEST_HOUR,
        DIGEST_BATCH,
    )
    .await?;
    let claimed = due.len();
    let mut sent = 0;
    for person in due {
        let items = db::take_digest_items(&mut tx, person.account_id).await?;
        let Some(to) = person.email.filter(|_| !items.is_empty()) else {
            continue;
        };
        let locale = person.locale;
        let lines: Vec<String> = items
            .iter()
            .map(|(subject, count)| format!("- {} ({count})", translate_args(locale, subject, &[])))
            .collect();
        let link = FluentValue::from(public_url.to_owned());
        let body = translate_args(
            locale,
            "notify-digest-body",
            &[
                ("lines", FluentValue::from(lines.join("\n"))),
                ("link", link),
            ],
        );
        let subject = translate_args(locale, "notify-digest-subject", &[]);
        let email = email_with_footer(
            to,
            locale,
            public_url,
            person.unsubscribe_key,
            (subject, body),
        );
        enqueue(&mut tx, &email).await?;
        sent += 1;
    }
    tx.commit().await?;
    Ok((claimed, sent))
}

/// `now`, or the end of the quiet hours (`from`, `until`: Helsinki hours)
/// when `now` falls in them. Equal hours mean no quiet hours.
pub fn after_quiet_hours(now: OffsetDateTime, (from, until): (i16, i16)) -> OffsetDateTime {
    let local = helsinki_local(now);
    let hour = i16::from(local.hour());
    let quiet = if from < until {
        (from..until).contains(&hour)
    } else {
        from != until && (hour >= from || hour < until)
    };
    if !quiet {
        return now;
    }
    let day = if hour < until {
        local.date()
    } else {
        local
            .date()
            .checked_add(Duration::days(1))
            .unwrap_or(local.date())
    };
    u8::try_from(until)
        .ok()
        .and_then(|until| Time::from_hms(until, 0, 0).ok())
        .and_then(|at| helsinki_moment(PrimitiveDateTime::new(day, at)))
        .unwrap_or(now)
}

/// The signed-in person's choices.
pub async fn mine() -> Result<db::Settings, AppError> {
    let me = require_role(&Role::ALL)?;
    let mut conn = pool()?.acquire().await?;
    db::settings(&mut conn, me.account_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Saves the signed-in person's choices; hours are 0–23.
pub async fn save(
    email: bool,
    sms: bool,
    digest: bool,
    quiet_from: &str,
    quiet_until: &str,
) -> Result<(), AppError> {
    let me = require_role(&Role::ALL)?;
    let hour = |typed: &str, field: &str| {
        typed
            .parse::<i16>()
            .ok()
            .filter(|h| (0..24).contains(h))
            .ok_or_else(|| AppError::field(field, "notify-error-hour"))
    };
    let quiet = (
        hour(quiet_from, "quiet_from")?,
        hour(quiet_until, "quiet_until")?,
    );
    let mut conn = pool()?.acquire().await?;
    db::save(&mut conn, me.account_id, email, sms, digest, quiet).await?;
    Ok(())
}

/// The server's Web Push settings.
pub fn push_settings() -> Result<super::push::PushSettings, AppError> {
    leptos::prelude::use_context::<super::push::PushSettings>().ok_or_else(|| {
        tracing::error!("push settings missing from the server function context");
        AppError::Internal
    })
}

/// How many browsers show the signed-in person's notices.
pub async fn my_push_devices() -> Result<usize, AppError> {
    let me = require_role(&Role::ALL)?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::push_devices(&mut conn, me.account_id).await?.len())
}

/// Lets the browser whose subscription this is (`endpoint` at a listed push
/// service, its P-256 key and auth secret in base64url, as the browser's
/// `PushSubscription.toJSON()` gives them) show the signed-in person's
/// notices.
pub async fn save_push(endpoint: &str, p256dh: &str, auth: &str) -> Result<(), AppError> {
    let me = require_role(&Role::ALL)?;
    // The sender parses it as a URI: what would not parse is refused now.
    if !push_settings()?.allows(endpoint) || endpoint.parse::<http::Uri>().is_err() {
        return Err(AppError::BadRequest);
    }
    // An uncompressed P-256 point; the sender checks it is on the curve.
    let p256dh = base64url(p256dh)
        .filter(|key| key.len() == 65 && key[0] == 4)
        .ok_or(AppError::BadRequest)?;
    let auth = base64url(auth)
        .filter(|secret| secret.len() == 16)
        .ok_or(AppError::BadRequest)?;
    let mut conn = pool()?.acquire().await?;
    let keys = (p256dh.as_slice(), auth.as_slice());
    db::save_push_subscription(
        &mut conn,
        me.account_id,
        endpoint,
        keys,
        super::push::MOST_DEVICES,
    )
    .await?;
    Ok(())
}

/// Whether the browser at `endpoint` shows the signed-in person's notices.
pub async fn push_known(endpoint: &str) -> Result<bool, AppError> {
    let me = require_role(&Role::ALL)?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::push_known(&mut conn, me.account_id, endpoint).await?)
}

/// Stops the browser at `endpoint` showing the signed-in person's notices,
/// or (`None`) every browser.
pub async fn drop_push(endpoint: Option<&str>) -> Result<(), AppError> {
    let me = require_role(&Role::ALL)?;
    let mut conn = pool()?.acquire().await?;
    db::remove_push_subscriptions(&mut conn, me.account_id, endpoint).await?;
    Ok(())
}

fn base64url(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    let text = text.trim_end_matches('=');
    (text.len() <= 200)
        .then(|| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(text)
                .ok()
        })
        .flatten()
}

/// Whether the link's account still gets its channel: `NotFound` for a
/// link that names no account or channel (changed, or the account gone).
pub async fn unsubscribe_state(channel: &str, key: &str) -> Result<bool, AppError> {
    let (channel, key) = checked_link(channel, key)?;
    let mut conn = pool()?.acquire().await?;
    db::channel_on(&mut conn, key, channel)
        .await?
        .ok_or(AppError::NotFound)
}

/// Stops the link's channel, or (`on`) starts it again: no sign-in, the
/// link is the key. The choice is the person's own, as on their settings page.
pub async fn set_by_link(channel: &str, key: &str, on: bool) -> Result<(), AppError> {
    set_by_link_in(&pool()?, channel, key, on).await
}

/// [`set_by_link`] on `pool`, for the mail program's one-click post
/// (RFC 8058), which the server answers outside any page.
pub async fn set_by_link_in(
    pool: &sqlx::PgPool,
    channel: &str,
    key: &str,
    on: bool,
) -> Result<(), AppError> {
    let (channel, key) = checked_link(channel, key)?;
    let mut conn = pool.acquire().await?;
    match db::set_channel(&mut conn, key, channel, on).await? {
        true => Ok(()),
        false => Err(AppError::NotFound),
    }
}

fn checked_link<'a>(channel: &'a str, key: &str) -> Result<(&'a str, uuid::Uuid), AppError> {
    let channel = [super::EMAIL, super::SMS]
        .into_iter()
        .find(|known| *known == channel)
        .ok_or(AppError::NotFound)?;
    let key = uuid::Uuid::parse_str(key).map_err(|_| AppError::NotFound)?;
    Ok((channel, key))
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn a_text_message_waits_out_the_quiet_hours_in_helsinki() {
        // 21–8 in winter (UTC+2): 22.30 waits to 8.00 the next day.
        let late = datetime!(2026-12-03 20:30 UTC);
        assert_eq!(
            after_quiet_hours(late, (21, 8)),
            datetime!(2026-12-04 06:00 UTC)
        );
        // 6.00 waits to 8.00 the same day.
        let early = datetime!(2026-12-04 04:00 UTC);
        assert_eq!(
            after_quiet_hours(early, (21, 8)),
            datetime!(2026-12-04 06:00 UTC)
        );
        // 12.00 goes now; so does anything without quiet hours.
        let noon = datetime!(2026-12-04 10:00 UTC);
        assert_eq!(after_quiet_hours(noon, (21, 8)), noon);
        assert_eq!(after_quiet_hours(late, (0, 0)), late);
        // Quiet in the day (13–15): 14.00 waits to 15.00.
        let lunch = datetime!(2026-12-04 12:00 UTC);
        assert_eq!(
            after_quiet_hours(lunch, (13, 15)),
            datetime!(2026-12-04 13:00 UTC)
        );
    }
}
