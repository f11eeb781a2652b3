//! Employers and their staff, on the server. Only coaches and admins get
//! past the first line of each function; every change is audited with the
//! employer in the detail (`employer:{id}`).

use super::{
    EMPLOYER_KEEPERS,
    db::{self, Duplicate, ExistingAccount},
    employer_page::FIELD_EMAIL,
    input::{StaffInput, read_employer, read_staff},
    list_page::{FIELD_BUSINESS_ID, FIELD_NAME},
    types::{AddedStaff, Employer, EmployerSummary},
};
use crate::{
    accounts::{
        Identifier, Role, require_role,
        staff::{NewStaffAccount, create_staff_account},
    },
    audit::{AuditAction, db::record},
    context::pool,
    error::AppError,
    i18n::use_locale,
};

/// What the audit log says a change was about.
fn audit_detail(employer_id: i64) -> String {
    format!("employer:{employer_id}")
}

/// Every employer in the service.
pub async fn employers() -> Result<Vec<EmployerSummary>, AppError> {
    require_role(EMPLOYER_KEEPERS)?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::employers(&mut conn).await?)
}

/// One employer and its staff.
pub async fn employer(employer_id: i64) -> Result<Employer, AppError> {
    require_role(EMPLOYER_KEEPERS)?;
    let mut conn = pool()?.acquire().await?;
    let (name, business_id) = db::employer(&mut conn, employer_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let staff = db::staff(&mut conn, employer_id).await?;
    Ok(Employer {
        employer_id,
        name,
        business_id,
        staff,
    })
}

/// Adds an employer and returns its id. One already known, by business ID
/// or (without one) by name, is a problem with that field, not a fault.
pub async fn create_employer(name: &str, business_id: &str) -> Result<i64, AppError> {
    let me = require_role(EMPLOYER_KEEPERS)?;
    let input = read_employer(name, business_id)?;
    let mut tx = pool()?.begin().await?;
    let inserted = db::insert_employer(
        &mut tx,
        &input.name,
        input.business_id.as_deref(),
        me.account_id,
    )
    .await?;
    let employer_id = inserted.map_err(|duplicate| match duplicate {
        Duplicate::BusinessId => {
            AppError::field(FIELD_BUSINESS_ID, "employers-error-business-id-taken")
        }
        Duplicate::Name => AppError::field(FIELD_NAME, "employers-error-name-taken"),
    })?;
    let detail = audit_detail(employer_id);
    record(
        &mut tx,
        Some(me.account_id),
        None,
        AuditAction::EmployerCreated,
        Some(&detail),
    )
    .await?;
    tx.commit().await?;
    Ok(employer_id)
}

/// Puts someone on an employer's staff by their email address: an
/// organiser's account as it is, or for someone new, an organiser account
/// with a code to set its password (the only time the code is shown).
/// Adding someone already on the staff changes nothing.
pub async fn add_staff(
    employer_id: Option<i64>,
    name: &str,
    email: &str,
) -> Result<AddedStaff, AppError> {
    let me = require_role(EMPLOYER_KEEPERS)?;
    let employer_id = employer_id.ok_or(AppError::NotFound)?;
    let input = read_staff(name, email)?;
    let mut tx = pool()?.begin().await?;
    if !db::employer_exists(&mut tx, employer_id).await? {
        return Err(AppError::NotFound);
    }
    let (account_id, added) = match db::hold_account_by_email(&mut tx, &input.email).await? {
        Some(existing) => (staff_account(&existing)?, existing_added(existing)),
        None => new_staff_account(&mut tx, me.account_id, input).await?,
    };
    if db::add_member(&mut tx, employer_id, account_id, me.account_id).await? {
        let detail = audit_detail(employer_id);
        record(
            &mut tx,
            Some(me.account_id),
            Some(account_id),
            AuditAction::EmployerStaffAdded,
            Some(&detail),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(added)
}

/// The account of someone who already has one, if it can join a staff:
/// only an organiser's, and only while it can sign in.
fn staff_account(existing: &ExistingAccount) -> Result<i64, AppError> {
    if existing.role != Role::Organiser {
        return Err(AppError::field(FIELD_EMAIL, "employers-error-not-staff"));
    }
    if existing.deactivated {
        return Err(AppError::field(FIELD_EMAIL, "employers-error-deactivated"));
    }
    Ok(existing.account_id)
}

fn existing_added(existing: ExistingAccount) -> AddedStaff {
    AddedStaff {
        display_name: existing.display_name,
        code: None,
    }
}

/// An organiser account for someone new to Askel, made as an admin makes
/// one, and the code they set their password with.
async fn new_staff_account(
    conn: &mut sqlx::PgConnection,
    creator: i64,
    input: StaffInput,
) -> Result<(i64, AddedStaff), AppError> {
    let new = NewStaffAccount {
        role: Role::Organiser,
        display_name: input.display_name.clone(),
        contact: Identifier::Email(input.email),
        locale: use_locale(),
    };
    // Only someone who took the address a moment ago gets here.
    let created = create_staff_account(conn, creator, new)
        .await?
        .ok_or_else(|| AppError::field(FIELD_EMAIL, "employers-error-email-taken"))?;
    let added = AddedStaff {
        display_name: input.display_name,
        code: Some(created.code),
    };
    Ok((created.account_id, added))
}

/// Takes someone off an employer's staff; their account stays. Taking off
/// someone no longer on it succeeds.
pub async fn remove_staff(
    employer_id: Option<i64>,
    account_id: Option<i64>,
) -> Result<(), AppError> {
    let me = require_role(EMPLOYER_KEEPERS)?;
    let (Some(employer_id), Some(account_id)) = (employer_id, account_id) else {
        return Err(AppError::NotFound);
    };
    let mut tx = pool()?.begin().await?;
    if !db::employer_exists(&mut tx, employer_id).await? {
        return Err(AppError::NotFound);
    }
    if db::remove_member(&mut tx, employer_id, account_id).await? {
        let detail = audit_detail(employer_id);
        record(
            &mut tx,
            Some(me.account_id),
            Some(account_id),
            AuditAction::EmployerStaffRemoved,
            Some(&detail),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
