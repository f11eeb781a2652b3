//! The fields of a step, shared by the form that adds one and the form
//! that changes one.

use leptos::prelude::*;

use super::{
    input::{FIELD_DUE, FIELD_GOAL, FIELD_STATUS, FIELD_WHAT, FIELD_WHO},
    types::{STEP_STATUSES, WHO},
};
use crate::{
    i18n::t,
    ui::{Choice, FormState, RadioField, SelectField, TextAreaField, TextField},
};

/// A step's fields as stored, to fill the form that changes it.
#[derive(Clone, Debug, Default)]
pub struct StepFormValues {
    pub what: String,
    pub who: String,
    /// `YYYY-MM-DD`, as a date field wants it.
    pub due_on: String,
    pub status: String,
    pub goal: String,
}

/// What, who, by when, (how far,) and which goal. `stored` fills the form
/// unless the last post failed, when what was typed comes back instead.
#[component]
pub fn StepFields(
    state: FormState,
    goals: Vec<Choice>,
    #[prop(optional)] stored: Option<StepFormValues>,
) -> impl IntoView {
    let with_status = stored.is_some();
    let retyped = !state.outcome.values.is_empty();
    let stored = stored.unwrap_or_default();
    let fill = |field: &str, stored: &str| {
        if retyped {
            state.value(field)
        } else {
            stored.to_owned()
        }
    };
    let status = with_status.then(|| {
        view! {
            <RadioField state=state.clone() name=FIELD_STATUS legend=t("plan-status")
                options=Choice::named("plan-step-status", STEP_STATUSES) checked=fill(FIELD_STATUS, &stored.status)/>
        }
    });
    let goal = (!goals.is_empty()).then(|| {
        view! {
            <SelectField state=state.clone() name=FIELD_GOAL label=t("plan-goal-field")
                options=goals any=t("plan-goal-none") selected=fill(FIELD_GOAL, &stored.goal)/>
        }
    });
    view! {
        <TextAreaField state=state.clone() name=FIELD_WHAT label=t("plan-step-what")
            hint=t("plan-step-what-hint") rows=2 value=fill(FIELD_WHAT, &stored.what)/>
        <RadioField state=state.clone() name=FIELD_WHO legend=t("plan-who")
            options=Choice::named("plan-coach-who", WHO) checked=fill(FIELD_WHO, &stored.who)/>
        <TextField state=state.clone() name=FIELD_DUE kind="date" label=t("plan-due")
            hint=t("plan-due-hint") value=fill(FIELD_DUE, &stored.due_on)/>
        {status}
        {goal}
    }
}
