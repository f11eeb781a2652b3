//! The completion page: what the person did in the module, and what to do next.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    player_data::step_path,
    types::{Answer, ModuleCard, ModuleWithAnswers, Step, StepContent},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, Locale, t, t_args},
};

/// `/modules/{module}/done`.
#[component]
pub fn ModuleDonePage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <DoneContent/>
        </Protected>
    }
}

#[component]
fn DoneContent() -> impl IntoView {
    let module = super::module_param();
    super::loaded_page(
        move || load(module.clone()),
        |(module, next)| view! { <Summary module next/> },
    )
}

/// The module with the person's answers, and the module to suggest next:
/// the first unfinished one in list order (assigned ones come first).
async fn load(module_id: String) -> Result<(ModuleWithAnswers, Option<ModuleCard>), AppError> {
    #[cfg(feature = "ssr")]
    {
        let module = super::server::module(&module_id).await?;
        let next = super::server::list().await?.into_iter().find(|card| {
            card.module_id != module_id && card.status != super::types::Status::Completed
        });
        Ok((module, next))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = module_id;
        Err(AppError::Internal)
    }
}

#[component]
fn Summary(module: ModuleWithAnswers, next: Option<ModuleCard>) -> impl IntoView {
    let lang = module.fallback.map(Locale::lang);
    let title = module.text.title.clone();
    let unfinished = module
        .first_unfinished()
        .map(|step| step_path(&module.module_id, step));
    let heading = match unfinished {
        None => t_args(
            "module-done-heading",
            &[("module", FluentValue::from(title.clone()))],
        ),
        Some(_) => t_args(
            "module-not-done-heading",
            &[("module", FluentValue::from(title.clone()))],
        ),
    };
    let answered: Vec<(Step, Answer)> = module
        .text
        .steps
        .iter()
        .filter(|s| !matches!(s.content, StepContent::Text | StepContent::Video { .. }))
        .filter_map(|s| module.answers.get(&s.id).map(|a| (s.clone(), a.clone())))
        .collect();
    view! {
        <Title text=heading.clone()/>
        <h1>{heading}</h1>
        {unfinished.map(|path| view! {
            <p>{t_args("module-done-progress", &[
                ("done", FluentValue::from(module.done())),
                ("count", FluentValue::from(module.text.steps.len())),
            ])}</p>
            <p><a class="button" href=path>{t("module-continue")}</a></p>
        })}
        {(!answered.is_empty()).then(|| view! {
            <section aria-labelledby="done-answers-heading">
                <h2 id="done-answers-heading">{t("module-done-answers")}</h2>
                <dl class="summary-list" lang=lang>
                    {answered.into_iter().map(|(step, answer)| view! { <AnswerRow step answer/> }).collect_view()}
                </dl>
            </section>
        })}
        <section aria-labelledby="done-next-heading">
            <h2 id="done-next-heading">{t("module-done-next")}</h2>
            {match next {
                Some(card) => view! {
                    <p>
                        <a href=format!("/modules/{}", card.module_id) lang=card.fallback.map(Locale::lang)>{card.title}</a>
                    </p>
                    <p lang=card.fallback.map(Locale::lang)>{card.summary}</p>
                }.into_any(),
                None => view! { <p>{t("module-done-all")}</p> }.into_any(),
            }}
            <p><a href="/modules">{t("module-all-modules")}</a></p>
        </section>
    }
}

/// One answered step: the question and what the person said.
#[component]
fn AnswerRow(step: Step, answer: Answer) -> impl IntoView {
    let said = match &step.content {
        StepContent::Question { options, .. } if options.is_empty() => answer.text.clone(),
        StepContent::Question { options, .. } => {
            texts_of(options.iter().map(|o| (&o.id, &o.text)), &answer)
        }
        StepContent::Checklist { items } => {
            texts_of(items.iter().map(|i| (&i.id, &i.text)), &answer)
        }
        _ => answer.text.clone(),
    };
    let said = if said.is_empty() {
        t("module-done-nothing")
    } else {
        said
    };
    let shared = matches!(step.content, StepContent::Reflection { .. }).then(|| {
        if answer.shared {
            t("module-done-shared")
        } else {
            t("module-done-private")
        }
    });
    view! {
        <div>
            <dt>{step.title}</dt>
            <dd>
                <p class="answer-text">{said}</p>
                {shared.map(|s| view! { <p class="hint">{s}</p> })}
            </dd>
        </div>
    }
}

fn texts_of<'a>(pairs: impl Iterator<Item = (&'a String, &'a String)>, answer: &Answer) -> String {
    let chosen: Vec<&str> = pairs
        .filter(|(id, _)| answer.choices.contains(id))
        .map(|(_, text)| text.as_str())
        .collect();
    chosen.join("; ")
}
