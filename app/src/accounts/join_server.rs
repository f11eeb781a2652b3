//! Joining, on the server: the code is claimed and the account created in one
//! transaction, so a failure leaves the code usable and nothing half-made.

use super::{
    Role, auth_settings, client_ip,
    db::{self, CodePurpose, NewAccount},
    join::{FIELD_CODE, FIELD_CONTACT},
    join_input::{JoinInput, JoinValues},
    one_time_codes::{Unusable, redeem},
    password::hash_password,
    rate_limits, session,
};
use crate::{
    audit::{AuditAction, db::record},
    context::pool,
    error::AppError,
};

pub async fn join(values: &JoinValues) -> Result<(), AppError> {
    let this_year = time::OffsetDateTime::now_utc().year();
    let input =
        JoinInput::parse(values, this_year).map_err(|errors| AppError::Validation { errors })?;
    rate_limits()?.check(None, client_ip())?;
    let settings = auth_settings()?;
    let password_hash = hash_password(input.password.clone()).await?;
    let mut tx = pool()?.begin().await?;
    let claimed = match redeem(
        &mut tx,
        &settings.code_key,
        &input.code,
        CodePurpose::Invitation,
    )
    .await?
    {
        Ok(claimed) => claimed,
        Err(Unusable::ExpiredOrUsed) => {
            return Err(AppError::field(FIELD_CODE, "join-error-code-expired"));
        }
        Err(Unusable::Wrong) => return Err(AppError::field(FIELD_CODE, "join-error-code-wrong")),
    };
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
    let account_id = db::insert_account(&mut tx, &account)
        .await?
        .ok_or_else(|| AppError::field(FIELD_CONTACT, "account-error-contact-taken"))?;
    let me = Some(account_id);
    record(&mut tx, me, me, AuditAction::AccountCreated, None).await?;
    session::begin_for_browser(&mut tx, account_id, account.locale).await?;
    tx.commit().await?;
    Ok(())
}
