//! `/events/caseload`: for a coach, the events the jobseekers on their
//! caseload have a place at or wait for.

use leptos::prelude::*;
use leptos_meta::Title;

use super::views::CaseloadPlaceRow;
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{BackLink, DataTable},
};

/// The coach's jobseekers' events.
pub(super) const CASELOAD_EVENTS: &str = "/events/caseload";

async fn load() -> Result<Vec<CaseloadPlaceRow>, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        let now = time::OffsetDateTime::now_utc();
        Ok(super::coach::places(locale)
            .await?
            .into_iter()
            .map(|p| CaseloadPlaceRow {
                status: t(&p.status_key(now)),
                when: super::when_text(p.starts_at, p.ends_at, locale),
                name: p.name,
                event_id: p.event_id,
                title: p.title,
                by_coach: p.by_coach,
            })
            .collect())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/events/caseload`.
#[component]
pub fn CaseloadEventsPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Coach]>
            <Title text=t("events-caseload-title")/>
            <BackLink href=super::ALL_EVENTS label=t("events-all")/>
            <h1>{t("events-caseload-title")}</h1>
            <p>{t("events-caseload-intro")}</p>
            {crate::ui::loaded_page(load, |rows: Vec<CaseloadPlaceRow>| view! { <PlaceTable rows/> }, super::ALL_EVENTS, "events-all")}
        </Protected>
    }
}

#[component]
fn PlaceTable(rows: Vec<CaseloadPlaceRow>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>{t("events-caseload-none")}</p> }.into_any();
    }
    view! {
        <DataTable id="caseload-events" caption=t("events-caseload-caption")>
            <thead>
                <tr>
                    <th scope="col">{t("events-caseload-jobseeker")}</th>
                    <th scope="col">{t("organiser-column-event")}</th>
                    <th scope="col">{t("organiser-column-when")}</th>
                    <th scope="col">{t("organiser-column-status")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr>
                        <th scope="row">{row.name}</th>
                        <td><a href=super::event_path(row.event_id)>{row.title}</a></td>
                        <td>{row.when}</td>
                        <td>
                            {row.status}
                            {row.by_coach.then(|| view! { <br/>{t("events-caseload-by-coach")} })}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </DataTable>
    }
    .into_any()
}
