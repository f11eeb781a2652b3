//! `/skills/results/{id}`: a submitted assessment's levels per area and
//! competence, in words, as a chart with the same numbers in a table, and
//! the coaching modules that help most with the weakest areas.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{chart::skills_scale, history_path, views::level_key};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args, use_locale},
    modules::types::ModuleCard,
    read_aloud::ListenToPage,
    ui::{
        BackLink, DataTable,
        chart::{Bar, BarChart},
    },
};

/// A competence or area with its score.
#[derive(Clone, Debug)]
struct Scored {
    label: String,
    score: Option<f32>,
}

#[derive(Clone, Debug)]
struct AreaResult {
    area: Scored,
    competences: Vec<Scored>,
}

#[derive(Clone, Debug)]
struct ResultsView {
    framework_id: String,
    title: String,
    submitted_at: String,
    submitted_on: String,
    areas: Vec<AreaResult>,
    suggested: Vec<ModuleCard>,
}

/// `/skills/results/{assessment}`.
#[component]
pub fn ResultsPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <ResultsContent/>
        </Protected>
    }
}

#[component]
fn ResultsContent() -> impl IntoView {
    let assessment = super::param("assessment");
    super::loaded_page(
        move || load(assessment.clone()),
        |results| view! { <ResultsView results/> },
    )
}

async fn load(assessment: String) -> Result<ResultsView, AppError> {
    #[cfg(feature = "ssr")]
    {
        use time::format_description::well_known::Rfc3339;
        let id: i64 = assessment.parse().map_err(|_| AppError::NotFound)?;
        let results = super::server::results(id).await?;
        let framework = &results.framework;
        let areas = framework
            .areas
            .iter()
            .zip(&results.scores)
            .map(|(area, scores)| AreaResult {
                area: Scored {
                    label: format!("{} {}", area.number, area.name),
                    score: scores.score,
                },
                competences: area
                    .competences
                    .iter()
                    .zip(&scores.competences)
                    .map(|(competence, score)| Scored {
                        label: competence.name.clone(),
                        score: score.score,
                    })
                    .collect(),
            })
            .collect();
        let modules = crate::modules::server::list().await?;
        let suggested = results
            .suggested
            .iter()
            .filter_map(|id| modules.iter().find(|m| &m.module_id == id).cloned())
            .collect();
        let submitted = results.assessment.submitted_at.ok_or(AppError::NotFound)?;
        Ok(ResultsView {
            framework_id: framework.id.clone(),
            title: framework.title.clone(),
            submitted_at: submitted.format(&Rfc3339).unwrap_or_default(),
            submitted_on: super::server::submitted_on(submitted),
            areas,
            suggested,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = assessment;
        Err(AppError::Internal)
    }
}

/// A score as the chart and the table both write it; "–" when not assessed.
fn score_value(score: Option<f32>) -> String {
    score.map_or_else(|| "\u{2013}".to_owned(), |s| use_locale().one_decimal(s))
}

/// The chart's description: every area with its level and score.
fn chart_description(areas: &[AreaResult]) -> String {
    areas
        .iter()
        .map(|a| {
            let area = ("area", FluentValue::from(a.area.label.clone()));
            match a.area.score {
                Some(score) => t_args(
                    "skills-chart-bar",
                    &[
                        area,
                        ("level", FluentValue::from(t(level_key(Some(score))))),
                        ("score", FluentValue::from(score_value(Some(score)))),
                    ],
                ),
                None => t_args("skills-chart-bar-none", &[area]),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[component]
fn ResultsView(results: ResultsView) -> impl IntoView {
    let heading = t_args(
        "skills-results-title",
        &[("framework", FluentValue::from(results.title.clone()))],
    );
    let bars = results
        .areas
        .iter()
        .map(|a| Bar {
            label: a.area.label.clone(),
            score: a.area.score,
            value: score_value(a.area.score),
        })
        .collect();
    let desc = chart_description(&results.areas);
    let table_rows = results
        .areas
        .iter()
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">{a.area.label.clone()}</th>
                    <td>{t(level_key(a.area.score))}</td>
                    <td class="number">{score_value(a.area.score)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=heading.clone()/>
        <BackLink href="/skills" label=t("skills-all")/>
        <h1>{heading}</h1>
        <ListenToPage/>
        <p>
            {t("skills-results-sent")}" "
            <time datetime=results.submitted_at>{results.submitted_on}</time>
        </p>
        <p class="notice">{t("skills-coach-sees")}</p>
        <h2 id="skills-areas-heading">{t("skills-results-areas")}</h2>
        <figure class="chart-figure">
            <BarChart id="skills-results-chart".to_owned() title=t("skills-results-areas") desc scale=skills_scale() bars/>
            <figcaption class="hint">{t("skills-chart-scale")}</figcaption>
        </figure>
        <DataTable id="skills-results-table" caption=t("skills-results-table")>
                <thead>
                    <tr>
                        <th scope="col">{t("skills-column-area")}</th>
                        <th scope="col">{t("skills-column-level")}</th>
                        <th scope="col" class="number">{t("skills-column-score")}</th>
                    </tr>
                </thead>
                <tbody>{table_rows}</tbody>
        </DataTable>
        <Suggestions modules=results.suggested/>
        <h2>{t("skills-results-competences")}</h2>
        {results.areas.into_iter().map(|a| view! { <AreaDetails result=a/> }).collect_view()}
        <p><a href=history_path(&results.framework_id)>{t("skills-history-link")}</a></p>
        <p><a href="/skills">{t("skills-all")}</a></p>
    }
}

#[component]
fn Suggestions(modules: Vec<ModuleCard>) -> impl IntoView {
    view! {
        <h2>{t("skills-suggested-heading")}</h2>
        {if modules.is_empty() {
            view! { <p>{t("skills-suggested-none")}</p> }.into_any()
        } else {
            view! {
                <p>{t("skills-suggested-intro")}</p>
                <ul class="module-list">
                    {modules.into_iter().map(|m| {
                        let lang = m.fallback.map(crate::i18n::Locale::lang);
                        view! {
                            <li class="module-card" lang=lang>
                                <h3 class="module-card__title"><a href=format!("/modules/{}", m.module_id)>{m.title}</a></h3>
                                <p>{m.summary}</p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// An area's level and its competences' levels, in words.
#[component]
fn AreaDetails(result: AreaResult) -> impl IntoView {
    view! {
        <h3>{result.area.label}</h3>
        <dl class="summary-list">
            {result.competences.into_iter().map(|c| view! {
                <div>
                    <dt>{c.label}</dt>
                    <dd>{t(level_key(c.score))}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
