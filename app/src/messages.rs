//! Messages between a jobseeker and their coach. The jobseeker writes on
//! "Messages" (`/messages`), their coach on the jobseeker's page in the
//! workspace; each side sees when the other has read what they sent, and is
//! told by email that a message waits, never what it says. A coach's read
//! is audited like every read of the person's data.
//!
//! A coach away (a holiday, sick leave) gives their last day away; until
//! then the coaches of the same team may read and answer their jobseekers'
//! messages (`db::access` is the one rule), and each such read is audited
//! as `messages-cover`. The jobseeker is told on their page. A conversation
//! removed with a jobseeker's account leaves the coach's inbox a line that
//! it was there, and nothing about the person.

mod coach_page;
#[cfg(feature = "ssr")]
pub mod db;
mod inbox_page;
mod my_page;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
mod server;
mod server_fns;
mod views;

pub use coach_page::CoachMessagesPage;
pub use inbox_page::InboxPage;
pub use my_page::MyMessagesPage;
pub use server_fns::{SendCoachMessage, SendMyMessage, SetAway};

/// The jobseeker's conversation with their coach.
pub const MY_MESSAGES: &str = "/messages";

/// A coach's inbox: their jobseekers' conversations, and those of the
/// team's coaches who are away.
pub const COACH_INBOX: &str = "/coach/messages";

/// The most conversations an inbox lists: a caseload of 160 and those of
/// away teammates fit.
pub const INBOX_LENGTH: i64 = 500;

/// A jobseeker's conversation in their coach's workspace.
pub fn coach_messages_path(jobseeker: i64) -> String {
    format!("{}/messages", crate::caseload::jobseeker_path(jobseeker))
}

/// The longest message, in characters.
pub const MAX_MESSAGE: usize = 4000;

/// How many messages one side may send in a conversation in a day: far more
/// than a person writes, few enough that a runaway script fills nothing.
pub const MAX_MESSAGES_A_DAY: i64 = 100;

/// Ready texts a coach can start a message from, each written in the
/// jobseeker's language (Fluent `message-template-{name}`), named for the
/// coach in theirs (`message-template-{name}-title`).
pub const TEMPLATES: [&str; 3] = ["recontact", "meeting", "well-done"];

/// How many of the latest messages a page shows; all are in "Download my data".
pub const SHOWN_MESSAGES: i64 = 100;
