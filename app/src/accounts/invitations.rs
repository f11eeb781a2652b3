use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{Protected, Role, language_choices};
use crate::{
    error::AppError,
    i18n::{FluentValue, Locale, t, translate, translate_args, use_locale},
    ui::{FormState, FormSummary, PostForm, RadioField},
};

const FORM: &str = "invitation";
const VALUE_CODE: &str = "code";
const FIELD_LANGUAGE: &str = "language";
/// How long an invitation code works.
pub const INVITATION_DAYS: i64 = 14;

/// A coach creates a one-time invitation code for a new jobseeker, who joins
/// their caseload with it. Returns the code as it is shown: `K7M-4PX-Q9R`.
#[server(prefix = "/api", endpoint = "create-invitation")]
pub async fn create_invitation(language: Option<String>) -> Result<String, AppError> {
    let result = server::create_invitation().await;
    let mut flash = code_outcome(FORM, &result);
    // The slip is printed in the language the jobseeker reads best.
    flash
        .values
        .push((FIELD_LANGUAGE.to_owned(), language.unwrap_or_default()));
    let back = "/coach/invitations";
    crate::forms::answer_form_post_with(flash, result.as_ref().err(), back, back);
    result
}

/// The outcome of a post that made a code. The code reaches the page once,
/// in the short-lived HttpOnly flash cookie.
#[cfg(feature = "ssr")]
fn code_outcome(form: &str, result: &Result<String, AppError>) -> crate::forms::FormOutcome {
    use crate::forms::FormOutcome;
    match result {
        Ok(code) => FormOutcome {
            form: form.to_owned(),
            values: vec![(VALUE_CODE.to_owned(), code.clone())],
            done: true,
            ..FormOutcome::default()
        },
        Err(_) => FormOutcome::from_result(form, Vec::new(), result),
    }
}

#[cfg(feature = "ssr")]
mod server {
    use super::INVITATION_DAYS;
    use crate::{
        accounts::{
            Role, auth_settings,
            codes::{SHORT_CODE_LEN, display},
            db::CodePurpose,
            one_time_codes::{NewCode, issue},
            require_role,
        },
        context::pool,
        error::AppError,
    };

    pub async fn create_invitation() -> Result<String, AppError> {
        let coach = require_role(&[Role::Coach])?;
        let settings = auth_settings()?;
        let mut conn = pool()?.acquire().await?;
        let new = NewCode {
            purpose: CodePurpose::Invitation,
            len: SHORT_CODE_LEN,
            valid_for: time::Duration::days(INVITATION_DAYS),
            issued_by: Some(coach.account_id),
            account_id: None,
        };
        let code = issue(&mut conn, &settings.code_key, new).await?;
        Ok(display(&code))
    }
}

/// Where a coach creates invitation codes for new jobseekers.
#[component]
pub fn InvitationsPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Coach]>
            <InvitationsContent/>
        </Protected>
    }
}

#[component]
fn InvitationsContent() -> impl IntoView {
    let state = FormState::take(FORM);
    let page_locale = use_locale();
    let slip_locale = Locale::from_tag(&state.value(FIELD_LANGUAGE)).unwrap_or(page_locale);
    let new_code = issued_code(&state);
    view! {
        <Title text=t("invitations-title")/>
        <h1 class="no-print">{t("invitations-heading")}</h1>
        <p class="no-print">{t("invitations-intro")}</p>
        {new_code.map(|code| view! {
            <p class="hint no-print">{t("invitations-print-hint")}</p>
            <InvitationSlip code locale=slip_locale page_locale/>
        })}
        <FormSummary state=state.clone()/>
        <PostForm action=CreateInvitation::url()>
            <RadioField state name=FIELD_LANGUAGE legend=t("invitations-language")
                hint=t("invitations-language-hint") options=language_choices(page_locale, &Locale::ALL)
                checked=slip_locale.code().to_owned()/>
            <button type="submit" class="button">{t("invitations-create")}</button>
        </PostForm>
    }
}

/// The slip the jobseeker takes home: the code and what to do with it, in
/// plain words and in their language, printable on its own.
#[component]
fn InvitationSlip(code: String, locale: Locale, page_locale: Locale) -> impl IntoView {
    let say = |id: &str| translate(locale, id);
    let address = super::public_address("/join");
    let lang = locale.lang_unless(page_locale);
    // An Arabic slip on a Finnish coach's page is printed right to left.
    let dir = (locale.dir() != page_locale.dir()).then_some(locale.dir());
    view! {
        <section class="notice slip" id=FORM aria-labelledby="invitation-new-heading" tabindex="-1" lang=lang dir=dir>
            <h2 id="invitation-new-heading">{say("invitations-slip-heading")}</h2>
            <p class="code-display">{code}</p>
            <ol class="slip__steps">
                <li>{translate_args(locale, "invitations-slip-step-address", &[("address", FluentValue::from(address))])}</li>
                <li>{say("invitations-slip-step-code")}</li>
                <li>{say("invitations-slip-step-account")}</li>
            </ol>
            <p>{translate_args(locale, "invitations-slip-expires", &[("days", FluentValue::from(INVITATION_DAYS))])}</p>
        </section>
    }
}

/// The form on a jobseeker's page that issues them a sign-in code.
pub const FORM_RESET_CODE: &str = "reset-code";

/// A coach issues a one-time sign-in code for a jobseeker on their caseload
/// who has lost their password (many have no working email). The jobseeker
/// sets a new password with it at `/password/new`. A plain form post comes
/// back to the jobseeker's page, which shows the code once.
#[server(prefix = "/api", endpoint = "issue-reset-code")]
pub async fn issue_reset_code(jobseeker: Option<i64>) -> Result<String, AppError> {
    let result = async {
        let coach = super::require_role(&[Role::Coach])?;
        let jobseeker = jobseeker.ok_or(AppError::NotFound)?;
        super::password_reset_server::issue_code(coach.account_id, jobseeker).await
    }
    .await;
    let flash = code_outcome(FORM_RESET_CODE, &result);
    let page = crate::caseload::jobseeker_path(jobseeker.unwrap_or_default());
    crate::forms::answer_form_post_with(flash, result.as_ref().err(), &page, &page);
    result
}

/// The sign-in code a coach just issued, shown once (from the flash).
pub fn issued_code(state: &FormState) -> Option<String> {
    state
        .done()
        .then(|| state.value(VALUE_CODE))
        .filter(|c| !c.is_empty())
}
