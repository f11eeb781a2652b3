//! The employer's side of matching, on the page of each of their jobs: the
//! people who are interested or whom their coach suggested, shown only while
//! they share their skills for the job; what came of each; and how many
//! people in the service have every must-have skill, never fewer than five
//! (a smaller number could point at someone). A candidate's skills are on
//! `/employer/jobs/{job}/candidates/{candidate}`.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    profile::{EvidenceList, Reader, types::ShownSkill},
    ui::{BackLink, FormState, FormSummary, PostForm, done_notice, id_param, loaded_section},
};

const STAGE_FORM: &str = "candidate-stage";

fn own_job_path(job: i64) -> String {
    format!("{}/{job}", crate::jobs::OWN_JOBS)
}

fn candidate_path(job: i64, candidate: i64) -> String {
    format!("{}/candidates/{candidate}", own_job_path(job))
}

/// Records what came of a candidate: contacted, interview, hired or not chosen.
#[server(prefix = "/api", endpoint = "candidate-stage")]
pub async fn candidate_stage(job: i64, candidate: i64, stage: String) -> Result<(), AppError> {
    let result = super::server::set_stage(job, candidate, &stage).await;
    crate::forms::answer_form_post(
        STAGE_FORM,
        Vec::new(),
        &result,
        &format!("{}#candidates", own_job_path(job)),
    );
    result
}

/// A candidate as the list shows them.
#[derive(Clone, Debug)]
struct Line {
    account_id: i64,
    name: String,
    how: String,
    fit: String,
    stage: String,
}

#[derive(Clone, Debug)]
struct Listed {
    lines: Vec<Line>,
    matching: Option<String>,
}

async fn load(job_id: i64) -> Result<Listed, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::server::SMALLEST_COUNT;
        let locale = crate::i18n::use_locale();
        let found = super::server::candidates(job_id).await?;
        let lines = found
            .candidates
            .into_iter()
            .map(|c| {
                let how = match (c.candidate.interested, c.candidate.proposed) {
                    (true, true) => t("match-came-both"),
                    (true, false) => t("match-came-interested"),
                    _ => t("match-came-proposed"),
                };
                let since = crate::i18n::helsinki_date(c.candidate.shared_since, locale);
                Line {
                    account_id: c.candidate.account_id,
                    name: c.candidate.name,
                    how: format!("{how} ({since})"),
                    fit: t_args(
                        "match-candidate-fit",
                        &[
                            ("score", FluentValue::from(c.fit.score)),
                            ("have", FluentValue::from(c.fit.have.len())),
                            (
                                "asked",
                                FluentValue::from(c.fit.have.len() + c.fit.missing.len()),
                            ),
                        ],
                    ),
                    stage: c.candidate.stage.unwrap_or_default(),
                }
            })
            .collect();
        let matching = found.matching.map(|count| {
            if count < SMALLEST_COUNT {
                t("match-count-few")
            } else {
                t_args("match-count", &[("count", FluentValue::from(count))])
            }
        });
        Ok(Listed { lines, matching })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = job_id;
        Err(AppError::Internal)
    }
}

/// The "Candidates" section of a job's page for its staff.
#[component]
pub fn CandidatesSection(job_id: i64) -> impl IntoView {
    let staged = FormState::take(STAGE_FORM);
    view! {
        <section aria-labelledby="candidates-heading" id="candidates">
            <h2 id="candidates-heading">{t("match-candidates-title")}</h2>
            {done_notice(&staged, "match-stage-saved")}
            <FormSummary state=staged/>
            <p>{t("match-candidates-intro")}</p>
            {loaded_section(move || load(job_id), move |listed: Listed| view! {
                {listed.matching.map(|line| view! { <p>{line}</p> })}
                {if listed.lines.is_empty() {
                    view! { <p>{t("match-candidates-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="experience-list">
                            {listed.lines.into_iter().map(|line| view! { <CandidateItem job_id line/> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            })}
        </section>
    }
}

#[component]
fn CandidateItem(job_id: i64, line: Line) -> impl IntoView {
    let id = format!("stage-{}", line.account_id);
    let name = line.name.clone();
    let options = std::iter::once(("", ""))
        .chain(super::STAGES.map(|stage| (stage, stage)))
        .map(|(value, stage)| {
            let selected = value == line.stage;
            let label = if stage.is_empty() {
                t("match-stage-none")
            } else {
                t(&format!("match-stage-{stage}"))
            };
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view();
    view! {
        <li>
            <p><a href=candidate_path(job_id, line.account_id)><bdi>{line.name.clone()}</bdi></a></p>
            <p>{line.how}</p>
            <p>{line.fit}</p>
            <PostForm action=CandidateStage::url()>
                <input type="hidden" name="job" value=job_id/>
                <input type="hidden" name="candidate" value=line.account_id/>
                <div class="field">
                    <label for=id.clone()>{t("match-stage-label")}</label>
                    <select id=id name="stage">{options}</select>
                </div>
                <button type="submit" class="button button--secondary">
                    {t("match-stage-save")}<span class="visually-hidden">": "{name}</span>
                </button>
            </PostForm>
        </li>
    }
}

#[derive(Clone, Debug)]
struct CandidateView {
    job_id: i64,
    name: String,
    skills: Vec<ShownSkill>,
}

async fn load_candidate(job_id: i64, candidate: i64) -> Result<CandidateView, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        let (name, skills) = super::server::candidate_skills(job_id, candidate, locale).await?;
        Ok(CandidateView {
            job_id,
            name,
            skills,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (job_id, candidate);
        Err(AppError::Internal)
    }
}

/// `/employer/jobs/{job}/candidates/{candidate}`.
#[component]
pub fn CandidatePage() -> impl IntoView {
    let (job, candidate) = (id_param("job"), id_param("candidate"));
    view! {
        <Protected roles=&[Role::Organiser]>
            {crate::ui::loaded_page(move || load_candidate(job, candidate), |view: CandidateView| {
                let title = t_args("match-candidate-title", &[("name", FluentValue::from(view.name.clone()))]);
                view! {
                    <Title text=title.clone()/>
                    <BackLink href=format!("{}#candidates", own_job_path(view.job_id)) label=t("match-candidates-back")/>
                    <h1>{title}</h1>
                    <p>{t("match-candidate-intro")}</p>
                    <EvidenceList skills=view.skills empty_key="profile-shared-none" reader=Reader::Staff/>
                }
            }, crate::jobs::OWN_JOBS, "job-list-title")}
        </Protected>
    }
}
