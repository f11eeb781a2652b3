//! `/coach/jobs/{job}`: one open job as a coach reads it, with the people on
//! their caseload who fit it best, each with what they have and lack, and a
//! button to suggest the job to them.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    COACH_JOBS,
    coach_page::{PROPOSE_FORM, ProposeJob},
};
use crate::{
    accounts::{Protected, Role},
    caseload::jobseeker_path,
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, FormState, FormSummary, PostForm, done_notice, id_param},
};

#[derive(Clone, Debug)]
struct Person {
    account_id: i64,
    name: String,
    fit: String,
    have: Vec<String>,
    missing: Vec<String>,
    proposed: bool,
}

#[derive(Clone, Debug)]
struct CoachJobView {
    job_id: i64,
    title: String,
    lang: Option<String>,
    facts: Vec<(String, String)>,
    people: Vec<Person>,
}

async fn load(job_id: i64) -> Result<CoachJobView, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::views::need_label;
        let locale = crate::i18n::use_locale();
        let found = super::server::people_for_job(job_id).await?;
        let vocabulary = crate::context::vocabulary()?;
        let texts = vocabulary.texts(locale);
        let shown = crate::jobs::shown::shown(&found.job, locale)?;
        let labels = |needs: &[super::fit::Need]| {
            needs.iter().map(|n| need_label(n, texts, locale)).collect()
        };
        Ok(CoachJobView {
            job_id,
            lang: (shown.lang != locale).then(|| shown.lang.code().to_owned()),
            title: shown.title,
            facts: shown
                .facts
                .into_iter()
                .map(|(key, value)| (t(key), value))
                .collect(),
            people: found
                .people
                .into_iter()
                .map(|p| Person {
                    account_id: p.account_id,
                    fit: t_args(
                        "match-coach-fit-score",
                        &[("score", FluentValue::from(p.fit.score))],
                    ),
                    have: labels(&p.fit.have),
                    missing: labels(&p.fit.missing),
                    name: p.name,
                    proposed: p.proposed,
                })
                .collect(),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = job_id;
        Err(AppError::Internal)
    }
}

/// `/coach/jobs/{job}`.
#[component]
pub fn CoachJobPage() -> impl IntoView {
    let job_id = id_param("job");
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load(job_id), |job: CoachJobView| view! { <CoachJob job/> }, COACH_JOBS, "match-coach-jobs-title")}
        </Protected>
    }
}

#[component]
fn CoachJob(job: CoachJobView) -> impl IntoView {
    let proposed = FormState::take(PROPOSE_FORM);
    let job_id = job.job_id;
    let people = if job.people.is_empty() {
        view! { <p>{t("match-coach-nobody")}</p> }.into_any()
    } else {
        view! {
            <ul class="experience-list">
                {job.people.into_iter().map(|person| {
                    let propose = t_args("match-propose", &[("name", FluentValue::from(person.name.clone()))]);
                    let suggest = if person.proposed {
                        view! { <p><strong>{t("match-proposed")}</strong></p> }.into_any()
                    } else {
                        view! {
                            <PostForm action=ProposeJob::url()>
                                <input type="hidden" name="jobseeker" value=person.account_id/>
                                <input type="hidden" name="job" value=job_id/>
                                <input type="hidden" name="from" value="job"/>
                                <button type="submit" class="button button--secondary">{propose}</button>
                            </PostForm>
                        }
                        .into_any()
                    };
                    view! {
                        <li>
                            <p><a href=jobseeker_path(person.account_id)><bdi>{person.name}</bdi></a></p>
                            <p class="job-card__fit">{person.fit}</p>
                            {(!person.have.is_empty()).then(|| view! {
                                <p><strong>{t("match-coach-has")}</strong>" "{person.have.join(", ")}</p>
                            })}
                            {(!person.missing.is_empty()).then(|| view! {
                                <p><strong>{t("match-coach-lacks")}</strong>" "{person.missing.join(", ")}</p>
                            })}
                            {suggest}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Title text=job.title.clone()/>
        <BackLink href=COACH_JOBS label=t("match-coach-jobs-title")/>
        <h1 lang=job.lang>{job.title}</h1>
        {done_notice(&proposed, "match-proposed-done")}
        <FormSummary state=proposed/>
        <dl class="facts">
            {job.facts.into_iter().map(|(term, value)| view! { <dt>{term}</dt><dd>{value}</dd> }).collect_view()}
        </dl>
        <section aria-labelledby="fitting-people">
            <h2 id="fitting-people">{t("match-coach-people")}</h2>
            <p>{t("match-coach-people-intro")}</p>
            {people}
        </section>
    }
}
