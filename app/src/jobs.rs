//! Employers and the jobs and work tasks they offer, described in the
//! vocabulary's terms (occupations, skills, certificates, languages) so they
//! can be matched with people's skills. Jobs come from employers' own forms
//! or from a feed of schema.org `JobPosting`s ([`import`]).

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod import;
pub mod types;
