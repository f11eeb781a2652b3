//! The languages a jobseeker knows and how well, on CEFR levels with
//! everyday descriptions: `/languages/new` adds one (or changes its level),
//! and `/skills` lists them with a button to remove each.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    removable::{Removable, RemovableList},
    types::LanguageLevel,
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{
        BackLink, Choice, FormState, FormSummary, PostForm, RadioField, SelectField, done_notice,
    },
};

const SET_FORM: &str = "language-set";
const REMOVE_FORM: &str = "language-remove";
const LANGUAGES: &str = "/skills#languages";
const NEW_LANGUAGE: &str = "/languages/new";

/// Sets the level of a language (adding it when new).
#[server(prefix = "/api", endpoint = "set-language")]
pub async fn set_language(language: Option<String>, level: Option<String>) -> Result<(), AppError> {
    use super::server::{FIELD_LANGUAGE, FIELD_LEVEL};
    let [language, level] = [language, level].map(Option::unwrap_or_default);
    let result = super::server::set_language(&language, &level).await;
    let values = vec![
        (FIELD_LANGUAGE.to_owned(), language),
        (FIELD_LEVEL.to_owned(), level),
    ];
    crate::forms::answer_form_post_to(SET_FORM, values, &result, NEW_LANGUAGE, LANGUAGES);
    result
}

/// Takes a language off the profile.
#[server(prefix = "/api", endpoint = "remove-language")]
pub async fn remove_language(language: Option<String>) -> Result<(), AppError> {
    let result = super::server::remove_language(&language.unwrap_or_default()).await;
    // Back to the list either way: at the note that it is gone, or at the problem.
    crate::forms::answer_form_post(REMOVE_FORM, Vec::new(), &result, "/skills");
    result
}

fn level_label(level: LanguageLevel) -> String {
    t(&format!("profile-level-{}", level.as_str().to_lowercase()))
}

async fn load_choices() -> Result<Vec<Choice>, AppError> {
    #[cfg(feature = "ssr")]
    {
        Ok(super::server::language_choices(crate::i18n::use_locale())?
            .into_iter()
            .map(|(id, name)| Choice::new(id, name))
            .collect())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/languages/new`.
#[component]
pub fn AddLanguagePage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("profile-language-add-title")/>
            <BackLink href=LANGUAGES label=t("profile-back")/>
            <h1>{t("profile-language-add-title")}</h1>
            {crate::ui::loaded_page(load_choices, |languages| view! { <AddLanguageForm languages/> }, LANGUAGES, "profile-back")}
        </Protected>
    }
}

#[component]
fn AddLanguageForm(languages: Vec<Choice>) -> impl IntoView {
    let state = FormState::take(SET_FORM);
    let levels: Vec<Choice> = LanguageLevel::ALL
        .iter()
        .rev()
        .map(|level| Choice::new(level.as_str(), level_label(*level)))
        .collect();
    view! {
        <FormSummary state=state.clone()/>
        <PostForm action=SetLanguage::url()>
            <SelectField state=state.clone() name="language" label=t("profile-language-label")
                hint=t("profile-language-hint") options=languages any=t("profile-language-choose")/>
            <RadioField state=state.clone() name="level" legend=t("profile-level-legend")
                hint=t("profile-level-hint") options=levels/>
            <button type="submit" class="button">{t("profile-language-save")}</button>
        </PostForm>
    }
}

async fn load_mine() -> Result<Vec<(String, String, LanguageLevel)>, AppError> {
    #[cfg(feature = "ssr")]
    {
        super::server::my_languages(crate::i18n::use_locale()).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// The "Languages you know" section of `/skills`.
#[component]
pub fn LanguageSection() -> impl IntoView {
    let saved = FormState::take(SET_FORM);
    let removed = FormState::take(REMOVE_FORM);
    view! {
        <section aria-labelledby="languages">
            <h2 id="languages" tabindex="-1">{t("profile-languages-title")}</h2>
            {done_notice(&saved, "profile-language-saved")}
            {done_notice(&removed, "profile-language-removed")}
            <FormSummary state=removed/>
            <p>{t("profile-languages-intro")}</p>
            {crate::ui::loaded_page(load_mine, |mine| view! { <LanguageList mine/> }, "/", "profile-back")}
            <p><a class="button" href=NEW_LANGUAGE>{t("profile-language-add")}</a></p>
        </section>
    }
}

#[component]
fn LanguageList(mine: Vec<(String, String, LanguageLevel)>) -> impl IntoView {
    let items = mine
        .into_iter()
        .map(|(id, name, level)| Removable {
            remove: t_args(
                "profile-language-remove",
                &[("language", FluentValue::from(name.clone()))],
            ),
            id,
            title: name,
            detail: level_label(level),
        })
        .collect();
    view! { <RemovableList items action=RemoveLanguage::url() field="language" empty_key="profile-languages-none"/> }
}
