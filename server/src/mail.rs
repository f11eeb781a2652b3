//! Delivers the outbox: email through SMTP when `ASKEL_SMTP_URL` is set,
//! otherwise as `.eml` files in `ASKEL_MAIL_DIR` for development (refused
//! when the public address is https); text messages through `crate::sms`,
//! push notices through `crate::push`. Each message is leased before it is sent, with
//! no transaction open while the mail server answers, so two workers never
//! send the same message and a slow server holds no connection. Logs name
//! the outbox row, never the recipient or the body.

use std::{future::Future, time::Duration};

use app::outbox::{
    Email,
    db::{Channel, Claimed, claim_next, mark_failed, mark_sent},
};
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        Mailbox,
        header::{ContentType, HeaderName, HeaderValue},
    },
};
use sqlx::PgPool;

use crate::Config;

/// How often an idle worker looks for new mail.
const POLL_INTERVAL: Duration = Duration::from_secs(5);

/// Something that can deliver one email, and perhaps one text message.
pub trait Deliver: Send + Sync {
    /// Sends `email`; the error text is kept on the outbox row for operators.
    fn deliver(&self, email: &Email) -> impl Future<Output = Result<(), String>> + Send;

    /// Sends `text` to the phone number `to`. A courier of email alone
    /// cannot: the message waits, with the reason, for one that can.
    fn deliver_sms(&self, to: &str, text: &str) -> impl Future<Output = Result<(), String>> + Send {
        let _ = (to, text);
        async { Err("no text-message courier".to_owned()) }
    }

    /// Sends a push notice (`payload`) to the browser `subscription` names.
    fn deliver_push(
        &self,
        subscription: &str,
        payload: &str,
    ) -> impl Future<Output = Result<(), String>> + Send {
        let _ = (subscription, payload);
        async { Err("no push courier".to_owned()) }
    }
}

/// The worker's couriers: email, text messages and push notices.
pub struct Couriers {
    pub mail: Mailer,
    pub sms: crate::sms::Texter,
    pub push: crate::push::Pusher,
}

impl Deliver for Couriers {
    async fn deliver(&self, email: &Email) -> Result<(), String> {
        self.mail.deliver(email).await
    }

    async fn deliver_sms(&self, to: &str, text: &str) -> Result<(), String> {
        self.sms.send(to, text).await
    }

    async fn deliver_push(&self, subscription: &str, payload: &str) -> Result<(), String> {
        self.push.send(subscription, payload).await
    }
}

/// The configured way out: SMTP or a folder of `.eml` files.
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Files {
        transport: AsyncFileTransport<Tokio1Executor>,
        from: Mailbox,
    },
}

impl Mailer {
    /// The mailer `config` asks for.
    pub fn from_config(config: &Config) -> Result<Self, String> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .map_err(|e| format!("ASKEL_MAIL_FROM: {e}"))?;
        match &config.smtp_url {
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("ASKEL_SMTP_URL: {e}"))?
                    .build();
                Ok(Mailer::Smtp { transport, from })
            }
            None => {
                std::fs::create_dir_all(&config.mail_dir)
                    .map_err(|e| format!("ASKEL_MAIL_DIR {}: {e}", config.mail_dir))?;
                let transport = AsyncFileTransport::<Tokio1Executor>::new(&config.mail_dir);
                Ok(Mailer::Files { transport, from })
            }
        }
    }

    fn message(from: &Mailbox, email: &Email) -> Result<Message, String> {
        let to: Mailbox = email
            .to
            .parse()
            .map_err(|_| "invalid recipient address".to_owned())?;
        let mut message = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(email.subject.clone())
            .header(ContentType::TEXT_PLAIN);
        // A notice: the mail program's own "unsubscribe" stops it (RFC 8058).
        if let Some(url) = &email.unsubscribe {
            message = message
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{url}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_owned(),
                ));
        }
        message.body(email.body.clone()).map_err(|e| e.to_string())
    }
}

impl Deliver for Mailer {
    async fn deliver(&self, email: &Email) -> Result<(), String> {
        match self {
            Mailer::Smtp { transport, from } => transport
                .send(Self::message(from, email)?)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Mailer::Files { transport, from } => transport
                .send(Self::message(from, email)?)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
        }
    }
}

/// Delivers every message that is due, one lease each; returns how many
/// were sent.
pub async fn deliver_due(pool: &PgPool, mailer: &impl Deliver) -> Result<usize, sqlx::Error> {
    let mut sent = 0;
    loop {
        let Some(claimed) = claim_next(pool).await? else {
            return Ok(sent);
        };
        let Claimed { email, channel, .. } = &claimed;
        let delivered = match channel {
            Channel::Email => mailer.deliver(email).await,
            Channel::Sms => mailer.deliver_sms(&email.to, &email.body).await,
            Channel::Push => mailer.deliver_push(&email.to, &email.body).await,
        };
        match delivered {
            Ok(()) => {
                mark_sent(pool, claimed.outbox_id).await?;
                sent += 1;
                tracing::info!(outbox_id = claimed.outbox_id, "email delivered");
            }
            Err(error) => {
                mark_failed(pool, claimed.outbox_id, &error).await?;
                tracing::warn!(
                    outbox_id = claimed.outbox_id,
                    attempt = claimed.attempts + 1,
                    "email delivery failed"
                );
            }
        }
    }
}

/// How often the worker deletes what is past its retention period.
const PURGE_INTERVAL: Duration = Duration::from_secs(3600);

/// Runs until the process ends: every few seconds queues the event and
/// meeting reminders that are due and delivers due mail; every hour deletes what is
/// past its retention period (and forgets whole rate-limit allowances).
pub async fn run_worker(pool: PgPool, mailer: Couriers, public_url: String) {
    let mut next_purge = tokio::time::Instant::now();
    loop {
        if let Err(error) = app::events::server::queue_reminders(&pool, &public_url).await {
            tracing::error!(?error, "event reminders failed");
        }
        if let Err(error) = app::meetings::server::queue_reminders(&pool, &public_url).await {
            tracing::error!(?error, "meeting reminders failed");
        }
        let now = time::OffsetDateTime::now_utc();
        if let Err(error) = app::notifications::server::send_digests(&pool, &public_url, now).await
        {
            tracing::error!(?error, "daily digests failed");
        }
        if let Err(error) = deliver_due(&pool, &mailer).await {
            tracing::error!(%error, "outbox worker database error");
        }
        if tokio::time::Instant::now() >= next_purge {
            match app::retention::purge(&pool).await {
                Ok(purged) => tracing::info!(?purged, "retention purge done"),
                Err(error) => tracing::error!(%error, "retention purge failed"),
            }
            next_purge += PURGE_INTERVAL;
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
}
