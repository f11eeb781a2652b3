//! Follow-along support: after a coach records that someone has started
//! work, check-ins at a week, a month and three months from that day (and
//! any others they agree on) become the coach's tasks, each done with a
//! short note. The impact report counts who is still employed three and six
//! months on.

#[cfg(feature = "ssr")]
pub mod db;
mod person_page;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod server;
pub mod views;

pub use person_page::{AgreeCheckIn, FollowAlongPage, RecordCheckIn};

/// Check-ins a person has: scheduled from the outcome, or agreed.
pub const KINDS: [&str; 4] = ["week", "month", "three-months", "agreed"];

/// How many days ahead the caseload shows check-ins coming.
pub const DAYS_AHEAD: i64 = 7;

/// The longest note.
pub const NOTE_MAX: usize = 1000;

/// One jobseeker's check-ins in their coach's workspace.
pub fn follow_along_path(jobseeker: i64) -> String {
    format!(
        "{}/follow-along",
        crate::caseload::jobseeker_path(jobseeker)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_check_in_is_named_in_every_language() {
        let missing = crate::i18n::missing_vocabulary_messages(&[("checkin-kind", &KINDS)]);
        assert_eq!(missing, Vec::<String>::new());
    }
}
