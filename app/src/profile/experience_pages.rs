//! Adding something the person has done (`/experience/new`), choosing the
//! skills it showed among those its words suggest (`/experience/{id}`), and
//! the list of it all on `/skills`. Plain forms: no script is needed.

use std::collections::BTreeMap;

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::types::ExperienceKind;
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{
        BackLink, CheckboxGroup, Choice, ConfirmedPost, FormState, FormSummary, PostForm,
        RadioField, TextAreaField, TextField, done_notice, id_param, loaded_section,
    },
};

const ADD_FORM: &str = "experience-add";
const SKILLS_FORM: &str = "experience-skills";
const DELETE_FORM: &str = "experience-delete";
/// Where the list of experiences is, and where the pages lead back to.
pub const EXPERIENCES: &str = "/skills#experiences";
const NEW_EXPERIENCE: &str = "/experience/new";

fn experience_path(id: i64) -> String {
    format!("/experience/{id}")
}

/// Adds an experience and goes on to choosing its skills.
#[server(prefix = "/api", endpoint = "add-experience")]
pub async fn add_experience(
    kind: Option<String>,
    description: Option<String>,
    place: Option<String>,
    period: Option<String>,
) -> Result<(), AppError> {
    use super::server::{FIELD_DESCRIPTION, FIELD_KIND, FIELD_PERIOD, FIELD_PLACE};
    let [kind, description, place, period] =
        [kind, description, place, period].map(Option::unwrap_or_default);
    let result = super::server::add_experience(&kind, &description, &place, &period).await;
    let next = result
        .as_ref()
        .map_or_else(|_| NEW_EXPERIENCE.to_owned(), |id| experience_path(*id));
    let values = vec![
        (FIELD_KIND.to_owned(), kind),
        (FIELD_DESCRIPTION.to_owned(), description),
        (FIELD_PLACE.to_owned(), place),
        (FIELD_PERIOD.to_owned(), period),
    ];
    crate::forms::answer_form_post_to(ADD_FORM, values, &result, NEW_EXPERIENCE, &next);
    result.map(|_| ())
}

/// Saves the skills ticked for one experience.
#[server(prefix = "/api", endpoint = "save-experience-skills")]
pub async fn save_experience_skills(
    experience: i64,
    skills: Option<BTreeMap<String, String>>,
) -> Result<(), AppError> {
    let result = super::server::save_skills(experience, &skills.unwrap_or_default()).await;
    let here = experience_path(experience);
    crate::forms::answer_form_post_to(SKILLS_FORM, Vec::new(), &result, &here, EXPERIENCES);
    result
}

/// Deletes one experience.
#[server(prefix = "/api", endpoint = "delete-experience")]
pub async fn delete_experience(experience: i64) -> Result<(), AppError> {
    let result = super::server::delete_experience(experience).await;
    let here = experience_path(experience);
    crate::forms::answer_form_post_to(DELETE_FORM, Vec::new(), &result, &here, EXPERIENCES);
    result
}

/// `/experience/new`.
#[component]
pub fn AddExperiencePage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("profile-add-title")/>
            <BackLink href=EXPERIENCES label=t("profile-back")/>
            <h1>{t("profile-add-title")}</h1>
            <p>{t("profile-add-intro")}</p>
            <AddExperienceForm/>
        </Protected>
    }
}

#[component]
fn AddExperienceForm() -> impl IntoView {
    let state = FormState::take(ADD_FORM);
    let kinds: Vec<&str> = ExperienceKind::ALL.iter().map(|k| k.as_str()).collect();
    view! {
            <FormSummary state=state.clone()/>
            <PostForm action=AddExperience::url()>
                <RadioField state=state.clone() name="kind" legend=t("profile-kind-legend")
                    options=Choice::named("profile-kind", &kinds)/>
                <TextAreaField state=state.clone() name="description" label=t("profile-description-label")
                    hint=t("profile-description-hint") rows=4/>
                <TextField state=state.clone() name="place" label=t("profile-place-label")
                    hint=t("profile-place-hint")/>
                <TextField state=state.clone() name="period" label=t("profile-period-label")
                    hint=t("profile-period-hint")/>
                <button type="submit" class="button">{t("profile-continue")}</button>
            </PostForm>
    }
}

/// An experience with the skills to offer for it.
#[derive(Clone, Debug)]
struct ExperienceSkills {
    id: i64,
    description: String,
    choices: Vec<Choice>,
    ticked: Vec<String>,
}

async fn load_experience(id: i64) -> Result<ExperienceSkills, AppError> {
    #[cfg(feature = "ssr")]
    {
        let experience = super::server::my_experience(id).await?;
        let choices = super::server::skill_choices(&experience, crate::i18n::use_locale())?;
        Ok(ExperienceSkills {
            id,
            description: experience.description,
            choices: choices
                .into_iter()
                .map(|(id, label)| Choice::new(id, label))
                .collect(),
            ticked: experience.skills,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = id;
        Err(AppError::Internal)
    }
}

/// `/experience/{experience}`.
#[component]
pub fn ExperienceSkillsPage() -> impl IntoView {
    let id = id_param("experience");
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("profile-skills-title")/>
            <BackLink href=EXPERIENCES label=t("profile-back")/>
            {crate::ui::loaded_page(move || load_experience(id), |experience| view! { <ChooseSkills experience/> }, EXPERIENCES, "profile-back")}
        </Protected>
    }
}

#[component]
fn ChooseSkills(experience: ExperienceSkills) -> impl IntoView {
    let state = FormState::take(SKILLS_FORM);
    let (id, delete_id) = (experience.id.to_string(), experience.id.to_string());
    let found = !experience.choices.is_empty();
    view! {
        <h1>{t("profile-skills-title")}</h1>
        <p>{t("profile-you-wrote")}</p>
        <blockquote class="quote"><p dir="auto">{experience.description}</p></blockquote>
        <FormSummary state=state.clone()/>
        <PostForm action=SaveExperienceSkills::url()>
            <input type="hidden" name="experience" value=id/>
            {if found {
                view! {
                    <CheckboxGroup state=state.clone() name="skills" legend=t("profile-skills-legend")
                        hint=t("profile-skills-hint") options=experience.choices checked=experience.ticked/>
                }.into_any()
            } else {
                view! { <p class="notice">{t("profile-skills-none")}</p> }.into_any()
            }}
            <button type="submit" class="button">{t("profile-save-skills")}</button>
        </PostForm>
        <ConfirmedPost action=DeleteExperience::url() field="experience" value=delete_id
            open=t("profile-delete") question=t("profile-delete-question") confirm=t("profile-delete-confirm")/>
    }
}

/// One experience as the list shows it.
#[derive(Clone, Debug)]
struct Listed {
    id: i64,
    kind: &'static str,
    description: String,
    place: Option<String>,
    period: Option<String>,
    skills: Vec<String>,
}

async fn load_list() -> Result<Vec<Listed>, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        super::server::my_experiences()
            .await?
            .into_iter()
            .map(|e| {
                Ok(Listed {
                    id: e.id,
                    kind: e.kind.as_str(),
                    description: e.description,
                    place: e.place,
                    period: e.period,
                    skills: super::server::skill_labels(&e.skills, locale)?,
                })
            })
            .collect()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// The "What you have done" section of `/skills`.
#[component]
pub fn ExperienceSection() -> impl IntoView {
    let saved = FormState::take(SKILLS_FORM);
    let deleted = FormState::take(DELETE_FORM);
    view! {
        <section aria-labelledby="experiences">
            <h2 id="experiences" tabindex="-1">{t("profile-section-title")}</h2>
            {done_notice(&saved, "profile-skills-saved")}
            {done_notice(&deleted, "profile-deleted")}
            <p>{t("profile-section-intro")}</p>
            {loaded_section(load_list, |list: Vec<Listed>| view! { <ExperienceList list/> })}
            <p><a class="button" href=NEW_EXPERIENCE>{t("profile-add")}</a></p>
        </section>
    }
}

/// The start of `text`, enough to tell one experience from another.
fn first_words(text: &str) -> String {
    const SHOWN: usize = 40;
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

#[component]
fn ExperienceList(list: Vec<Listed>) -> impl IntoView {
    if list.is_empty() {
        return view! { <p>{t("profile-none")}</p> }.into_any();
    }
    view! {
        <ul class="experience-list">
            {list.into_iter().map(|e| {
                let skills = if e.skills.is_empty() { t("profile-no-skills") } else { e.skills.join(", ") };
                let details: Vec<String> = [e.place, e.period].into_iter().flatten().collect();
                view! {
                    <li>
                        <p class="caption">{t(&format!("profile-kind-{}", e.kind))}</p>
                        <p dir="auto">{e.description.clone()}</p>
                        {(!details.is_empty()).then(|| view! { <p class="hint" dir="auto">{details.join(" · ")}</p> })}
                        <p>{t("profile-skills-label")}" "{skills}</p>
                        // Every link's name is its own: "Choose skills: I cleaned offices…".
                        <p><a href=experience_path(e.id)>{t("profile-change-skills")}
                            <span class="visually-hidden">": "<bdi>{first_words(&e.description)}</bdi></span></a></p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
