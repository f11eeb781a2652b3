//! How Askel tells a person that something happened (a message, a meeting,
//! a seat at an event): by email, by text message, or both, as they chose
//! on "How Askel contacts you". Text messages wait out the person's quiet
//! hours. Every notice goes through the outbox in the transaction of what
//! it tells of, so it is sent exactly when that is stored, and once.

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod server;
mod settings_page;

pub use settings_page::{NotificationsPage, SaveNotifications};

/// The page where a person chooses how they are told.
pub const SETTINGS: &str = "/account/notifications";
