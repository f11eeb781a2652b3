use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::MyDataDownload;
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{BackLink, CheckboxField, FormState, FormSummary, PostForm, TextField},
};

const FORM: &str = "delete-account";
pub(super) const FIELD_CONFIRM: &str = "confirm";
pub(super) const FIELD_PASSWORD: &str = "current_password";

/// Deletes the signed-in jobseeker's account once they have confirmed it
/// with their password, so a browser left signed in is not enough.
#[server(prefix = "/api", endpoint = "delete-my-account")]
pub async fn delete_my_account(
    confirm: Option<String>,
    current_password: Option<String>,
) -> Result<(), AppError> {
    let confirmed = confirm.as_deref() == Some("yes");
    let password = current_password.unwrap_or_default();
    let result = super::server::delete_my_account(confirmed, &password).await;
    crate::forms::answer_form_post_to(
        FORM,
        Vec::new(),
        &result,
        "/account/delete",
        "/account/deleted",
    );
    result
}

/// The confirmation step before a jobseeker deletes their account: what goes,
/// what stays, and a last chance to take a copy.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <DeleteAccountForm/>
        </Protected>
    }
}

#[component]
fn DeleteAccountForm() -> impl IntoView {
    let state = FormState::take(FORM);
    view! {
        <Title text=t("delete-title")/>
        <BackLink href="/account" label=t("account-back")/>
        <h1>{t("delete-title")}</h1>
        <FormSummary state=state.clone()/>
        <p>{t("delete-removed-intro")}</p>
        <ul>
            <li>{t("delete-removed-details")}</li>
            <li>{t("delete-removed-sign-in")}</li>
            <li>{t("delete-removed-answers")}</li>
        </ul>
        <p>{t("delete-kept")}</p>
        <p>{t("delete-coach-told")}</p>
        <p>
            {t("delete-copy-first")}" "
            <a href=MyDataDownload::url() download=super::data_export::FILE_NAME>{t("account-data-download")}</a>
        </p>
        <PostForm action=DeleteMyAccount::url()>
            <CheckboxField state=state.clone() name=FIELD_CONFIRM label=t("delete-confirm-label")/>
            <TextField state name=FIELD_PASSWORD label=t("delete-password-label") hint=t("delete-password-hint")
                kind="password" autocomplete="current-password" required=true/>
            <button type="submit" class="button button--warning">{t("delete-submit")}</button>
        </PostForm>
    }
}

/// Shown once an account is gone; anyone may see it.
#[component]
pub fn AccountDeletedPage() -> impl IntoView {
    view! {
        <Title text=t("deleted-title")/>
        <h1>{t("deleted-title")}</h1>
        <p>{t("deleted-body")}</p>
        <p><a href="/">{t("deleted-home-link")}</a></p>
    }
}
