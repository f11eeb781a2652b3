//! "Prepare for this event", on the page of an event where employers meet
//! people for their open jobs: how the jobseeker fits each job, what to
//! bring, and one module to do before the day.

use leptos::prelude::*;

use super::jobs_page::{JobCard, JobCardView};
use crate::{
    error::AppError,
    i18n::{FluentValue, t, t_args},
};

#[derive(Clone, Debug)]
struct PreparationView {
    jobs: Vec<JobCard>,
    /// Cards to bring, by name.
    bring: Vec<String>,
    /// (address, title) of the module to do first.
    module: Option<(String, String)>,
}

async fn load(event_id: i64) -> Result<Option<PreparationView>, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        let Some(preparation) = super::server::prepare_for_event(event_id, locale).await? else {
            return Ok(None);
        };
        let vocabulary = crate::context::vocabulary()?;
        let texts = vocabulary.texts(locale);
        Ok(Some(PreparationView {
            jobs: preparation
                .jobs
                .iter()
                .map(|ranked| {
                    let href = super::job_path(ranked.job.job_id);
                    super::views::card(ranked, texts, locale, href)
                })
                .collect(),
            bring: preparation
                .bring
                .iter()
                .map(|card| {
                    texts
                        .certificates
                        .get(card)
                        .map_or_else(|| card.clone(), |c| c.label.clone())
                })
                .collect(),
            module: preparation
                .module
                .map(|(id, title)| (format!("/modules/{id}"), title)),
        }))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = event_id;
        Err(AppError::Internal)
    }
}

/// The section, on an event linked to open jobs; nothing on other events.
#[component]
pub fn EventPreparation(event_id: i64) -> impl IntoView {
    crate::ui::loaded_section(
        move || load(event_id),
        |preparation: Option<PreparationView>| {
            preparation.map(|p| view! { <Preparation preparation=p/> })
        },
    )
}

#[component]
fn Preparation(preparation: PreparationView) -> impl IntoView {
    view! {
        <section aria-labelledby="prepare-title" class="prepare">
            <h2 id="prepare-title">{t("match-prepare-title")}</h2>
            <p>{t("match-prepare-intro")}</p>
            <ol class="job-cards">
                {preparation.jobs.into_iter().map(|card| view! { <JobCardView card ranked=true level=3/> }).collect_view()}
            </ol>
            <h3>{t("match-prepare-bring-title")}</h3>
            <ul>
                <li><a href=crate::cv::CV>{t("match-prepare-bring-cv")}</a></li>
                {preparation.bring.into_iter().map(|card| view! {
                    <li>{t_args("match-prepare-bring-card", &[("card", FluentValue::from(card))])}</li>
                }).collect_view()}
            </ul>
            {preparation.module.map(|(href, title)| view! {
                <h3>{t("match-prepare-module-title")}</h3>
                <p><a href=href>{t_args("match-prepare-module", &[("module", FluentValue::from(title))])}</a></p>
            })}
        </section>
    }
}
