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
pub mod server;
pub mod views;

pub use list_page::CaseloadPage;
pub use person_fns::{AddNote, RecordOutcome, TransferJobseeker};
pub use person_page::JobseekerPage;

/// The caseload list.
pub const CASELOAD: &str = "/coach/caseload";

/// A jobseeker's page in the coach's workspace.
pub fn jobseeker_path(account_id: i64) -> String {
    format!("/coach/jobseekers/{account_id}")
}

/// People per page of the list.
pub const PAGE_SIZE: i64 = 25;

/// Days without activity after which a jobseeker is flagged.
pub const QUIET_DAYS: i64 = 14;
