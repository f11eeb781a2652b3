//! `/organiser/events/{event}`: one of the organiser's events with its
//! people. At the door, on a phone: find a person by name and tick them as
//! arrived; the count of arrivals is always on top of the list.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    organiser_pages::{
        AttendeesCsv, CANCEL_FORM, CHECK_IN_FORM, CancelEvent, CheckIn, OWN_EVENTS, PUBLISH_FORM,
        PublishEvent, edit_path, manage_path,
    },
    views::{AttendeeRow, ManagedView},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, CheckboxField, FormState, FormSummary, PostForm},
};

async fn load(event_id: Result<i64, AppError>, search: String) -> Result<ManagedView, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        let read = super::organiser_attendees::AttendeeRead::Page { search: &search };
        let managed = super::organiser_attendees::managed(event_id?, locale, read).await?;
        Ok(view_of(managed, search, locale))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (event_id, search);
        Err(AppError::Internal)
    }
}

#[cfg(feature = "ssr")]
fn view_of(
    managed: super::organiser_attendees::Managed,
    search: String,
    locale: crate::i18n::Locale,
) -> ManagedView {
    let stored = &managed.stored;
    let attendees = managed
        .attendees
        .iter()
        .map(|a| AttendeeRow {
            signup_id: a.signup_id,
            name: a.name.clone(),
            standing: t(&format!("organiser-standing-{}", a.status)),
            confirmed: a.status == "confirmed",
            slot: a
                .slot_starts_at
                .map(|s| crate::i18n::helsinki_time(s, locale)),
            email: a.email.clone(),
            phone: a.phone.clone(),
            answers: managed
                .questions
                .iter()
                .filter_map(|(position, question)| {
                    let i = a.answer_positions.iter().position(|p| p == position)?;
                    Some((question.clone(), a.answers.get(i)?.clone()))
                })
                .collect(),
            checked_in: a.checked_in,
            skills_shared: a.skills_shared,
            matching_skills: managed
                .matching_skills
                .get(&a.account_id)
                .cloned()
                .unwrap_or_default(),
        })
        .collect();
    ManagedView {
        event_id: managed.event_id,
        title: managed.title.clone(),
        when: super::when_text(stored.starts_at, stored.ends_at, locale),
        status: t(&format!("organiser-status-{}", stored.status)),
        draft: stored.status == "draft",
        cancelled: stored.status == "cancelled",
        confirmed: managed.confirmed,
        waiting: managed.waiting,
        checked_in: managed.checked_in,
        search,
        attendees,
    }
}

/// `/organiser/events/{event}`.
#[component]
pub fn ManageEventPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Organiser]>
            <ManageEventContent/>
        </Protected>
    }
}

#[component]
fn ManageEventContent() -> impl IntoView {
    let event_id = super::event_param();
    let search = use_query_map().with_untracked(|q| q.get("search").unwrap_or_default());
    crate::ui::loaded_page(
        move || load(event_id.clone(), search.trim().to_owned()),
        |event: ManagedView| view! { <ManagedEvent event/> },
        OWN_EVENTS,
        "organiser-events-title",
    )
}

#[component]
fn ManagedEvent(event: ManagedView) -> impl IntoView {
    let published = FormState::take(PUBLISH_FORM);
    let counts = t_args(
        "organiser-counts",
        &[
            ("confirmed", FluentValue::from(event.confirmed)),
            ("waiting", FluentValue::from(event.waiting)),
        ],
    );
    view! {
        <Title text=event.title.clone()/>
        <BackLink href=OWN_EVENTS label=t("organiser-events-title")/>
        <h1>{event.title.clone()}</h1>
        <dl class="event-facts">
            <dt>{t("organiser-column-status")}</dt><dd>{event.status.clone()}</dd>
            <dt>{t("event-fact-when")}</dt><dd>{event.when.clone()}</dd>
            <dt>{t("organiser-column-confirmed")}</dt><dd>{counts}</dd>
        </dl>
        {published.done().then(|| view! { <p class="notice notice--success" role="status">{t("organiser-published")}</p> })}
        {(!event.cancelled).then(|| view! { <p><a href=edit_path(event.event_id)>{t("organiser-edit-link")}</a></p> })}
        {event.draft.then(|| view! {
            <section class="notice" aria-labelledby="publish-title">
                <h2 id="publish-title">{t("organiser-draft-title")}</h2>
                <p>{t("organiser-draft-hint")}</p>
                <FormSummary state=published.clone()/>
                <PostForm action=PublishEvent::url()>
                    <input type="hidden" name="event" value=event.event_id/>
                    <button type="submit" class="button">{t("organiser-publish")}</button>
                </PostForm>
            </section>
        })}
        {event.cancelled.then(|| view! { <p class="notice notice--warning">{t("organiser-cancelled-notice")}</p> })}
        <Attendees event=event.clone()/>
        {(!event.cancelled).then(|| view! { <CancelSection event_id=event.event_id/> })}
    }
}

/// The list for the door: a name search, the arrivals count and a tick per person.
#[component]
fn Attendees(event: ManagedView) -> impl IntoView {
    let state = FormState::take(CHECK_IN_FORM);
    let arrived = t_args(
        "organiser-arrived-count",
        &[
            ("arrived", FluentValue::from(event.checked_in)),
            ("confirmed", FluentValue::from(event.confirmed)),
        ],
    );
    let csv = format!("{}?event={}", AttendeesCsv::url(), event.event_id);
    let searching = !event.search.is_empty();
    let found = searching.then(|| {
        t_args(
            "organiser-search-found",
            &[
                ("count", FluentValue::from(event.attendees.len())),
                ("search", FluentValue::from(event.search.clone())),
            ],
        )
    });
    let here = manage_path(event.event_id);
    let rows = event
        .attendees
        .iter()
        .cloned()
        .map(|person| {
            view! { <AttendeeItem event_id=event.event_id person search=event.search.clone() can_check_in=!event.cancelled/> }
        })
        .collect_view();
    view! {
        <section id="attendees" aria-labelledby="attendees-title">
            <h2 id="attendees-title">{t("organiser-attendees-title")}</h2>
            <p class="attendees__count"><strong>{arrived}</strong></p>
            <FormSummary state=state.clone()/>
            <form method="get" action=here.clone() class="form search-form" role="search">
                <div class="field">
                    <label for="attendee-search">{t("organiser-search-label")}</label>
                    <input type="search" id="attendee-search" name="search" value=event.search.clone() autocomplete="off"/>
                </div>
                <button type="submit" class="button button--secondary">{t("organiser-search-button")}</button>
            </form>
            {found.map(|found| view! {
                <p>{found}" "<a href=format!("{here}#attendees")>{t("organiser-search-clear")}</a></p>
            })}
            {if event.attendees.is_empty() && !searching {
                view! { <p>{t("organiser-attendees-none")}</p> }.into_any()
            } else {
                view! { <ul class="attendee-list">{rows}</ul> }.into_any()
            }}
            <p><a href=csv download="">{t("organiser-csv-link")}</a></p>
            <p class="hint">{t("organiser-privacy-hint")}</p>
        </section>
    }
}

#[component]
fn AttendeeItem(
    event_id: i64,
    person: AttendeeRow,
    search: String,
    can_check_in: bool,
) -> impl IntoView {
    let (action, arrived_value) = if person.checked_in {
        (t("organiser-undo-arrival"), "no")
    } else {
        (t("organiser-mark-arrived"), "yes")
    };
    let matching = t_args(
        "organiser-matching-skills",
        &[(
            "skills",
            FluentValue::from(person.matching_skills.join(", ")),
        )],
    );
    let standing = match &person.slot {
        Some(slot) => format!("{} · {slot}", person.standing),
        None => person.standing.clone(),
    };
    view! {
        <li class="attendee" class:attendee--arrived=person.checked_in>
            <p class="attendee__name"><strong>{person.name.clone()}</strong></p>
            <p>{standing}</p>
            {person.checked_in.then(|| view! { <p class="attendee__arrived">{t("organiser-arrived")}</p> })}
            {(person.email.is_some() || person.phone.is_some()).then(|| view! {
                <p>{[person.email.clone(), person.phone.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</p>
            })}
            {person.skills_shared.then(|| view! {
                <p><a href=format!("/organiser/events/{event_id}/people/{}/skills", person.signup_id)>
                    {t("organiser-shared-skills")}<span class="visually-hidden">": "{person.name.clone()}</span>
                </a></p>
            })}
            {(!person.matching_skills.is_empty()).then(|| view! {
                <p class="attendee__matching">{matching}</p>
            })}
            {(!person.answers.is_empty()).then(|| view! {
                <dl class="attendee__answers">
                    {person.answers.iter().map(|(q, a)| view! { <dt>{q.clone()}</dt><dd>{a.clone()}</dd> }).collect_view()}
                </dl>
            })}
            {(person.confirmed && can_check_in).then(|| view! {
                <PostForm action=CheckIn::url()>
                    <input type="hidden" name="event" value=event_id/>
                    <input type="hidden" name="signup" value=person.signup_id/>
                    <input type="hidden" name="arrived" value=arrived_value/>
                    <input type="hidden" name="search" value=search.clone()/>
                    <button type="submit" class="button" class:button--secondary=person.checked_in>
                        {action}<span class="visually-hidden">": "{person.name.clone()}</span>
                    </button>
                </PostForm>
            })}
        </li>
    }
}

/// Calling the event off, with a tick to confirm it.
#[component]
fn CancelSection(event_id: i64) -> impl IntoView {
    let state = FormState::take(CANCEL_FORM);
    view! {
        <section aria-labelledby="cancel-title">
            <h2 id="cancel-title">{t("organiser-cancel-title")}</h2>
            <p>{t("organiser-cancel-hint")}</p>
            <FormSummary state=state.clone()/>
            <PostForm action=CancelEvent::url()>
                <input type="hidden" name="event" value=event_id/>
                <CheckboxField state=state.clone() name="confirm" label=t("organiser-cancel-confirm")/>
                <button type="submit" class="button button--secondary">{t("organiser-cancel-button")}</button>
            </PostForm>
        </section>
    }
}
