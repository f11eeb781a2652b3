//! The languages a jobseeker knows and how well, on CEFR levels with
//! everyday descriptions: `/languages/new` adds one (or changes its level),
//! and `/skills` lists them with a button to remove each.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    removable::{ListSection, Removable, list_section},
    types::LanguageLevel,
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{BackLink, Choice, FormState, FormSummary, PostForm, RadioField, SelectField},
};

const NEW_LANGUAGE: &str = "/languages/new";
const LANGUAGES: &str = "/skills#languages";

static SECTION: ListSection = ListSection {
    anchor: "languages",
    title_key: "profile-languages-title",
    intro_key: "profile-languages-intro",
    empty_key: "profile-languages-none",
    add_key: "profile-language-add",
    add_href: NEW_LANGUAGE,
    set_form: "language-set",
    saved_key: "profile-language-saved",
    remove_form: "language-remove",
    remove_action: <RemoveLanguage as ServerFn>::url,
    field: "language",
    removed_key: "profile-language-removed",
};

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
    crate::forms::answer_form_post_to(SECTION.set_form, values, &result, NEW_LANGUAGE, LANGUAGES);
    result
}

/// Takes a language off the profile.
#[server(prefix = "/api", endpoint = "remove-language")]
pub async fn remove_language(language: Option<String>) -> Result<(), AppError> {
    use super::server::{ListKind, remove_item};
    let result = remove_item(ListKind::Language, &language.unwrap_or_default()).await;
    // Back to the list either way: at the note that it is gone, or at the problem.
    crate::forms::answer_form_post(SECTION.remove_form, Vec::new(), &result, "/skills");
    result
}

fn level_label(level: LanguageLevel) -> String {
    t(&format!("profile-level-{}", level.as_str().to_lowercase()))
}

async fn load_choices() -> Result<Vec<Choice>, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::server::{ListKind, choices};
        Ok(choices(ListKind::Language, crate::i18n::use_locale())?
            .into_iter()
            .map(|c| Choice::new(c.id, c.name))
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
            {crate::ui::loaded_page(load_choices, |languages| view! { <AddLanguageForm languages/> }, LANGUAGES, "profile-back")}
        </Protected>
    }
}

#[component]
fn AddLanguageForm(languages: Vec<Choice>) -> impl IntoView {
    let state = FormState::take(SECTION.set_form);
    let levels: Vec<Choice> = LanguageLevel::ALL
        .iter()
        .rev()
        .map(|level| Choice::new(level.as_str(), level_label(*level)))
        .collect();
    view! {
        <h1>{t("profile-language-add-title")}</h1>
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

async fn load_mine() -> Result<Vec<Removable>, AppError> {
    #[cfg(feature = "ssr")]
    {
        Ok(super::server::my_languages(crate::i18n::use_locale())
            .await?
            .into_iter()
            .map(|language| Removable {
                id: language.id,
                title: language.name,
                detail: level_label(language.detail),
            })
            .collect())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// The "Languages you know" section of `/skills`.
#[component]
pub fn LanguageSection() -> impl IntoView {
    list_section(&SECTION, load_mine)
}
