//! Matching people's skills with jobs, explainably: every score comes with
//! what the person has and what they would still need, and nothing about who
//! they are (age, gender, birth year, origin) is an input at all: the
//! [`fit`] types have no place for it, and the server reads only skills,
//! cards and languages ([`db::person_facts`]).
//!
//! The jobseeker's pages: "Jobs for you" ([`jobs_page`]), one job
//! ([`job_page`]) and their saved and interesting jobs ([`my_jobs_page`]).
//! The coach's: jobs that fit one person, to suggest and plan for
//! ([`coach_page`]). The employer's: candidates for a job ([`candidates`]).

mod candidates;
mod coach_job_page;
mod coach_page;
#[cfg(feature = "ssr")]
pub mod db;
mod event_preparation;
pub mod fit;
mod job_page;
mod jobs_page;
mod my_jobs_page;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
mod views;

pub use candidates::{CandidatePage, CandidatesSection};
pub use coach_job_page::CoachJobPage;
pub use coach_page::{CoachJobsPage, coach_jobs_path};
pub use event_preparation::EventPreparation;
pub use job_page::JobForYouPage;
pub use jobs_page::{CoachOpenJobsPage, JobsForYouPage};
pub use my_jobs_page::MyJobsPage;

/// What an employer may record of a candidate, each labelled by the
/// message `match-stage-<stage>`.
pub const STAGES: [&str; 4] = ["contacted", "interview", "hired", "not-chosen"];

/// "Jobs for you".
pub const JOBS: &str = "/jobs";
/// The jobseeker's saved jobs and interests.
pub const MY_JOBS: &str = "/jobs/mine";

/// Open jobs as a coach looks through them.
pub const COACH_JOBS: &str = "/coach/jobs";

/// A job's page for a coach: the people on their caseload who fit it.
pub fn coach_job_path(job_id: i64) -> String {
    format!("{COACH_JOBS}/{job_id}")
}

/// A job's page for a jobseeker.
pub fn job_path(job_id: i64) -> String {
    format!("{JOBS}/{job_id}")
}
