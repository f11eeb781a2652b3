//! `/coach/jobseekers/{jobseeker}/meetings`: one jobseeker's meetings in
//! their coach's workspace: book a time for them, and write what came of
//! one held, with a next step for their plan.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    server_fns::{BookForJobseeker, FORM_BOOK_FOR, FORM_OUTCOME, RecordMeetingOutcome},
    views::{CalendarLink, HowAndWhere, Shown, free_times_by_day},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{
        BackLink, FormState, FormSummary, PostForm, TextAreaField, TextField, done_notice, id_param,
    },
};

#[derive(Clone, Debug)]
pub struct PersonMeetings {
    pub jobseeker: i64,
    pub name: String,
    pub upcoming: Vec<Shown>,
    pub past: Vec<Shown>,
    pub free: Vec<Shown>,
    /// The held meeting whose outcome form is open (`?outcome=`).
    pub chosen: Option<i64>,
}

async fn load(jobseeker: i64, chosen: Option<i64>) -> Result<PersonMeetings, AppError> {
    #[cfg(feature = "ssr")]
    {
        let person = super::server::for_person(jobseeker).await?;
        Ok(PersonMeetings {
            jobseeker,
            name: person.name,
            upcoming: super::views::shown(person.upcoming),
            past: super::views::shown(person.past),
            free: super::views::shown(person.free),
            chosen,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (jobseeker, chosen);
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/meetings`.
#[component]
pub fn PersonMeetingsPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    let chosen = leptos_router::hooks::use_query_map()
        .with_untracked(|query| query.get("outcome"))
        .and_then(|id| id.parse().ok());
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load(jobseeker, chosen), |view| view! { <Person view/> }, crate::caseload::CASELOAD, "caseload-back")}
        </Protected>
    }
}

#[component]
fn Person(view: PersonMeetings) -> impl IntoView {
    let name = || FluentValue::from(view.name.clone());
    let heading = t_args("meeting-person-title", &[("name", name())]);
    let booked = FormState::take(FORM_BOOK_FOR);
    let outcome = FormState::take(FORM_OUTCOME);
    let jobseeker = view.jobseeker;
    let upcoming = if view.upcoming.is_empty() {
        view! { <p>{t("meeting-person-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="plain-list meetings">
                {view.upcoming.into_iter().map(|time| {
                    let id = time.id;
                    let heading = format!("meeting-{id}");
                    view! {
                        <li class="meeting">
                            <h3 id=heading.clone()>{format!("{}, {}", time.day, time.span)}</h3>
                            <HowAndWhere time/>
                            <CalendarLink meeting=id about=heading/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let free = if view.free.is_empty() {
        view! { <p>{t("meeting-no-free-times-coach")}" "<a href=super::COACH_MEETINGS>{t("meeting-offer-heading")}</a></p> }.into_any()
    } else {
        free_times_by_day(view.free, |time, about| {
            let label = t_args(
                "meeting-book-for",
                &[("time", FluentValue::from(time.span.clone()))],
            );
            let about = about.to_owned();
            let id = time.id;
            view! {
                <PostForm action=BookForJobseeker::url()>
                    <input type="hidden" name="jobseeker" value=jobseeker/>
                    <input type="hidden" name="meeting" value=id/>
                    <button type="submit" class="button" aria-describedby=about>{label}</button>
                </PostForm>
            }
            .into_any()
        })
    };
    // The form goes with the meeting just posted, else the one asked for,
    // else the latest held.
    let chosen = Some(outcome.value("meeting"))
        .and_then(|posted| posted.parse::<i64>().ok())
        .or(view.chosen)
        .or(view.past.first().map(|time| time.id));
    // A refused outcome for a meeting not on the page still says why.
    let summary_here = !view.past.iter().any(|time| Some(time.id) == chosen);
    let lost_summary = summary_here.then(|| view! { <FormSummary state=outcome.clone()/> });
    let past = (!view.past.is_empty()).then(|| {
        view! {
            <h2>{t("meeting-held")}</h2>
            <ul class="plain-list meetings">
                {view.past.into_iter().map(|time| {
                    let is_chosen = Some(time.id) == chosen;
                    view! { <Held time jobseeker state=outcome.clone() chosen=is_chosen/> }
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <Title text=heading.clone()/>
        <BackLink href=crate::caseload::jobseeker_path(jobseeker) label=t_args("jobseeker-back", &[("name", name())])/>
        <h1>{heading}</h1>
        {done_notice(&booked, "meeting-booked-for")}
        {done_notice(&outcome, "meeting-outcome-saved")}
        <FormSummary state=booked/>
        {lost_summary}
        <h2>{t("meeting-coming")}</h2>
        {upcoming}
        <h2>{t_args("meeting-book-for-heading", &[("name", name())])}</h2>
        <p class="hint">{t("meeting-book-for-hint")}</p>
        {free}
        {past}
    }
}

/// A meeting held: what came of it and, for the one `chosen`, the form to
/// write it (with a next step for the plan); the others link to theirs, so
/// the page has one such form and its fields one id each.
#[component]
fn Held(time: Shown, jobseeker: i64, state: FormState, chosen: bool) -> impl IntoView {
    let id = time.id;
    let written = time.outcome.clone();
    let when = format!("{}, {}", time.day, time.span);
    let heading_id = format!("meeting-held-{id}");
    let said = match &written {
        Some(text) => view! { <p class="message__body" dir="auto">{text.clone()}</p> }.into_any(),
        None => view! { <p>{t("meeting-outcome-none")}</p> }.into_any(),
    };
    let described = heading_id.clone();
    let form = if chosen {
        let value = state.posted("outcome").or(written);
        view! {
            <FormSummary state=state.clone()/>
            <PostForm action=RecordMeetingOutcome::url()>
                <input type="hidden" name="jobseeker" value=jobseeker/>
                <input type="hidden" name="meeting" value=id/>
                <TextAreaField state=state.clone() name="outcome" label=t("meeting-outcome") value=value.unwrap_or_default() rows=3/>
                <TextField state name="what" label=t("meeting-next-step") hint=t("meeting-next-step-hint")/>
                <button type="submit" class="button" aria-describedby=described>{t("meeting-outcome-save")}</button>
            </PostForm>
        }
        .into_any()
    } else {
        let href = format!("?outcome={id}#{heading_id}");
        view! { <p><a href=href aria-describedby=described>{t("meeting-outcome-write")}</a></p> }
            .into_any()
    };
    view! {
        <li class="meeting">
            <h3 id=heading_id>{when}</h3>
            <HowAndWhere time/>
            {said}
            {form}
        </li>
    }
}
