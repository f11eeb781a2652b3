//! `/skills`: the assessments and where the person stands with each;
//! `/skills/{framework}`: starting one in its short or full form.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use crate::{
    accounts::{Protected, Role},
    error::AppError,
    forms::take_flash,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, Choice, FormState, FormSummary, PostForm, RadioField},
};

pub(super) const FORM: &str = "skills-start";

/// Starts an assessment (or switches a draft to the other length) and goes
/// to its first unanswered question.
#[server(prefix = "/api", endpoint = "skills-start")]
pub async fn start_assessment(framework: String, mode: Option<String>) -> Result<(), AppError> {
    let mode = mode.unwrap_or_default();
    let result = super::server::start(&framework, &mode).await;
    let next = match &result {
        Ok(Some(statement)) => super::question_path(&framework, statement),
        _ => super::check_path(&framework),
    };
    let values = vec![("mode".to_owned(), mode)];
    let here = super::start_path(&framework);
    crate::forms::answer_form_post_to(FORM, values, &result, &here, &next);
    result.map(|_| ())
}

/// A framework as the overview shows it.
#[derive(Clone, Debug)]
struct Card {
    id: String,
    title: String,
    description: String,
    source: String,
    short_count: usize,
    full_count: usize,
    draft: Option<Draft>,
    /// The latest results: when, and their address.
    latest: Option<(String, String)>,
}

/// An unfinished assessment: its length, progress and where it goes on.
#[derive(Clone, Debug)]
struct Draft {
    mode: &'static str,
    done: usize,
    count: usize,
    continue_at: String,
}

async fn load_cards() -> Result<Vec<Card>, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::types::Mode;
        let all = super::server::overview().await?;
        Ok(all
            .into_iter()
            .map(|o| {
                let f = &o.framework;
                Card {
                    id: f.id.clone(),
                    title: f.title.clone(),
                    description: f.description.clone(),
                    source: f.source.clone(),
                    short_count: f.questions(Mode::Short).len(),
                    full_count: f.questions(Mode::Full).len(),
                    draft: o.draft.map(|d| Draft {
                        mode: d.mode.as_str(),
                        done: d.done,
                        count: d.count,
                        continue_at: d.next.map_or_else(
                            || super::check_path(&f.id),
                            |next| super::question_path(&f.id, &next),
                        ),
                    }),
                    latest: o.latest.map(|h| {
                        (
                            super::server::submitted_on(h.submitted_at),
                            super::results_path(h.assessment_id),
                        )
                    }),
                }
            })
            .collect())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/skills`.
#[component]
pub fn SkillsPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("skills-title")/>
            <h1>{t("skills-title")}</h1>
            <p>{t("skills-intro")}</p>
            <p class="notice">{t("skills-coach-sees")}</p>
            <p><a class="button button--secondary" href=crate::cv::CV>{t("cv-make-link")}</a></p>
            {super::loaded_page(load_cards, |cards: Vec<Card>| view! {
                <ul class="module-list">
                    {cards.into_iter().map(|card| view! { <FrameworkCard card/> }).collect_view()}
                </ul>
            })}
            <crate::profile::ShownSkillsSection/>
            <crate::profile::ExperienceSection/>
            <crate::profile::LanguageSection/>
            <crate::profile::CertificateSection/>
            <crate::profile::SharingSection/>
        </Protected>
    }
}

fn draft_progress(draft: &Draft) -> String {
    t_args(
        "skills-draft-progress",
        &[
            ("done", FluentValue::from(draft.done)),
            ("count", FluentValue::from(draft.count)),
        ],
    )
}

/// Where the person stands: a draft's progress, or the latest results' date.
fn standing(card: &Card) -> Option<String> {
    match (&card.draft, &card.latest) {
        (Some(draft), _) => Some(draft_progress(draft)),
        (None, Some((date, _))) => Some(t_args(
            "skills-latest-results",
            &[("date", FluentValue::from(date.clone()))],
        )),
        (None, None) => None,
    }
}

#[component]
fn FrameworkCard(card: Card) -> impl IntoView {
    view! {
        <li class="module-card">
            <h2 class="module-card__title"><a href=super::start_path(&card.id)>{card.title.clone()}</a></h2>
            <p>{card.description.clone()}</p>
            {standing(&card).map(|text| view! { <p class="module-card__status">{text}</p> })}
        </li>
    }
}

/// `/skills/{framework}`: what the assessment is, and starting it.
#[component]
pub fn StartPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <StartContent/>
        </Protected>
    }
}

#[component]
fn StartContent() -> impl IntoView {
    let framework = super::param("framework");
    super::loaded_page(
        move || {
            let framework = framework.clone();
            async move {
                load_cards()
                    .await?
                    .into_iter()
                    .find(|card| card.id == framework)
                    .ok_or(AppError::NotFound)
            }
        },
        |card: Card| view! { <StartView card/> },
    )
}

#[component]
fn StartView(card: Card) -> impl IntoView {
    let state = FormState::take(FORM);
    let saved_for_later = take_flash(super::question_page::FORM)
        .is_some_and(|flash| flash.done && flash.value("action") == super::question_page::LATER);
    let count = |n: usize| FluentValue::from(n);
    let options = vec![
        Choice::new(
            "short",
            t_args("skills-mode-short", &[("count", count(card.short_count))]),
        ),
        Choice::new(
            "full",
            t_args("skills-mode-full", &[("count", count(card.full_count))]),
        ),
    ];
    let (legend, button, button_class) = match card.draft {
        Some(_) => (
            "skills-mode-legend-change",
            "skills-switch",
            "button button--secondary",
        ),
        None => ("skills-mode-legend", "skills-start", "button"),
    };
    let checked = card.draft.as_ref().map_or("short", |d| d.mode).to_owned();
    view! {
        <Title text=card.title.clone()/>
        <BackLink href="/skills" label=t("skills-all")/>
        <FormSummary state=state.clone()/>
        <h1>{card.title.clone()}</h1>
        {saved_for_later.then(|| view! { <p class="notice">{t("skills-saved-for-later")}</p> })}
        <p>{card.description.clone()}</p>
        <p class="hint">{card.source.clone()}</p>
        {card.latest.clone().map(|(date, href)| view! {
            <ul>
                <li><a href=href>{t_args("skills-latest-results", &[("date", FluentValue::from(date))])}</a></li>
                <li><a href=super::history_path(&card.id)>{t("skills-history-link")}</a></li>
            </ul>
        })}
        {card.draft.clone().map(|draft| view! {
            <p>{draft_progress(&draft)}</p>
            <p><a class="button" href=draft.continue_at>{t("skills-continue")}</a></p>
        })}
        <PostForm action=StartAssessment::url()>
            <input type="hidden" name="framework" value=card.id.clone()/>
            <RadioField state name="mode" legend=t(legend) options checked/>
            <button type="submit" class=button_class>{t(button)}</button>
        </PostForm>
    }
}
