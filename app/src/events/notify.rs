//! Emails about events, each in the recipient's own language and sent
//! through the outbox inside the transaction that caused it: a promotion is
//! never committed without its message, nor a message without its promotion.
//! Each goes by the channels the person chose (`crate::notifications`):
//! someone who signed up with a phone number only gets a text message.

use sqlx::PgConnection;
use time::OffsetDateTime;

use super::{booking::Promoted, db, input::PlaceColumns, when_text};
use crate::{
    error::AppError,
    i18n::{FluentValue, Locale, translate_args},
};

/// Why we write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice<'a> {
    /// A seat freed up and the person got it.
    Promoted,
    /// The event is tomorrow.
    Reminder,
    /// The organiser called the event off.
    EventCancelled,
    /// The organiser moved the event to another time or place.
    Changed(&'a Change),
}

/// What was there before an organiser moved their event: the old time and
/// the old place, each only when it changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Change {
    pub old_time: Option<(OffsetDateTime, OffsetDateTime)>,
    pub old_place: Option<PlaceColumns>,
}

impl Change {
    /// Whether nothing that people plan their day around changed.
    pub fn is_empty(&self) -> bool {
        self.old_time.is_none() && self.old_place.is_none()
    }
}

impl Notice<'_> {
    /// Fluent ids of the email's subject and body and of the text message.
    fn keys(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Notice::Promoted => (
                "event-email-promoted-subject",
                "event-email-promoted-body",
                "event-sms-promoted",
            ),
            Notice::Reminder => (
                "event-email-reminder-subject",
                "event-email-reminder-body",
                "event-sms-reminder",
            ),
            Notice::EventCancelled => (
                "event-email-cancelled-subject",
                "event-email-cancelled-body",
                "event-sms-cancelled",
            ),
            Notice::Changed(_) => (
                "event-email-changed-subject",
                "event-email-changed-body",
                "event-sms-changed",
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
    notice: Notice<'_>,
) -> Result<(), AppError> {
    let Some(reach) = crate::notifications::db::reach(conn, account_id).await? else {
        return Ok(());
    };
    let locale = reach.locale;
    let Some(event) = db::details(conn, event_id, locale).await? else {
        return Ok(());
    };
    let (subject, body, sms) = notice.keys();
    let mut args = vec![
        ("title", event.title.clone()),
        ("when", when_text(event.starts_at, event.ends_at, locale)),
        ("place", place_text(&event.place(), locale)),
        (
            "link",
            format!("{public_url}{}", super::event_path(event_id)),
        ),
    ];
    if let Notice::Changed(change) = notice {
        args.push(("changes", change_text(change, &event, locale)));
    }
    // Written in the person's language already: the event's own texts are.
    let written = |_| {
        args.iter()
            .map(|(name, text)| (*name, FluentValue::from(text.clone())))
            .collect()
    };
    let notice = crate::notifications::server::Notice {
        subject,
        body,
        sms,
        args: &written,
    };
    crate::notifications::server::notify_reach(conn, reach, public_url, notice).await
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

/// Each change as the old value and the new one, a paragraph each.
fn change_text(change: &Change, event: &db::Details, locale: Locale) -> String {
    let old_and_new = |key: &str, old: String, new: String| {
        translate_args(
            locale,
            key,
            &[
                ("old", FluentValue::from(old)),
                ("new", FluentValue::from(new)),
            ],
        )
    };
    let time = change.old_time.map(|(starts_at, ends_at)| {
        old_and_new(
            "event-email-changed-time",
            when_text(starts_at, ends_at, locale),
            when_text(event.starts_at, event.ends_at, locale),
        )
    });
    let place = change.old_place.as_ref().map(|old| {
        old_and_new(
            "event-email-changed-place",
            place_text(old, locale),
            place_text(&event.place(), locale),
        )
    });
    [time, place]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The address and how to get there, or the online link.
fn place_text(place: &PlaceColumns, locale: Locale) -> String {
    match (&place.address, &place.directions, &place.online_url) {
        (Some(address), Some(directions), _) => format!("{address}\n{directions}"),
        (Some(address), None, _) => address.clone(),
        (None, _, url) => translate_args(
            locale,
            "event-online-at",
            &[("url", FluentValue::from(url.clone().unwrap_or_default()))],
        ),
    }
}
