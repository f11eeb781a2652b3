//! The plan's vocabularies. Each value is a stable code stored in the
//! database and named on pages by the Fluent message `<prefix>-<code>`.

/// Who takes a step.
pub const WHO: &[&str] = &["jobseeker", "coach", "together"];

/// How far a step is. A step is never deleted, only dropped, so the
/// history stays whole.
pub const STEP_STATUSES: &[&str] = &["todo", "doing", "done", "dropped"];

/// Where a goal stands.
pub const GOAL_STATUSES: &[&str] = &["open", "reached", "dropped"];

/// Steps still to be taken: what the caseload counts as open.
pub fn is_open_step(status: &str) -> bool {
    matches!(status, "todo" | "doing")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_named_in_every_language() {
        let missing = crate::i18n::missing_vocabulary_messages(&[
            ("plan-who", WHO),
            ("plan-coach-who", WHO),
            ("plan-step-status", STEP_STATUSES),
            ("plan-goal-status", GOAL_STATUSES),
        ]);
        assert_eq!(missing, Vec::<String>::new());
    }

    #[test]
    fn open_steps_are_those_to_do_or_under_way() {
        let open: Vec<_> = STEP_STATUSES.iter().filter(|s| is_open_step(s)).collect();
        assert_eq!(open, [&"todo", &"doing"]);
    }
}
