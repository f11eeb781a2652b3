//! `/account/email/confirm`: the page the link sent to a new email address
//! opens. Following a link must not change anything by itself (mail
//! scanners follow links too), so the page asks for one press of a button.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    error::AppError,
    i18n::t,
    ui::{FormState, FormSummary, PostForm, TextField},
};

const FORM: &str = "confirm-email";
const FIELD_CODE: &str = "code";
/// Where the form returns to, with its outcome.
#[cfg(feature = "ssr")]
const PAGE: &str = "/account/email/confirm";

/// Puts a new email address in use with the code from the link sent to it.
#[server(prefix = "/api", endpoint = "confirm-email")]
pub async fn confirm_email(code: Option<String>) -> Result<(), AppError> {
    let code = code.unwrap_or_default();
    let result = super::server::confirm_email(&code).await;
    let values = vec![(FIELD_CODE.to_owned(), code)];
    crate::forms::answer_form_post(FORM, values, &result, PAGE);
    result
}

/// Confirms a new email address: the code comes filled in from the link.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let state = FormState::take(FORM);
    let code = use_query_map().with_untracked(|query| query.get("code"));
    let done = state.done();
    view! {
        <Title text=t("email-confirm-title")/>
        <h1>{t("email-confirm-title")}</h1>
        {if done {
            view! {
                <p class="notice" role="status" id=FORM tabindex="-1">{t("email-confirm-done")}</p>
                <p><a href="/account">{t("email-confirm-to-account")}</a></p>
            }
            .into_any()
        } else {
            view! {
                <p>{t("email-confirm-intro")}</p>
                <FormSummary state=state.clone()/>
                <PostForm action=ConfirmEmail::url()>
                    <TextField state=state.clone() name=FIELD_CODE label=t("email-confirm-code-label")
                        autocomplete="one-time-code" required=true
                        value=code.unwrap_or_else(|| state.value(FIELD_CODE))/>
                    <button type="submit" class="button">{t("email-confirm-submit")}</button>
                </PostForm>
            }
            .into_any()
        }}
    }
}
