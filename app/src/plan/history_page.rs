//! The history of a plan: every change to every goal and step, newest
//! first, with who made it and when. For the coach at
//! `/coach/jobseekers/{jobseeker}/plan/history`, for the jobseeker at
//! `/plan/history`.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{MY_PLAN, coach_plan_path};
use crate::{
    accounts::{Protected, Role},
    caseload::CASELOAD,
    error::AppError,
    i18n::t,
    ui::{BackLink, DataTable, id_param},
};

/// The coach's view of a jobseeker's plan history.
pub fn coach_history_path(jobseeker: i64) -> String {
    format!("{}/history", coach_plan_path(jobseeker))
}

/// One change as shown.
#[derive(Clone, Debug)]
pub struct ChangeRow {
    /// RFC 3339, for `<time datetime>`.
    pub at: String,
    pub when: String,
    pub by: String,
    /// "Added step “Write a CV”".
    pub summary: String,
    /// "Status: To do → Done", one per field that changed (or every field
    /// of something added).
    pub details: Vec<String>,
}

/// A plan's history as shown: whose plan, where back is, and the changes.
#[derive(Clone, Debug)]
pub struct History {
    pub heading: String,
    pub back: String,
    pub back_label: String,
    pub rows: Vec<ChangeRow>,
}

#[cfg(feature = "ssr")]
mod rows {
    use std::collections::HashMap;

    use super::ChangeRow;
    use crate::{
        i18n::{FluentValue, calendar_date, helsinki_date, helsinki_time, t, t_args, use_locale},
        plan::db::Change,
    };

    /// The fields of a version as (label, value) pairs, in reading order.
    fn fields(change: &Change, who_prefix: &str) -> Vec<(String, String)> {
        let locale = use_locale();
        let mut fields = Vec::new();
        if let Some(who) = &change.who {
            fields.push((t("plan-who"), t(&format!("{who_prefix}-{who}"))));
            let due = change
                .due_on
                .map_or_else(|| t("plan-no-due"), |d| calendar_date(d, locale));
            fields.push((t("plan-due"), due));
            fields.push((
                t("plan-status"),
                t(&format!("plan-step-status-{}", change.status)),
            ));
        } else {
            fields.push((
                t("plan-goal-status"),
                t(&format!("plan-goal-status-{}", change.status)),
            ));
        }
        fields
    }

    /// The history, newest first, each version compared with the one
    /// before it of the same goal or step. `reader` is who reads it: their
    /// own changes are "You".
    pub fn change_rows(changes: Vec<Change>, reader: i64, who_prefix: &str) -> Vec<ChangeRow> {
        let locale = use_locale();
        let mut previous: HashMap<(Option<i64>, Option<i64>), Change> = HashMap::new();
        let mut rows: Vec<ChangeRow> = changes
            .into_iter()
            .rev()
            .map(|change| {
                let key = (change.goal_id, change.step_id);
                let kind = if change.step_id.is_some() {
                    "step"
                } else {
                    "goal"
                };
                let what = ("what", FluentValue::from(change.what.clone()));
                let now = fields(&change, who_prefix);
                let (summary, details) = match previous.get(&key) {
                    None => (
                        t_args(&format!("plan-history-added-{kind}"), &[what]),
                        now.iter()
                            .map(|(label, value)| format!("{label}: {value}"))
                            .collect(),
                    ),
                    Some(before) => {
                        let mut details = Vec::new();
                        if before.what != change.what {
                            details.push(t_args(
                                "plan-history-renamed",
                                &[("from", FluentValue::from(before.what.clone()))],
                            ));
                        }
                        let then = fields(before, who_prefix);
                        for ((label, old), (_, new)) in then.iter().zip(&now) {
                            if old != new {
                                details.push(format!("{label}: {old} \u{2192} {new}"));
                            }
                        }
                        (
                            t_args(&format!("plan-history-changed-{kind}"), &[what]),
                            details,
                        )
                    }
                };
                let by = match (change.changed_by, &change.changed_by_name) {
                    (Some(id), _) if id == reader => t("plan-history-by-you"),
                    (Some(_), Some(name)) => name.clone(),
                    _ => t("plan-history-by-gone"),
                };
                let row = ChangeRow {
                    at: change
                        .changed_at
                        .format(&time::format_description::well_known::Rfc3339)
                        .unwrap_or_default(),
                    when: format!(
                        "{} {}",
                        helsinki_date(change.changed_at, locale),
                        helsinki_time(change.changed_at, locale)
                    ),
                    by,
                    summary,
                    details,
                };
                previous.insert(key, change);
                row
            })
            .collect();
        rows.reverse();
        rows
    }
}

async fn load_for_coach(jobseeker: i64) -> Result<History, AppError> {
    #[cfg(feature = "ssr")]
    {
        let coach = crate::accounts::require_role(&[Role::Coach])?;
        let (name, changes) = super::server::history_for_coach(jobseeker).await?;
        Ok(History {
            heading: crate::i18n::t_args(
                "plan-history-coach-title",
                &[("name", crate::i18n::FluentValue::from(name))],
            ),
            back: coach_plan_path(jobseeker),
            back_label: t("plan-back"),
            rows: rows::change_rows(changes, coach.account_id, "plan-coach-who"),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = jobseeker;
        Err(AppError::Internal)
    }
}

async fn load_mine() -> Result<History, AppError> {
    #[cfg(feature = "ssr")]
    {
        let me = crate::accounts::require_role(&[Role::Jobseeker])?;
        let changes = super::server::my_history().await?;
        Ok(History {
            heading: t("plan-history-title"),
            back: MY_PLAN.to_owned(),
            back_label: t("plan-my-back"),
            rows: rows::change_rows(changes, me.account_id, "plan-who"),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/plan/history`.
#[component]
pub fn CoachPlanHistoryPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load_for_coach(jobseeker), |history| view! { <HistoryView history/> }, CASELOAD, "caseload-back")}
        </Protected>
    }
}

/// `/plan/history`.
#[component]
pub fn MyPlanHistoryPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            {crate::ui::loaded_page(load_mine, |history| view! { <HistoryView history/> }, MY_PLAN, "plan-my-back")}
        </Protected>
    }
}

#[component]
fn HistoryView(history: History) -> impl IntoView {
    let body = if history.rows.is_empty() {
        view! { <p>{t("plan-history-none")}</p> }.into_any()
    } else {
        let rows = history
            .rows
            .into_iter()
            .map(|row| {
                view! {
                    <tr>
                        <td><time datetime=row.at>{row.when}</time></td>
                        <td>{row.by}</td>
                        <td>
                            {row.summary}
                            <ul class="plain-list">
                                {row.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                            </ul>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <DataTable id="plan-history" caption=t("plan-history-caption")>
                <thead>
                    <tr>
                        <th scope="col">{t("plan-history-when")}</th>
                        <th scope="col">{t("plan-history-by")}</th>
                        <th scope="col">{t("plan-history-change")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </DataTable>
        }
        .into_any()
    };
    view! {
        <Title text=history.heading.clone()/>
        <BackLink href=history.back label=history.back_label/>
        <h1>{history.heading}</h1>
        {body}
    }
}
