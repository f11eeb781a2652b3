//! `/coach/jobseekers/{jobseeker}/jobs`: for a coach, the open jobs that fit
//! one person on their caseload best, each with what they have and lack. A
//! job can be suggested to the person (the employer sees them only once they
//! agree), and a gap made a step of their plan in one action.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use crate::{
    accounts::{Protected, Role},
    caseload::jobseeker_path,
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, FormState, FormSummary, PostForm, done_notice, id_param},
};

pub(super) const PROPOSE_FORM: &str = "job-propose";
const GAP_FORM: &str = "job-gap-to-plan";

/// The page of jobs that fit a jobseeker, for their coach.
pub fn coach_jobs_path(jobseeker: i64) -> String {
    format!("{}/jobs", jobseeker_path(jobseeker))
}

/// Suggests a job to the jobseeker.
#[server(prefix = "/api", endpoint = "job-propose")]
pub async fn propose_job(jobseeker: i64, job: i64) -> Result<(), AppError> {
    let result = super::server::propose(jobseeker, job).await;
    crate::forms::answer_form_post(
        PROPOSE_FORM,
        Vec::new(),
        &result,
        &coach_jobs_path(jobseeker),
    );
    result
}

/// Makes one thing a job asks for, which the jobseeker lacks, a plan step.
#[server(prefix = "/api", endpoint = "job-gap-to-plan")]
pub async fn gap_to_plan(jobseeker: i64, job: i64, need: String) -> Result<(), AppError> {
    let result = super::server::gap_to_plan(jobseeker, job, &need).await;
    crate::forms::answer_form_post(GAP_FORM, Vec::new(), &result, &coach_jobs_path(jobseeker));
    result
}

/// One job as the coach's page shows it.
#[derive(Clone, Debug)]
struct CoachCard {
    job_id: i64,
    card: super::jobs_page::JobCard,
    /// (need code, label) of each gap.
    gaps: Vec<(String, String)>,
    proposed: bool,
}

#[derive(Clone, Debug)]
struct CoachJobs {
    jobseeker: i64,
    name: String,
    cards: Vec<CoachCard>,
}

async fn load(jobseeker: i64) -> Result<CoachJobs, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::views::{card, need_label};
        let locale = crate::i18n::use_locale();
        let found = super::server::jobs_for_jobseeker(jobseeker, locale).await?;
        let vocabulary = crate::context::vocabulary()?;
        let texts = vocabulary.texts(locale);
        let cards = found
            .jobs
            .iter()
            .map(|ranked| CoachCard {
                job_id: ranked.job.job_id,
                card: card(
                    ranked,
                    texts,
                    locale,
                    super::coach_job_path(ranked.job.job_id),
                ),
                gaps: ranked
                    .fit
                    .missing
                    .iter()
                    .map(|need| (need.code(), need_label(need, texts, locale)))
                    .collect(),
                proposed: found.proposed.contains(&ranked.job.job_id),
            })
            .collect();
        Ok(CoachJobs {
            jobseeker,
            name: found.name,
            cards,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = jobseeker;
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/jobs`.
#[component]
pub fn CoachJobsPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load(jobseeker), |jobs: CoachJobs| view! { <CoachJobs jobs/> }, crate::caseload::CASELOAD, "caseload-back")}
        </Protected>
    }
}

#[component]
fn CoachJobs(jobs: CoachJobs) -> impl IntoView {
    let proposed = FormState::take(PROPOSE_FORM);
    let planned = FormState::take(GAP_FORM);
    let name = jobs.name.clone();
    let title = t_args(
        "match-coach-title",
        &[("name", FluentValue::from(name.clone()))],
    );
    let jobseeker = jobs.jobseeker;
    let list = if jobs.cards.is_empty() {
        view! { <p>{t("match-none")}</p> }.into_any()
    } else {
        view! {
            <ol class="job-cards">
                {jobs.cards.into_iter().map(|job| {
                    let card = job.card;
                    // Each button names its job too: the same gap or person
                    // recurs from job to job, and a button's name must say which.
                    let which = format!(" – {}", card.title);
                    let fit = t_args("match-coach-fit-score", &[("score", FluentValue::from(card.score))]);
                    let gaps = job.gaps.into_iter().map(|(code, label)| {
                        let add = t_args("match-gap-to-plan", &[("need", FluentValue::from(label.clone()))]);
                        let which = which.clone();
                        view! {
                            <li>
                                {label}
                                <PostForm action=GapToPlan::url()>
                                    <input type="hidden" name="jobseeker" value=jobseeker/>
                                    <input type="hidden" name="job" value=job.job_id/>
                                    <input type="hidden" name="need" value=code/>
                                    <button type="submit" class="button button--secondary">
                                        {add}<span class="visually-hidden">{which}</span>
                                    </button>
                                </PostForm>
                            </li>
                        }
                    }).collect_view();
                    let propose = t_args("match-propose", &[("name", FluentValue::from(name.clone()))]);
                    let suggest = if job.proposed {
                        view! { <p><strong>{t("match-proposed")}</strong></p> }.into_any()
                    } else {
                        view! {
                            <PostForm action=ProposeJob::url()>
                                <input type="hidden" name="jobseeker" value=jobseeker/>
                                <input type="hidden" name="job" value=job.job_id/>
                                <button type="submit" class="button">
                                    {propose}<span class="visually-hidden">{which.clone()}</span>
                                </button>
                            </PostForm>
                        }
                        .into_any()
                    };
                    view! {
                        <li class="job-card">
                            <h2><a href=card.href lang=card.lang>{card.title}</a></h2>
                            <p class="job-card__meta">{card.meta}</p>
                            <p class="job-card__fit">{fit}</p>
                            {(!card.have.is_empty()).then(|| view! {
                                <p><strong>{t("match-coach-has")}</strong>" "{card.have.join(", ")}</p>
                            })}
                            {(!card.missing.is_empty()).then(|| view! {
                                <p><strong>{t("match-coach-lacks")}</strong></p>
                                <ul class="gaps">{gaps}</ul>
                            })}
                            {suggest}
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
        .into_any()
    };
    view! {
        <Title text=title.clone()/>
        <BackLink href=jobseeker_path(jobseeker) label=jobs.name.clone()/>
        <h1>{title}</h1>
        {done_notice(&proposed, "match-proposed-done")}
        {done_notice(&planned, "match-gap-planned")}
        <FormSummary state=proposed/>
        <FormSummary state=planned/>
        <p>{t("match-coach-intro")}</p>
        {list}
    }
}
