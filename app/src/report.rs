//! The impact report: how the people in the service are doing, for one
//! coach's caseload or the whole service, over a chosen period, by gender
//! and by age group. Groups of fewer than five people are hidden so that
//! nobody can be recognised; it is shown as tables with simple charts and
//! downloads as CSV for the evaluating institute.

#[cfg(feature = "ssr")]
pub mod db;
mod page;
#[cfg(feature = "ssr")]
mod period;
#[cfg(feature = "ssr")]
mod server;
pub mod suppress;
mod views;

pub use page::{ImpactReportCsv, ReportPage};
#[cfg(feature = "ssr")]
pub use server::keep_report_facts_up_to_date;

/// The report page.
pub const REPORT: &str = "/coach/report";

/// The project's target: one in three employed during the service.
pub const EMPLOYED_TARGET_PERCENT: i64 = 33;

/// Gender groups, as stored (`unknown` when not given).
pub const GENDER_GROUPS: &[&str] = &["female", "male", "other", "unknown"];

/// Age groups at the end of the period (`unknown` when no year of birth).
pub const AGE_GROUPS: &[&str] = &["under-30", "30-54", "55-plus", "unknown"];

/// Whose jobseekers the report covers: a coach's own, their team's (the
/// coaches an admin put in the same team), or everyone's.
pub const SCOPES: &[&str] = &["mine", "team", "service"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_and_scope_is_named_in_every_language() {
        let missing = crate::i18n::missing_vocabulary_messages(&[
            ("report-gender", GENDER_GROUPS),
            ("report-age", AGE_GROUPS),
            ("report-scope", SCOPES),
        ]);
        assert_eq!(missing, Vec::<String>::new());
    }
}
