//! `/coach/report`: the impact report with a GET form for the period and
//! whose jobseekers, tables by gender and by age group, a chart of the share
//! employed against the target, and the same figures as CSV.

use leptos::{
    prelude::*,
    server_fn::codec::{GetUrl, StreamingText, TextStream},
};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    EMPLOYED_TARGET_PERCENT, REPORT,
    views::{ReportView, TableView},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    forms::FormOutcome,
    i18n::{FluentValue, t, t_args},
    ui::{
        Choice, DataTable, FormState, FormSummary, RadioField, SelectField,
        chart::{Bar, BarChart, Scale},
    },
};

const FORM: &str = "report";

/// The report's choices as given in the address.
fn asked() -> (String, String) {
    use_query_map().with_untracked(|q| {
        let get = |name: &str| q.get(name).unwrap_or_default().trim().to_owned();
        (get("period"), get("scope"))
    })
}

/// The address of the CSV with the same choices (both plain ASCII words).
#[cfg(feature = "ssr")]
fn csv_href(period: &str, scope: &str) -> String {
    format!(
        "{}?period={period}&scope={scope}",
        <ImpactReportCsv as leptos::server_fn::ServerFn>::url(),
    )
}

/// The periods to choose from, labelled with their days.
#[cfg(feature = "ssr")]
fn period_choices(locale: crate::i18n::Locale) -> Vec<Choice> {
    use crate::i18n::{calendar_date, helsinki_local};
    let today = helsinki_local(time::OffsetDateTime::now_utc()).date();
    super::period::choices(today)
        .into_iter()
        .filter_map(|quarters| {
            let (from, until) = quarters.days()?;
            let message = if quarters.is_quarter() {
                "report-period-quarter"
            } else if quarters.last == 4 {
                "report-period-year"
            } else {
                "report-period-year-so-far"
            };
            let label = t_args(
                message,
                &[
                    ("year", FluentValue::from(quarters.year.to_string())),
                    ("quarter", FluentValue::from(quarters.first)),
                    ("from", FluentValue::from(calendar_date(from, locale))),
                    ("until", FluentValue::from(calendar_date(until, locale))),
                ],
            );
            Some(Choice {
                value: quarters.key(),
                label,
                lang: None,
            })
        })
        .collect()
}

async fn load(period: String, scope: String) -> Result<ReportView, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::SCOPES;
        use crate::i18n::{calendar_date, use_locale};
        let locale = use_locale();
        let coach = crate::accounts::require_role(&[Role::Coach, Role::Admin])?.role == Role::Coach;
        let scopes = |in_team: bool| -> Vec<&'static str> {
            SCOPES
                .iter()
                .copied()
                .filter(|s| coach && (in_team || *s != "team"))
                .collect()
        };
        let asked = super::server::Asked { period, scope };
        let typed = vec![
            ("period".to_owned(), asked.period.clone()),
            ("scope".to_owned(), asked.scope.clone()),
        ];
        match super::server::report(&asked).await {
            Ok(report) => {
                let (from, until) = (report.period.from, report.period.until);
                let summary = t_args(
                    &format!("report-summary-{}", report.scope),
                    &[
                        ("from", FluentValue::from(calendar_date(from, locale))),
                        ("until", FluentValue::from(calendar_date(until, locale))),
                    ],
                );
                let period = report.quarters.key();
                Ok(ReportView {
                    typed: vec![
                        ("period".to_owned(), period.clone()),
                        ("scope".to_owned(), report.scope.to_owned()),
                    ],
                    errors: Vec::new(),
                    summary,
                    tables: super::views::tables(&report, locale),
                    csv_href: csv_href(&period, report.scope),
                    scopes: scopes(report.in_team),
                    periods: period_choices(locale),
                })
            }
            Err(AppError::Validation { errors }) => Ok(ReportView {
                typed,
                errors,
                summary: String::new(),
                tables: Vec::new(),
                csv_href: String::new(),
                scopes: scopes(false),
                periods: period_choices(locale),
            }),
            Err(other) => Err(other),
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (period, scope);
        Err(AppError::Internal)
    }
}

/// The report as CSV, with the same rows (and the same hidden groups) as
/// the page, in the reader's language.
#[server(prefix = "/api", endpoint = "impact-report-csv", input = GetUrl, output = StreamingText)]
pub async fn impact_report_csv(
    period: Option<String>,
    scope: Option<String>,
) -> Result<TextStream<AppError>, AppError> {
    let asked = super::server::Asked {
        period: period.unwrap_or_default(),
        scope: scope.unwrap_or_default(),
    };
    let result = super::server::report(&asked).await;
    crate::context::answer_call(&result);
    let report = result?;
    let (header, rows) = super::views::csv(&report, crate::i18n::use_locale());
    let csv = crate::downloads::csv(&header, &rows);
    crate::downloads::send_as_csv(&format!("askel-impact-{}.csv", report.quarters.key()));
    Ok(TextStream::from(futures::stream::once(async move { csv })))
}

/// `/coach/report`.
#[component]
pub fn ReportPage() -> impl IntoView {
    let asked = asked();
    view! {
        <Protected roles=&[Role::Coach, Role::Admin]>
            <Title text=t("report-title")/>
            <h1>{t("report-title")}</h1>
            <p>{t("report-intro")}</p>
            {
                let asked = asked.clone();
                crate::ui::loaded_page(
                    move || {
                        let (period, scope) = asked.clone();
                        load(period, scope)
                    },
                    |report| view! { <Report report/> },
                    "/",
                    "nav-home",
                )
            }
        </Protected>
    }
}

#[component]
fn Report(report: ReportView) -> impl IntoView {
    let state = FormState {
        form: FORM,
        outcome: FormOutcome {
            form: FORM.to_owned(),
            values: report.typed.clone(),
            errors: report.errors.clone(),
            ..FormOutcome::default()
        },
    };
    let scope = (!report.scopes.is_empty()).then(|| {
        view! {
            <RadioField state=state.clone() name="scope" legend=t("report-scope")
                options=Choice::named("report-scope", &report.scopes)/>
        }
    });
    let results = (!report.tables.is_empty()).then(|| {
        let chart = employed_chart(&report.tables[0]);
        view! {
            <p role="status">{report.summary.clone()}</p>
            <p>{t_args("report-target", &[("target", FluentValue::from(EMPLOYED_TARGET_PERCENT))])}</p>
            {chart}
            {report.tables.clone().into_iter().map(|table| view! { <Table table/> }).collect_view()}
            <p class="hint">{t("report-hidden-why")}</p>
            <p><a href=report.csv_href.clone() download="">{t("report-csv")}</a></p>
        }
    });
    view! {
        <FormSummary state=state.clone()/>
        <form method="get" action=REPORT class="form filters-form">
            <SelectField state=state.clone() name="period" label=t("report-period")
                hint=t("report-period-hint") options=report.periods.clone()/>
            {scope}
            <button type="submit" class="button">{t("report-show")}</button>
        </form>
        {results}
    }
}

/// The share employed per gender group and in total, against the target.
fn employed_chart(table: &TableView) -> impl IntoView + use<> {
    let bars: Vec<Bar> = table
        .rows
        .iter()
        .map(|r| Bar {
            label: r.label.clone(),
            score: r.employed_percent.map(|p| p as f32),
            value: r.employed_percent.map_or_else(
                || "\u{2013}".to_owned(),
                |p| t_args("report-percent", &[("value", FluentValue::from(p))]),
            ),
        })
        .collect();
    let desc = table
        .rows
        .iter()
        .map(|r| format!("{}: {}", r.label, r.employed))
        .collect::<Vec<_>>()
        .join("; ");
    let scale = Scale {
        max: 100.0,
        ticks: [0, 25, 50, 75, 100]
            .map(|p| {
                (
                    p as f32,
                    t_args("report-percent", &[("value", FluentValue::from(p))]),
                )
            })
            .to_vec(),
        marker: Some(EMPLOYED_TARGET_PERCENT as f32),
    };
    view! {
        <figure class="chart-figure">
            <BarChart id="report-employed-chart".to_owned() title=t("report-chart-title") desc scale bars/>
            <figcaption class="hint">{t("report-chart-caption")}</figcaption>
        </figure>
    }
}

#[component]
fn Table(table: TableView) -> impl IntoView {
    view! {
        <DataTable id=table.id caption=table.caption>
            <thead>
                <tr>
                    <th scope="col">{t("report-column-group")}</th>
                    <th scope="col" class="number">{t("report-column-people")}</th>
                    <th scope="col" class="number">{t("report-column-employed")}</th>
                    <th scope="col" class="number">{t("report-column-completed")}</th>
                    <th scope="col" class="number">{t("report-column-attended")}</th>
                    <th scope="col" class="number">{t("report-column-digital")}</th>
                    <th scope="col" class="number">{t("report-column-rapid")}</th>
                    <th scope="col" class="number">{t("report-column-kept3")}</th>
                    <th scope="col" class="number">{t("report-column-kept6")}</th>
                </tr>
            </thead>
            <tbody>
                {table.rows.into_iter().map(|r| view! {
                    <tr>
                        <th scope="row">{r.label}</th>
                        <td class="number">{r.people}</td>
                        <td class="number">{r.employed}</td>
                        <td class="number">{r.completed}</td>
                        <td class="number">{r.attended}</td>
                        <td class="number">{r.digital}</td>
                        <td class="number">{r.rapid}</td>
                        <td class="number">{r.kept3}</td>
                        <td class="number">{r.kept6}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}
