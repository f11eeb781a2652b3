//! Tells a person when their password or sign-in details change, at the
//! email address the account had before the change: someone who took the
//! account over (a guessed password, a handed code in the wrong hands) is
//! noticed by the one person who can tell it was not them. An account with
//! only a phone number hears nothing: Askel sends no text messages.

use super::auth_settings;
use crate::{
    error::AppError,
    i18n::{FluentValue, Locale, translate, translate_args},
    outbox::{Email, db::enqueue},
};

/// What changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The person changed their password.
    Password,
    /// The person changed the email address or phone number they sign in with.
    Contact,
    /// The password was set with a reset link or a code from a coach.
    Reset,
}

impl Change {
    fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            Change::Password => ("notice-password-subject", "notice-password-body"),
            Change::Contact => ("notice-contact-subject", "notice-contact-body"),
            Change::Reset => ("notice-reset-subject", "notice-reset-body"),
        }
    }
}

/// Queues the notice to `address` (the account's email before the change),
/// in the transaction that makes the change.
pub async fn tell_owner(
    conn: &mut sqlx::PgConnection,
    address: Option<String>,
    locale: Locale,
    change: Change,
) -> Result<(), AppError> {
    let Some(to) = address else {
        return Ok(());
    };
    let forgot = format!("{}/password/forgot", auth_settings()?.public_url);
    let (subject, body) = change.message_ids();
    let email = Email {
        to,
        subject: translate(locale, subject),
        body: translate_args(locale, body, &[("forgot", FluentValue::from(forgot))]),
        unsubscribe: None,
    };
    enqueue(conn, &email).await?;
    Ok(())
}
