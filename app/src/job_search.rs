//! The jobseeker's job-search log: applications, contacts with employers
//! and interviews, month by month, as one list they can print or show to
//! the employment office. They add what they did elsewhere in one short
//! form; what they did in Askel (interest in a job, an event attended, a
//! module completed) is there
//! already. Their coach sees it too, each read audited.

#[cfg(feature = "ssr")]
pub mod db;
mod log_page;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod server;
pub mod views;

pub use log_page::{AddJobSearchEntry, JobSearchPage, PersonJobSearchPage, RemoveJobSearchEntry};

/// The jobseeker's own log.
pub const JOB_SEARCH: &str = "/job-search";

/// One jobseeker's log in their coach's workspace.
pub fn person_job_search_path(jobseeker: i64) -> String {
    format!("{}/job-search", crate::caseload::jobseeker_path(jobseeker))
}

/// What a person adds by hand; named on pages by `search-kind-<code>`.
pub const KINDS: [&str; 4] = ["application", "contact", "interview", "other"];

/// What Askel itself adds; named by `search-kind-<code>` too.
pub const ASKEL_KINDS: [&str; 3] = ["interest", "event", "module"];

pub const MAX_EMPLOYER: usize = 200;
pub const MAX_WHAT: usize = 300;

/// How far back an entry may be dated, in days.
pub const DAYS_BACK: i64 = 366;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_named_in_every_language() {
        let missing = crate::i18n::missing_vocabulary_messages(&[
            ("search-kind", &KINDS),
            ("search-kind", &ASKEL_KINDS),
        ]);
        assert_eq!(missing, Vec::<String>::new());
    }
}
