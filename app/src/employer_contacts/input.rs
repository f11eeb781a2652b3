//! Checking a logged contact as typed, every problem at once.

use time::{Date, Duration};

use super::{DAYS_BACK, HOW, NOTE_MAX, RESULTS, log_page::ContactValues};
use crate::error::{AppError, FieldError};

/// A contact that passed the checks; the person is checked against the
/// caseload and their consent on the server.
#[derive(Debug, PartialEq, Eq)]
pub struct Checked {
    pub employer_id: i64,
    pub contacted_on: Date,
    pub how: String,
    pub jobseeker_id: Option<i64>,
    pub result: String,
    pub note: String,
}

pub fn read(values: &ContactValues, today: Date) -> Result<Checked, AppError> {
    let mut errors = Vec::new();
    let mut problem = |field: &str, key: &str| errors.push(FieldError::new(field, key));
    let employer_id = values
        .employer
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0);
    if employer_id.is_none() {
        problem("employer", "contact-error-employer");
    }
    let contacted_on = crate::i18n::parse_day(&values.day);
    match contacted_on {
        None => problem("day", "contact-error-day"),
        Some(day) if day > today => problem("day", "contact-error-day-future"),
        Some(day) if day < today - Duration::days(DAYS_BACK) => {
            problem("day", "contact-error-day-old");
        }
        Some(_) => {}
    }
    let how = values.how.trim();
    if !HOW.contains(&how) {
        problem("how", "contact-error-how");
    }
    let result = values.result.trim();
    if !RESULTS.contains(&result) {
        problem("result", "contact-error-result");
    }
    let jobseeker = values.jobseeker.trim();
    let jobseeker_id = if jobseeker.is_empty() {
        None
    } else {
        let id = jobseeker.parse::<i64>().ok().filter(|id| *id > 0);
        if id.is_none() {
            problem("jobseeker", "contact-error-person");
        }
        id
    };
    let note = values.note.trim();
    if note.chars().count() > NOTE_MAX {
        problem("note", "contact-error-note-long");
    }
    match (employer_id, contacted_on) {
        (Some(employer_id), Some(contacted_on)) if errors.is_empty() => Ok(Checked {
            employer_id,
            contacted_on,
            how: how.to_owned(),
            jobseeker_id,
            result: result.to_owned(),
            note: note.to_owned(),
        }),
        _ => Err(AppError::Validation { errors }),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    const TODAY: Date = date!(2026 - 12 - 05);

    fn values() -> ContactValues {
        ContactValues {
            employer: "7".into(),
            day: "2026-12-04".into(),
            how: "visit".into(),
            jobseeker: String::new(),
            result: "opening".into(),
            note: " Kitchen help from January ".into(),
        }
    }

    fn keys(values: &ContactValues) -> Vec<String> {
        match read(values, TODAY) {
            Err(error) => error.field_errors().iter().map(|e| e.key.clone()).collect(),
            Ok(checked) => panic!("refused expected: {checked:?}"),
        }
    }

    #[test]
    fn a_contact_about_no_one_in_particular_is_read_trimmed() {
        let checked = read(&values(), TODAY).unwrap();
        assert_eq!(checked.employer_id, 7);
        assert_eq!(checked.contacted_on, date!(2026 - 12 - 04));
        assert_eq!(checked.jobseeker_id, None);
        assert_eq!(checked.note, "Kitchen help from January");
    }

    #[test]
    fn every_problem_is_told_at_once() {
        let wrong = ContactValues {
            employer: "x".into(),
            day: "2026-12-06".into(),
            how: "fax".into(),
            jobseeker: "-3".into(),
            result: "maybe".into(),
            note: "a".repeat(NOTE_MAX + 1),
        };
        assert_eq!(
            keys(&wrong),
            [
                "contact-error-employer",
                "contact-error-day-future",
                "contact-error-how",
                "contact-error-result",
                "contact-error-person",
                "contact-error-note-long"
            ]
        );
        let old = ContactValues {
            day: "2025-12-01".into(),
            ..values()
        };
        assert_eq!(keys(&old), ["contact-error-day-old"]);
        let none = ContactValues {
            day: "tomorrow".into(),
            ..values()
        };
        assert_eq!(keys(&none), ["contact-error-day"]);
    }
}
