use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use crate::{
    accounts::{Protected, Role, current_user, language_choices},
    error::AppError,
    i18n::{Locale, t, use_locale},
    ui::{BackLink, FormState, FormSummary, PostForm, RadioField},
};

pub(super) const FORM: &str = "account-language";
pub(super) const FIELD_LOCALE: &str = "locale";

/// Saves the language Askel and its messages use for the signed-in person,
/// and switches this browser to it.
#[server(prefix = "/api", endpoint = "change-language")]
pub async fn change_language(locale: Option<String>) -> Result<(), AppError> {
    let locale = locale.unwrap_or_default();
    let result = super::server::change_language(&locale).await;
    let values = vec![(FIELD_LOCALE.to_owned(), locale)];
    crate::forms::answer_form_post_to(FORM, values, &result, "/account/language", "/account");
    result
}

/// Choosing the language of Askel and of the messages it sends.
#[component]
pub fn LanguagePage() -> impl IntoView {
    view! {
        <Protected roles=&Role::ALL>
            <LanguageForm/>
        </Protected>
    }
}

#[component]
fn LanguageForm() -> impl IntoView {
    let state = FormState::take(FORM);
    let page_locale = use_locale();
    let saved = current_user().map_or(page_locale, |user| user.locale);
    view! {
        <Title text=t("language-page-title")/>
        <BackLink href="/account" label=t("account-back")/>
        <h1>{t("language-page-title")}</h1>
        <FormSummary state=state.clone()/>
        <PostForm action=ChangeLanguage::url()>
            <RadioField state name=FIELD_LOCALE legend=t("join-locale-legend")
                hint=t("language-page-hint") options=language_choices(page_locale, &Locale::ALL) checked=saved.code().to_owned()/>
            <button type="submit" class="button">{t("language-page-submit")}</button>
        </PostForm>
    }
}
