use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::profile::{Profile, load_profile};
use crate::{
    accounts::{Protected, Role, gender_choices},
    error::AppError,
    i18n::t,
    ui::{BackLink, FormState, FormSummary, PostForm, RadioField, TextField},
};

pub(super) const FORM: &str = "account-details";
pub(super) const FIELD_NAME: &str = "display_name";
pub(super) const FIELD_EMAIL: &str = "email";
pub(super) const FIELD_PHONE: &str = "phone";
pub(super) const FIELD_BIRTH_YEAR: &str = "birth_year";
pub(super) const FIELD_GENDER: &str = "gender";
pub(super) const FIELD_PASSWORD: &str = "current_password";

/// Saves the signed-in person's name, contact details and (for jobseekers)
/// the optional year of birth and gender.
#[server(prefix = "/api", endpoint = "update-details")]
pub async fn update_details(
    display_name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    birth_year: Option<String>,
    gender: Option<String>,
    current_password: Option<String>,
) -> Result<(), AppError> {
    let values = super::details_input::DetailsValues {
        display_name: display_name.unwrap_or_default(),
        email: email.unwrap_or_default(),
        phone: phone.unwrap_or_default(),
        birth_year: birth_year.unwrap_or_default(),
        gender: gender.unwrap_or_default(),
        current_password: current_password.unwrap_or_default(),
    };
    let result = super::server::update_details(&values).await;
    crate::forms::answer_form_post_to(
        FORM,
        values.typed(),
        &result,
        "/account/details",
        "/account",
    );
    result
}

/// Changing one's name and contact details.
#[component]
pub fn DetailsPage() -> impl IntoView {
    view! {
        <Protected roles=&Role::ALL>
            <Title text=t("details-title")/>
            <BackLink href="/account" label=t("account-back")/>
            <h1>{t("details-title")}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match load_profile().await {
                        Ok(profile) => view! { <DetailsForm profile/> }.into_any(),
                        Err(error) => view! { <p>{t(error.message_key())}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Protected>
    }
}

#[component]
fn DetailsForm(profile: Profile) -> impl IntoView {
    let state = FormState::take(FORM);
    // After a failed post the typed values come back; otherwise what is stored.
    let retyped = !state.outcome.values.is_empty();
    let fill = |field: &str, stored: Option<String>| {
        if retyped {
            state.value(field)
        } else {
            stored.unwrap_or_default()
        }
    };
    let name = fill(FIELD_NAME, Some(profile.display_name.clone()));
    let email = fill(FIELD_EMAIL, profile.email.clone());
    let phone = fill(FIELD_PHONE, profile.phone.clone());
    let birth_year = fill(FIELD_BIRTH_YEAR, profile.birth_year.map(|y| y.to_string()));
    let gender = fill(FIELD_GENDER, profile.gender.clone());
    let optional = (profile.role == Role::Jobseeker).then(|| {
        let state = state.clone();
        view! {
            <section class="optional-questions" aria-labelledby="details-optional-heading">
                <h2 id="details-optional-heading">{t("join-optional-heading")}</h2>
                <p>{t("join-optional-why")}</p>
                <TextField state=state.clone() name=FIELD_BIRTH_YEAR label=t("join-birth-year-label")
                    hint=t("join-birth-year-hint") inputmode="numeric" autocomplete="bday-year"
                    value=birth_year/>
                <RadioField state name=FIELD_GENDER legend=t("join-gender-legend") options=gender_choices()
                    checked=gender/>
            </section>
        }
    });
    view! {
        <FormSummary state=state.clone()/>
        <PostForm action=UpdateDetails::url()>
            <TextField state=state.clone() name=FIELD_NAME label=t("join-name-label")
                hint=t("join-name-hint") autocomplete="nickname" required=true value=name/>
            <p>{t("details-contact-intro")}</p>
            <TextField state=state.clone() name=FIELD_EMAIL label=t("account-email") kind="email"
                autocomplete="email" value=email/>
            <TextField state=state.clone() name=FIELD_PHONE label=t("account-phone") kind="tel"
                hint=t("details-phone-hint") autocomplete="tel" value=phone/>
            <TextField state=state.clone() name=FIELD_PASSWORD label=t("password-page-current")
                hint=t("details-password-hint") kind="password" autocomplete="current-password"/>
            {optional}
            <button type="submit" class="button">{t("details-submit")}</button>
        </PostForm>
    }
}
