//! `/events/mine`: the events the jobseeker has a place at or waits for.

use leptos::prelude::*;
use leptos_meta::Title;

use super::views::MyEventRow;
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::BackLink,
};

async fn load() -> Result<Vec<MyEventRow>, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        let now = time::OffsetDateTime::now_utc();
        Ok(super::server::my_events()
            .await?
            .into_iter()
            .map(|e| {
                let (starts, ends) = e
                    .slot_starts_at
                    .zip(e.slot_ends_at)
                    .unwrap_or((e.starts_at, e.ends_at));
                MyEventRow {
                    event_id: e.event_id,
                    title: e.title,
                    employer: e.employer,
                    when: super::when_text(starts, ends, locale),
                    place: e.address.unwrap_or_else(|| t("event-online")),
                    cancelled: e.event_status == "cancelled",
                    past: e.ends_at < now,
                    checked_in: e.checked_in,
                }
            })
            .collect())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/events/mine`.
#[component]
pub fn MyEventsPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("events-mine-title")/>
            <BackLink href=super::ALL_EVENTS label=t("events-all")/>
            <h1>{t("events-mine-title")}</h1>
            {crate::ui::loaded_page(load, |rows: Vec<MyEventRow>| view! { <MyEventList rows/> }, super::ALL_EVENTS, "events-all")}
        </Protected>
    }
}

#[component]
fn MyEventList(rows: Vec<MyEventRow>) -> impl IntoView {
    if rows.is_empty() {
        return view! {
            <p>{t("events-mine-none")}</p>
            <p><a class="button" href=super::ALL_EVENTS>{t("events-find")}</a></p>
        }
        .into_any();
    }
    view! {
        <ul class="event-list">
            {rows.into_iter().map(|row| {
                let status = if row.cancelled {
                    Some(t("event-status-cancelled"))
                } else if row.checked_in {
                    Some(t("event-status-attended"))
                } else if row.past {
                    Some(t("event-status-past"))
                } else {
                    None
                };
                view! {
                    <li class="event-card">
                        <h2 class="event-card__title"><a href=super::event_path(row.event_id)>{row.title}</a></h2>
                        <p class="event-card__employer">{row.employer}</p>
                        {status.map(|s| view! { <p class="event-card__mine"><strong>{s}</strong></p> })}
                        <dl class="event-facts">
                            <dt>{t("event-fact-when")}</dt><dd>{row.when}</dd>
                            <dt>{t("event-fact-where")}</dt><dd>{row.place}</dd>
                        </dl>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
