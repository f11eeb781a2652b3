//! `/coach/jobseekers/{jobseeker}/follow-along`: the check-ins with someone
//! who has started work, each done with a short note, and the form to agree
//! on another.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::views::ShownCheckIn;
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{
        BackLink, FormState, FormSummary, PostForm, TextAreaField, TextField, done_notice, id_param,
    },
};

const FORM_RECORD: &str = "checkin-record";
const FORM_AGREE: &str = "checkin-agree";

/// The coach writes how a check-in went.
#[server(prefix = "/api", endpoint = "checkin-record")]
pub async fn record_check_in(
    jobseeker: i64,
    checkin: i64,
    note: Option<String>,
) -> Result<(), AppError> {
    let (person, id) = (jobseeker, checkin);
    let note = note.unwrap_or_default();
    let result = super::server::record(person, id, &note).await;
    // Refused, the form comes back on this check-in; saved, the page opens
    // the next one not done.
    let page = super::follow_along_path(person);
    let back = format!("{page}?checkin={id}");
    let typed = vec![("note".to_owned(), note)];
    let saved = format!("{page}#{FORM_RECORD}");
    crate::forms::answer_form_post_to(FORM_RECORD, typed, &result, &back, &saved);
    result
}

/// The coach and the person agree on another check-in.
#[server(prefix = "/api", endpoint = "checkin-agree")]
pub async fn agree_check_in(jobseeker: i64, day: Option<String>) -> Result<(), AppError> {
    let person = jobseeker;
    let day = day.unwrap_or_default();
    let today = crate::i18n::helsinki_today();
    let result = super::server::agree(person, &day, today).await;
    let back = super::follow_along_path(person);
    crate::forms::answer_form_post(FORM_AGREE, vec![("day".to_owned(), day)], &result, &back);
    result
}

#[derive(Clone, Debug)]
struct Person {
    jobseeker: i64,
    name: String,
    checkins: Vec<ShownCheckIn>,
    /// The check-in whose form is open: the one asked for if still open,
    /// else (none asked for) the first not done.
    chosen: Option<i64>,
}

async fn load(jobseeker: i64, asked: Option<i64>) -> Result<Person, AppError> {
    #[cfg(feature = "ssr")]
    {
        let person = super::server::for_person(jobseeker).await?;
        let today = crate::i18n::helsinki_today();
        let checkins = super::views::shown(person.checkins, today);
        let open = |id: i64| checkins.iter().any(|c| c.id == id && c.done.is_none());
        // A check-in asked for but no longer open (done meanwhile) opens no
        // form, so what was typed for it never lands in another's.
        let chosen = match asked {
            Some(id) => open(id).then_some(id),
            None => checkins.iter().find(|c| c.done.is_none()).map(|c| c.id),
        };
        Ok(Person {
            jobseeker,
            name: person.name,
            checkins,
            chosen,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (jobseeker, asked);
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/follow-along`.
#[component]
pub fn FollowAlongPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    let asked = leptos_router::hooks::use_query_map()
        .with_untracked(|query| query.get("checkin"))
        .and_then(|id| id.parse().ok());
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load(jobseeker, asked), |person| view! { <FollowAlong person/> }, crate::caseload::CASELOAD, "caseload-back")}
        </Protected>
    }
}

#[component]
fn FollowAlong(person: Person) -> impl IntoView {
    let name = || FluentValue::from(person.name.clone());
    let heading = t_args("checkin-page-title", &[("name", name())]);
    let recorded = FormState::take(FORM_RECORD);
    let agreed = FormState::take(FORM_AGREE);
    let jobseeker = person.jobseeker;
    let chosen = person.chosen;
    let list = if person.checkins.is_empty() {
        view! { <p>{t("checkin-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="plain-list checkins">
                {person.checkins.into_iter().map(|checkin| {
                    let open = Some(checkin.id) == chosen;
                    view! { <CheckIn checkin jobseeker state=recorded.clone() open/> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Title text=heading.clone()/>
        <BackLink href=crate::caseload::jobseeker_path(jobseeker) label=t_args("jobseeker-back", &[("name", name())])/>
        <h1>{heading}</h1>
        <p>{t("checkin-intro")}</p>
        {done_notice(&recorded, "checkin-saved")}
        {done_notice(&agreed, "checkin-agreed")}
        {chosen.is_none().then(|| view! { <FormSummary state=recorded.clone()/> })}
        {list}
        <h2>{t("checkin-agree-heading")}</h2>
        <FormSummary state=agreed.clone()/>
        <PostForm action=AgreeCheckIn::url()>
            <input type="hidden" name="jobseeker" value=jobseeker/>
            <TextField state=agreed name="day" kind="date" label=t("checkin-agree-day")/>
            <button type="submit" class="button">{t("checkin-agree-save")}</button>
        </PostForm>
    }
}

/// One check-in: done with its note, or (when `open`) the form to write it;
/// the others not done link to theirs, so the page has one such form.
#[component]
fn CheckIn(checkin: ShownCheckIn, jobseeker: i64, state: FormState, open: bool) -> impl IntoView {
    let id = checkin.id;
    let heading_id = format!("checkin-{id}");
    let title = checkin.title();
    let late = checkin
        .late
        .then(|| view! { " " <strong class="tag">{t("checkin-late")}</strong> });
    let body = match (&checkin.done, open) {
        (Some((day, by)), _) => {
            let done = match by {
                Some(coach) => t_args(
                    "checkin-done-by",
                    &[
                        ("day", FluentValue::from(day.clone())),
                        ("name", FluentValue::from(coach.clone())),
                    ],
                ),
                None => t_args("checkin-done", &[("day", FluentValue::from(day.clone()))]),
            };
            view! {
                <p>{done}</p>
                <p class="message__body" dir="auto">{checkin.note.clone().unwrap_or_default()}</p>
            }
            .into_any()
        }
        (None, true) => {
            let about = heading_id.clone();
            view! {
                <FormSummary state=state.clone()/>
                <PostForm action=RecordCheckIn::url()>
                    <input type="hidden" name="jobseeker" value=jobseeker/>
                    <input type="hidden" name="checkin" value=id/>
                    <TextAreaField state name="note" label=t("checkin-note") hint=t("checkin-note-hint") rows=3/>
                    <button type="submit" class="button" aria-describedby=about>{t("checkin-save")}</button>
                </PostForm>
            }
            .into_any()
        }
        (None, false) => {
            let href = format!("?checkin={id}#{heading_id}");
            let about = heading_id.clone();
            view! { <p><a href=href aria-describedby=about>{t("checkin-write")}</a></p> }.into_any()
        }
    };
    view! {
        <li class="checkin">
            <h2 id=heading_id>{title}{late}</h2>
            {body}
        </li>
    }
}
