//! The plan's form posts. Each works as a plain HTML form: on a problem the
//! browser is sent back to the form with every error and what was typed.

use leptos::prelude::*;

use super::coach_plan_path;
use crate::error::AppError;

/// The form that adds a goal.
pub const FORM_ADD_GOAL: &str = "plan-add-goal";
/// The form that adds a step.
pub const FORM_ADD_STEP: &str = "plan-add-step";
/// The form that changes a goal.
pub const FORM_GOAL: &str = "plan-goal";
/// The form that changes a step.
pub const FORM_STEP: &str = "plan-step";
/// The buttons that mark a step done or not.
pub const FORM_MARK: &str = "plan-mark";

/// Where the coach changes a goal.
pub fn goal_path(jobseeker: i64, goal: i64) -> String {
    format!("{}/goals/{goal}", coach_plan_path(jobseeker))
}

/// Where the coach changes a step.
pub fn step_path(jobseeker: i64, step: i64) -> String {
    format!("{}/steps/{step}", coach_plan_path(jobseeker))
}

/// A coach adds a goal to the plan of a jobseeker on their caseload.
#[server(prefix = "/api", endpoint = "plan-add-goal")]
pub async fn add_goal(jobseeker: i64, what: Option<String>) -> Result<(), AppError> {
    let values = super::input::GoalValues {
        what: what.unwrap_or_default(),
        status: String::new(),
    };
    let result = super::server::add_goal(jobseeker, &values).await;
    let plan = coach_plan_path(jobseeker);
    crate::forms::answer_form_post_to(FORM_ADD_GOAL, values.typed(), &result, &plan, &plan);
    result
}

/// A coach changes a goal (its words, or that it is reached or dropped).
#[server(prefix = "/api", endpoint = "plan-save-goal")]
pub async fn save_goal(
    jobseeker: i64,
    goal: i64,
    what: Option<String>,
    status: Option<String>,
) -> Result<(), AppError> {
    let values = super::input::GoalValues {
        what: what.unwrap_or_default(),
        status: status.unwrap_or_default(),
    };
    let result = super::server::save_goal(jobseeker, goal, &values).await;
    crate::forms::answer_form_post_to(
        FORM_GOAL,
        values.typed(),
        &result,
        &goal_path(jobseeker, goal),
        &coach_plan_path(jobseeker),
    );
    result
}

/// A coach adds a step to the plan of a jobseeker on their caseload.
#[server(prefix = "/api", endpoint = "plan-add-step")]
pub async fn add_step(
    jobseeker: i64,
    what: Option<String>,
    who: Option<String>,
    due_on: Option<String>,
    goal: Option<String>,
) -> Result<(), AppError> {
    let values = super::input::StepValues {
        what: what.unwrap_or_default(),
        who: who.unwrap_or_default(),
        due_on: due_on.unwrap_or_default(),
        status: String::new(),
        goal: goal.unwrap_or_default(),
    };
    let result = super::server::add_step(jobseeker, &values).await;
    let plan = coach_plan_path(jobseeker);
    crate::forms::answer_form_post_to(FORM_ADD_STEP, values.typed(), &result, &plan, &plan);
    result
}

/// A coach changes a step: what, who, by when, how far, and its goal.
#[server(prefix = "/api", endpoint = "plan-save-step")]
pub async fn save_step(
    jobseeker: i64,
    step: i64,
    what: Option<String>,
    who: Option<String>,
    due_on: Option<String>,
    status: Option<String>,
    goal: Option<String>,
) -> Result<(), AppError> {
    let values = super::input::StepValues {
        what: what.unwrap_or_default(),
        who: who.unwrap_or_default(),
        due_on: due_on.unwrap_or_default(),
        status: status.unwrap_or_default(),
        goal: goal.unwrap_or_default(),
    };
    let result = super::server::save_step(jobseeker, step, &values).await;
    // Back on the plan at the step itself, which shows what was saved.
    let at_step = format!(
        "{}#{}",
        coach_plan_path(jobseeker),
        super::views::step_anchor(step)
    );
    crate::forms::answer_form_post_to(
        FORM_STEP,
        values.typed(),
        &result,
        &step_path(jobseeker, step),
        &at_step,
    );
    result
}

/// A jobseeker marks a step of their plan done (`done=yes`) or not done.
#[server(prefix = "/api", endpoint = "plan-mark-step")]
pub async fn mark_step(step: i64, done: Option<String>) -> Result<(), AppError> {
    let result = super::server::mark_step(step, done.as_deref() == Some("yes")).await;
    // Back to the step itself, so keyboard and screen-reader users stay put.
    let at_step = format!("{}#{}", super::MY_PLAN, super::views::step_anchor(step));
    crate::forms::answer_form_post_to(FORM_MARK, Vec::new(), &result, super::MY_PLAN, &at_step);
    result
}
