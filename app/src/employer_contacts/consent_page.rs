//! `/account/employers`: whether the jobseeker's coach may tell employers
//! about them, given and taken back here; each is kept with its time.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, Choice, FormState, FormSummary, PostForm, RadioField, done_notice},
};

const FORM: &str = "employer-consent";

/// The jobseeker agrees (`agree=yes`) or takes their consent back (`no`).
#[server(prefix = "/api", endpoint = "employer-consent")]
pub async fn save_employer_consent(agree: Option<String>) -> Result<(), AppError> {
    let answer = agree.unwrap_or_default();
    let agree = match answer.as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    let result = super::server::save_consent(agree).await;
    crate::forms::answer_form_post(
        FORM,
        vec![("agree".to_owned(), answer)],
        &result,
        super::CONSENT,
    );
    result
}

async fn load() -> Result<Option<String>, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        Ok(super::server::my_consent()
            .await?
            .map(|at| crate::i18n::helsinki_date(at, locale)))
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/account/employers`.
#[component]
pub fn EmployerConsentPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("contact-consent-title")/>
            <BackLink href="/account" label=t("account-back")/>
            <h1>{t("contact-consent-title")}</h1>
            {crate::ui::loaded_page(load, |since| view! { <Consent since/> }, "/account", "account-back")}
        </Protected>
    }
}

#[component]
fn Consent(since: Option<String>) -> impl IntoView {
    let state = FormState::take(FORM);
    let now = match &since {
        Some(day) => t_args(
            "contact-consent-given",
            &[("day", FluentValue::from(day.clone()))],
        ),
        None => t("contact-consent-not-given"),
    };
    let checked = if since.is_some() { "yes" } else { "no" };
    let options = vec![
        Choice::new("yes", t("contact-consent-yes")),
        Choice::new("no", t("contact-consent-no")),
    ];
    view! {
        {done_notice(&state, "contact-consent-saved")}
        <FormSummary state=state.clone()/>
        <p>{t("contact-consent-intro")}</p>
        <ul>
            <li>{t("contact-consent-what")}</li>
            <li>{t("contact-consent-not")}</li>
            <li>{t("contact-consent-back")}</li>
        </ul>
        <p><strong>{now}</strong></p>
        <PostForm action=SaveEmployerConsent::url()>
            <RadioField state name="agree" legend=t("contact-consent-question") options checked=checked.to_owned()/>
            <button type="submit" class="button">{t("contact-consent-save")}</button>
        </PostForm>
    }
}
