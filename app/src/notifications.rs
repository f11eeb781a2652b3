//! How Askel tells a person that something happened (a message, a meeting,
//! a seat at an event): by email, by text message, or both, as they chose
//! on "How Askel contacts you". Text messages wait out the person's quiet
//! hours. Every notice goes through the outbox in the transaction of what
//! it tells of, so it is sent exactly when that is stored, and once.
//!
//! A phone with Askel installed can also show them itself (Web Push,
//! `push`), once the person turns that on in its browser.
//!
//! Every email and text message ends with a link that stops that channel in
//! one press, without signing in (`/unsubscribe`): the link names the
//! account by a random key of its own, never by anything about the person.

#[cfg(feature = "ssr")]
pub mod db;
pub mod push;
mod push_switch;
#[cfg(feature = "ssr")]
pub mod server;
mod settings_page;
mod unsubscribe_page;

pub use push_switch::{DropPushSubscription, PushSwitch, SavePushSubscription, StopPushEverywhere};
pub use settings_page::{NotificationsPage, SaveNotifications};
pub use unsubscribe_page::{SetChannelByLink, UnsubscribePage};

/// The page where a person chooses how they are told.
pub const SETTINGS: &str = "/account/notifications";

/// The page a notice's one-click link opens, to stop that channel.
pub const UNSUBSCRIBE: &str = "/unsubscribe";
pub const EMAIL: &str = "email";
pub const SMS: &str = "sms";

/// Where a mail program's own "unsubscribe" button posts (RFC 8058's
/// List-Unsubscribe-Post), with the key of [`unsubscribe_path`]: the post
/// stops email at once, as nobody is there to press a button.
pub const ONE_CLICK: &str = "/unsubscribe/one-click";

/// The link in a notice that stops `channel` for the account `key` names.
#[cfg(feature = "ssr")]
pub fn unsubscribe_path(channel: &str, key: uuid::Uuid) -> String {
    format!("{UNSUBSCRIBE}?c={channel}&k={key}")
}
