//! `/skills/{framework}/history`: how each area changed since the first and
//! the previous assessment, as a table, small line charts per area, and
//! every assessment's scores in a table with the charts' numbers.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    chart::{Point, TrendChart},
    results_path, start_path,
    views::{FrameworkHistory, PastAssessment, change_text},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args, use_locale},
    ui::{BackLink, DataTable, Heading},
};

/// `/skills/{framework}/history`.
#[component]
pub fn HistoryPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <HistoryContent/>
        </Protected>
    }
}

#[component]
fn HistoryContent() -> impl IntoView {
    let framework = super::param("framework");
    super::loaded_page(
        move || load(framework.clone()),
        |history| view! { <HistoryView history/> },
    )
}

async fn load(framework_id: String) -> Result<FrameworkHistory, AppError> {
    #[cfg(feature = "ssr")]
    {
        super::server::history(&framework_id).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = framework_id;
        Err(AppError::Internal)
    }
}

fn score_value(score: Option<f32>) -> String {
    score.map_or_else(|| "\u{2013}".to_owned(), |s| use_locale().one_decimal(s))
}

fn dated(key: &str, assessment: &PastAssessment) -> String {
    t_args(
        key,
        &[("date", FluentValue::from(assessment.submitted_on.clone()))],
    )
}

#[component]
fn HistoryView(history: FrameworkHistory) -> impl IntoView {
    let heading = t_args(
        "skills-history-title",
        &[("framework", FluentValue::from(history.title.clone()))],
    );
    let start = start_path(&history.framework_id);
    let body = if history.assessments.is_empty() {
        view! {
            <p>{t("skills-history-none")}</p>
            <p><a class="button" href=start.clone()>{t("skills-start")}</a></p>
        }
        .into_any()
    } else {
        view! {
            <p class="notice">{t("skills-coach-sees")}</p>
            <SkillsProgress history level=2 links=true/>
        }
        .into_any()
    };
    view! {
        <Title text=heading.clone()/>
        <BackLink href=start label=t("skills-back")/>
        <h1>{heading}</h1>
        {body}
    }
}

/// How a person's skills changed: the change table, a small chart per area
/// and every assessment's numbers, under headings of `level`. `links`
/// makes each assessment a link to its results (the person's own pages).
#[component]
pub fn SkillsProgress(history: FrameworkHistory, level: u8, links: bool) -> impl IntoView {
    view! {
        <ChangeTable history=history.clone() level/>
        <Trends history=history.clone() level/>
        <EveryAssessment history level links/>
    }
}

/// Per area: the first, previous and latest scores and the changes since the
/// first and the previous. Columns that would repeat another are left out.
#[component]
fn ChangeTable(history: FrameworkHistory, level: u8) -> impl IntoView {
    let locale = use_locale();
    let all = &history.assessments;
    let count = all.len();
    let latest = count.checked_sub(1)?;
    let first = (count >= 2).then_some(0);
    let previous = (count >= 3).then(|| count - 2);
    let header =
        |key: &str, n: usize| view! { <th scope="col" class="number">{dated(key, &all[n])}</th> };
    let change_header = |key: &str| view! { <th scope="col" class="number">{t(key)}</th> };
    let rows = history
        .areas
        .iter()
        .enumerate()
        .map(|(area, name)| {
            let at = |n: usize| all[n].scores.get(area).copied().flatten();
            let cell = |n: usize| view! { <td class="number">{score_value(at(n))}</td> };
            let change = |n: usize| {
                let text =
                    change_text(at(n), at(latest), locale).unwrap_or_else(|| "\u{2013}".to_owned());
                view! { <td class="number">{text}</td> }
            };
            view! {
                <tr>
                    <th scope="row">{name.label()}</th>
                    {first.map(cell)}
                    {previous.map(cell)}
                    {cell(latest)}
                    {first.map(change)}
                    {previous.map(change)}
                </tr>
            }
        })
        .collect_view();
    let headers = view! {
        <tr>
            <th scope="col">{t("skills-column-area")}</th>
            {first.map(|n| header("skills-history-first", n))}
            {previous.map(|n| header("skills-history-previous", n))}
            {header("skills-history-latest", latest)}
            {first.map(|_| change_header("skills-history-since-first"))}
            {previous.map(|_| change_header("skills-history-since-previous"))}
        </tr>
    };
    Some(view! {
        <Heading level>{t("skills-history-changes")}</Heading>
        <DataTable id=format!("skills-history-changes-{}", history.framework_id) caption=t("skills-history-changes") caption_hidden=true>
            <thead>{headers}</thead>
            <tbody>{rows}</tbody>
        </DataTable>
    })
}

/// One small line chart per area, all on the same scale.
#[component]
fn Trends(history: FrameworkHistory, level: u8) -> impl IntoView {
    let all = &history.assessments;
    let (Some(first), Some(latest)) = (all.first(), all.last()) else {
        return None;
    };
    if all.len() < 2 {
        return None;
    }
    let period = t_args(
        "skills-history-period",
        &[
            ("first", FluentValue::from(first.submitted_on.clone())),
            ("latest", FluentValue::from(latest.submitted_on.clone())),
        ],
    );
    let charts = history
        .areas
        .iter()
        .enumerate()
        .map(|(area, name)| {
            let points: Vec<Point> = all
                .iter()
                .map(|a| {
                    let score = a.scores.get(area).copied().flatten();
                    Point { score, value: score_value(score) }
                })
                .collect();
            let desc = all
                .iter()
                .zip(&points)
                .map(|(a, p)| {
                    let date = ("date", FluentValue::from(a.submitted_on.clone()));
                    match p.score {
                        Some(_) => t_args(
                            "skills-chart-point",
                            &[date, ("score", FluentValue::from(p.value.clone()))],
                        ),
                        None => t_args("skills-chart-point-none", &[date]),
                    }
                })
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <li>
                    <figure class="chart-figure">
                        <figcaption>{name.label()}</figcaption>
                        <TrendChart id=format!("skills-trend-{}-{}", history.framework_id, name.id) title=name.label() desc points/>
                    </figure>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <Heading level>{t("skills-history-trends")}</Heading>
        <p class="hint">{period}" "{t("skills-chart-scale")}</p>
        <ul class="small-multiples">{charts}</ul>
    })
}

/// Every assessment's area scores: the charts' numbers as a table.
#[component]
fn EveryAssessment(history: FrameworkHistory, level: u8, links: bool) -> impl IntoView {
    let rows = history
        .assessments
        .iter()
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">
                        {
                            let time = view! {
                                <time datetime=a.submitted_at.clone()>
                                    {format!("{} {}", a.submitted_on, a.submitted_time)}
                                </time>
                            };
                            if links {
                                view! { <a href=results_path(a.assessment_id)>{time}</a> }.into_any()
                            } else {
                                time.into_any()
                            }
                        }
                    </th>
                    {a.scores.iter().map(|s| view! { <td class="number">{score_value(*s)}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <Heading level>{t("skills-history-every")}</Heading>
        <DataTable id=format!("skills-history-every-{}", history.framework_id) caption=t("skills-history-every-caption")>
                <thead>
                    <tr>
                        <th scope="col">{t("skills-column-date")}</th>
                        {history.areas.iter().map(|a| view! { <th scope="col" class="number">{a.label()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
        </DataTable>
    }
}
