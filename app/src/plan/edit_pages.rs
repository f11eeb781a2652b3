//! Where a coach changes one step or goal of a jobseeker's plan:
//! `…/plan/steps/{step}` and `…/plan/goals/{goal}`.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    coach_plan_path,
    input::{FIELD_STATUS, FIELD_WHAT},
    server_fns::{FORM_GOAL, FORM_STEP, SaveGoal, SaveStep},
    step_fields::{StepFields, StepFormValues},
    types::GOAL_STATUSES,
};
use crate::{
    accounts::{Protected, Role},
    caseload::CASELOAD,
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, Choice, FormState, FormSummary, PostForm, RadioField, TextAreaField, id_param},
};

/// A step to change, with what the form needs.
#[derive(Clone, Debug)]
pub struct StepToChange {
    pub jobseeker: i64,
    pub step: i64,
    pub name: String,
    pub stored: StepFormValues,
    pub goals: Vec<Choice>,
}

/// A goal to change.
#[derive(Clone, Debug)]
pub struct GoalToChange {
    pub jobseeker: i64,
    pub goal: i64,
    pub name: String,
    pub what: String,
    pub status: String,
}

async fn load_step(jobseeker: i64, step: i64) -> Result<StepToChange, AppError> {
    #[cfg(feature = "ssr")]
    {
        let (name, stored, goals) = super::server::step_for_coach(jobseeker, step).await?;
        Ok(StepToChange {
            jobseeker,
            step,
            name,
            stored: StepFormValues {
                what: stored.what,
                who: stored.who,
                due_on: stored.due_on.map(|d| d.to_string()).unwrap_or_default(),
                status: stored.status,
                goal: stored.goal_id.map(|g| g.to_string()).unwrap_or_default(),
            },
            goals: goals
                .into_iter()
                .map(|g| Choice::new(g.goal_id.to_string(), g.what))
                .collect(),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (jobseeker, step);
        Err(AppError::Internal)
    }
}

async fn load_goal(jobseeker: i64, goal: i64) -> Result<GoalToChange, AppError> {
    #[cfg(feature = "ssr")]
    {
        let (name, stored) = super::server::goal_for_coach(jobseeker, goal).await?;
        Ok(GoalToChange {
            jobseeker,
            goal,
            name,
            what: stored.what,
            status: stored.status,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (jobseeker, goal);
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/plan/steps/{step}`.
#[component]
pub fn EditStepPage() -> impl IntoView {
    let (jobseeker, step) = (id_param("jobseeker"), id_param("step"));
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load_step(jobseeker, step), |step| view! { <EditStep step/> }, CASELOAD, "caseload-back")}
        </Protected>
    }
}

/// `/coach/jobseekers/{jobseeker}/plan/goals/{goal}`.
#[component]
pub fn EditGoalPage() -> impl IntoView {
    let (jobseeker, goal) = (id_param("jobseeker"), id_param("goal"));
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load_goal(jobseeker, goal), |goal| view! { <EditGoal goal/> }, CASELOAD, "caseload-back")}
        </Protected>
    }
}

/// The heading and the way back to the plan of a page about `name`'s plan.
fn plan_page_head(key: &str, jobseeker: i64, name: &str) -> impl IntoView + use<> {
    let heading = t_args(key, &[("name", FluentValue::from(name.to_owned()))]);
    view! {
        <Title text=heading.clone()/>
        <BackLink href=coach_plan_path(jobseeker) label=t("plan-back")/>
        <h1>{heading}</h1>
    }
}

#[component]
fn EditStep(step: StepToChange) -> impl IntoView {
    let state = FormState::take(FORM_STEP);
    view! {
        {plan_page_head("plan-change-step-title", step.jobseeker, &step.name)}
        <FormSummary state=state.clone()/>
        <PostForm action=SaveStep::url()>
            <input type="hidden" name="jobseeker" value=step.jobseeker.to_string()/>
            <input type="hidden" name="step" value=step.step.to_string()/>
            <StepFields state goals=step.goals stored=step.stored/>
            <button type="submit" class="button">{t("plan-save")}</button>
        </PostForm>
    }
}

#[component]
fn EditGoal(goal: GoalToChange) -> impl IntoView {
    let state = FormState::take(FORM_GOAL);
    let retyped = !state.outcome.values.is_empty();
    let (what, status) = if retyped {
        (state.value(FIELD_WHAT), state.value(FIELD_STATUS))
    } else {
        (goal.what.clone(), goal.status.clone())
    };
    view! {
        {plan_page_head("plan-change-goal-title", goal.jobseeker, &goal.name)}
        <FormSummary state=state.clone()/>
        <PostForm action=SaveGoal::url()>
            <input type="hidden" name="jobseeker" value=goal.jobseeker.to_string()/>
            <input type="hidden" name="goal" value=goal.goal.to_string()/>
            <TextAreaField state=state.clone() name=FIELD_WHAT label=t("plan-goal-what") rows=2 value=what/>
            <RadioField state name=FIELD_STATUS legend=t("plan-goal-status")
                options=Choice::named("plan-goal-status", GOAL_STATUSES) checked=status/>
            <button type="submit" class="button">{t("plan-save")}</button>
        </PostForm>
    }
}
