//! `/events`: published events, soonest first, with filters in a plain GET
//! form so a filtered list is a link that can be kept or shared.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    types::{KINDS, LANGUAGES, SECTORS},
    views::Card,
};
use crate::{
    accounts::{Protected, Role},
    error::{AppError, FieldError},
    forms::FormOutcome,
    i18n::{FluentValue, t, t_args},
    ui::{CheckboxField, Choice, FormState, FormSummary, RadioField, SelectField, TextField},
};

const FORM: &str = "filters";
/// The filter fields, as query parameters.
const FIELDS: [&str; 7] = [
    "from", "until", "sector", "kind", "language", "format", "free",
];

/// The events and the problems with the typed filters.
#[derive(Clone, Debug)]
struct Listed {
    /// The filters as typed, to show them back in the form.
    typed: Vec<(String, String)>,
    cards: Vec<Card>,
    errors: Vec<FieldError>,
}

/// The filter values from the address.
fn typed_filters() -> Vec<(String, String)> {
    let query = use_query_map();
    query.with_untracked(|q| {
        FIELDS
            .iter()
            .map(|f| ((*f).to_owned(), q.get(f).unwrap_or_default()))
            .collect()
    })
}

async fn load(typed: Vec<(String, String)>) -> Result<Listed, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::server::{ListQuery, list};
        let value = |name: &str| {
            typed
                .iter()
                .find(|(f, _)| f == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let query = ListQuery {
            from: value("from"),
            until: value("until"),
            sector: value("sector"),
            kind: value("kind"),
            language: value("language"),
            format: value("format"),
            free: value("free"),
        };
        let (events, errors) = list(&query).await?;
        let locale = crate::i18n::use_locale();
        let cards = events
            .into_iter()
            .map(|e| Card {
                event_id: e.event_id,
                title: e.title,
                employer: e.employer,
                kind: t(&format!("event-kind-{}", e.kind)),
                sector: t(&format!("event-sector-{}", e.sector)),
                when: super::when_text(e.starts_at, e.ends_at, locale),
                place: e.address.unwrap_or_else(|| t("event-online")),
                languages: language_names(&e.languages),
                free_seats: e.free_seats,
                mine: e.my_status.map(|s| match s.as_str() {
                    "confirmed" => t("event-card-signed-up"),
                    _ => t("event-card-waiting"),
                }),
            })
            .collect();
        Ok(Listed {
            typed,
            cards,
            errors,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = typed;
        Err(AppError::Internal)
    }
}

/// Language codes as names in the reader's language: "suomi, englanti".
#[cfg(feature = "ssr")]
pub(super) fn language_names(codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| t(&format!("event-language-{c}")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A vocabulary as choices, each named by `<prefix>-<code>`.
/// `/events`.
#[component]
pub fn EventsPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker, Role::Coach]>
            <Title text=t("events-title")/>
            <h1>{t("events-title")}</h1>
            <p>{t("events-intro")}</p>
            {match crate::accounts::current_user().map(|u| u.role) {
                Some(Role::Coach) => view! { <p><a href=super::caseload_page::CASELOAD_EVENTS>{t("events-caseload-title")}</a></p> }.into_any(),
                _ => view! { <p><a href="/events/mine">{t("events-mine-link")}</a></p> }.into_any(),
            }}
            <EventsContent/>
        </Protected>
    }
}

#[component]
fn EventsContent() -> impl IntoView {
    let typed = typed_filters();
    crate::ui::loaded_page(
        move || load(typed.clone()),
        |listed: Listed| {
            view! {
                <Filters typed=listed.typed errors=listed.errors/>
                <Results cards=listed.cards/>
            }
        },
        super::ALL_EVENTS,
        "events-all",
    )
}

#[component]
fn Filters(typed: Vec<(String, String)>, errors: Vec<FieldError>) -> impl IntoView {
    let state = FormState {
        form: FORM,
        outcome: FormOutcome {
            form: FORM.to_owned(),
            values: typed,
            errors,
            ..FormOutcome::default()
        },
    };
    let formats = vec![
        Choice::new("", t("events-filter-format-any")),
        Choice::new("in-person", t("events-filter-format-in-person")),
        Choice::new("online", t("events-filter-format-online")),
    ];
    view! {
        <FormSummary state=state.clone()/>
        <details class="filters" open=!state.outcome.errors.is_empty()>
            <summary>{t("events-filter-title")}</summary>
            <form method="get" action=super::ALL_EVENTS class="form">
                <TextField state=state.clone() name="from" kind="date" label=t("events-filter-from") hint=t("events-filter-date-hint")/>
                <TextField state=state.clone() name="until" kind="date" label=t("events-filter-until") hint=t("events-filter-date-hint")/>
                <SelectField state=state.clone() name="sector" label=t("events-filter-sector") any=t("events-filter-any-sector") options=Choice::named("event-sector", SECTORS)/>
                <SelectField state=state.clone() name="kind" label=t("events-filter-kind") any=t("events-filter-any-kind") options=Choice::named("event-kind", KINDS)/>
                <SelectField state=state.clone() name="language" label=t("events-filter-language") any=t("events-filter-any-language") options=Choice::named("event-language", LANGUAGES)/>
                <RadioField state=state.clone() name="format" legend=t("events-filter-format") options=formats/>
                <CheckboxField state=state.clone() name="free" label=t("events-filter-free")/>
                <div class="button-group">
                    <button type="submit" class="button">{t("events-filter-apply")}</button>
                    <a href=super::ALL_EVENTS class="link-button">{t("events-filter-clear")}</a>
                </div>
            </form>
        </details>
    }
}

#[component]
fn Results(cards: Vec<Card>) -> impl IntoView {
    let count = t_args("events-count", &[("count", FluentValue::from(cards.len()))]);
    view! {
        <h2 id="events-results">{count}</h2>
        {cards.is_empty().then(|| view! { <p>{t("events-none")}</p> })}
        <ul class="event-list">
            {cards.into_iter().map(|card| view! { <EventCard card/> }).collect_view()}
        </ul>
    }
}

#[component]
fn EventCard(card: Card) -> impl IntoView {
    let seats = if card.free_seats > 0 {
        t_args(
            "event-free-seats",
            &[("count", FluentValue::from(card.free_seats))],
        )
    } else {
        t("event-full")
    };
    view! {
        <li class="event-card">
            <h3 class="event-card__title"><a href=super::event_path(card.event_id)>{card.title}</a></h3>
            <p class="event-card__employer">{card.employer}</p>
            {card.mine.map(|mine| view! { <p class="event-card__mine"><strong>{mine}</strong></p> })}
            <dl class="event-facts">
                <dt>{t("event-fact-when")}</dt><dd>{card.when}</dd>
                <dt>{t("event-fact-where")}</dt><dd>{card.place}</dd>
                <dt>{t("event-fact-kind")}</dt><dd>{card.kind}</dd>
                <dt>{t("event-fact-sector")}</dt><dd>{card.sector}</dd>
                <dt>{t("event-fact-languages")}</dt><dd>{card.languages}</dd>
                <dt>{t("event-fact-seats")}</dt><dd>{seats}</dd>
            </dl>
        </li>
    }
}
