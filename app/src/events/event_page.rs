//! `/events/{event}`: everything about one event, including the venue's
//! accessibility, and the jobseeker's sign-up form or their place.

use leptos::{
    prelude::*,
    server_fn::{
        ServerFn,
        codec::{GetUrl, StreamingText, TextStream},
    },
};
use leptos_meta::Title;

use super::{
    types::Standing,
    views::{CaseloadRow, EventView, MyPlace},
};
use crate::{
    accounts::{Protected, Role, current_user},
    error::AppError,
    glossary::views::WordsExplained,
    i18n::{FluentValue, t, t_args},
    read_aloud::ListenToPage,
    ui::{
        BackLink, CheckboxField, Choice, FormState, FormSummary, PostForm, RadioField, SelectField,
        TextAreaField,
    },
};

pub(super) const FORM: &str = "event-sign-up";
const CANCEL_FORM: &str = "event-cancel";
const COACH_FORM: &str = "event-sign-up-for";

/// Signs the jobseeker up (a seat, a slot or the waiting list) and shows
/// the event page with their place.
#[server(prefix = "/api", endpoint = "event-sign-up")]
pub async fn sign_up(
    event: i64,
    slot: Option<String>,
    share_contact: Option<String>,
    answer1: Option<String>,
    answer2: Option<String>,
    answer3: Option<String>,
) -> Result<(), AppError> {
    use super::server::SignUpForm;
    let answers: Vec<(i16, String)> = [answer1, answer2, answer3]
        .into_iter()
        .zip(1..)
        .filter_map(|(answer, position)| answer.map(|a| (position, a)))
        .collect();
    let mut values: Vec<(String, String)> = answers
        .iter()
        .map(|(p, a)| (format!("answer{p}"), a.clone()))
        .collect();
    values.push(("slot".into(), slot.clone().unwrap_or_default()));
    values.push((
        "share_contact".into(),
        share_contact.clone().unwrap_or_default(),
    ));
    let form = SignUpForm {
        slot,
        share_contact: share_contact.as_deref() == Some("yes"),
        answers,
    };
    let result = super::server::sign_up(event, &form).await;
    let here = super::event_path(event);
    crate::forms::answer_form_post(FORM, values, &result, &here);
    result.map(|_| ())
}

/// A coach signs a jobseeker on their caseload up, with their consent.
#[server(prefix = "/api", endpoint = "event-sign-up-for")]
pub async fn sign_up_for(
    event: i64,
    jobseeker: Option<String>,
    slot: Option<String>,
    consent: Option<String>,
) -> Result<(), AppError> {
    let values = vec![
        (
            "jobseeker".to_owned(),
            jobseeker.clone().unwrap_or_default(),
        ),
        ("slot".to_owned(), slot.clone().unwrap_or_default()),
        ("consent".to_owned(), consent.clone().unwrap_or_default()),
    ];
    let result = super::coach::sign_up_for(
        event,
        jobseeker.as_deref().unwrap_or_default(),
        slot,
        consent.as_deref() == Some("yes"),
    )
    .await;
    let here = format!("{}#coach-sign-up", super::event_path(event));
    crate::forms::answer_form_post(COACH_FORM, values, &result, &here);
    result.map(|_| ())
}

/// Gives up the jobseeker's place (or place in line).
#[server(prefix = "/api", endpoint = "event-cancel-sign-up")]
pub async fn cancel_sign_up(event: i64) -> Result<(), AppError> {
    let result = super::server::cancel(event).await;
    let here = super::event_path(event);
    crate::forms::answer_form_post(CANCEL_FORM, Vec::new(), &result, &here);
    result
}

/// The event as a calendar file (`.ics`); a plain link works without JavaScript.
#[server(prefix = "/api", endpoint = "event-calendar", input = GetUrl, output = StreamingText)]
pub async fn event_calendar(event: i64) -> Result<TextStream<AppError>, AppError> {
    let result = super::server::calendar(event).await;
    crate::context::answer_call(&result);
    let text = result?;
    crate::downloads::send_as_calendar(&format!("askel-event-{event}.ics"));
    Ok(TextStream::from(futures::stream::once(async move { text })))
}

async fn load(event_id: Result<i64, AppError>) -> Result<EventView, AppError> {
    #[cfg(feature = "ssr")]
    {
        let event_id = event_id?;
        let event = super::server::event_for_reader(event_id).await?;
        let caseload = match current_user().map(|u| u.role) {
            Some(Role::Coach) => Some(
                super::coach::people_at_event(event_id)
                    .await?
                    .into_iter()
                    .map(|p| CaseloadRow {
                        account_id: p.account_id,
                        name: p.name,
                        standing: p.status.map(|s| t(&format!("organiser-standing-{s}"))),
                    })
                    .collect(),
            ),
            _ => None,
        };
        Ok(EventView {
            caseload,
            ..view_of(event)
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = event_id;
        Err(AppError::Internal)
    }
}

/// The organiser's description as HTML paragraphs with the words of the
/// glossary `explained_in` linked, and the words linked.
#[cfg(feature = "ssr")]
fn described(
    description: &str,
    explained_in: crate::i18n::Locale,
) -> (Vec<String>, Vec<crate::glossary::types::Word>) {
    use crate::glossary::{link::Linker, types::Words};
    let glossary = crate::context::glossary().ok();
    let none = Words::default();
    let words = glossary
        .as_deref()
        .and_then(|glossary| glossary.words(explained_in))
        .unwrap_or(&none);
    let mut linker = Linker::new(words);
    let paragraphs = description
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| linker.text(p))
        .collect();
    (paragraphs, linker.linked())
}

#[cfg(feature = "ssr")]
fn view_of(event: super::server::ReaderEvent) -> EventView {
    use super::{list_page::language_names, when_text};
    use crate::i18n::use_locale;
    let locale = use_locale();
    let d = event.details;
    let slots: Vec<(i64, String, i64)> = event
        .slots
        .iter()
        .map(|s| {
            (
                s.slot_id,
                when_text(s.starts_at, s.ends_at, locale),
                s.free_seats,
            )
        })
        .collect();
    let free_seats = if d.slot_minutes.is_some() {
        slots.iter().map(|s| s.2).sum()
    } else {
        (i64::from(d.capacity.unwrap_or(0)) - d.confirmed).max(0)
    };
    let written_in = crate::i18n::Locale::from_tag(&d.text_locale).unwrap_or(locale);
    let (description, words) = described(
        &d.description,
        crate::glossary::explained_in(written_in, locale),
    );
    EventView {
        event_id: d.event_id,
        open: !super::server::deadline_passed(&d) && d.status == "published",
        cancelled: d.status == "cancelled",
        title: d.title,
        text_lang: crate::i18n::lang_unless_page(&d.text_locale, locale),
        description,
        words,
        employer: d.employer,
        kind: t(&format!("event-kind-{}", d.kind)),
        sector: t(&format!("event-sector-{}", d.sector)),
        when: when_text(d.starts_at, d.ends_at, locale),
        deadline: crate::i18n::translate_args(
            locale,
            "event-deadline-at",
            &[
                (
                    "date",
                    FluentValue::from(crate::i18n::helsinki_date(d.signup_deadline, locale)),
                ),
                (
                    "time",
                    FluentValue::from(crate::i18n::helsinki_time(d.signup_deadline, locale)),
                ),
            ],
        ),
        address: d.address,
        directions: d.directions,
        online_url: d.online_url,
        accessibility: d
            .accessibility
            .iter()
            .map(|a| t(&format!("event-access-{a}")))
            .collect(),
        accessibility_notes: Some(d.accessibility_notes).filter(|n| !n.trim().is_empty()),
        languages: language_names(&d.languages),
        free_seats,
        questions: event.questions,
        slots,
        mine: event.mine.map(|(signup, standing)| MyPlace {
            standing,
            slot: signup
                .slot_starts_at
                .zip(signup.slot_ends_at)
                .map(|(s, e)| when_text(s, e, locale)),
            by_coach: signup.signed_up_by_coach,
        }),
        caseload: None,
    }
}

/// `/events/{event}`.
#[component]
pub fn EventPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker, Role::Coach]>
            <EventContent/>
        </Protected>
    }
}

#[component]
fn EventContent() -> impl IntoView {
    let event_id = super::event_param();
    crate::ui::loaded_page(
        move || load(event_id.clone()),
        |event: EventView| view! { <EventDetails event/> },
        super::ALL_EVENTS,
        "events-all",
    )
}

#[component]
fn EventDetails(event: EventView) -> impl IntoView {
    let is_jobseeker = current_user().is_some_and(|u| u.role == Role::Jobseeker);
    let place = match (&event.address, &event.online_url) {
        (Some(address), _) => view! { <dd>{address.clone()}</dd> }.into_any(),
        (None, Some(url)) => view! {
            <dd>{t("event-online")}" "<a href=url.clone()>{url.clone()}</a></dd>
        }
        .into_any(),
        (None, None) => view! { <dd></dd> }.into_any(),
    };
    let action = if event.cancelled {
        view! { <p class="notice notice--warning">{t("event-cancelled-notice")}</p> }.into_any()
    } else if let Some(caseload) = event.caseload.clone() {
        view! { <CoachSection event=event.clone() caseload/> }.into_any()
    } else if !is_jobseeker {
        ().into_any()
    } else if let Some(mine) = event.mine.clone() {
        let event_id = event.event_id;
        view! {
            <MyPlaceBox event_id mine/>
            <crate::profile::EventSharing event_id/>
        }
        .into_any()
    } else if event.open {
        view! { <SignUpForm event=event.clone()/> }.into_any()
    } else {
        view! { <p class="notice">{t("event-signups-closed")}</p> }.into_any()
    };
    view! {
        <Title text=event.title.clone()/>
        <BackLink href=super::ALL_EVENTS label=t("events-all")/>
        <h1 lang=event.text_lang.clone()>{event.title.clone()}</h1>
        <ListenToPage/>
        <p class="event-card__employer">{event.employer.clone()}</p>
        {action}
        {(is_jobseeker && !event.cancelled).then(|| view! { <crate::matching::EventPreparation event_id=event.event_id/> })}
        <dl class="event-facts">
            <dt>{t("event-fact-when")}</dt><dd>{event.when.clone()}</dd>
            <dt>{t("event-fact-where")}</dt>{place}
            <dt>{t("event-fact-kind")}</dt><dd>{event.kind.clone()}</dd>
            <dt>{t("event-fact-sector")}</dt><dd>{event.sector.clone()}</dd>
            <dt>{t("event-fact-languages")}</dt><dd>{event.languages.clone()}</dd>
            <dt>{t("event-fact-deadline")}</dt><dd>{event.deadline.clone()}</dd>
        </dl>
        <h2>{t("event-about")}</h2>
        {event.description.iter().map(|p| view! { <p lang=event.text_lang.clone() inner_html=p.clone()></p> }).collect_view()}
        <WordsExplained words=event.words.clone() heading=t("words-explained") lang=event.text_lang.clone()/>
        {event.directions.clone().map(|d| view! {
            <h2>{t("event-directions")}</h2>
            <p>{d}</p>
        })}
        <h2>{t("event-accessibility")}</h2>
        {if event.accessibility.is_empty() {
            view! { <p>{t("event-accessibility-none")}</p> }.into_any()
        } else {
            view! { <ul>{event.accessibility.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul> }.into_any()
        }}
        {event.accessibility_notes.clone().map(|n| view! { <p>{n}</p> })}
    }
}

/// Where the jobseeker stands, the calendar file, and cancelling.
#[component]
fn MyPlaceBox(event_id: i64, mine: MyPlace) -> impl IntoView {
    let state = FormState::take(CANCEL_FORM);
    let headline = match mine.standing {
        Standing::Confirmed => t("event-standing-confirmed"),
        Standing::Waiting { position } => t_args(
            "event-standing-waiting",
            &[("position", FluentValue::from(position))],
        ),
    };
    let confirmed = mine.standing == Standing::Confirmed;
    let calendar = format!("{}?event={event_id}", EventCalendar::url());
    view! {
        <section class="notice" class:notice--success=confirmed aria-labelledby="my-place">
            <h2 id="my-place">{headline}</h2>
            {mine.slot.map(|slot| view! { <p>{t_args("event-standing-slot", &[("slot", FluentValue::from(slot))])}</p> })}
            {matches!(mine.standing, Standing::Waiting { .. }).then(|| view! { <p>{t("event-standing-waiting-hint")}</p> })}
            {mine.by_coach.then(|| view! { <p>{t("event-standing-by-coach")}</p> })}
            <p><a href=calendar download="">{t("event-calendar-link")}</a></p>
            <FormSummary state=state.clone()/>
            <PostForm action=CancelSignUp::url()>
                <input type="hidden" name="event" value=event_id/>
                <button type="submit" class="button button--secondary">{t("event-cancel-button")}</button>
            </PostForm>
        </section>
    }
}

/// The event's slots to choose from, if it has slots.
fn slot_field(state: &FormState, event: &EventView) -> Option<impl IntoView + use<>> {
    (!event.slots.is_empty()).then(|| {
        let options = event
            .slots
            .iter()
            .map(|(id, when, free)| {
                let seats = if *free > 0 {
                    t_args("event-free-seats", &[("count", FluentValue::from(*free))])
                } else {
                    t("event-slot-full")
                };
                Choice::new(id.to_string(), format!("{when} ({seats})"))
            })
            .collect::<Vec<_>>();
        view! { <RadioField state=state.clone() name="slot" legend=t("event-slot-legend") hint=t("event-slot-hint") options/> }
    })
}

/// For a coach: their jobseekers' places here, and signing one of them up.
#[component]
fn CoachSection(event: EventView, caseload: Vec<CaseloadRow>) -> impl IntoView {
    let state = FormState::take(COACH_FORM);
    let with_place: Vec<CaseloadRow> = caseload
        .iter()
        .filter(|p| p.standing.is_some())
        .cloned()
        .collect();
    let options: Vec<Choice> = caseload
        .iter()
        .filter(|p| p.standing.is_none())
        .map(|p| Choice::new(p.account_id.to_string(), p.name.clone()))
        .collect();
    let form = (event.open && !options.is_empty()).then(|| {
        let slots = slot_field(&state, &event);
        let state = state.clone();
        view! {
            <PostForm action=SignUpFor::url()>
                <input type="hidden" name="event" value=event.event_id/>
                <SelectField state=state.clone() name="jobseeker" label=t("event-coach-jobseeker") any=t("organiser-choose") options/>
                {slots}
                <CheckboxField state=state.clone() name="consent" label=t("event-coach-consent")/>
                <button type="submit" class="button">{t("event-coach-sign-up")}</button>
            </PostForm>
        }
    });
    view! {
        <section id="coach-sign-up" aria-labelledby="coach-title">
            <h2 id="coach-title">{t("event-coach-title")}</h2>
            {state.done().then(|| view! { <p class="notice notice--success" role="status">{t("event-coach-done")}</p> })}
            <FormSummary state=state.clone()/>
            {if with_place.is_empty() {
                view! { <p>{t("event-coach-none-here")}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {with_place.into_iter().map(|p| view! {
                            <li>{p.name}": "{p.standing.unwrap_or_default()}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {if event.open { form.into_any() } else { view! { <p>{t("event-signups-closed")}</p> }.into_any() }}
        </section>
    }
}

#[component]
fn SignUpForm(event: EventView) -> impl IntoView {
    let state = FormState::take(FORM);
    let full = event.free_seats == 0;
    let slots = slot_field(&state, &event);
    let questions = event
        .questions
        .iter()
        .map(|(position, question)| {
            let name: &'static str = match position {
                1 => "answer1",
                2 => "answer2",
                _ => "answer3",
            };
            view! { <TextAreaField state=state.clone() name label=question.clone() hint=t("event-answer-hint") rows=3/> }
        })
        .collect_view();
    let button = if full && event.slots.is_empty() {
        "event-join-waiting-list"
    } else {
        "event-sign-up-button"
    };
    view! {
        <section aria-labelledby="sign-up-title">
            <h2 id="sign-up-title">{t("event-sign-up-title")}</h2>
            <FormSummary state=state.clone()/>
            {full.then(|| view! { <p>{t("event-full-hint")}</p> })}
            <PostForm action=SignUp::url()>
                <input type="hidden" name="event" value=event.event_id/>
                {slots}
                {questions}
                <CheckboxField state=state.clone() name="share_contact" label=t("event-share-contact")/>
                <p class="hint">{t("event-share-contact-hint")}</p>
                <button type="submit" class="button">{t(button)}</button>
            </PostForm>
        </section>
    }
}
