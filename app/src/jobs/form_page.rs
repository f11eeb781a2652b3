//! The job form of employers' staff: `/employer/jobs/new` for a new draft and
//! `/employer/jobs/{job}/edit` for changes. One plain form, in the order an
//! employer thinks about a job; skills are grouped by field, each group
//! opening by itself (`<details>`), so the long list works without JavaScript.

use std::collections::BTreeMap;

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    staff_pages::{OWN_JOBS, job_path},
    types::{ADJUSTMENTS, JobForm, JobKind},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{
        BackLink, CheckboxField, CheckboxGroup, Choice, FieldMessage, FormState, FormSummary,
        PostForm, RadioField, TypedFields,
    },
};

pub(super) const FORM: &str = "job-form";
/// The form for a new job.
pub(super) const NEW_JOB: &str = "/employer/jobs/new";

/// The form for changing one of the staff member's jobs.
pub fn edit_path(job_id: i64) -> String {
    format!("{}/edit", job_path(job_id))
}

/// Saves the job form: a new draft, or changes to the staff member's job.
#[server(prefix = "/api", endpoint = "job-save")]
pub async fn save_job(
    // Text, not a number: with a flattened map beside it, serde would not
    // read a number from the form's text.
    job: Option<String>,
    cert: Option<BTreeMap<String, String>>,
    skill: Option<BTreeMap<String, String>>,
    adjust: Option<BTreeMap<String, String>>,
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    let job = match job.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(id) => Some(id.parse::<i64>().map_err(|_| AppError::BadRequest)?),
    };
    let mut typed = fields;
    for (group, chosen) in [("cert", cert), ("skill", skill), ("adjust", adjust)] {
        for (code, value) in chosen.unwrap_or_default() {
            typed.insert(format!("{group}[{code}]"), value);
        }
    }
    let result = super::posting::save(job, &typed).await;
    let here = job.map_or_else(|| NEW_JOB.to_owned(), edit_path);
    let next = result
        .as_ref()
        .map_or_else(|_| here.clone(), |id| job_path(*id));
    // What was typed waits on the server for the form to show again: the
    // flash cookie carries only the errors.
    if matches!(result, Err(AppError::Validation { .. })) {
        super::posting::keep_typed(job, &typed).await?;
    }
    crate::forms::answer_form_post_to(FORM, Vec::new(), &result, &here, &next);
    result.map(|_| ())
}

/// Skills of one field of work, for the form.
#[derive(Clone, Debug)]
struct SkillGroup {
    label: String,
    skills: Vec<Choice>,
}

/// Everything the form shows, named in the page's language.
#[derive(Clone, Debug, Default)]
struct JobFormView {
    job_id: Option<i64>,
    employers: Vec<Choice>,
    events: Vec<Choice>,
    occupations: Vec<Choice>,
    skill_groups: Vec<SkillGroup>,
    certificates: Vec<Choice>,
    languages: Vec<Choice>,
    values: Vec<(String, String)>,
}

async fn load(job_id: Option<Result<i64, AppError>>) -> Result<JobFormView, AppError> {
    #[cfg(feature = "ssr")]
    {
        let job_id = job_id.transpose()?;
        let data = super::posting::form_data(job_id, crate::i18n::use_locale()).await?;
        let vocabulary = crate::context::vocabulary()?;
        let locale = crate::i18n::use_locale();
        let texts = vocabulary.texts(locale);
        let by_name = |mut choices: Vec<Choice>| {
            crate::i18n::sort_by_name(&mut choices, locale, |c| &c.label);
            choices
        };
        let named = |items: &[(i64, String)]| -> Vec<Choice> {
            items
                .iter()
                .map(|(id, name)| Choice::new(id.to_string(), name.clone()))
                .collect()
        };
        let label = |map: &BTreeMap<String, String>, id: &str| {
            map.get(id).cloned().unwrap_or_else(|| id.to_owned())
        };
        let skill_groups = vocabulary
            .fields
            .iter()
            .map(|field| SkillGroup {
                label: label(&texts.fields, field),
                skills: by_name(
                    vocabulary
                        .skills
                        .iter()
                        .filter(|s| &s.field == field)
                        .map(|s| {
                            let name = texts.skills.get(&s.id).map(|l| l.label.clone());
                            Choice::new(s.id.clone(), name.unwrap_or_else(|| s.id.clone()))
                        })
                        .collect(),
                ),
            })
            .filter(|group| !group.skills.is_empty())
            .collect();
        Ok(JobFormView {
            job_id,
            employers: named(&data.employers),
            events: named(&data.events),
            occupations: by_name(
                vocabulary
                    .occupations
                    .iter()
                    .map(|o| Choice::new(o.id.clone(), label(&texts.occupations, &o.id)))
                    .collect(),
            ),
            skill_groups,
            certificates: by_name(
                vocabulary
                    .certificates
                    .iter()
                    .map(|c| {
                        let name = texts.certificates.get(&c.id).map(|l| l.label.clone());
                        Choice::new(c.id.clone(), name.unwrap_or_else(|| c.id.clone()))
                    })
                    .collect(),
            ),
            languages: by_name(
                vocabulary
                    .languages
                    .iter()
                    .filter(|l| l.id != "fi")
                    .map(|l| Choice::new(l.id.clone(), label(&texts.languages, &l.id)))
                    .collect(),
            ),
            values: data.typed.into_iter().collect(),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = job_id;
        Err(AppError::Internal)
    }
}

/// `/employer/jobs/new`.
#[component]
pub fn NewJobPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Organiser]>
            {crate::ui::loaded_page(|| load(None), show, OWN_JOBS, "job-list-title")}
        </Protected>
    }
}

/// `/employer/jobs/{job}/edit`.
#[component]
pub fn EditJobPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Organiser]>
            <EditJobContent/>
        </Protected>
    }
}

#[component]
fn EditJobContent() -> impl IntoView {
    let job_id = super::job_param();
    crate::ui::loaded_page(
        move || load(Some(job_id.clone())),
        show,
        OWN_JOBS,
        "job-list-title",
    )
}

fn show(form: JobFormView) -> impl IntoView {
    view! { <JobFormPage form/> }
}

/// The levels of a language a job can ask for.
fn level_choices() -> Vec<Choice> {
    // A first language is not a level a job may ask for: it stands for origin.
    crate::profile::types::LanguageLevel::ALL
        .iter()
        .filter(|level| **level != crate::profile::types::LanguageLevel::Native)
        .map(|level| {
            let code = level.as_str();
            Choice::new(code, t(&format!("job-level-{}", code.to_lowercase())))
        })
        .collect()
}

#[component]
fn JobFormPage(form: JobFormView) -> impl IntoView {
    let state = FormState::take(FORM);
    let job_id = form.job_id;
    let f = TypedFields {
        values: form.values,
        state: state.clone(),
    };
    let (title, back, back_label) = match job_id {
        Some(id) => (t("job-edit-title"), job_path(id), t("job-back-to-job")),
        None => (t("job-new-title"), OWN_JOBS.to_owned(), t("job-list-title")),
    };
    let kinds = JobKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), t(&format!("job-kind-{}", k.as_str()))))
        .collect::<Vec<_>>();
    let forms = JobForm::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), t(&format!("job-form-{}", k.as_str()))))
        .collect::<Vec<_>>();
    let finnish = vec![
        Choice::new("required", t("job-finnish-required")),
        Choice::new("not-required", t("job-finnish-not-required")),
    ];
    let translations = [
        (
            "title_sv",
            "description_sv",
            "job-title-sv",
            "job-description-sv",
        ),
        (
            "title_en",
            "description_en",
            "job-title-en",
            "job-description-en",
        ),
    ]
    .into_iter()
    .map(|(title, description, title_label, description_label)| {
        view! { {f.text(title, title_label)} {f.area(description, description_label, 6)} }
    })
    .collect_view();
    let other_languages = super::types::OTHER_LANGUAGES
        .iter()
        .enumerate()
        .map(|(n, (language, level))| {
            let legend = crate::i18n::t_args(
                "job-other-language-legend",
                &[("number", crate::i18n::FluentValue::from(n + 1))],
            );
            view! {
                <fieldset class="field-group">
                    <legend>{legend}</legend>
                    {f.select(language, "job-other-language", form.languages.clone(), Some("job-no-language"))}
                    {f.select(level, "job-language-level", level_choices(), Some("job-choose"))}
                </fieldset>
            }
        })
        .collect_view();
    let certificates = f.ticked("cert", form.certificates.iter().map(|c| c.value.as_str()));
    let adjustments = f.ticked("adjust", ADJUSTMENTS);
    view! {
        <Title text=title.clone()/>
        <BackLink href=back label=back_label/>
        <h1>{title}</h1>
        <p>{t("job-form-intro")}</p>
        <FormSummary state=state.clone()/>
        <PostForm action=SaveJob::url()>
            {job_id.map(|id| view! { <input type="hidden" name="job" value=id/> })}
            <h2>{t("job-section-about")}</h2>
            {f.select("employer", "job-employer", form.employers.clone(), None)}
            <RadioField state=state.clone() name="kind" legend=t("job-kind-legend") hint=t("job-kind-hint") options=kinds checked=f.value("kind")/>
            {f.text("title_fi", "job-title-fi")}
            {f.area("description_fi", "job-description-fi", 8)}
            {f.select("occupation", "job-occupation", form.occupations.clone(), Some("job-choose"))}

            <h2>{t("job-section-translations")}</h2>
            <p class="hint">{t("job-translations-hint")}</p>
            {translations}

            <h2>{t("job-section-work")}</h2>
            {f.text("municipality", "job-municipality")}
            <CheckboxField state=state.clone() name="remote" label=t("job-remote") checked=f.value("remote") == "yes"/>
            {f.select("form", "job-form-label", forms, Some("job-choose"))}
            {f.hinted("hours", "job-hours", "job-hours-hint", "text")}
            <CheckboxGroup state=state.clone() name="adjust" legend=t("job-adjust-legend") hint=t("job-adjust-hint") options=Choice::named("job-adjust", ADJUSTMENTS) checked=adjustments/>

            <h2>{t("job-section-languages")}</h2>
            <RadioField state=state.clone() name="finnish" legend=t("job-finnish-legend") hint=t("job-finnish-hint") options=finnish checked=f.value("finnish")/>
            {f.select("finnish_level", "job-finnish-level", level_choices(), Some("job-choose"))}
            {other_languages}

            <h2>{t("job-section-skills")}</h2>
            <p class="hint">{t("job-skills-hint")}</p>
            <SkillNeeds state=state.clone() groups=form.skill_groups values=f.values.clone()/>
            <CheckboxGroup state=state.clone() name="cert" legend=t("job-certificates-legend") options=form.certificates.clone() checked=certificates/>

            <h2>{t("job-section-apply")}</h2>
            {f.hinted("start_on", "job-start-on", "job-date-hint", "date")}
            {f.hinted("apply_by", "job-apply-by", "job-date-hint", "date")}
            {f.area("how_to_apply", "job-how-to-apply", 4)}
            {f.hinted("apply_url", "job-apply-url", "job-apply-url-hint", "url")}
            {f.select("event", "job-event", form.events.clone(), Some("job-no-event"))}

            <button type="submit" class="button">{t(if job_id.is_some() { "job-save" } else { "job-save-draft" })}</button>
        </PostForm>
    }
}

/// Each skill of the vocabulary, by field, with a choice of not needed,
/// must have or nice to have. A field opens by itself when one of its
/// skills is chosen.
#[component]
fn SkillNeeds(
    state: FormState,
    groups: Vec<SkillGroup>,
    values: Vec<(String, String)>,
) -> impl IntoView {
    let chosen = move |skill: &str| {
        values
            .iter()
            .find(|(k, _)| *k == format!("skill[{skill}]"))
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let problem = state.problem("skills");
    let invalid = problem.is_some();
    let groups = groups
        .into_iter()
        .map(|group| {
            let open = group.skills.iter().any(|s| !chosen(&s.value).is_empty());
            let skills = group
                .skills
                .into_iter()
                .map(|skill| {
                    let id = state.field_id(&format!("skill-{}", skill.value));
                    let value = chosen(&skill.value);
                    let option = |code: &'static str, key: &str| {
                        view! { <option value=code selected=value == code>{t(key)}</option> }
                    };
                    view! {
                        <div class="field field--inline">
                            <label for=id.clone()>{skill.label}</label>
                            <select id=id name=format!("skill[{}]", skill.value)>
                                {option("", "job-skill-not-needed")}
                                {option("must", "job-skill-must")}
                                {option("nice", "job-skill-nice")}
                            </select>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <details class="skill-group" open=open>
                    <summary>{group.label.clone()}</summary>
                    // The field names each skill's group for a screen reader, which reads a select's label alone.
                    <fieldset>
                        <legend class="visually-hidden">{group.label}</legend>
                        {skills}
                    </fieldset>
                </details>
            }
        })
        .collect_view();
    view! {
        <div id=state.field_id("skills") tabindex="-1" class="field" class:field--invalid=invalid>
            {problem.map(|(id, message)| view! { <FieldMessage id prefix=t("form-error-prefix") message/> })}
            {groups}
        </div>
    }
}
