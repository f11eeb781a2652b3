//! The CV Askel makes from the skills profile. On `/cv` the jobseeker
//! chooses its language, writes what work they look for and a few words
//! about themselves, and prints it (or saves it as a PDF). Only those words
//! and choices are stored (`cv`); experiences, skills, cards and languages
//! are read from the profile each time, so the CV is never out of date.

#[cfg(feature = "ssr")]
pub mod db;
mod page;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod server;
pub mod types;

pub use page::{CvPage, SaveCv};

/// The jobseeker's CV.
pub const CV: &str = "/cv";
