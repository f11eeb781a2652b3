//! The skills a person has and what shows each: on `/skills` for the
//! jobseeker, and on `/coach/jobseekers/{jobseeker}/skills` for their coach,
//! who can confirm a skill they have seen in practice. A coach's
//! confirmation stands apart from the person's own word, in words and look.

use std::collections::BTreeMap;

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::types::{Evidence, EvidenceSource, ShownSkill};
use crate::{
    accounts::{Protected, Role},
    caseload::{CASELOAD, jobseeker_path},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{
        BackLink, CheckboxGroup, Choice, ConfirmedPost, FormState, FormSummary, PostForm,
        SelectField, done_notice, id_param, loaded_section,
    },
};

const CONFIRM_FORM: &str = "skill-confirm";
const WITHDRAW_FORM: &str = "skill-withdraw";

/// A jobseeker's skills page for their coach.
pub fn coach_skills_path(jobseeker: i64) -> String {
    format!("{}/skills", jobseeker_path(jobseeker))
}

/// Records the skills a coach has seen the jobseeker use: those ticked among
/// the jobseeker's skills, and one more chosen from the whole vocabulary.
#[server(prefix = "/api", endpoint = "confirm-skills")]
pub async fn confirm_skills(
    jobseeker: i64,
    skills: Option<BTreeMap<String, String>>,
    skill: Option<String>,
) -> Result<(), AppError> {
    let mut chosen: Vec<String> = skills
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, ticked)| ticked == "yes")
        .map(|(id, _)| id)
        .collect();
    chosen.extend(skill.filter(|s| !s.is_empty() && !chosen.contains(s)));
    let result = super::server::confirm_skills(jobseeker, &chosen).await;
    let here = coach_skills_path(jobseeker);
    crate::forms::answer_form_post(CONFIRM_FORM, Vec::new(), &result, &here);
    result
}

/// Takes back a confirmation.
#[server(prefix = "/api", endpoint = "withdraw-skill-confirmation")]
pub async fn withdraw_skill_confirmation(
    jobseeker: i64,
    skill: Option<String>,
) -> Result<(), AppError> {
    let result = super::server::withdraw_confirmation(jobseeker, &skill.unwrap_or_default()).await;
    let here = coach_skills_path(jobseeker);
    crate::forms::answer_form_post(WITHDRAW_FORM, Vec::new(), &result, &here);
    result
}

/// Who reads a list of skills: the person themself, or staff reading about them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    Themself,
    Staff,
}

/// What one piece of evidence says, in the reader's language and person.
fn evidence_text(evidence: &Evidence, reader: Reader) -> String {
    let what = evidence.what.clone().unwrap_or_default();
    let args = [
        ("what", FluentValue::from(what)),
        ("day", FluentValue::from(evidence.day.clone())),
    ];
    let named = evidence.what.is_some();
    let key = match (reader, evidence.source) {
        (Reader::Themself, EvidenceSource::Coach) if named => "profile-evidence-coach",
        (Reader::Themself, EvidenceSource::Coach) => "profile-evidence-coach-unnamed",
        (Reader::Themself, EvidenceSource::Assessment) => "profile-evidence-assessment",
        (Reader::Themself, EvidenceSource::Certificate) => "profile-evidence-certificate",
        (Reader::Themself, EvidenceSource::Module) => "profile-evidence-module",
        (Reader::Themself, EvidenceSource::Experience) => "profile-evidence-experience",
        (Reader::Staff, EvidenceSource::Coach) if named => "profile-evidence-coach-named",
        (Reader::Staff, EvidenceSource::Coach) => "profile-evidence-their-coach",
        (Reader::Staff, EvidenceSource::Assessment) => "profile-evidence-their-assessment",
        (Reader::Staff, EvidenceSource::Certificate) => "profile-evidence-their-certificate",
        (Reader::Staff, EvidenceSource::Module) => "profile-evidence-their-module",
        (Reader::Staff, EvidenceSource::Experience) => "profile-evidence-their-experience",
    };
    t_args(key, &args)
}

/// The skills and their evidence. A skill a coach has seen in practice
/// carries a mark that says so; the rest say only where they come from.
#[component]
pub fn EvidenceList(
    skills: Vec<ShownSkill>,
    empty_key: &'static str,
    reader: Reader,
) -> impl IntoView {
    if skills.is_empty() {
        return view! { <p>{t(empty_key)}</p> }.into_any();
    }
    view! {
        <ul class="skill-list">
            {skills.into_iter().map(|skill| {
                let seen = skill.seen_in_practice();
                view! {
                    <li class="skill" class:skill--seen=seen>
                        <p class="skill__name">
                            <strong>{skill.label}</strong>
                            {seen.then(|| view! { " "<span class="badge badge--seen">{t("profile-seen-badge")}</span> })}
                        </p>
                        <ul class="skill__evidence">
                            {skill.evidence.iter().map(|e| view! { <li><bdi>{evidence_text(e, reader)}</bdi></li> }).collect_view()}
                        </ul>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

async fn load_mine() -> Result<Vec<ShownSkill>, AppError> {
    #[cfg(feature = "ssr")]
    {
        super::server::my_skills(crate::i18n::use_locale()).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// The "Your skills" section of `/skills`.
#[component]
pub fn ShownSkillsSection() -> impl IntoView {
    view! {
        <section aria-labelledby="my-skills">
            <h2 id="my-skills">{t("profile-evidence-title")}</h2>
            <p>{t("profile-evidence-intro")}</p>
            {loaded_section(load_mine, |skills| view! { <EvidenceList skills empty_key="profile-evidence-none" reader=Reader::Themself/> })}
        </section>
    }
}

/// A jobseeker's skills as their coach sees them, with what the coach may
/// confirm: the jobseeker's own skills not yet confirmed, and the vocabulary.
#[derive(Clone, Debug)]
struct CoachView {
    jobseeker: i64,
    name: String,
    skills: Vec<ShownSkill>,
    unconfirmed: Vec<Choice>,
    vocabulary: Vec<Choice>,
}

async fn load_for_coach(jobseeker: i64) -> Result<CoachView, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        let (name, skills) = super::server::jobseeker_skills(jobseeker, locale).await?;
        let unconfirmed = skills
            .iter()
            .filter(|s| !s.seen_in_practice())
            .map(|s| Choice::new(s.skill_id.clone(), s.label.clone()))
            .collect();
        let vocabulary = super::server::skill_choices_by_name(locale)?
            .into_iter()
            .map(|(id, label)| Choice::new(id, label))
            .collect();
        Ok(CoachView {
            jobseeker,
            name,
            skills,
            unconfirmed,
            vocabulary,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = jobseeker;
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/skills`.
#[component]
pub fn CoachSkillsPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load_for_coach(jobseeker), |view| view! { <CoachSkills view/> }, CASELOAD, "caseload-back")}
        </Protected>
    }
}

#[component]
fn CoachSkills(view: CoachView) -> impl IntoView {
    let confirm = FormState::take(CONFIRM_FORM);
    let withdrawn = FormState::take(WITHDRAW_FORM);
    let title = t_args(
        "profile-coach-title",
        &[("name", FluentValue::from(view.name.clone()))],
    );
    let jobseeker = view.jobseeker.to_string();
    let confirmed: Vec<ShownSkill> = view
        .skills
        .iter()
        .filter(|s| s.seen_in_practice())
        .cloned()
        .collect();
    view! {
        <Title text=title.clone()/>
        <BackLink href=jobseeker_path(view.jobseeker) label=t("profile-coach-back")/>
        <h1>{title}</h1>
        {done_notice(&confirm, "profile-confirmed")}
        {done_notice(&withdrawn, "profile-withdrawn")}
        <FormSummary state=withdrawn/>
        <p>{t("profile-coach-intro")}</p>
        <EvidenceList skills=view.skills empty_key="profile-coach-none" reader=Reader::Staff/>

        <h2 id="confirm">{t("profile-confirm-title")}</h2>
        <p>{t("profile-confirm-intro")}</p>
        <FormSummary state=confirm.clone()/>
        <PostForm action=ConfirmSkills::url()>
            <input type="hidden" name="jobseeker" value=view.jobseeker.to_string()/>
            {(!view.unconfirmed.is_empty()).then(|| view! {
                <CheckboxGroup state=confirm.clone() name="skills" legend=t("profile-confirm-theirs")
                    options=view.unconfirmed checked=Vec::new()/>
            })}
            <SelectField state=confirm.clone() name="skill" label=t("profile-confirm-other")
                hint=t("profile-confirm-other-hint") options=view.vocabulary any=t("profile-confirm-choose")/>
            <button type="submit" class="button">{t("profile-confirm-save")}</button>
        </PostForm>

        {(!confirmed.is_empty()).then(move || view! {
            <h2>{t("profile-withdraw-title")}</h2>
            <ul class="plain-list">
                {confirmed.into_iter().map(|skill| {
                    let item = || [("item", FluentValue::from(skill.label.clone()))];
                    view! {
                        <li>
                            <ConfirmedPost action=WithdrawSkillConfirmation::url() field="skill" value=skill.skill_id.clone()
                                extra=("jobseeker", jobseeker.clone())
                                open=t_args("profile-withdraw", &item())
                                question=t_args("profile-withdraw-question", &item())
                                confirm=t_args("profile-withdraw-confirm", &item())/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
    }
}
