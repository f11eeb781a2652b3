//! The coach's caseload: everyone the coach works with, on one page each
//! screenful, with who needs help first. Only the coach's own jobseekers,
//! ever; every listing is in the audit log.

#[cfg(feature = "ssr")]
mod db;
mod list_page;
pub mod outcomes;
#[cfg(feature = "ssr")]
mod person;
#[cfg(feature = "ssr")]
pub mod person_db;
mod person_fns;
mod person_page;
#[cfg(feature = "ssr")]
pub mod personal_data;
mod record_pages;
#[cfg(feature = "ssr")]
pub mod server;
pub mod views;

pub use list_page::CaseloadPage;
pub use person_fns::{
    AddNote, CorrectNote, CorrectOutcome, RecordOutcome, TransferJobseeker, WithdrawNote,
    WithdrawOutcome,
};
pub use person_page::JobseekerPage;
pub use record_pages::{NotePage, OutcomePage};

/// The caseload list.
pub const CASELOAD: &str = "/coach/caseload";

/// A jobseeker's page in the coach's workspace.
pub fn jobseeker_path(account_id: i64) -> String {
    format!("/coach/jobseekers/{account_id}")
}

/// The page of one note about a jobseeker: its history, and for its author
/// the forms to correct or withdraw it.
pub fn note_path(jobseeker: i64, note: i64) -> String {
    format!("/coach/jobseekers/{jobseeker}/notes/{note}")
}

/// The page of one outcome of a jobseeker, as [`note_path`] for a note.
pub fn outcome_path(jobseeker: i64, outcome: i64) -> String {
    format!("/coach/jobseekers/{jobseeker}/outcomes/{outcome}")
}

/// People per page of the list.
pub const PAGE_SIZE: i64 = 25;

/// Days without activity after which a jobseeker is flagged.
pub const QUIET_DAYS: i64 = 14;
