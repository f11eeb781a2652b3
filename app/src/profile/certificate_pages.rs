//! Certificates and cards of Finnish working life the jobseeker holds, with
//! the day each ends: `/certificates/new` adds one (or changes its day), and
//! `/skills` lists them, saying which have ended, with a button to remove each.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::removable::{Removable, RemovableList};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{BackLink, Choice, FormState, FormSummary, PostForm, SelectField, TextField, done_notice},
};

const SET_FORM: &str = "certificate-set";
const REMOVE_FORM: &str = "certificate-remove";
const CERTIFICATES: &str = "/skills#certificates";
const NEW_CERTIFICATE: &str = "/certificates/new";

/// Adds a certificate, or changes the day it ends.
#[server(prefix = "/api", endpoint = "set-certificate")]
pub async fn set_certificate(
    certificate: Option<String>,
    valid_until: Option<String>,
) -> Result<(), AppError> {
    use super::server::{FIELD_CERTIFICATE, FIELD_VALID_UNTIL};
    let [certificate, valid_until] = [certificate, valid_until].map(Option::unwrap_or_default);
    let result = super::server::set_certificate(&certificate, &valid_until).await;
    let values = vec![
        (FIELD_CERTIFICATE.to_owned(), certificate),
        (FIELD_VALID_UNTIL.to_owned(), valid_until),
    ];
    crate::forms::answer_form_post_to(SET_FORM, values, &result, NEW_CERTIFICATE, CERTIFICATES);
    result
}

/// Takes a certificate off the profile.
#[server(prefix = "/api", endpoint = "remove-certificate")]
pub async fn remove_certificate(certificate: Option<String>) -> Result<(), AppError> {
    let result = super::server::remove_certificate(&certificate.unwrap_or_default()).await;
    crate::forms::answer_form_post(REMOVE_FORM, Vec::new(), &result, "/skills");
    result
}

async fn load_choices() -> Result<Vec<Choice>, AppError> {
    #[cfg(feature = "ssr")]
    {
        Ok(
            super::server::certificate_choices(crate::i18n::use_locale())?
                .into_iter()
                .map(|(id, name)| Choice::new(id, name))
                .collect(),
        )
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/certificates/new`.
#[component]
pub fn AddCertificatePage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("profile-certificate-add-title")/>
            <BackLink href=CERTIFICATES label=t("profile-back")/>
            <h1>{t("profile-certificate-add-title")}</h1>
            {crate::ui::loaded_page(load_choices, |certificates| view! { <AddCertificateForm certificates/> }, CERTIFICATES, "profile-back")}
        </Protected>
    }
}

#[component]
fn AddCertificateForm(certificates: Vec<Choice>) -> impl IntoView {
    let state = FormState::take(SET_FORM);
    view! {
        <FormSummary state=state.clone()/>
        <PostForm action=SetCertificate::url()>
            <SelectField state=state.clone() name="certificate" label=t("profile-certificate-label")
                hint=t("profile-certificate-hint") options=certificates any=t("profile-certificate-choose")/>
            <TextField state=state.clone() name="valid_until" kind="date" label=t("profile-valid-until-label")
                hint=t("profile-valid-until-hint")/>
            <button type="submit" class="button">{t("profile-certificate-save")}</button>
        </PostForm>
    }
}

/// The person's certificates as the list shows them: when each ends, and
/// which have ended, in Helsinki's today.
async fn load_mine() -> Result<Vec<Removable>, AppError> {
    #[cfg(feature = "ssr")]
    {
        use crate::i18n::{FluentValue, t_args};
        let locale = crate::i18n::use_locale();
        let today = crate::i18n::helsinki_local(time::OffsetDateTime::now_utc()).date();
        Ok(super::server::my_certificates(locale)
            .await?
            .into_iter()
            .map(|(id, name, valid_until)| {
                let detail = match valid_until {
                    None => t("profile-certificate-no-end"),
                    Some(day) => {
                        let key = if day < today {
                            "profile-certificate-ended"
                        } else {
                            "profile-certificate-valid-until"
                        };
                        let day = crate::i18n::calendar_date(day, locale);
                        t_args(key, &[("day", FluentValue::from(day))])
                    }
                };
                Removable {
                    remove: t_args(
                        "profile-certificate-remove",
                        &[("certificate", FluentValue::from(name.clone()))],
                    ),
                    id,
                    title: name,
                    detail,
                }
            })
            .collect())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// The "Certificates and cards" section of `/skills`.
#[component]
pub fn CertificateSection() -> impl IntoView {
    let saved = FormState::take(SET_FORM);
    let removed = FormState::take(REMOVE_FORM);
    view! {
        <section aria-labelledby="certificates">
            <h2 id="certificates" tabindex="-1">{t("profile-certificates-title")}</h2>
            {done_notice(&saved, "profile-certificate-saved")}
            {done_notice(&removed, "profile-certificate-removed")}
            <FormSummary state=removed/>
            <p>{t("profile-certificates-intro")}</p>
            {crate::ui::loaded_page(load_mine, |items: Vec<Removable>| view! {
                <RemovableList items action=RemoveCertificate::url() field="certificate" empty_key="profile-certificates-none"/>
            }, "/", "profile-back")}
            <p><a class="button" href=NEW_CERTIFICATE>{t("profile-certificate-add")}</a></p>
        </section>
    }
}
