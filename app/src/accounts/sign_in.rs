use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    error::AppError,
    i18n::t,
    ui::{FormState, FormSummary, PostForm, TextField},
};

const FORM: &str = "sign-in";
const FIELD_CONTACT: &str = "contact";
const FIELD_PASSWORD: &str = "password";

/// Signs in with an email address or phone number and a password. The same
/// answer, after the same work, whether the account exists or not.
#[server(prefix = "/api", endpoint = "sign-in")]
pub async fn sign_in(
    contact: Option<String>,
    password: Option<String>,
    next: Option<String>,
) -> Result<(), AppError> {
    let (contact, next) = (contact.unwrap_or_default(), next.unwrap_or_default());
    let result = server::sign_in(&contact, password.unwrap_or_default()).await;
    let success_to = match (&result, crate::forms::local_return_path(&next)) {
        (Ok(_), Some(next)) => next,
        (Ok(role), None) => role.home_path(),
        (Err(_), _) => "/",
    };
    let values = vec![(FIELD_CONTACT.to_owned(), contact)];
    let back = super::sign_in_path(&next);
    crate::forms::answer_form_post_to(FORM, values, &result, &back, success_to);
    result.map(|_| ())
}

#[cfg(feature = "ssr")]
mod server {
    use super::{FIELD_CONTACT, FIELD_PASSWORD};
    use crate::{
        accounts::{
            Identifier, Role, client_ip, db,
            known_device::{known_device, remember_device},
            rate_limit::{AT_ACCOUNT, FROM_KNOWN_DEVICE, FROM_NETWORK, account_subject},
            rate_limits, session,
        },
        audit::{AuditAction, db::record},
        context::pool,
        error::{AppError, FieldError},
    };

    pub async fn sign_in(contact: &str, password: String) -> Result<Role, AppError> {
        let mut errors = Vec::new();
        if contact.trim().is_empty() {
            errors.push(FieldError::new(
                FIELD_CONTACT,
                "sign-in-error-contact-missing",
            ));
        }
        if password.is_empty() {
            errors.push(FieldError::new(
                FIELD_PASSWORD,
                "sign-in-error-password-missing",
            ));
        }
        if !errors.is_empty() {
            return Err(AppError::Validation { errors });
        }
        let (pool, limits) = (pool()?, rate_limits()?);
        let network = limits
            .charge_network(&pool, FROM_NETWORK, client_ip())
            .await?;
        let contact = Identifier::parse(contact);
        let found = match &contact {
            // The connection goes back to the pool before the slow hash.
            Some(contact) => db::find_credentials(&mut *pool.acquire().await?, contact).await?,
            None => None,
        };
        let account = found.as_ref().map(|c| c.account_id);
        let guess = match account.and_then(known_device) {
            Some(device) => limits.charge(&pool, FROM_KNOWN_DEVICE, &device).await?,
            None => {
                let subject = account_subject(account, contact.as_ref());
                limits.charge(&pool, AT_ACCOUNT, &subject).await?
            }
        };
        let stored_hash = found.as_ref().map(|c| c.password_hash.clone());
        let verified = limits
            .settle_password_guess(&pool, [network, Some(guess)], password, stored_hash)
            .await?;
        let (true, Some(credentials)) = (verified, found) else {
            let mut conn = pool.acquire().await?;
            record(&mut conn, None, account, AuditAction::SignInFailed, None).await?;
            return Err(AppError::field(FIELD_CONTACT, "sign-in-error-wrong"));
        };
        let mut conn = pool.acquire().await?;
        session::begin_for_browser(&mut conn, credentials.account_id, credentials.locale).await?;
        remember_device(credentials.account_id);
        Ok(credentials.role)
    }
}

/// The sign-in page. `?next=` names a page to go on to afterwards.
#[component]
pub fn SignInPage() -> impl IntoView {
    let state = FormState::take(FORM);
    let next = use_query_map().with_untracked(|query| query.get("next").unwrap_or_default());
    view! {
        <Title text=t("sign-in-title")/>
        <h1>{t("sign-in-heading")}</h1>
        {super::password_reset::password_changed_notice().map(|notice| view! {
            <p class="notice" role="status">{notice}</p>
        })}
        <FormSummary state=state.clone()/>
        <PostForm action=SignIn::url()>
            <input type="hidden" name="next" value=next/>
            <TextField
                state=state.clone()
                name=FIELD_CONTACT
                label=t("sign-in-contact-label")
                hint=t("sign-in-contact-hint")
                autocomplete="username"
                required=true
            />
            <TextField
                state
                name=FIELD_PASSWORD
                label=t("sign-in-password-label")
                kind="password"
                autocomplete="current-password"
                required=true
            />
            <button type="submit" class="button">{t("sign-in-submit")}</button>
        </PostForm>
        <p><a href="/password/forgot">{t("sign-in-forgot-link")}</a></p>
        <section aria-labelledby="sign-in-new-heading">
            <h2 id="sign-in-new-heading">{t("sign-in-new-heading")}</h2>
            <p>{t("sign-in-new-body")}</p>
            <p><a href="/join">{t("sign-in-join-link")}</a></p>
        </section>
    }
}
