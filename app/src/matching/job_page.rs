//! `/jobs/{job}`: one open job for a jobseeker: what it is, what they have
//! and would still need (each gap with where to build it), where to meet the
//! employer, how to apply, and their next step: save it, or say "I'm
//! interested" (their coach sees it; the employer sees their skills only if
//! they agree, for this job, until they stop it).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::JOBS;
#[cfg(feature = "ssr")]
use super::{MY_JOBS, job_path};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, FormState, FormSummary, PostForm, done_notice, id_param},
};

const SAVE_FORM: &str = "job-saved";
pub(super) const FORGET_FORM: &str = "job-forgotten";
const INTEREST_FORM: &str = "job-interest";
pub(super) const WITHDRAW_FORM: &str = "job-interest-withdrawn";
pub(super) const STOP_FORM: &str = "job-share-stopped";

/// Where a form about a job came from: the job's page, or the person's lists.
#[cfg(feature = "ssr")]
fn back_to(job: i64, from: Option<String>) -> String {
    match from.as_deref() {
        Some("mine") => MY_JOBS.to_owned(),
        _ => job_path(job),
    }
}

#[server(prefix = "/api", endpoint = "saved-job-add")]
pub async fn save_job(job: i64) -> Result<(), AppError> {
    let result = super::server::save(job).await;
    crate::forms::answer_form_post(SAVE_FORM, Vec::new(), &result, &job_path(job));
    result
}

#[server(prefix = "/api", endpoint = "saved-job-remove")]
pub async fn forget_job(job: i64, from: Option<String>) -> Result<(), AppError> {
    let result = super::server::forget(job).await;
    crate::forms::answer_form_post(FORGET_FORM, Vec::new(), &result, &back_to(job, from));
    result
}

/// "I'm interested", and with `share` = `yes` the consent to show the
/// employer the person's skills for this job.
#[server(prefix = "/api", endpoint = "job-interest")]
pub async fn job_interest(job: i64, share: Option<String>) -> Result<(), AppError> {
    let result = super::server::interested(job, share.as_deref() == Some("yes")).await;
    crate::forms::answer_form_post(INTEREST_FORM, Vec::new(), &result, &job_path(job));
    result
}

#[server(prefix = "/api", endpoint = "job-interest-withdraw")]
pub async fn withdraw_interest(job: i64, from: Option<String>) -> Result<(), AppError> {
    let result = super::server::withdraw(job).await;
    crate::forms::answer_form_post(WITHDRAW_FORM, Vec::new(), &result, &back_to(job, from));
    result
}

#[server(prefix = "/api", endpoint = "job-share-stop")]
pub async fn stop_job_share(job: i64, from: Option<String>) -> Result<(), AppError> {
    let result = super::server::stop_sharing(job).await;
    crate::forms::answer_form_post(STOP_FORM, Vec::new(), &result, &back_to(job, from));
    result
}

/// Something the job asks for that the person lacks, with where to build it.
#[derive(Clone, Debug)]
struct Gap {
    label: String,
    must: bool,
    /// (address, link text)
    ways: Vec<(String, String)>,
}

/// The job's page as the jobseeker reads it.
#[derive(Clone, Debug)]
struct JobForMeView {
    job_id: i64,
    open: bool,
    title: String,
    lang: Option<String>,
    description: Vec<String>,
    facts: Vec<(String, String)>,
    employer: String,
    score: u8,
    all_musts: bool,
    have: Vec<String>,
    gaps: Vec<Gap>,
    events: Vec<(String, String, String)>,
    how_to_apply: Option<String>,
    apply_url: Option<String>,
    saved: bool,
    interested_since: Option<String>,
    proposed_since: Option<String>,
    shared_since: Option<String>,
}

async fn load(job_id: i64) -> Result<JobForMeView, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::{fit::Need, views::need_label};
        use crate::i18n::{helsinki_date, helsinki_time};
        let locale = crate::i18n::use_locale();
        let mine = super::server::job_for_me(job_id, locale).await?;
        let vocabulary = crate::context::vocabulary()?;
        let texts = vocabulary.texts(locale);
        let shown = crate::jobs::shown::shown(&mine.job, locale)?;
        // The skills and cards are in "you have" and "you would still need".
        let listed_apart = ["job-fact-must", "job-fact-nice", "job-fact-certificates"];
        let facts = shown
            .facts
            .into_iter()
            .filter(|(key, _)| !listed_apart.contains(key))
            .map(|(key, value)| (t(key), value))
            .collect();
        let ways = |need: &Need| -> Vec<(String, String)> {
            match need {
                Need::Skill { id, .. } => {
                    let skill = vocabulary.skills.iter().find(|s| &s.id == id);
                    let modules = skill.into_iter().flat_map(|s| &s.modules).filter_map(|m| {
                        let title = mine.modules.get(m)?;
                        Some((
                            format!("/modules/{m}"),
                            t_args(
                                "match-way-module",
                                &[("module", FluentValue::from(title.clone()))],
                            ),
                        ))
                    });
                    let assessment = skill.and_then(|s| s.competence.as_ref()).and_then(|c| {
                        let title = mine.assessments.get(&c.framework)?;
                        Some((
                            format!("/skills/{}", c.framework),
                            t_args(
                                "match-way-assessment",
                                &[("assessment", FluentValue::from(title.clone()))],
                            ),
                        ))
                    });
                    let tell = ("/experience/new".to_owned(), t("match-way-experience"));
                    modules
                        .chain(assessment)
                        .chain(std::iter::once(tell))
                        .collect()
                }
                Need::Certificate(_) => {
                    vec![("/certificates/new".to_owned(), t("match-way-certificate"))]
                }
                Need::Language(..) => {
                    vec![("/languages/new".to_owned(), t("match-way-language"))]
                }
            }
        };
        let gaps = mine
            .fit
            .missing
            .iter()
            .map(|need| Gap {
                label: need_label(need, texts, locale),
                must: !matches!(need, Need::Skill { must: false, .. }),
                ways: ways(need),
            })
            .collect();
        let input = &mine.job.input;
        Ok(JobForMeView {
            job_id,
            open: mine.job.status == crate::jobs::types::JobStatus::Published,
            lang: (shown.lang != locale).then(|| shown.lang.code().to_owned()),
            title: shown.title,
            description: shown
                .description
                .split("\n\n")
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
            facts,
            employer: mine.job.employer.clone(),
            score: mine.fit.score,
            all_musts: mine.fit.all_musts,
            have: mine
                .fit
                .have
                .iter()
                .map(|n| need_label(n, texts, locale))
                .collect(),
            gaps,
            events: mine
                .events
                .into_iter()
                .map(|(id, title, at)| {
                    let when = format!(
                        "{} {}",
                        helsinki_date(at, locale),
                        helsinki_time(at, locale)
                    );
                    (format!("/events/{id}"), title, when)
                })
                .collect(),
            how_to_apply: input.how_to_apply.clone(),
            apply_url: input.apply_url.clone(),
            saved: mine.standing.saved,
            interested_since: mine
                .standing
                .interested_at
                .map(|at| helsinki_date(at, locale)),
            proposed_since: mine
                .standing
                .proposed_at
                .map(|at| helsinki_date(at, locale)),
            shared_since: mine
                .standing
                .shared_since
                .map(|at| helsinki_date(at, locale)),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = job_id;
        Err(AppError::Internal)
    }
}

/// `/jobs/{job}`.
#[component]
pub fn JobForYouPage() -> impl IntoView {
    let job_id = id_param("job");
    view! {
        <Protected roles=&[Role::Jobseeker]>
            {crate::ui::loaded_page(move || load(job_id), |job: JobForMeView| view! { <JobForMe job/> }, JOBS, "match-jobs-title")}
        </Protected>
    }
}

#[component]
fn JobForMe(job: JobForMeView) -> impl IntoView {
    let forms = [
        SAVE_FORM,
        FORGET_FORM,
        INTEREST_FORM,
        WITHDRAW_FORM,
        STOP_FORM,
    ]
    .map(FormState::take);
    let notices = [
        "match-saved",
        "match-forgotten",
        "match-interest-sent",
        "match-interest-withdrawn",
        "match-share-stopped",
    ];
    let fit = t_args(
        "match-fit-score",
        &[("score", FluentValue::from(job.score))],
    );
    view! {
        <Title text=job.title.clone()/>
        <BackLink href=JOBS label=t("match-jobs-title")/>
        <h1 lang=job.lang.clone()>{job.title.clone()}</h1>
        {forms.iter().zip(notices).map(|(state, key)| done_notice(state, key)).collect_view()}
        {forms.iter().cloned().map(|state| view! { <FormSummary state/> }).collect_view()}
        {(!job.open).then(|| view! { <p class="notice">{t("match-job-closed")}</p> })}
        <dl class="facts">
            {job.facts.iter().cloned().map(|(term, value)| view! { <dt>{term}</dt><dd>{value}</dd> }).collect_view()}
        </dl>
        <div lang=job.lang.clone()>
            {job.description.iter().cloned().map(|p| view! { <p>{p}</p> }).collect_view()}
        </div>
        <section aria-labelledby="fit">
            <h2 id="fit">{t("match-how-you-fit")}</h2>
            <p>{fit}{job.all_musts.then(|| view! { " "<strong>{t("match-all-musts")}</strong> })}</p>
            {(!job.have.is_empty()).then(|| view! {
                <h3>{t("match-you-have")}</h3>
                <ul>{job.have.iter().cloned().map(|h| view! { <li>{h}</li> }).collect_view()}</ul>
            })}
            {(!job.gaps.is_empty()).then(|| view! {
                <h3>{t("match-you-need")}</h3>
                <ul class="gaps">
                    {job.gaps.iter().cloned().map(|gap| view! {
                        <li>
                            <p>
                                {gap.label}" "
                                <span class="tag">{t(if gap.must { "match-must" } else { "match-nice" })}</span>
                            </p>
                            <ul class="plain-list">
                                {gap.ways.into_iter().map(|(href, text)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
                            </ul>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
        {(!job.events.is_empty()).then(|| view! {
            <section aria-labelledby="meet">
                <h2 id="meet">{t_args("match-meet", &[("employer", FluentValue::from(job.employer.clone()))])}</h2>
                <ul>
                    {job.events.iter().cloned().map(|(href, title, when)| view! {
                        <li><a href=href>{title}</a>", "{when}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(job.how_to_apply.is_some() || job.apply_url.is_some()).then(|| view! {
            <section aria-labelledby="apply">
                <h2 id="apply">{t("match-how-to-apply")}</h2>
                {job.how_to_apply.clone().map(|text| view! { <p lang=job.lang.clone()>{text}</p> })}
                {job.apply_url.clone().map(|href| view! {
                    <p><a href=href rel="external noopener noreferrer">{t("match-apply-link")}</a></p>
                })}
            </section>
        })}
        <NextStep job/>
    }
}

/// Saving the job and saying "I'm interested", or where the person stands.
#[component]
fn NextStep(job: JobForMeView) -> impl IntoView {
    let job_id = job.job_id;
    let save = if job.saved {
        view! {
            <PostForm action=ForgetJob::url()>
                <input type="hidden" name="job" value=job_id/>
                <button type="submit" class="button button--secondary">{t("match-forget")}</button>
            </PostForm>
        }
        .into_any()
    } else {
        job.open.then(|| view! {
            <PostForm action=SaveJob::url()>
                <input type="hidden" name="job" value=job_id/>
                <button type="submit" class="button button--secondary">{t("match-save")}</button>
            </PostForm>
        })
        .into_any()
    };
    let employer = FluentValue::from(job.employer.clone());
    let interest = match (job.interested_since, job.shared_since) {
        (Some(since), shared) => view! {
            <p>{t_args("match-interested-since", &[("day", FluentValue::from(since))])}</p>
            {match shared {
                Some(day) => view! {
                    <p>{t_args("match-shared-since", &[("day", FluentValue::from(day)), ("employer", employer.clone())])}</p>
                    <PostForm action=StopJobShare::url()>
                        <input type="hidden" name="job" value=job_id/>
                        <button type="submit" class="button button--secondary">{t("match-share-stop")}</button>
                    </PostForm>
                }
                .into_any(),
                None => job.open.then(|| view! {
                    <p>{t_args("match-not-shared", &[("employer", employer.clone())])}</p>
                    <PostForm action=JobInterest::url()>
                        <input type="hidden" name="job" value=job_id/>
                        <input type="hidden" name="share" value="yes"/>
                        <button type="submit" class="button">{t_args("match-share-now", &[("employer", employer.clone())])}</button>
                    </PostForm>
                })
                .into_any(),
            }}
            <PostForm action=WithdrawInterest::url()>
                <input type="hidden" name="job" value=job_id/>
                <button type="submit" class="button button--secondary">{t("match-withdraw")}</button>
            </PostForm>
        }
        .into_any(),
        (None, _) => job.open.then(|| view! {
            <PostForm action=JobInterest::url()>
                <input type="hidden" name="job" value=job_id/>
                <p>{t("match-interest-explain")}</p>
                <div class="choice">
                    <input type="checkbox" id="job-interest-share" name="share" value="yes" aria-describedby="job-interest-share-hint"/>
                    <label for="job-interest-share">{t_args("match-share-label", &[("employer", employer.clone())])}</label>
                </div>
                <p class="hint" id="job-interest-share-hint">{t("match-share-hint")}</p>
                <button type="submit" class="button">{t("match-interested")}</button>
            </PostForm>
        })
        .into_any(),
    };
    let proposed = job.proposed_since.map(|day| {
        view! { <p>{t_args("match-proposed-to-you", &[("day", FluentValue::from(day))])}</p> }
    });
    view! {
        <section aria-labelledby="next-step">
            <h2 id="next-step">{t("match-next-step")}</h2>
            {proposed}
            {interest}
            {save}
        </section>
    }
}
