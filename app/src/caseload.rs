//! The coach's caseload: everyone the coach works with, on one page each
//! screenful, with who needs help first. Only the coach's own jobseekers,
//! ever; every listing is in the audit log.

#[cfg(feature = "ssr")]
mod db;
mod list_page;
#[cfg(feature = "ssr")]
mod server;
mod views;

pub use list_page::CaseloadPage;

/// The caseload list.
pub const CASELOAD: &str = "/coach/caseload";

/// People per page of the list.
pub const PAGE_SIZE: i64 = 25;

/// Days without activity after which a jobseeker is flagged.
pub const QUIET_DAYS: i64 = 14;
