//! Employers and the jobs and work tasks they offer, described in the
//! vocabulary's terms (occupations, skills, certificates, languages) so they
//! can be matched with people's skills. Jobs come from employers' own staff
//! ([`form_page`], [`staff_pages`]) or from a feed of schema.org
//! `JobPosting`s ([`import`]).

#[cfg(feature = "ssr")]
pub mod db;
mod form_page;
#[cfg(feature = "ssr")]
pub mod import;
#[cfg(feature = "ssr")]
pub mod input;
#[cfg(feature = "ssr")]
mod posting;
#[cfg(feature = "ssr")]
pub mod posting_db;
#[cfg(feature = "ssr")]
pub mod shown;
mod staff_pages;
pub mod types;

pub use form_page::{EditJobPage, NewJobPage};
pub use staff_pages::{OWN_JOBS, OwnJobPage, OwnJobsPage};

use crate::error::AppError;

/// The job id in the address, or not found.
fn job_param() -> Result<i64, AppError> {
    use leptos::prelude::WithUntracked;
    leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("job").unwrap_or_default())
        .parse()
        .map_err(|_| AppError::NotFound)
}
