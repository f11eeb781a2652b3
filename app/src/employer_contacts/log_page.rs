//! `/coach/employer-contacts`: the team's latest contacts with employers,
//! and the form that logs one (`?employer=` chooses the employer, from its
//! page).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    CONTACTS, HOW, RESULTS,
    views::{ContactList, ShownContact},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{
        Choice, FormState, FormSummary, PostForm, RadioField, SelectField, TextAreaField,
        TextField, done_notice,
    },
};

const FORM: &str = "employer-contact";

/// The form as typed.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct ContactValues {
    pub employer: String,
    pub day: String,
    pub how: String,
    pub jobseeker: String,
    pub result: String,
    pub note: String,
}

/// A coach logs a contact with an employer.
#[server(prefix = "/api", endpoint = "employer-contact-log")]
pub async fn log_employer_contact(
    employer: Option<String>,
    day: Option<String>,
    how: Option<String>,
    jobseeker: Option<String>,
    result: Option<String>,
    note: Option<String>,
    filtered: Option<String>,
) -> Result<(), AppError> {
    let values = ContactValues {
        employer: employer.unwrap_or_default(),
        day: day.unwrap_or_default(),
        how: how.unwrap_or_default(),
        jobseeker: jobseeker.unwrap_or_default(),
        result: result.unwrap_or_default(),
        note: note.unwrap_or_default(),
    };
    let result = super::server::log_contact(&values).await;
    let typed = [
        ("employer", &values.employer),
        ("day", &values.day),
        ("how", &values.how),
        ("jobseeker", &values.jobseeker),
        ("result", &values.result),
        ("note", &values.note),
    ]
    .map(|(name, value)| (name.to_owned(), value.clone()))
    .to_vec();
    // Logged from an employer's own list, the reader goes back to that list.
    let back = match (&result, filtered.as_deref()) {
        (Ok(employer), Some("yes")) => format!("{CONTACTS}?employer={employer}"),
        _ => CONTACTS.to_owned(),
    };
    crate::forms::answer_form_post(FORM, typed, &result, &back);
    result.map(|_| ())
}

#[derive(Clone, Debug)]
struct Log {
    employers: Vec<(i64, String)>,
    people: Vec<(i64, String)>,
    contacts: Vec<ShownContact>,
    /// The employer chosen from its page, when one is.
    employer: Option<(i64, String)>,
    /// The person chosen from their page, when one is.
    person: Option<i64>,
    today: String,
}

async fn load(employer: Option<i64>, person: Option<i64>) -> Result<Log, AppError> {
    #[cfg(feature = "ssr")]
    {
        let log = super::server::log(employer).await?;
        let employer =
            employer.and_then(|id| log.employers.iter().find(|(e, _)| *e == id).cloned());
        Ok(Log {
            contacts: super::views::shown(log.contacts),
            employers: log.employers,
            people: log.people,
            employer,
            person,
            today: crate::i18n::helsinki_today().to_string(),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (employer, person);
        Err(AppError::Internal)
    }
}

/// `/coach/employer-contacts`.
#[component]
pub fn EmployerContactsPage() -> impl IntoView {
    let asked = |name: &str| {
        use_query_map()
            .with_untracked(|query| query.get(name))
            .and_then(|id| id.parse().ok())
    };
    let (employer, person) = (asked("employer"), asked("jobseeker"));
    view! {
        <Protected roles=&[Role::Coach]>
            <Title text=t("contact-title")/>
            <h1>{t("contact-title")}</h1>
            {crate::ui::loaded_page(move || load(employer, person), |log| view! { <Contacts log/> }, "/", "nav-home")}
        </Protected>
    }
}

#[component]
fn Contacts(log: Log) -> impl IntoView {
    let state = FormState::take(FORM);
    let filtered = log.employer.is_some();
    let listed = match &log.employer {
        Some((_, name)) => crate::i18n::t_args(
            "contact-with-employer",
            &[("employer", crate::i18n::FluentValue::from(name.clone()))],
        ),
        None => t("contact-latest"),
    };
    view! {
        <p>{t("contact-intro")}</p>
        <FormSummary state=state.clone()/>
        <h2 id="log">{t("contact-log-heading")}</h2>
        <LogForm state=state.clone() log=log.clone()/>
        {done_notice(&state, "contact-logged")}
        <h2>{listed}</h2>
        {filtered.then(|| view! { <p><a href=CONTACTS>{t("contact-all")}</a></p> })}
        <ContactList contacts=log.contacts by_employer=filtered/>
    }
}

#[component]
fn LogForm(state: FormState, log: Log) -> impl IntoView {
    let refused = state.posted("employer").is_some();
    let employers = log
        .employers
        .into_iter()
        .map(|(id, name)| Choice::new(id.to_string(), name))
        .collect();
    let people = log
        .people
        .into_iter()
        .map(|(id, name)| Choice::new(id.to_string(), name))
        .collect();
    let filtered = log.employer.is_some();
    let chosen = (!refused)
        .then(|| log.employer.map(|(id, _)| id.to_string()))
        .flatten();
    let day = (!refused).then_some(log.today);
    let person = (!refused)
        .then(|| log.person.map(|id| id.to_string()))
        .flatten();
    view! {
        <PostForm action=LogEmployerContact::url()>
            <SelectField state=state.clone() name="employer" label=t("contact-employer")
                hint=t("contact-employer-hint") options=employers any=t("contact-employer-choose")
                selected=chosen.unwrap_or_else(|| state.value("employer"))/>
            <p><a href=crate::employers::EMPLOYERS>{t("contact-employer-add")}</a></p>
            <TextField state=state.clone() name="day" kind="date" label=t("contact-day")
                value=day.unwrap_or_else(|| state.value("day"))/>
            <RadioField state=state.clone() name="how" legend=t("contact-how") options=Choice::named("contact-how", &HOW)/>
            <SelectField state=state.clone() name="jobseeker" label=t("contact-person")
                hint=t("contact-person-hint") options=people any=t("contact-person-none")
                selected=person.unwrap_or_else(|| state.value("jobseeker"))/>
            <RadioField state=state.clone() name="result" legend=t("contact-result") options=Choice::named("contact-result", &RESULTS)/>
            <TextAreaField state name="note" label=t("contact-note") hint=t("contact-note-hint") rows=3/>
            {filtered.then(|| view! { <input type="hidden" name="filtered" value="yes"/> })}
            <button type="submit" class="button">{t("contact-save")}</button>
        </PostForm>
    }
}
