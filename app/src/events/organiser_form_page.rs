//! The organiser's event form: `/organiser/events/new` for a new draft and
//! `/organiser/events/{event}/edit` for changes. Everything in one plain
//! form, in the order an organiser thinks about an event.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    organiser_pages::{FORM, OWN_EVENTS, SaveEvent, manage_path},
    types::{ACCESSIBILITY, KINDS, LANGUAGES, SECTORS},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{
        BackLink, CheckboxGroup, Choice, FormState, FormSummary, PostForm, RadioField, SelectField,
        TypedFields,
    },
};

/// The form's starting values: a saved event's, or a new one's defaults.
#[derive(Clone, Debug, Default)]
pub struct EventFormView {
    pub event_id: Option<i64>,
    pub values: Vec<(String, String)>,
}

async fn load(event_id: Option<Result<i64, AppError>>) -> Result<EventFormView, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::organiser_server::{form_of, kept_typed};
        let event_id = event_id.transpose()?;
        let typed = match event_id {
            Some(id) => {
                let (status, saved) = form_of(id).await?;
                if status == super::types::EventStatus::Cancelled.as_str() {
                    return Err(AppError::Conflict {
                        key: "organiser-error-cancelled".into(),
                    });
                }
                kept_typed(event_id).await?.unwrap_or(saved)
            }
            None => kept_typed(None).await?.unwrap_or_else(new_event_defaults),
        };
        Ok(EventFormView {
            event_id,
            values: typed.into_iter().collect(),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = event_id;
        Err(AppError::Internal)
    }
}

/// A new event's form: in person, with seats, Finnish spoken.
#[cfg(feature = "ssr")]
fn new_event_defaults() -> super::input::Typed {
    [
        ("format", "in-person"),
        ("seating", "seats"),
        ("lang[fi]", "yes"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect()
}

/// `/organiser/events/new`.
#[component]
pub fn NewEventPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Organiser]>
            {crate::ui::loaded_page(|| load(None), show, OWN_EVENTS, "organiser-events-title")}
        </Protected>
    }
}

/// `/organiser/events/{event}/edit`.
#[component]
pub fn EditEventPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Organiser]>
            <EditEventContent/>
        </Protected>
    }
}

#[component]
fn EditEventContent() -> impl IntoView {
    let event_id = super::event_param();
    crate::ui::loaded_page(
        move || load(Some(event_id.clone())),
        show,
        OWN_EVENTS,
        "organiser-events-title",
    )
}

fn show(form: EventFormView) -> impl IntoView {
    view! { <EventForm form/> }
}

#[component]
fn EventForm(form: EventFormView) -> impl IntoView {
    let state = FormState::take(FORM);
    let event_id = form.event_id;
    let f = TypedFields {
        values: form.values,
        state: state.clone(),
    };
    let (title, back, back_label) = match event_id {
        Some(id) => (
            t("organiser-edit-title"),
            manage_path(id),
            t("organiser-back-to-event"),
        ),
        None => (
            t("organiser-new-title"),
            OWN_EVENTS.to_owned(),
            t("organiser-events-title"),
        ),
    };
    let translations = [
        (
            "title_sv",
            "description_sv",
            "organiser-title-sv",
            "organiser-description-sv",
        ),
        (
            "title_en",
            "description_en",
            "organiser-title-en",
            "organiser-description-en",
        ),
    ]
    .into_iter()
    .map(|(title, description, title_label, description_label)| {
        view! { {f.text(title, title_label)} {f.area(description, description_label, 6)} }
    })
    .collect_view();
    let questions = [
        ["question1_fi", "question1_sv", "question1_en"],
        ["question2_fi", "question2_sv", "question2_en"],
        ["question3_fi", "question3_sv", "question3_en"],
    ]
    .into_iter()
    .enumerate()
    .map(|(n, [fi, sv, en])| {
        let legend = crate::i18n::t_args(
            "organiser-question-legend",
            &[("number", crate::i18n::FluentValue::from(n + 1))],
        );
        view! {
            <fieldset class="field-group">
                <legend>{legend}</legend>
                {f.text(fi, "organiser-question-fi")}
                {f.text(sv, "organiser-question-sv")}
                {f.text(en, "organiser-question-en")}
            </fieldset>
        }
    })
    .collect_view();
    let format_options = vec![
        Choice::new("in-person", t("events-filter-format-in-person")),
        Choice::new("online", t("events-filter-format-online")),
    ];
    let seating_options = vec![
        Choice::new("seats", t("organiser-seating-seats")),
        Choice::new("slots", t("organiser-seating-slots")),
    ];
    view! {
        <Title text=title.clone()/>
        <BackLink href=back label=back_label/>
        <h1>{title}</h1>
        <p>{t("organiser-form-intro")}</p>
        <FormSummary state=state.clone()/>
        <PostForm action=SaveEvent::url()>
            {event_id.map(|id| view! { <input type="hidden" name="event" value=id/> })}
            <h2>{t("organiser-section-about")}</h2>
            {f.text("title_fi", "organiser-title-fi")}
            {f.area("description_fi", "organiser-description-fi", 8)}
            {f.text("employer", "organiser-employer")}
            <SelectField state=state.clone() name="sector" label=t("events-filter-sector") any=t("organiser-choose") options=Choice::named("event-sector", SECTORS) selected=f.value("sector")/>
            <SelectField state=state.clone() name="kind" label=t("events-filter-kind") any=t("organiser-choose") options=Choice::named("event-kind", KINDS) selected=f.value("kind")/>

            <h2>{t("organiser-section-translations")}</h2>
            <p class="hint">{t("organiser-translations-hint")}</p>
            {translations}

            <h2>{t("organiser-section-when")}</h2>
            {f.hinted("date", "organiser-date", "events-filter-date-hint", "date")}
            {f.hinted("start", "organiser-start", "organiser-time-hint", "time")}
            {f.hinted("end", "organiser-end", "organiser-time-hint", "time")}
            {f.hinted("deadline_date", "organiser-deadline-date", "events-filter-date-hint", "date")}
            {f.hinted("deadline_time", "organiser-deadline-time", "organiser-deadline-time-hint", "time")}

            <h2>{t("organiser-section-where")}</h2>
            <RadioField state=state.clone() name="format" legend=t("events-filter-format") options=format_options checked=f.value("format")/>
            {f.text("address", "organiser-address")}
            {f.area("directions", "organiser-directions", 3)}
            {f.hinted("online_url", "organiser-online-url", "organiser-online-url-hint", "url")}

            <h2>{t("event-accessibility")}</h2>
            <CheckboxGroup state=state.clone() name="access" legend=t("organiser-access-legend") options=Choice::named("event-access", ACCESSIBILITY) checked=f.ticked("access", ACCESSIBILITY)/>
            {f.area("access_notes", "organiser-access-notes", 3)}
            <CheckboxGroup state=state.clone() name="lang" legend=t("event-fact-languages") options=Choice::named("event-language", LANGUAGES) checked=f.ticked("lang", LANGUAGES)/>

            <h2>{t("organiser-section-seats")}</h2>
            <RadioField state=state.clone() name="seating" legend=t("organiser-seating-legend") options=seating_options checked=f.value("seating")/>
            {f.hinted("capacity", "organiser-capacity", "organiser-capacity-hint", "number")}
            {f.hinted("slot_minutes", "organiser-slot-minutes", "organiser-slot-minutes-hint", "number")}
            {f.hinted("slot_seats", "organiser-slot-seats", "organiser-slot-seats-hint", "number")}

            <h2>{t("organiser-section-questions")}</h2>
            <p class="hint">{t("organiser-questions-hint")}</p>
            {questions}

            <button type="submit" class="button">{t(if event_id.is_some() { "organiser-save" } else { "organiser-save-draft" })}</button>
        </PostForm>
    }
}
