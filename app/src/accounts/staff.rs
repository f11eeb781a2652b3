//! Staff accounts made for someone else: by an admin on `/admin/users`, or
//! by a coach or admin adding a new person to an employer's staff. Nobody
//! but the owner ever knows the password: the account starts with one nobody
//! knows, and the owner sets their own with a one-time code handed to them.

use sqlx::PgConnection;

use super::{
    Identifier, Role,
    db::{NewAccount, insert_account},
    password::hash_password,
    password_reset_server::issue_handed_code,
};
use crate::{
    audit::{AuditAction, db::record},
    error::AppError,
    i18n::Locale,
};

/// A staff account to create, already validated.
#[derive(Clone, Debug)]
pub struct NewStaffAccount {
    pub role: Role,
    pub display_name: String,
    pub contact: Identifier,
    /// The language the account starts in (its owner can change it).
    pub locale: Locale,
}

/// A staff account just created, and the code its owner sets a password with.
#[derive(Clone, Debug)]
pub struct HandedAccount {
    pub account_id: i64,
    /// Shown once to whoever created the account, to hand to its owner.
    pub code: String,
}

/// Creates a staff account with a password nobody knows and issues the
/// one-time code that `creator` hands to its owner; audited as
/// `account_created`. `None` when the contact already has an account: the
/// insert failed, so a transaction `conn` holds must end there.
///
/// The password is hashed first, while `conn` may already hold a
/// transaction: staff accounts are made rarely and one at a time.
pub async fn create_staff_account(
    conn: &mut PgConnection,
    creator: i64,
    new: NewStaffAccount,
) -> Result<Option<HandedAccount>, AppError> {
    let unknown_password = super::codes::generate(32);
    let account = NewAccount {
        role: new.role,
        display_name: new.display_name,
        contact: new.contact,
        password_hash: hash_password(unknown_password).await?,
        locale: new.locale,
        birth_year: None,
        gender: None,
        coach_id: None,
    };
    let Some(account_id) = insert_account(conn, &account).await? else {
        return Ok(None);
    };
    let code = issue_handed_code(conn, creator, account_id).await?;
    record(
        conn,
        Some(creator),
        Some(account_id),
        AuditAction::AccountCreated,
        Some(new.role.as_str()),
    )
    .await?;
    Ok(Some(HandedAccount { account_id, code }))
}
