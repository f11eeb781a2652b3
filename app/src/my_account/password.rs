use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::t,
    ui::{BackLink, FormState, FormSummary, PostForm, TextField},
};

pub(super) const FORM: &str = "account-password";
pub(super) const FIELD_CURRENT: &str = "current_password";
pub(super) const FIELD_NEW: &str = "new_password";

/// Sets a new password for the signed-in person after checking the current
/// one, and signs out their other browsers.
#[server(prefix = "/api", endpoint = "change-password")]
pub async fn change_password(
    current_password: Option<String>,
    new_password: Option<String>,
) -> Result<(), AppError> {
    let result = super::server::change_password(
        &current_password.unwrap_or_default(),
        &new_password.unwrap_or_default(),
    )
    .await;
    // Passwords are never sent back to the page, not even after an error.
    crate::forms::answer_form_post_to(FORM, Vec::new(), &result, "/account/password", "/account");
    result
}

/// Changing one's password.
#[component]
pub fn PasswordPage() -> impl IntoView {
    view! {
        <Protected roles=&Role::ALL>
            <PasswordForm/>
        </Protected>
    }
}

#[component]
fn PasswordForm() -> impl IntoView {
    let state = FormState::take(FORM);
    view! {
        <Title text=t("password-page-title")/>
        <BackLink href="/account" label=t("account-back")/>
        <h1>{t("password-page-title")}</h1>
        <p>{t("password-page-intro")}</p>
        <FormSummary state=state.clone()/>
        <PostForm action=ChangePassword::url()>
            <TextField state=state.clone() name=FIELD_CURRENT label=t("password-page-current")
                kind="password" autocomplete="current-password" required=true/>
            <TextField state name=FIELD_NEW label=t("password-page-new") hint=t("join-password-hint")
                kind="password" autocomplete="new-password" required=true/>
            <button type="submit" class="button">{t("password-page-submit")}</button>
        </PostForm>
    }
}
