//! Password resets on the server: by email link, or by a code from a coach.

use time::Duration;

use super::{
    HANDED_CODE_DAYS, Identifier, auth_settings, client_ip,
    codes::{LINK_CODE_LEN, SHORT_CODE_LEN, display, normalize},
    db::{self, CodePurpose},
    notices::{Change, tell_owner},
    one_time_codes::{NewCode, Unusable, issue, redeem},
    password::{hash_password, new_password_problem},
    rate_limit::{ClientIp, FROM_NETWORK, RESET_LINKS, account_subject},
    rate_limits,
};
use crate::{
    audit::{AuditAction, db::record},
    context::pool,
    error::{AppError, FieldError},
    i18n::{FluentValue, translate, translate_args},
    outbox::{Email, db::enqueue},
};

/// How long an emailed link works.
const LINK_MINUTES: i64 = 60;

pub async fn request_reset(email: &str) -> Result<(), AppError> {
    let Some(Identifier::Email(email)) = Identifier::parse(email) else {
        return Err(AppError::field("email", "forgot-error-email-invalid"));
    };
    let (pool, limits) = (pool()?, rate_limits()?);
    // Not given back: every request that passes sends an email.
    let _network = limits
        .charge_network(&pool, FROM_NETWORK, client_ip())
        .await?;
    // Counted per address and network: a stranger asking again and again
    // elsewhere cannot keep the person from getting a link themself.
    let network = client_ip().map(ClientIp::network).unwrap_or_default();
    let address = account_subject(None, Some(&Identifier::Email(email.clone())));
    let _address = limits
        .charge(&pool, RESET_LINKS, &format!("{address} from {network}"))
        .await?;
    let settings = auth_settings()?;
    let mut tx = pool.begin().await?;
    if let Some((account_id, locale)) = db::find_by_email(&mut tx, &email).await? {
        let new = NewCode {
            purpose: CodePurpose::PasswordReset,
            len: LINK_CODE_LEN,
            valid_for: Duration::minutes(LINK_MINUTES),
            issued_by: None,
            account_id: Some(account_id),
        };
        let code = issue(&mut tx, &settings.code_key, new).await?;
        let link = format!("{}/password/new?code={code}", settings.public_url);
        let body = translate_args(
            locale,
            "reset-email-body",
            &[
                ("link", FluentValue::from(link)),
                ("minutes", FluentValue::from(LINK_MINUTES)),
            ],
        );
        let subject = translate(locale, "reset-email-subject");
        enqueue(
            &mut tx,
            &Email {
                to: email,
                subject,
                body,
                unsubscribe: None,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn reset(code: &str, password: String) -> Result<(), AppError> {
    let mut errors = Vec::new();
    if normalize(code).is_none() {
        let key = if code.trim().is_empty() {
            "new-password-error-code-missing"
        } else {
            "new-password-error-code-wrong"
        };
        errors.push(FieldError::new("code", key));
    }
    if let Some(problem) = new_password_problem(&password) {
        errors.push(FieldError::new("password", problem));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation { errors });
    }
    let (pool, limits) = (pool()?, rate_limits()?);
    let network = limits
        .charge_network(&pool, FROM_NETWORK, client_ip())
        .await?;
    let settings = auth_settings()?;
    let password_hash = hash_password(password).await?;
    let mut tx = pool.begin().await?;
    let claimed = match redeem(
        &mut tx,
        &settings.code_key,
        code,
        CodePurpose::PasswordReset,
    )
    .await?
    {
        Ok(claimed) => claimed,
        Err(Unusable::ExpiredOrUsed) => {
            return Err(AppError::field("code", "new-password-error-code-expired"));
        }
        Err(Unusable::Wrong) => {
            return Err(AppError::field("code", "new-password-error-code-wrong"));
        }
    };
    let account_id = claimed.account_id.ok_or(AppError::Internal)?;
    db::set_password(&mut tx, account_id, &password_hash).await?;
    if let Some((address, locale)) = db::notice_address(&mut tx, account_id).await? {
        tell_owner(&mut tx, address, locale, Change::Reset).await?;
    }
    db::delete_sessions_of(&mut tx, account_id).await?;
    db::cancel_reset_codes(&mut tx, account_id).await?;
    let actor = claimed.issued_by.or(Some(account_id));
    record(
        &mut tx,
        actor,
        Some(account_id),
        AuditAction::PasswordReset,
        None,
    )
    .await?;
    tx.commit().await?;
    limits.give_back(&pool, [network]).await
}

/// A coach's new one-time code for a jobseeker on their caseload, shown as
/// `K7M-4PX-Q9R`. Anyone else's jobseeker is "not found", not "forbidden", so
/// the answer does not reveal who exists.
pub async fn issue_code(coach_id: i64, jobseeker_id: i64) -> Result<String, AppError> {
    let mut tx = pool()?.begin().await?;
    if !db::is_on_caseload(&mut tx, coach_id, jobseeker_id).await? {
        return Err(AppError::NotFound);
    }
    let code = issue_handed_code(&mut tx, coach_id, jobseeker_id).await?;
    record(
        &mut tx,
        Some(coach_id),
        Some(jobseeker_id),
        AuditAction::ResetCodeIssued,
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(code)
}

/// A code that `issuer` hands to the owner of `account_id` (on paper, by
/// phone) to set their password with, shown as `K7M-4PX-Q9R`.
pub async fn issue_handed_code(
    conn: &mut sqlx::PgConnection,
    issuer: i64,
    account_id: i64,
) -> Result<String, AppError> {
    let new = NewCode {
        purpose: CodePurpose::PasswordReset,
        len: SHORT_CODE_LEN,
        valid_for: Duration::days(HANDED_CODE_DAYS),
        issued_by: Some(issuer),
        account_id: Some(account_id),
    };
    let code = issue(conn, &auth_settings()?.code_key, new).await?;
    Ok(display(&code))
}
