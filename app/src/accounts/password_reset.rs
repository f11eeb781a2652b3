use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    error::AppError,
    i18n::t,
    ui::{FormState, FormSummary, PostForm, TextField},
};

const FORGOT_FORM: &str = "forgot-password";
const NEW_FORM: &str = "new-password";
const FIELD_EMAIL: &str = "email";
const FIELD_CODE: &str = "code";
const FIELD_PASSWORD: &str = "password";
/// How long a code handed over by a coach or an admin works: long enough to
/// meet again.
pub const HANDED_CODE_DAYS: i64 = 7;

/// Sends a one-time link to set a new password, if an account has this email.
/// The answer is the same either way, so nobody can find out who has an account.
#[server(prefix = "/api", endpoint = "request-password-reset")]
pub async fn request_password_reset(email: Option<String>) -> Result<(), AppError> {
    let email = email.unwrap_or_default();
    let result = super::password_reset_server::request_reset(&email).await;
    let values = vec![(FIELD_EMAIL.to_owned(), email)];
    crate::forms::answer_form_post(FORGOT_FORM, values, &result, "/password/forgot");
    result
}

/// Sets a new password with a code from an email link or from a coach, and
/// ends every session of the account.
#[server(prefix = "/api", endpoint = "reset-password")]
pub async fn reset_password(
    code: Option<String>,
    password: Option<String>,
) -> Result<(), AppError> {
    let code = code.unwrap_or_default();
    let result = super::password_reset_server::reset(&code, password.unwrap_or_default()).await;
    let values = vec![(FIELD_CODE.to_owned(), code)];
    crate::forms::answer_form_post_to(NEW_FORM, values, &result, "/password/new", "/sign-in");
    result
}

/// "Forgot your password?": asks for the email address to send a link to.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let state = FormState::take(FORGOT_FORM);
    view! {
        <Title text=t("forgot-title")/>
        <h1>{t("forgot-title")}</h1>
        {state.done().then(|| view! {
            <p class="notice" role="status" id=FORGOT_FORM tabindex="-1">{t("forgot-sent")}</p>
        })}
        <p>{t("forgot-intro")}</p>
        <p>{t("forgot-no-email")}</p>
        <FormSummary state=state.clone()/>
        <PostForm action=RequestPasswordReset::url()>
            <TextField state name=FIELD_EMAIL label=t("forgot-email-label") kind="email"
                autocomplete="email" required=true/>
            <button type="submit" class="button">{t("forgot-submit")}</button>
        </PostForm>
    }
}

/// Setting a new password with a code: from the email link (filled in) or
/// typed from the paper a coach gave.
#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let state = FormState::take(NEW_FORM);
    let code = use_query_map().with_untracked(|query| query.get("code"));
    view! {
        <Title text=t("new-password-title")/>
        <h1>{t("new-password-title")}</h1>
        <FormSummary state=state.clone()/>
        <PostForm action=ResetPassword::url()>
            <TextField state=state.clone() name=FIELD_CODE label=t("new-password-code-label")
                hint=t("new-password-code-hint") autocomplete="one-time-code" required=true
                value=code.unwrap_or_else(|| state.value(FIELD_CODE))/>
            <TextField state name=FIELD_PASSWORD label=t("new-password-label") hint=t("join-password-hint")
                kind="password" autocomplete="new-password" required=true/>
            <button type="submit" class="button">{t("new-password-submit")}</button>
        </PostForm>
    }
}

/// On the sign-in page after a new password was set.
pub fn password_changed_notice() -> Option<String> {
    crate::forms::take_flash(NEW_FORM)
        .filter(|flash| flash.done)
        .map(|_| t("new-password-done"))
}
