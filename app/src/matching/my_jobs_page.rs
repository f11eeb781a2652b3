//! `/jobs/mine`: the jobs the jobseeker saved and those they said they are
//! interested in, with whom they share their skills for each, and a button
//! to undo each.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    JOBS,
    job_page::{FORGET_FORM, ForgetJob, STOP_FORM, StopJobShare, WITHDRAW_FORM, WithdrawInterest},
    job_path,
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, FormState, FormSummary, PostForm, done_notice},
};

/// A job in one of the lists, as the page shows it.
#[derive(Clone, Debug)]
struct Line {
    job_id: i64,
    title: String,
    /// `title`'s language where it is not the page's.
    lang: Option<String>,
    employer: String,
    closed: bool,
    since: String,
    interested: bool,
    shared_since: Option<String>,
    /// What the employer says came of it, in words.
    stage: Option<String>,
}

async fn load() -> Result<(Vec<Line>, Vec<Line>), AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        let (saved, interests) = super::server::my_lists(locale).await?;
        let lines = |jobs: Vec<super::db::ListedJob>| -> Vec<Line> {
            jobs.into_iter()
                .map(|j| Line {
                    job_id: j.job_id,
                    lang: crate::i18n::lang_unless_page(&j.title_locale, locale),
                    title: j.title,
                    employer: j.employer,
                    closed: j.status != "published",
                    since: crate::i18n::helsinki_date(j.since, locale),
                    interested: j.interested,
                    shared_since: j
                        .shared_since
                        .map(|at| crate::i18n::helsinki_date(at, locale)),
                    stage: j.stage.map(|stage| t(&format!("match-stage-{stage}"))),
                })
                .collect()
        };
        Ok((lines(saved), lines(interests)))
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// A button that undoes something for `line`'s job; its name says which job.
fn undo(action: &'static str, line: &Line, label: String) -> impl IntoView + use<> {
    let (job_id, title, lang) = (line.job_id, line.title.clone(), line.lang.clone());
    view! {
        <PostForm action>
            <input type="hidden" name="job" value=job_id/>
            <input type="hidden" name="from" value="mine"/>
            <button type="submit" class="button button--secondary">
                {label}<span class="visually-hidden">" – "<bdi lang=lang>{title}</bdi></span>
            </button>
        </PostForm>
    }
}

fn heading(line: &Line) -> impl IntoView + use<> {
    view! {
        <p><a href=job_path(line.job_id)><bdi lang=line.lang.clone()>{line.title.clone()}</bdi></a></p>
        <p><bdi>{line.employer.clone()}</bdi></p>
        {line.closed.then(|| view! { <p><strong>{t("match-job-closed-short")}</strong></p> })}
    }
}

/// `/jobs/mine`.
#[component]
pub fn MyJobsPage() -> impl IntoView {
    let forms = [FORGET_FORM, WITHDRAW_FORM, STOP_FORM].map(FormState::take);
    let notices = [
        "match-forgotten",
        "match-interest-withdrawn",
        "match-share-stopped",
    ];
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("match-my-jobs-title")/>
            <BackLink href=JOBS label=t("match-jobs-title")/>
            <h1>{t("match-my-jobs-title")}</h1>
            {forms.iter().zip(notices).map(|(state, key)| done_notice(state, key)).collect_view()}
            {forms.iter().cloned().map(|state| view! { <FormSummary state/> }).collect_view()}
            {crate::ui::loaded_page(load, show, JOBS, "match-jobs-title")}
        </Protected>
    }
}

fn show((saved, interests): (Vec<Line>, Vec<Line>)) -> impl IntoView {
    let interests = if interests.is_empty() {
        view! { <p>{t("match-interests-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="experience-list">
                {interests.into_iter().map(|line| {
                    let shared = line.shared_since.clone().map(|day| view! {
                        <p>{t_args("match-shared-since", &[("day", FluentValue::from(day)), ("employer", FluentValue::from(line.employer.clone()))])}</p>
                        {undo(StopJobShare::url(), &line, t("match-share-stop"))}
                    });
                    let since = FluentValue::from(line.since.clone());
                    let (when, undo_it) = if line.interested {
                        (
                            t_args("match-interested-since", &[("day", since)]),
                            Some(undo(WithdrawInterest::url(), &line, t("match-withdraw"))),
                        )
                    } else {
                        (t_args("match-proposed-to-you", &[("day", since)]), None)
                    };
                    let stage = line.stage.clone().map(|stage| view! {
                        <p>{t_args("match-employer-says", &[("stage", FluentValue::from(stage))])}</p>
                    });
                    view! {
                        <li>
                            {heading(&line)}
                            <p>{when}</p>
                            {stage}
                            {shared}
                            {undo_it}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let saved = if saved.is_empty() {
        view! { <p>{t("match-saved-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="experience-list">
                {saved.into_iter().map(|line| view! {
                    <li>
                        {heading(&line)}
                        <p>{t_args("match-saved-on", &[("day", FluentValue::from(line.since.clone()))])}</p>
                        {undo(ForgetJob::url(), &line, t("match-forget"))}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="interests">
            <h2 id="interests">{t("match-interests-title")}</h2>
            {interests}
        </section>
        <section aria-labelledby="saved">
            <h2 id="saved">{t("match-saved-title")}</h2>
            {saved}
        </section>
    }
}
