//! `/coach/jobseekers/{jobseeker}/plan`: the plan the coach and jobseeker
//! agreed, with forms to add steps and goals.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    input::FIELD_WHAT,
    server_fns::{AddGoal, AddStep, FORM_ADD_GOAL, FORM_ADD_STEP},
    step_fields::StepFields,
    views::{PlanList, PlanView, Reader},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, Choice, FormState, FormSummary, PostForm, TextAreaField, id_param},
};

/// A jobseeker's plan as their coach sees it.
#[derive(Clone, Debug)]
pub struct CoachPlan {
    pub jobseeker: i64,
    pub name: String,
    pub plan: PlanView,
    /// The open goals, for the new step's goal field.
    pub goals: Vec<Choice>,
}

/// The goals a step can lead to.
#[cfg(feature = "ssr")]
fn goal_choices(plan: &PlanView) -> Vec<Choice> {
    plan.goals
        .iter()
        .map(|g| Choice::new(g.goal_id.to_string(), g.what.clone()))
        .collect()
}

async fn load(jobseeker: i64) -> Result<CoachPlan, AppError> {
    #[cfg(feature = "ssr")]
    {
        let (name, plan) = super::server::for_coach(jobseeker).await?;
        let plan = super::views::plan_view(plan, Reader::Coach { jobseeker });
        Ok(CoachPlan {
            jobseeker,
            name,
            goals: goal_choices(&plan),
            plan,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = jobseeker;
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/plan`.
#[component]
pub fn CoachPlanPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load(jobseeker), |plan| view! { <CoachPlanView plan/> }, crate::caseload::CASELOAD, "caseload-back")}
        </Protected>
    }
}

#[component]
fn CoachPlanView(plan: CoachPlan) -> impl IntoView {
    let jobseeker = plan.jobseeker;
    let heading = t_args(
        "plan-coach-title",
        &[("name", FluentValue::from(plan.name.clone()))],
    );
    let back = t_args(
        "jobseeker-back",
        &[("name", FluentValue::from(plan.name.clone()))],
    );
    let add_step = FormState::take(FORM_ADD_STEP);
    let add_goal = FormState::take(FORM_ADD_GOAL);
    let body = if plan.plan.is_empty() {
        view! { <p>{t("plan-coach-empty")}</p> }.into_any()
    } else {
        view! { <PlanList plan=plan.plan reader=Reader::Coach { jobseeker }/> }.into_any()
    };
    view! {
        <Title text=heading.clone()/>
        <BackLink href=crate::caseload::jobseeker_path(jobseeker) label=back/>
        <h1>{heading}</h1>
        <p class="no-print">
            <a href=super::history_page::coach_history_path(jobseeker)>{t("plan-history-link")}</a>
        </p>
        <p class="hint no-print">{t("plan-print-hint")}</p>
        <h2>{t("plan-goals-and-steps")}</h2>
        {body}
        <section class="no-print" aria-labelledby="plan-add-step-heading">
            <h2 id="plan-add-step-heading">{t("plan-add-step")}</h2>
            {crate::ui::done_notice(&add_step, "plan-step-added")}
            <FormSummary state=add_step.clone()/>
            <PostForm action=AddStep::url()>
                <input type="hidden" name="jobseeker" value=jobseeker.to_string()/>
                <StepFields state=add_step goals=plan.goals/>
                <button type="submit" class="button">{t("plan-add-step-submit")}</button>
            </PostForm>
        </section>
        <section class="no-print" aria-labelledby="plan-add-goal-heading">
            <h2 id="plan-add-goal-heading">{t("plan-add-goal")}</h2>
            {crate::ui::done_notice(&add_goal, "plan-goal-added")}
            <FormSummary state=add_goal.clone()/>
            <PostForm action=AddGoal::url()>
                <input type="hidden" name="jobseeker" value=jobseeker.to_string()/>
                <TextAreaField state=add_goal name=FIELD_WHAT label=t("plan-goal-what")
                    hint=t("plan-goal-what-hint") rows=2/>
                <button type="submit" class="button">{t("plan-add-goal-submit")}</button>
            </PostForm>
        </section>
    }
}
