//! The plan's forms as typed, and their checks: every problem is reported
//! at once, against the field to fix.

pub const FIELD_WHAT: &str = "what";
pub const FIELD_WHO: &str = "who";
pub const FIELD_DUE: &str = "due_on";
pub const FIELD_STATUS: &str = "status";
pub const FIELD_GOAL: &str = "goal";

/// The longest goal or step, in characters: a sentence or two.
#[cfg(feature = "ssr")]
pub const MAX_WHAT: usize = 500;

/// A step form as typed. `status` is empty on the form that adds a step.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct StepValues {
    pub what: String,
    pub who: String,
    pub due_on: String,
    pub status: String,
    pub goal: String,
}

#[cfg(feature = "ssr")]
impl StepValues {
    /// (field name, typed value) pairs, to fill the form again after an error.
    pub fn typed(&self) -> Vec<(String, String)> {
        [
            (FIELD_WHAT, &self.what),
            (FIELD_WHO, &self.who),
            (FIELD_DUE, &self.due_on),
            (FIELD_STATUS, &self.status),
            (FIELD_GOAL, &self.goal),
        ]
        .map(|(name, value)| (name.to_owned(), value.clone()))
        .to_vec()
    }
}

/// A goal form as typed. `status` is empty on the form that adds a goal.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct GoalValues {
    pub what: String,
    pub status: String,
}

#[cfg(feature = "ssr")]
impl GoalValues {
    pub fn typed(&self) -> Vec<(String, String)> {
        vec![
            (FIELD_WHAT.to_owned(), self.what.clone()),
            (FIELD_STATUS.to_owned(), self.status.clone()),
        ]
    }
}

#[cfg(feature = "ssr")]
mod checked {
    use super::*;
    use crate::{
        error::{AppError, FieldError},
        plan::{
            db::StepFields,
            types::{GOAL_STATUSES, STEP_STATUSES, WHO},
        },
    };

    /// What a goal or step says: required, and a sentence or two at most.
    fn what(typed: &str, errors: &mut Vec<FieldError>, empty_key: &str) -> String {
        let what = typed.trim();
        if what.is_empty() {
            errors.push(FieldError::new(FIELD_WHAT, empty_key));
        } else if what.chars().count() > MAX_WHAT {
            errors.push(FieldError::new(FIELD_WHAT, "plan-error-what-long"));
        }
        what.to_owned()
    }

    /// A code of `codes`; empty means `default` when there is one.
    fn code(
        typed: &str,
        codes: &[&str],
        default: Option<&str>,
        field: &str,
        errors: &mut Vec<FieldError>,
    ) -> String {
        let typed = typed.trim();
        match (typed, default) {
            ("", Some(default)) => default.to_owned(),
            _ if codes.contains(&typed) => typed.to_owned(),
            _ => {
                errors.push(FieldError::new(field, &format!("plan-error-{field}")));
                String::new()
            }
        }
    }

    fn done(errors: Vec<FieldError>) -> Result<(), AppError> {
        if errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation { errors })
        }
    }

    /// A checked step. A new step is to do unless said otherwise.
    pub fn step(values: &StepValues) -> Result<StepFields, AppError> {
        let mut errors = Vec::new();
        let what = what(&values.what, &mut errors, "plan-error-step-what");
        let who = code(&values.who, WHO, None, FIELD_WHO, &mut errors);
        let due_on = match values.due_on.trim() {
            "" => None,
            typed => {
                let day = crate::i18n::parse_day(typed);
                if day.is_none() {
                    errors.push(FieldError::new(FIELD_DUE, "plan-error-due_on"));
                }
                day
            }
        };
        let status = code(
            &values.status,
            STEP_STATUSES,
            Some("todo"),
            FIELD_STATUS,
            &mut errors,
        );
        let goal_id = match values.goal.trim() {
            "" => None,
            // Only a tampered form sends anything but a goal's number.
            typed => Some(typed.parse().map_err(|_| AppError::BadRequest)?),
        };
        done(errors)?;
        Ok(StepFields {
            goal_id,
            what,
            who,
            due_on,
            status,
        })
    }

    /// A checked goal: (what, status). A new goal is open.
    pub fn goal(values: &GoalValues) -> Result<(String, String), AppError> {
        let mut errors = Vec::new();
        let what = what(&values.what, &mut errors, "plan-error-goal-what");
        let status = code(
            &values.status,
            GOAL_STATUSES,
            Some("open"),
            FIELD_STATUS,
            &mut errors,
        );
        done(errors)?;
        Ok((what, status))
    }
}

#[cfg(feature = "ssr")]
pub use checked::{goal, step};

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::error::AppError;

    fn fields(errors: AppError) -> Vec<String> {
        errors
            .field_errors()
            .iter()
            .map(|e| e.field.clone())
            .collect()
    }

    #[test]
    fn a_step_needs_what_and_who() {
        let error = step(&StepValues::default()).unwrap_err();
        assert_eq!(fields(error), [FIELD_WHAT, FIELD_WHO]);
    }

    #[test]
    fn a_step_reads_finnish_and_picker_dates_and_starts_to_do() {
        for typed in ["2026-12-24", "24.12.2026"] {
            let values = StepValues {
                what: "  Write a CV ".into(),
                who: "jobseeker".into(),
                due_on: typed.into(),
                ..StepValues::default()
            };
            let checked = step(&values).unwrap();
            assert_eq!(checked.what, "Write a CV");
            assert_eq!(checked.due_on, Some(time::macros::date!(2026 - 12 - 24)));
            assert_eq!(checked.status, "todo");
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let values = StepValues {
            what: "x".repeat(MAX_WHAT + 1),
            who: "boss".into(),
            due_on: "tomorrow".into(),
            status: "finished".into(),
            goal: String::new(),
        };
        let error = step(&values).unwrap_err();
        assert_eq!(
            fields(error),
            [FIELD_WHAT, FIELD_WHO, FIELD_DUE, FIELD_STATUS]
        );
    }

    #[test]
    fn a_goal_is_open_until_said_otherwise() {
        let values = GoalValues {
            what: "Work in a shop".into(),
            status: String::new(),
        };
        assert_eq!(goal(&values).unwrap().1, "open");
        let error = goal(&GoalValues::default()).unwrap_err();
        assert_eq!(fields(error), [FIELD_WHAT]);
    }
}
