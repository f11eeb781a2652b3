//! Organisers' server functions and their list of events
//! (`/organiser/events`). The event form and the page of one event with
//! its attendees are beside this file.

use std::collections::BTreeMap;

use leptos::{
    prelude::*,
    server_fn::codec::{GetUrl, StreamingText, TextStream},
};
use leptos_meta::Title;

use super::views::OwnEventRow;
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::DataTable,
};

pub(super) const FORM: &str = "event-form";
pub(super) const PUBLISH_FORM: &str = "event-publish";
pub(super) const CANCEL_FORM: &str = "event-cancel-event";
pub(super) const CHECK_IN_FORM: &str = "event-check-in";

/// The organiser's list of events.
pub(super) const OWN_EVENTS: &str = "/organiser/events";
/// The form for a new event.
pub(super) const NEW_EVENT: &str = "/organiser/events/new";

/// The organiser's page of one of their events.
pub fn manage_path(event_id: i64) -> String {
    format!("/organiser/events/{event_id}")
}

/// The form for changing one of the organiser's events.
pub fn edit_path(event_id: i64) -> String {
    format!("{}/edit", manage_path(event_id))
}

/// Saves the event form: a new draft, or changes to the organiser's event.
#[server(prefix = "/api", endpoint = "event-save")]
pub async fn save_event(
    // Text, not a number: with a flattened map beside it, serde would not
    // read a number from the form's text.
    event: Option<String>,
    access: Option<BTreeMap<String, String>>,
    lang: Option<BTreeMap<String, String>>,
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    let event = match event.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(id) => Some(id.parse::<i64>().map_err(|_| AppError::BadRequest)?),
    };
    let mut typed = fields;
    for (prefix, ticked) in [("access", access), ("lang", lang)] {
        for code in ticked.unwrap_or_default().into_keys() {
            typed.insert(format!("{prefix}[{code}]"), "yes".into());
        }
    }
    let result = super::organiser_server::save(event, &typed).await;
    let here = event.map_or_else(|| NEW_EVENT.to_owned(), edit_path);
    let next = result
        .as_ref()
        .map_or_else(|_| here.clone(), |id| manage_path(*id));
    // What was typed waits on the server for the form to show again: the
    // flash cookie carries only the errors.
    if matches!(
        result,
        Err(AppError::Validation { .. } | AppError::Conflict { .. })
    ) {
        super::organiser_server::keep_typed(event, &typed).await?;
    }
    crate::forms::answer_form_post_to(FORM, Vec::new(), &result, &here, &next);
    result.map(|_| ())
}

/// Opens a draft for sign-ups.
#[server(prefix = "/api", endpoint = "event-publish")]
pub async fn publish_event(event: i64) -> Result<(), AppError> {
    let result = super::organiser_server::publish(event).await;
    crate::forms::answer_form_post(PUBLISH_FORM, Vec::new(), &result, &manage_path(event));
    result
}

/// Calls the event off and emails everyone who signed up.
#[server(prefix = "/api", endpoint = "event-cancel")]
pub async fn cancel_event(event: i64, confirm: Option<String>) -> Result<(), AppError> {
    let result = super::organiser_server::cancel(event, confirm.as_deref() == Some("yes")).await;
    crate::forms::answer_form_post(CANCEL_FORM, Vec::new(), &result, &manage_path(event));
    result
}

/// Ticks a person as arrived (or takes the tick back), then shows the list
/// again with the same search.
#[server(prefix = "/api", endpoint = "event-check-in")]
pub async fn check_in(
    event: i64,
    signup: i64,
    arrived: String,
    search: Option<String>,
) -> Result<(), AppError> {
    let result = super::organiser_attendees::check_in(event, signup, arrived == "yes").await;
    let search = search.unwrap_or_default();
    let search: String = search.trim().chars().take(100).collect();
    let here = if search.is_empty() {
        manage_path(event)
    } else {
        format!(
            "{}?search={}",
            manage_path(event),
            percent_encoding::utf8_percent_encode(&search, percent_encoding::NON_ALPHANUMERIC)
        )
    };
    let back_to_list = format!("{here}#attendees");
    crate::forms::answer_form_post_to(CHECK_IN_FORM, Vec::new(), &result, &here, &back_to_list);
    result
}

/// The attendee list as a CSV file, in the organiser's language.
#[server(prefix = "/api", endpoint = "event-attendees-csv", input = GetUrl, output = StreamingText)]
pub async fn attendees_csv(event: i64) -> Result<TextStream<AppError>, AppError> {
    let locale = crate::i18n::use_locale();
    let read = super::organiser_attendees::AttendeeRead::Csv;
    let result = super::organiser_attendees::managed(event, locale, read)
        .await
        .map(|m| (m.questions, m.attendees));
    crate::context::answer_call(&result);
    let (questions, attendees) = result?;
    let header_row: Vec<String> = [
        "organiser-attendee-name",
        "organiser-attendee-standing",
        "organiser-attendee-slot",
        "organiser-attendee-email",
        "organiser-attendee-phone",
        "organiser-attendee-checked-in",
    ]
    .iter()
    .map(|id| t(id))
    .chain(questions.iter().map(|(_, q)| q.clone()))
    .collect();
    let rows: Vec<Vec<String>> = attendees
        .into_iter()
        .map(|a| {
            let answers = questions.iter().map(|(position, _)| {
                a.answer_positions
                    .iter()
                    .position(|p| p == position)
                    .and_then(|i| a.answers.get(i).cloned())
                    .unwrap_or_default()
            });
            [
                a.name,
                t(&format!("organiser-standing-{}", a.status)),
                a.slot_starts_at
                    .map(|s| crate::i18n::helsinki_time(s, locale))
                    .unwrap_or_default(),
                a.email.unwrap_or_default(),
                a.phone.unwrap_or_default(),
                if a.checked_in {
                    t("organiser-yes")
                } else {
                    String::new()
                },
            ]
            .into_iter()
            .chain(answers)
            .collect()
        })
        .collect();
    let csv = crate::downloads::csv(&header_row, &rows);
    crate::downloads::send_as_csv(&format!("askel-attendees-{event}.csv"));
    Ok(TextStream::from(futures::stream::once(async move { csv })))
}

async fn load() -> Result<Vec<OwnEventRow>, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        Ok(super::organiser_server::own_events()
            .await?
            .into_iter()
            .map(|e| OwnEventRow {
                event_id: e.event_id,
                title: e.title,
                when: super::when_text(e.starts_at, e.ends_at, locale),
                status: t(&format!("organiser-status-{}", e.status)),
                confirmed: e.confirmed,
                waiting: e.waiting,
            })
            .collect())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/organiser/events`.
#[component]
pub fn OrganiserEventsPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Organiser]>
            <Title text=t("organiser-events-title")/>
            <h1>{t("organiser-events-title")}</h1>
            <p><a class="button" href=NEW_EVENT>{t("organiser-create")}</a></p>
            {crate::ui::loaded_page(load, |rows: Vec<OwnEventRow>| view! { <OwnEventTable rows/> }, "/", "nav-home")}
        </Protected>
    }
}

#[component]
fn OwnEventTable(rows: Vec<OwnEventRow>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>{t("organiser-events-none")}</p> }.into_any();
    }
    view! {
        <DataTable id="own-events" caption=t("organiser-events-caption")>
            <thead>
                <tr>
                    <th scope="col">{t("organiser-column-event")}</th>
                    <th scope="col">{t("organiser-column-when")}</th>
                    <th scope="col">{t("organiser-column-status")}</th>
                    <th scope="col" class="number">{t("organiser-column-confirmed")}</th>
                    <th scope="col" class="number">{t("organiser-column-waiting")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr>
                        <th scope="row"><a href=manage_path(row.event_id)>{row.title}</a></th>
                        <td>{row.when}</td>
                        <td>{row.status}</td>
                        <td class="number">{row.confirmed}</td>
                        <td class="number">{row.waiting}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </DataTable>
    }
    .into_any()
}
