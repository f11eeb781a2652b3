//! `/job-search`: the jobseeker's log a month at a time, with the short
//! form that adds a line; and `/coach/jobseekers/{id}/job-search`, the same
//! month for their coach. `?month=2026-11` shows another month.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    JOB_SEARCH, KINDS,
    views::{MonthTable, ShownMonth},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{
        BackLink, Choice, FormState, FormSummary, PostForm, RadioField, TextField, done_notice,
        id_param,
    },
};

const FORM_ADD: &str = "job-search-add";
const FORM_REMOVE: &str = "job-search-remove";

/// The jobseeker adds a line to their log.
#[server(prefix = "/api", endpoint = "job-search-add")]
pub async fn add_job_search_entry(
    kind: Option<String>,
    day: Option<String>,
    employer: Option<String>,
    what: Option<String>,
) -> Result<(), AppError> {
    let values = super::server::EntryValues {
        kind: kind.unwrap_or_default(),
        day: day.unwrap_or_default(),
        employer: employer.unwrap_or_default(),
        what: what.unwrap_or_default(),
    };
    let result = super::server::add(&values).await;
    let typed = [
        ("kind", &values.kind),
        ("day", &values.day),
        ("employer", &values.employer),
        ("what", &values.what),
    ]
    .map(|(name, value)| (name.to_owned(), value.clone()))
    .to_vec();
    // Added, the log shows the month of the line just written.
    let shown = match &result {
        Ok(day) => {
            let month = super::server::Month::asked(None, *day).code();
            format!("{JOB_SEARCH}?month={month}")
        }
        Err(_) => JOB_SEARCH.to_owned(),
    };
    crate::forms::answer_form_post_to(
        FORM_ADD,
        typed,
        &result,
        JOB_SEARCH,
        &format!("{shown}#{FORM_ADD}"),
    );
    result.map(|_| ())
}

/// The jobseeker takes away a line they wrote.
#[server(prefix = "/api", endpoint = "job-search-remove")]
pub async fn remove_job_search_entry(entry: i64, month: Option<String>) -> Result<(), AppError> {
    let result = super::server::remove(entry).await;
    // Back to the month the line was in, read as a month (never as a path).
    let today = crate::i18n::helsinki_today();
    let month = super::server::Month::asked(month.as_deref(), today).code();
    let back = format!("{JOB_SEARCH}?month={month}");
    crate::forms::answer_form_post(FORM_REMOVE, Vec::new(), &result, &back);
    result
}

fn asked_month() -> Option<String> {
    use_query_map().with_untracked(|query| query.get("month"))
}

#[derive(Clone, Debug)]
struct Mine {
    month: ShownMonth,
    today: String,
}

async fn load_mine(asked: Option<String>) -> Result<Mine, AppError> {
    #[cfg(feature = "ssr")]
    {
        let today = crate::i18n::helsinki_today();
        let month = super::server::Month::asked(asked.as_deref(), today);
        let entries = super::server::mine(month).await?;
        Ok(Mine {
            month: super::views::shown(month, today, entries),
            today: today.to_string(),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = asked;
        Err(AppError::Internal)
    }
}

/// `/job-search`.
#[component]
pub fn JobSearchPage() -> impl IntoView {
    let asked = asked_month();
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("search-title")/>
            <h1>{t("search-title")}</h1>
            {
                let asked = asked.clone();
                crate::ui::loaded_page(move || load_mine(asked.clone()), |mine| view! { <MyLog mine/> }, "/", "nav-home")
            }
        </Protected>
    }
}

#[component]
fn MyLog(mine: Mine) -> impl IntoView {
    let added = FormState::take(FORM_ADD);
    let removed = FormState::take(FORM_REMOVE);
    let refused = added.posted("kind").is_some();
    let day = if refused {
        added.value("day")
    } else {
        mine.today
    };
    let (added_notice, removed_notice) = (
        done_notice(&added, "search-added"),
        done_notice(&removed, "search-removed"),
    );
    view! {
        <p class="no-print">{t("search-intro")}</p>
        <FormSummary state=added.clone()/>
        <FormSummary state=removed.clone()/>
        <h2 class="no-print">{t("search-add-heading")}</h2>
        <PostForm action=AddJobSearchEntry::url()>
            <RadioField state=added.clone() name="kind" legend=t("search-kind") options=Choice::named("search-kind", &KINDS)/>
            <TextField state=added.clone() name="day" kind="date" label=t("search-day") value=day/>
            <TextField state=added.clone() name="employer" label=t("search-employer") autocomplete="organization"/>
            <TextField state=added.clone() name="what" label=t("search-what") hint=t("search-what-hint")/>
            <button type="submit" class="button">{t("search-add")}</button>
        </PostForm>
        {added_notice}
        {removed_notice}
        <Month month=mine.month path=JOB_SEARCH.to_owned() removable=true/>
    }
}

/// A month of the log under its name, with the way to the months around it.
#[component]
fn Month(month: ShownMonth, path: String, removable: bool) -> impl IntoView {
    let previous = format!("{path}?month={}", month.previous);
    let next = month
        .next
        .clone()
        .map(|code| format!("{path}?month={code}"));
    view! {
        <h2 id="month">{month.name.clone()}</h2>
        <nav class="pager no-print" aria-label=t("search-months")>
            <a href=previous rel="prev">{t("search-previous-month")}</a>
            {next.map(|href| view! { <a href=href rel="next">{t("search-next-month")}</a> })}
        </nav>
        <p class="hint no-print">{t("search-print-hint")}</p>
        <MonthTable month removable/>
    }
}

#[derive(Clone, Debug)]
struct Theirs {
    jobseeker: i64,
    name: String,
    month: ShownMonth,
}

async fn load_theirs(jobseeker: i64, asked: Option<String>) -> Result<Theirs, AppError> {
    #[cfg(feature = "ssr")]
    {
        let today = crate::i18n::helsinki_today();
        let month = super::server::Month::asked(asked.as_deref(), today);
        let (name, entries) = super::server::for_person(jobseeker, month).await?;
        Ok(Theirs {
            jobseeker,
            name,
            month: super::views::shown(month, today, entries),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (jobseeker, asked);
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/job-search`.
#[component]
pub fn PersonJobSearchPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    let asked = asked_month();
    view! {
        <Protected roles=&[Role::Coach]>
            {
                let asked = asked.clone();
                crate::ui::loaded_page(move || load_theirs(jobseeker, asked.clone()), |theirs| view! { <TheirLog theirs/> }, crate::caseload::CASELOAD, "caseload-back")
            }
        </Protected>
    }
}

#[component]
fn TheirLog(theirs: Theirs) -> impl IntoView {
    let name = || FluentValue::from(theirs.name.clone());
    let heading = t_args("search-person-title", &[("name", name())]);
    let path = super::person_job_search_path(theirs.jobseeker);
    view! {
        <Title text=heading.clone()/>
        <BackLink href=crate::caseload::jobseeker_path(theirs.jobseeker) label=t_args("jobseeker-back", &[("name", name())])/>
        <h1>{heading}</h1>
        <p class="no-print">{t("search-person-intro")}</p>
        <Month month=theirs.month path removable=false/>
    }
}
