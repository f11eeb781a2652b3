use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{Protected, Role};
use crate::{
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{FormState, FormSummary, PostForm},
};

const FORM: &str = "invitation";
const VALUE_CODE: &str = "code";
/// How long an invitation code works.
pub const INVITATION_DAYS: i64 = 14;

/// A coach creates a one-time invitation code for a new jobseeker, who joins
/// their caseload with it. Returns the code as it is shown: `K7M-4PX-Q9R`.
#[server(prefix = "/api", endpoint = "create-invitation")]
pub async fn create_invitation() -> Result<String, AppError> {
    let result = server::create_invitation().await;
    let flash = code_outcome(FORM, &result);
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
    let new_code = issued_code(&state);
    let join_address = super::public_address("/join");
    view! {
        <Title text=t("invitations-title")/>
        <h1>{t("invitations-heading")}</h1>
        <p>{t("invitations-intro")}</p>
        {new_code.map(|code| view! {
            <section class="notice" id=FORM aria-labelledby="invitation-new-heading" tabindex="-1">
                <h2 id="invitation-new-heading">{t("invitations-new-heading")}</h2>
                <p class="code-display">{code}</p>
                <p>{t_args("invitations-new-instructions", &[
                    ("days", FluentValue::from(INVITATION_DAYS)),
                    ("address", FluentValue::from(join_address.clone())),
                ])}</p>
            </section>
        })}
        <FormSummary state/>
        <PostForm action=CreateInvitation::url()>
            <button type="submit" class="button">{t("invitations-create")}</button>
        </PostForm>
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
