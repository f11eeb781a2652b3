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
#[cfg(feature = "ssr")]
mod files;
mod inbox_page;
mod live;
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
pub use server_fns::{
    MessageFile, SendCoachFile, SendCoachMessage, SendMyFile, SendMyMessage, SetAway,
};

/// The endpoints that take a form with a file: the server lets only these
/// read `multipart/form-data`.
pub const FILE_ENDPOINTS: [&str; 2] = [
    <SendMyFile as leptos::server_fn::ServerFn>::PATH,
    <SendCoachFile as leptos::server_fn::ServerFn>::PATH,
];

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

/// The largest file a message may carry: a phone's photo of a document, or
/// a scanned PDF of a few pages.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// How many files one side may send in a conversation in a day: a document
/// of several pages photographed page by page fits.
pub const MAX_FILES_A_DAY: i64 = 20;

/// The most words sent with a file, in characters: a few words to say what
/// it is (they travel back in the form's flash when the file is refused).
pub const MAX_FILE_WORDS: usize = 500;

/// How many messages one side may send in a conversation in a day: far more
/// than a person writes, few enough that a runaway script fills nothing.
pub const MAX_MESSAGES_A_DAY: i64 = 100;

/// Ready texts a coach can start a message from, each written in the
/// jobseeker's language (Fluent `message-template-{name}`), named for the
/// coach in theirs (`message-template-{name}-title`).
pub const TEMPLATES: [&str; 3] = ["recontact", "meeting", "well-done"];

/// How many of the latest messages a page shows; all are in "Download my data".
pub const SHOWN_MESSAGES: i64 = 100;
