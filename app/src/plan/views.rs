//! A plan as pages show it, in the reader's language: goals with their
//! steps, then the steps on their own. Filled in on the server.

use leptos::prelude::*;

use crate::i18n::t;

/// A step as shown.
#[derive(Clone, Debug)]
pub struct StepView {
    pub step_id: i64,
    pub what: String,
    /// "You", "Your coach" or "Together" for the jobseeker; the coach
    /// reads "Jobseeker" instead of "You".
    pub who: String,
    pub due: Option<String>,
    /// Past its date and still open.
    pub overdue: bool,
    pub status: String,
    pub status_label: String,
}

/// A goal and the steps towards it.
#[derive(Clone, Debug)]
pub struct GoalView {
    pub goal_id: i64,
    pub what: String,
    pub status_label: String,
    pub steps: Vec<StepView>,
}

/// A whole plan.
#[derive(Clone, Debug, Default)]
pub struct PlanView {
    pub goals: Vec<GoalView>,
    /// Steps that lead to no goal in particular.
    pub loose: Vec<StepView>,
}

impl PlanView {
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty() && self.loose.is_empty()
    }
}

/// The element id of a step on a plan page.
pub fn step_anchor(step_id: i64) -> String {
    format!("step-{step_id}")
}

/// Who reads the plan, which decides what each step offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The jobseeker, who marks steps done.
    Jobseeker,
    /// Their coach, who changes steps and goals.
    Coach { jobseeker: i64 },
}

#[cfg(feature = "ssr")]
pub fn plan_view(plan: super::server::Plan, reader: Reader) -> PlanView {
    use super::types::is_open_step;
    use crate::i18n::{calendar_date, helsinki_local, use_locale};
    let locale = use_locale();
    let today = helsinki_local(time::OffsetDateTime::now_utc()).date();
    let who_prefix = match reader {
        Reader::Jobseeker => "plan-who",
        Reader::Coach { .. } => "plan-coach-who",
    };
    let step_view = |s: &super::db::Step| StepView {
        step_id: s.step_id,
        what: s.what.clone(),
        who: t(&format!("{who_prefix}-{}", s.who)),
        due: s.due_on.map(|d| calendar_date(d, locale)),
        overdue: is_open_step(&s.status) && s.due_on.is_some_and(|d| d < today),
        status: s.status.clone(),
        status_label: t(&format!("plan-step-status-{}", s.status)),
    };
    let goals = plan
        .goals
        .iter()
        .map(|g| GoalView {
            goal_id: g.goal_id,
            what: g.what.clone(),
            status_label: t(&format!("plan-goal-status-{}", g.status)),
            steps: plan
                .steps
                .iter()
                .filter(|s| s.goal_id == Some(g.goal_id))
                .map(step_view)
                .collect(),
        })
        .collect();
    let loose = plan
        .steps
        .iter()
        .filter(|s| s.goal_id.is_none())
        .map(step_view)
        .collect();
    PlanView { goals, loose }
}

/// The plan as a list of goals, each with its steps as cards (they reflow
/// on a phone where a table would not).
#[component]
pub fn PlanList(plan: PlanView, reader: Reader) -> impl IntoView {
    let goals = plan
        .goals
        .into_iter()
        .map(|goal| {
            let change = match reader {
                Reader::Coach { jobseeker } => Some(view! {
                    <a href=super::server_fns::goal_path(jobseeker, goal.goal_id)>
                        {t("plan-change-goal")}
                        <span class="visually-hidden">": "{goal.what.clone()}</span>
                    </a>
                }),
                Reader::Jobseeker => None,
            };
            view! {
                <li class="plan-goal">
                    <h3>{goal.what}</h3>
                    <p>{t("plan-goal-status")}": "{goal.status_label}" "{change}</p>
                    <StepList steps=goal.steps reader/>
                </li>
            }
        })
        .collect_view();
    let loose = (!plan.loose.is_empty()).then(|| {
        view! {
            <h3>{t("plan-loose-steps")}</h3>
            <StepList steps=plan.loose reader/>
        }
    });
    view! {
        <ul class="plain-list plan-goals">{goals}</ul>
        {loose}
    }
}

#[component]
fn StepList(steps: Vec<StepView>, reader: Reader) -> impl IntoView {
    if steps.is_empty() {
        return view! { <p>{t("plan-no-steps")}</p> }.into_any();
    }
    let cards = steps
        .into_iter()
        .map(|step| {
            let anchor = step_anchor(step.step_id);
            let (heading, labelled_by) = (format!("{anchor}-what"), format!("{anchor}-what"));
            let action = step_action(&step, reader);
            view! {
                <li class="plan-step" class:plan-step--done=step.status == "done"
                    id=anchor tabindex="-1" aria-labelledby=labelled_by>
                    <p class="plan-step__what" id=heading>{step.what}</p>
                    <dl class="facts">
                        <dt>{t("plan-who")}</dt><dd>{step.who}</dd>
                        <dt>{t("plan-due")}</dt>
                        <dd>
                            {step.due.unwrap_or_else(|| t("plan-no-due"))}
                            {step.overdue.then(|| view! { " " <strong>{t("plan-overdue")}</strong> })}
                        </dd>
                        <dt>{t("plan-status")}</dt><dd>{step.status_label}</dd>
                    </dl>
                    {action}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain-list plan-steps">{cards}</ul> }.into_any()
}

/// What the reader can do with a step: the coach changes it; the jobseeker
/// marks an open step done or a done one back to do.
fn step_action(step: &StepView, reader: Reader) -> AnyView {
    use leptos::server_fn::ServerFn;
    match reader {
        Reader::Coach { jobseeker } => view! {
            <p>
                <a href=super::server_fns::step_path(jobseeker, step.step_id)>
                    {t("plan-change-step")}
                    <span class="visually-hidden">": "{step.what.clone()}</span>
                </a>
            </p>
        }
        .into_any(),
        Reader::Jobseeker if step.status == "dropped" => ().into_any(),
        Reader::Jobseeker => {
            let done = step.status == "done";
            let (value, label) = if done {
                ("no", "plan-mark-not-done")
            } else {
                ("yes", "plan-mark-done")
            };
            let step_id = step.step_id.to_string();
            let what = step.what.clone();
            view! {
                <crate::ui::PostForm action=super::server_fns::MarkStep::url()>
                    <input type="hidden" name="step" value=step_id.clone()/>
                    <input type="hidden" name="done" value=value/>
                    <button type="submit" class=if done { "button button--secondary" } else { "button" }>
                        {t(label)}<span class="visually-hidden">": "{what.clone()}</span>
                    </button>
                </crate::ui::PostForm>
            }
            .into_any()
        }
    }
}
