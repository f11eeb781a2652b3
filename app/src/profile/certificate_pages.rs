//! Certificates and cards of Finnish working life the jobseeker holds, with
//! the day each ends: `/certificates/new` adds one (or changes its day), and
//! `/skills` lists them, saying which have ended, with a button to remove each.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::removable::{ListSection, Removable, list_section};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{BackLink, Choice, FormState, FormSummary, PostForm, SelectField, TextField},
};

const NEW_CERTIFICATE: &str = "/certificates/new";
const CERTIFICATES: &str = "/skills#certificates";

static SECTION: ListSection = ListSection {
    anchor: "certificates",
    title_key: "profile-certificates-title",
    intro_key: "profile-certificates-intro",
    empty_key: "profile-certificates-none",
    add_key: "profile-certificate-add",
    add_href: NEW_CERTIFICATE,
    set_form: "certificate-set",
    saved_key: "profile-certificate-saved",
    remove_form: "certificate-remove",
    remove_action: <RemoveCertificate as ServerFn>::url,
    field: "certificate",
    removed_key: "profile-certificate-removed",
};

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
    let set_form = SECTION.set_form;
    crate::forms::answer_form_post_to(set_form, values, &result, NEW_CERTIFICATE, CERTIFICATES);
    result
}

/// Takes a certificate off the profile.
#[server(prefix = "/api", endpoint = "remove-certificate")]
pub async fn remove_certificate(certificate: Option<String>) -> Result<(), AppError> {
    use super::server::{ListKind, remove_item};
    let result = remove_item(ListKind::Certificate, &certificate.unwrap_or_default()).await;
    crate::forms::answer_form_post(SECTION.remove_form, Vec::new(), &result, "/skills");
    result
}

async fn load_choices() -> Result<Vec<Choice>, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::server::{ListKind, choices};
        Ok(choices(ListKind::Certificate, crate::i18n::use_locale())?
            .into_iter()
            .map(|c| Choice::new(c.id, c.name))
            .collect())
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
            {crate::ui::loaded_page(load_choices, |certificates| view! { <AddCertificateForm certificates/> }, CERTIFICATES, "profile-back")}
        </Protected>
    }
}

#[component]
fn AddCertificateForm(certificates: Vec<Choice>) -> impl IntoView {
    let state = FormState::take(SECTION.set_form);
    view! {
        <h1>{t("profile-certificate-add-title")}</h1>
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
        let detail = |valid_until: Option<time::Date>| match valid_until {
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
        Ok(super::server::my_certificates(locale)
            .await?
            .into_iter()
            .map(|certificate| Removable {
                detail: detail(certificate.detail),
                id: certificate.id,
                title: certificate.name,
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
    list_section(&SECTION, load_mine)
}
