//! `/plan`: the jobseeker's own employment plan, as agreed with their coach.
//! They mark their steps done here; their coach sees it at once.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    server_fns::FORM_MARK,
    views::{PlanList, PlanView, Reader},
};
use crate::{
    accounts::{Protected, Role},
    caseload::views::NoteLine,
    error::AppError,
    i18n::t,
    ui::{FormState, FormSummary},
};

/// The plan and the notes the coach shared.
#[derive(Clone, Debug)]
pub struct MyPlanView {
    pub plan: PlanView,
    pub notes: Vec<NoteLine>,
}

async fn load() -> Result<MyPlanView, AppError> {
    #[cfg(feature = "ssr")]
    {
        use crate::i18n::{helsinki_date, use_locale};
        let (plan, notes) = super::server::mine().await?;
        let locale = use_locale();
        Ok(MyPlanView {
            plan: super::views::plan_view(plan, Reader::Jobseeker),
            notes: notes
                .into_iter()
                .map(|n| NoteLine {
                    meta: helsinki_date(n.created_at, locale),
                    body: n.body,
                    shared: true,
                    ..NoteLine::default()
                })
                .collect(),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/plan`.
#[component]
pub fn MyPlanPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("plan-my-title")/>
            <h1>{t("plan-my-title")}</h1>
            {crate::ui::loaded_page(load, |view| view! { <MyPlan view/> }, "/", "nav-home")}
        </Protected>
    }
}

#[component]
fn MyPlan(view: MyPlanView) -> impl IntoView {
    let state = FormState::take(FORM_MARK);
    let notes = (!view.notes.is_empty()).then(|| {
        view! {
            <section aria-labelledby="plan-notes-heading">
                <h2 id="plan-notes-heading">{t("plan-my-notes")}</h2>
                <ul class="plain-list notes">
                    {view.notes.into_iter().map(|n| view! {
                        <li class="note">
                            <p class="note__meta">{n.meta}</p>
                            <p class="note__body">{n.body}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    let plan = if view.plan.is_empty() {
        view! { <p>{t("plan-my-empty")}</p> }.into_any()
    } else {
        view! {
            <p>{t("plan-my-intro")}</p>
            <p class="hint no-print">{t("plan-print-hint")}</p>
            <FormSummary state/>
            <h2>{t("plan-goals-and-steps")}</h2>
            <PlanList plan=view.plan reader=Reader::Jobseeker/>
            <p class="no-print"><a href=format!("{}/history", super::MY_PLAN)>{t("plan-history-link")}</a></p>
        }
        .into_any()
    };
    view! { {plan} {notes} }
}
