//! Matching people's skills with jobs, explainably: every score comes with
//! what the person has and what they would still need, and nothing about who
//! they are (age, gender, birth year, origin) is an input at all — the
//! types below have no place for it.

pub mod fit;
