//! Employers' staff's own jobs: the list (`/employer/jobs`) and the page of
//! one job (`/employer/jobs/{job}`), with publishing, closing and its history.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    form_page::{NEW_JOB, edit_path},
    types::JobStatus,
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    matching::CandidatesSection,
    ui::{BackLink, ConfirmedPost, DataTable, FormState, FormSummary, PostForm, done_notice},
};

/// The staff member's list of jobs.
pub const OWN_JOBS: &str = "/employer/jobs";
const PUBLISH_FORM: &str = "job-publish";
const CLOSE_FORM: &str = "job-close";

/// The page of one of the staff member's jobs.
pub fn job_path(job_id: i64) -> String {
    format!("{OWN_JOBS}/{job_id}")
}

/// Opens a draft (or a closed job again) to people and matching.
#[server(prefix = "/api", endpoint = "job-publish")]
pub async fn publish_job(job: i64) -> Result<(), AppError> {
    let result = super::posting::publish(job).await;
    crate::forms::answer_form_post(PUBLISH_FORM, Vec::new(), &result, &job_path(job));
    result
}

/// Closes a published job.
#[server(prefix = "/api", endpoint = "job-close")]
pub async fn close_job(job: i64) -> Result<(), AppError> {
    let result = super::posting::close(job).await;
    crate::forms::answer_form_post(CLOSE_FORM, Vec::new(), &result, &job_path(job));
    result
}

/// One line of the list.
#[derive(Clone, Debug)]
struct JobRow {
    job_id: i64,
    title: String,
    employer: String,
    kind: String,
    status: String,
    apply_by: String,
}

/// The staff member's employers' names and their jobs.
async fn load_list() -> Result<(Vec<String>, Vec<JobRow>), AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        let (employers, jobs) = super::posting::own_jobs(locale).await?;
        let rows = jobs
            .into_iter()
            .map(|j| JobRow {
                job_id: j.job_id,
                title: j.title,
                employer: j.employer,
                kind: t(&format!("job-kind-{}", j.kind)),
                status: t(&format!("job-status-{}", j.status)),
                apply_by: j
                    .apply_by
                    .map(|day| crate::i18n::calendar_date(day, locale))
                    .unwrap_or_default(),
            })
            .collect();
        Ok((employers.into_iter().map(|(_, name)| name).collect(), rows))
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/employer/jobs`.
#[component]
pub fn OwnJobsPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Organiser]>
            <Title text=t("job-list-title")/>
            <h1>{t("job-list-title")}</h1>
            {crate::ui::loaded_page(load_list, show_list, "/", "nav-home")}
        </Protected>
    }
}

fn show_list((employers, rows): (Vec<String>, Vec<JobRow>)) -> impl IntoView {
    if employers.is_empty() {
        return view! { <p>{t("job-no-employer")}</p> }.into_any();
    }
    let staff_of = crate::i18n::t_args(
        "job-staff-of",
        &[(
            "employers",
            crate::i18n::FluentValue::from(employers.join(", ")),
        )],
    );
    let table = if rows.is_empty() {
        view! { <p>{t("job-list-none")}</p> }.into_any()
    } else {
        view! {
            <DataTable id="own-jobs" caption=t("job-list-caption")>
                <thead>
                    <tr>
                        <th scope="col">{t("job-column-title")}</th>
                        <th scope="col">{t("job-column-employer")}</th>
                        <th scope="col">{t("job-column-kind")}</th>
                        <th scope="col">{t("job-column-status")}</th>
                        <th scope="col">{t("job-column-apply-by")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            <th scope="row"><a href=job_path(row.job_id)>{row.title}</a></th>
                            <td>{row.employer}</td>
                            <td>{row.kind}</td>
                            <td>{row.status}</td>
                            <td>{row.apply_by}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </DataTable>
        }
        .into_any()
    };
    view! {
        <p>{staff_of}</p>
        <p><a class="button" href=NEW_JOB>{t("job-create")}</a></p>
        {table}
    }
    .into_any()
}

/// A job as its page shows it, named in the page's language.
#[derive(Clone, Debug)]
struct JobView {
    job_id: i64,
    status: JobStatus,
    imported: bool,
    closed_by_feed: bool,
    title: String,
    /// The title's language, when it is not the page's.
    lang: Option<String>,
    facts: Vec<(String, String)>,
    history: Vec<(String, String, String)>,
}

async fn load_job(job_id: Result<i64, AppError>) -> Result<JobView, AppError> {
    #[cfg(feature = "ssr")]
    {
        let job_id = job_id?;
        let locale = crate::i18n::use_locale();
        let (job, history) = super::posting::job_with_history(job_id).await?;
        let shown = super::shown::shown(&job, locale)?;
        let lang = (shown.lang != locale).then(|| shown.lang.code().to_owned());
        let title = shown.title;
        let facts = shown
            .facts
            .into_iter()
            .map(|(key, value)| (t(key), value))
            .collect();
        let history = history
            .into_iter()
            .map(|change| {
                let parts = change
                    .detail
                    .as_deref()
                    .filter(|_| change.what == "edited")
                    .map(|detail| {
                        detail
                            .split(',')
                            .filter(|part| super::types::PARTS.contains(part))
                            .map(|part| t(&format!("job-part-{part}")))
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
                let what = t(&format!("job-change-{}", change.what));
                let what = if parts.is_empty() {
                    what
                } else {
                    format!("{what}: {parts}")
                };
                (
                    crate::i18n::helsinki_date(change.changed_at, locale),
                    change.who.unwrap_or_else(|| t("job-change-by-service")),
                    what,
                )
            })
            .collect();
        Ok(JobView {
            job_id,
            status: job.status,
            imported: job.source.is_some(),
            closed_by_feed: job.closed_by_feed,
            title,
            lang,
            facts,
            history,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = job_id;
        Err(AppError::Internal)
    }
}

/// `/employer/jobs/{job}`.
#[component]
pub fn OwnJobPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Organiser]>
            <OwnJobContent/>
        </Protected>
    }
}

#[component]
fn OwnJobContent() -> impl IntoView {
    let job_id = super::job_param();
    crate::ui::loaded_page(
        move || load_job(job_id.clone()),
        |job: JobView| view! { <OwnJob job/> },
        OWN_JOBS,
        "job-list-title",
    )
}

#[component]
fn OwnJob(job: JobView) -> impl IntoView {
    let published = FormState::take(PUBLISH_FORM);
    let closed = FormState::take(CLOSE_FORM);
    let job_id = job.job_id;
    let status = t(&format!("job-status-{}", job.status.as_str()));
    let action = match job.status {
        JobStatus::Published => view! {
            <ConfirmedPost action=CloseJob::url() field="job" value=job_id.to_string()
                open=t("job-close") question=t("job-close-question") confirm=t("job-close-confirm")/>
        }
        .into_any(),
        _ if job.closed_by_feed => view! { <p>{t("job-closed-by-feed")}</p> }.into_any(),
        _ => view! {
            <PostForm action=PublishJob::url()>
                <input type="hidden" name="job" value=job_id/>
                <button type="submit" class="button">{t("job-publish")}</button>
            </PostForm>
        }
        .into_any(),
    };
    view! {
        <Title text=job.title.clone()/>
        <BackLink href=OWN_JOBS label=t("job-list-title")/>
        <h1 lang=job.lang>{job.title}</h1>
        {done_notice(&published, "job-published")}
        {done_notice(&closed, "job-closed")}
        <FormSummary state=published/>
        <FormSummary state=closed/>
        <p>{crate::i18n::t_args("job-status-line", &[("status", crate::i18n::FluentValue::from(status))])}</p>
        <dl class="facts">
            {job.facts.into_iter().map(|(term, value)| view! { <dt>{term}</dt><dd>{value}</dd> }).collect_view()}
        </dl>
        {if job.imported {
            view! { <p>{t("job-imported")}</p> }.into_any()
        } else {
            view! { <p><a href=edit_path(job_id)>{t("job-edit")}</a></p> }.into_any()
        }}
        {action}
        <CandidatesSection job_id/>
        <h2>{t("job-history")}</h2>
        <DataTable id="job-history" caption=t("job-history-caption")>
            <thead>
                <tr>
                    <th scope="col">{t("job-history-when")}</th>
                    <th scope="col">{t("job-history-who")}</th>
                    <th scope="col">{t("job-history-what")}</th>
                </tr>
            </thead>
            <tbody>
                {job.history.into_iter().map(|(when, who, what)| view! {
                    <tr><td>{when}</td><td>{who}</td><td>{what}</td></tr>
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}
