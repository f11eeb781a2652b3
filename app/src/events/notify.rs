//! Emails about events, each in the recipient's own language and sent
//! through the outbox inside the transaction that caused it: a promotion is
//! never committed without its message, nor a message without its promotion.
//! People who signed up with a phone number only are not emailed; their
//! "My events" page shows the same news.

use sqlx::PgConnection;

use super::{booking::Promoted, db, when_text};
use crate::{
    error::AppError,
    i18n::{FluentValue, Locale, translate_args},
    my_account::db::email_of,
    outbox::{Email, db::enqueue},
};

/// Why we write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A seat freed up and the person got it.
    Promoted,
    /// The event is tomorrow.
    Reminder,
    /// The organiser called the event off.
    EventCancelled,
}

impl Notice {
    fn keys(self) -> (&'static str, &'static str) {
        match self {
            Notice::Promoted => ("event-email-promoted-subject", "event-email-promoted-body"),
            Notice::Reminder => ("event-email-reminder-subject", "event-email-reminder-body"),
            Notice::EventCancelled => (
                "event-email-cancelled-subject",
                "event-email-cancelled-body",
            ),
        }
    }
}

/// Queues `notice` about `event_id` for `account_id`.
pub async fn tell(
    conn: &mut PgConnection,
    public_url: &str,
    event_id: i64,
    account_id: i64,
    notice: Notice,
) -> Result<(), AppError> {
    let Some((to, locale)) = email_of(conn, account_id).await? else {
        return Ok(());
    };
    let Some(event) = db::details(conn, event_id, locale).await? else {
        return Ok(());
    };
    let (subject, body) = notice.keys();
    let args = [
        ("title", FluentValue::from(event.title.clone())),
        (
            "when",
            FluentValue::from(when_text(event.starts_at, event.ends_at, locale)),
        ),
        ("place", FluentValue::from(place_text(&event, locale))),
        (
            "link",
            FluentValue::from(format!("{public_url}{}", super::event_path(event_id))),
        ),
    ];
    let email = Email {
        to,
        subject: translate_args(locale, subject, &args),
        body: translate_args(locale, body, &args),
    };
    enqueue(conn, &email).await?;
    Ok(())
}

/// Tells each person who got a place that they have it.
pub async fn tell_promoted(
    conn: &mut PgConnection,
    public_url: &str,
    event_id: i64,
    promoted: &[Promoted],
) -> Result<(), AppError> {
    for person in promoted {
        tell(
            conn,
            public_url,
            event_id,
            person.account_id,
            Notice::Promoted,
        )
        .await?;
    }
    Ok(())
}

/// The address and how to get there, or the online link.
fn place_text(event: &db::Details, locale: Locale) -> String {
    match (&event.address, &event.directions, &event.online_url) {
        (Some(address), Some(directions), _) => format!("{address}\n{directions}"),
        (Some(address), None, _) => address.clone(),
        (None, _, url) => translate_args(
            locale,
            "event-online-at",
            &[("url", FluentValue::from(url.clone().unwrap_or_default()))],
        ),
    }
}
