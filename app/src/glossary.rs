//! Words explained: working-life words a jobseeker meets in Finland
//! (employment services, work trial, pay subsidy…), explained in every
//! language. Read from `content/glossary/` at start-up; where a word appears in
//! a module's or an event's text it links to its explanation, listed under the
//! text and on the words page.

#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod link;
pub mod types;
pub mod views;
