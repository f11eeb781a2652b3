//! Where a jobseeker's search has led: the situations a coach records, each
//! from a date. The latest is the person's current situation.

/// Every situation, as stored; named on pages by `outcome-<code>`.
pub const SITUATIONS: &[&str] = &[
    "employed_full_time",
    "employed_part_time",
    "subsidised_work",
    "training",
    "other_service",
    "seeking",
    "left_service",
];

/// The situations the impact report counts as employed.
pub const EMPLOYED: &[&str] = &[
    "employed_full_time",
    "employed_part_time",
    "subsidised_work",
];

pub const FIELD_SITUATION: &str = "situation";
pub const FIELD_SINCE: &str = "since";

/// Checks a recorded outcome: a known situation from a real date, not in
/// the future (an outcome is something that has happened).
#[cfg(feature = "ssr")]
pub fn checked(
    situation: &str,
    since: &str,
    today: time::Date,
) -> Result<(String, time::Date), crate::error::AppError> {
    use crate::error::{AppError, FieldError};
    let mut errors = Vec::new();
    let situation = situation.trim();
    if !SITUATIONS.contains(&situation) {
        errors.push(FieldError::new(FIELD_SITUATION, "outcome-error-situation"));
    }
    let since = crate::i18n::parse_day(since);
    match since {
        None => errors.push(FieldError::new(FIELD_SINCE, "outcome-error-since")),
        Some(day) if day > today => {
            errors.push(FieldError::new(FIELD_SINCE, "outcome-error-since-future"));
        }
        Some(_) => {}
    }
    match since {
        Some(day) if errors.is_empty() => Ok((situation.to_owned(), day)),
        _ => Err(AppError::Validation { errors }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_situation_is_named_in_every_language() {
        let missing = crate::i18n::missing_vocabulary_messages(&[("outcome", SITUATIONS)]);
        assert_eq!(missing, Vec::<String>::new());
    }

    #[test]
    fn employed_situations_are_situations() {
        assert!(EMPLOYED.iter().all(|e| SITUATIONS.contains(e)));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn an_outcome_needs_a_situation_and_a_date_not_in_the_future() {
        use time::macros::date;
        let today = date!(2026 - 11 - 30);
        assert_eq!(
            checked("training", "1.11.2026", today).unwrap(),
            ("training".to_owned(), date!(2026 - 11 - 01))
        );
        let fields = |e: crate::error::AppError| {
            e.field_errors()
                .iter()
                .map(|f| f.key.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            fields(checked("", "", today).unwrap_err()),
            ["outcome-error-situation", "outcome-error-since"]
        );
        assert_eq!(
            fields(checked("seeking", "2026-12-01", today).unwrap_err()),
            ["outcome-error-since-future"]
        );
    }
}
