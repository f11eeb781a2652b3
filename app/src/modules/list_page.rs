//! The module list: what there is to learn, how long it takes, and how far
//! the person has got. Modules their coach assigned come first.

use leptos::prelude::*;
use leptos_meta::Title;

use super::types::{ModuleCard, Status};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, Locale, t, t_args},
};

/// `/modules`.
#[component]
pub fn ModulesPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("modules-title")/>
            <h1>{t("modules-title")}</h1>
            <p>{t("modules-intro")}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match load_cards().await {
                        Ok(cards) => view! {
                            <ul class="module-list">
                                {cards.into_iter().map(|card| view! { <ModuleCardView card/> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                        Err(error) => crate::ui::problem_view(error, "/modules", "module-all-modules").into_any(),
                    }
                })}
            </Suspense>
        </Protected>
    }
}

async fn load_cards() -> Result<Vec<ModuleCard>, AppError> {
    #[cfg(feature = "ssr")]
    {
        super::server::list().await
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// "In progress: 3 of 8 steps", and the progress bar's value.
fn status_text(status: Status, steps: u32) -> (String, u32) {
    match status {
        Status::NotStarted => (t("modules-status-not-started"), 0),
        Status::InProgress { done, steps } => (
            t_args(
                "modules-status-in-progress",
                &[
                    ("done", FluentValue::from(done)),
                    ("count", FluentValue::from(steps)),
                ],
            ),
            done,
        ),
        Status::Completed => (t("modules-status-completed"), steps),
    }
}

#[component]
fn ModuleCardView(card: ModuleCard) -> impl IntoView {
    let (status, done) = status_text(card.status, card.steps);
    let status_id = format!("module-{}-status", card.module_id);
    let length = t_args(
        "modules-length",
        &[
            ("steps", FluentValue::from(card.steps)),
            ("minutes", FluentValue::from(card.minutes)),
        ],
    );
    let assigned = card.assigned.then(|| match &card.due_on {
        Some(date) => t_args(
            "modules-assigned-due",
            &[("date", FluentValue::from(date.clone()))],
        ),
        None => t("modules-assigned"),
    });
    let lang = card.fallback.map(Locale::lang);
    view! {
        <li class="module-card" class:module-card--assigned=card.assigned>
            <h2 class="module-card__title">
                <a href=format!("/modules/{}", card.module_id) lang=lang>{card.title}</a>
            </h2>
            {assigned.map(|text| view! { <p class="module-card__assigned">{text}</p> })}
            <p lang=lang>{card.summary}</p>
            {card.fallback.map(|shown| view! { <p class="hint">{t(super::shown_only_in(shown))}</p> })}
            <p class="module-card__length">{length}</p>
            <p class="module-card__status" id=status_id.clone()>{status}</p>
            <progress max=card.steps value=done aria-labelledby=status_id></progress>
        </li>
    }
}
