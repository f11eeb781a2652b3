//! "Was this page helpful?": the first real round trip from a page to PostgreSQL.
//! Anonymous by design: no account, no IP address, only the answer.

#[cfg(feature = "ssr")]
pub mod db;
mod feedback_fields;
mod feedback_form;
mod feedback_section;
mod server_fns;
mod types;

pub use feedback_section::FeedbackSection;
pub use server_fns::{SubmitFeedback, submit_feedback};
pub use types::{FeedbackInput, FeedbackTexts, FeedbackValues};
