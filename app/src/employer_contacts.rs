//! The coach's work with employers: each contact logged (when, how, what
//! came of it, and about whom when that person has agreed to be named), seen
//! by the whole team so they know who talked to an employer last. How soon
//! after starting someone's first employer contact came is the model's
//! "rapid job search": shown on the caseload and in the impact report.

mod consent_page;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
mod input;
mod log_page;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod server;
pub mod views;

pub use consent_page::{EmployerConsentPage, SaveEmployerConsent};
pub use log_page::{EmployerContactsPage, LogEmployerContact};

/// The team's log, with the form to add a contact.
pub const CONTACTS: &str = "/coach/employer-contacts";
/// Where a jobseeker says whether their coach may name them to employers.
pub const CONSENT: &str = "/account/employers";

/// How a contact was made; named on pages by `contact-how-<code>`.
pub const HOW: [&str; 5] = ["visit", "phone", "email", "meeting", "event"];
/// What came of it; named by `contact-result-<code>`.
pub const RESULTS: [&str; 6] = [
    "no-opening",
    "later",
    "opening",
    "interview",
    "work-trial",
    "hired",
];

/// The model's target: a first employer contact within a month of starting.
pub const FIRST_CONTACT_TARGET_DAYS: i32 = 30;

/// The longest note.
pub const NOTE_MAX: usize = 1000;

/// How far back a contact may be dated, in days.
pub const DAYS_BACK: i64 = 366;

/// The log for the employer's page: the form with the employer chosen.
pub fn log_for_employer(employer_id: i64) -> String {
    format!("{CONTACTS}?employer={employer_id}#log")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_and_result_is_named_in_every_language() {
        let missing = crate::i18n::missing_vocabulary_messages(&[
            ("contact-how", &HOW),
            ("contact-result", &RESULTS),
        ]);
        assert_eq!(missing, Vec::<String>::new());
    }
}
