//! Joining, on the server: the code is claimed and the account created in one
//! transaction, so a failure leaves the code usable and nothing half-made.
//!
//! Whether an email or phone number already has an account is never said: a
//! join with it gets the same neutral answer as any other that may have worked,
//! the holder is told by email, and the code counts the try (the third voids
//! it), so one code cannot probe address after address.

use super::{
    Role, auth_settings, client_ip,
    db::{self, ClaimedCode, CodePurpose, NewAccount},
    join::FIELD_CODE,
    join_input::{JoinInput, JoinValues},
    one_time_codes::{Unusable, redeem},
    password::hash_password,
    rate_limit::FROM_NETWORK,
    rate_limits, session,
};
use crate::{
    audit::{AuditAction, db::record},
    context::pool,
    error::AppError,
    i18n::{FluentValue, Locale, translate, translate_args},
    outbox::{Email, db::enqueue},
};

/// How a join that did not fail ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joined {
    /// A new account, and this browser signed in to it.
    SignedIn,
    /// Nothing was made; the answer does not say why.
    Neutral,
}

pub async fn join(values: &JoinValues) -> Result<Joined, AppError> {
    let this_year = time::OffsetDateTime::now_utc().year();
    let input =
        JoinInput::parse(values, this_year).map_err(|errors| AppError::Validation { errors })?;
    let (pool, limits) = (pool()?, rate_limits()?);
    let network = limits
        .charge_network(&pool, FROM_NETWORK, client_ip())
        .await?;
    let password_hash = hash_password(input.password.clone()).await?;
    let mut tx = pool.begin().await?;
    let claimed = claim_invitation(&mut tx, &input.code).await?;
    if let Some((holder_email, holder_locale)) = db::contact_holder(&mut tx, &input.contact).await?
    {
        db::count_failed_try(&mut tx, claimed.one_time_code_id).await?;
        if let Some(address) = holder_email {
            tell_holder(&mut tx, address, holder_locale).await?;
        }
        tx.commit().await?;
        return Ok(Joined::Neutral);
    }
    let account = NewAccount {
        role: Role::Jobseeker,
        display_name: input.display_name,
        contact: input.contact,
        password_hash,
        locale: input.locale,
        birth_year: input.birth_year,
        gender: input.gender,
        coach_id: claimed.issued_by,
    };
    // Taken since the check above, by a join at the same moment: as neutral,
    // and the code stays as it was.
    let Some(account_id) = db::insert_account(&mut tx, &account).await? else {
        return Ok(Joined::Neutral);
    };
    let me = Some(account_id);
    record(&mut tx, me, me, AuditAction::AccountCreated, None).await?;
    session::begin_for_browser(&mut tx, account_id, account.locale).await?;
    tx.commit().await?;
    limits.give_back(&pool, [network]).await?;
    Ok(Joined::SignedIn)
}

/// Claims the invitation typed, or says which way it cannot be used.
async fn claim_invitation(
    conn: &mut sqlx::PgConnection,
    typed: &str,
) -> Result<ClaimedCode, AppError> {
    let key = auth_settings()?.code_key;
    match redeem(conn, &key, typed, CodePurpose::Invitation).await? {
        Ok(claimed) => Ok(claimed),
        Err(Unusable::ExpiredOrUsed) => Err(AppError::field(FIELD_CODE, "join-error-code-expired")),
        Err(Unusable::Wrong) => Err(AppError::field(FIELD_CODE, "join-error-code-wrong")),
    }
}

/// Tells the holder of a contact, at their email address, that someone tried
/// to join with it, so a person who forgot their account finds it and anyone
/// else is noticed. An account with only a phone number hears nothing: Askel
/// sends no text messages.
async fn tell_holder(
    conn: &mut sqlx::PgConnection,
    address: String,
    locale: Locale,
) -> Result<(), AppError> {
    let settings = auth_settings()?;
    let body = translate_args(
        locale,
        "join-holder-email-body",
        &[
            (
                "sign_in",
                FluentValue::from(format!("{}/sign-in", settings.public_url)),
            ),
            (
                "forgot",
                FluentValue::from(format!("{}/password/forgot", settings.public_url)),
            ),
        ],
    );
    let email = Email {
        to: address,
        subject: translate(locale, "join-holder-email-subject"),
        body,
        unsubscribe: None,
    };
    enqueue(conn, &email).await?;
    Ok(())
}
