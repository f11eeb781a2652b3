//! Administering staff accounts, on the server. Only admins get past the
//! first line of each function.

use super::{
    db::{self, RoleRefusal},
    users::{FIELD_CONTACT, FIELD_NAME, FIELD_ROLE, NewStaff, STAFF_ROLES, StaffMember},
};
use crate::{
    accounts::{
        Role, parse_contact, parse_display_name, require_role,
        staff::{NewStaffAccount, create_staff_account},
    },
    audit::{AuditAction, db::record},
    context::pool,
    error::{AppError, FieldError},
    i18n::use_locale,
};

pub async fn staff() -> Result<Vec<StaffMember>, AppError> {
    require_role(&[Role::Admin])?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::staff(&mut conn).await?)
}

fn parse_staff_role(typed: &str) -> Option<Role> {
    Role::parse(typed).filter(|role| STAFF_ROLES.contains(role))
}

/// Creates a staff account and returns the code its owner sets their password
/// with: the admin never learns or chooses anyone's password.
pub async fn create_staff(role: &str, name: &str, contact: &str) -> Result<NewStaff, AppError> {
    let admin = require_role(&[Role::Admin])?;
    let role =
        parse_staff_role(role).ok_or(FieldError::new(FIELD_ROLE, "admin-error-role-missing"));
    let name = parse_display_name(name).map_err(|key| FieldError::new(FIELD_NAME, key));
    let contact = parse_contact(contact).map_err(|key| FieldError::new(FIELD_CONTACT, key));
    let (role, display_name, contact) = match (role, name, contact) {
        (Ok(role), Ok(name), Ok(contact)) => (role, name, contact),
        (role, name, contact) => {
            let errors = [role.err(), name.err(), contact.err()]
                .into_iter()
                .flatten()
                .collect();
            return Err(AppError::Validation { errors });
        }
    };
    let new = NewStaffAccount {
        role,
        display_name: display_name.clone(),
        contact,
        locale: use_locale(),
    };
    let mut tx = pool()?.begin().await?;
    let created = create_staff_account(&mut tx, admin.account_id, new)
        .await?
        .ok_or_else(|| AppError::field(FIELD_CONTACT, "account-error-contact-taken"))?;
    tx.commit().await?;
    Ok(NewStaff {
        display_name,
        code: created.code,
    })
}

pub async fn change_role(account: Option<i64>, role: &str) -> Result<(), AppError> {
    let admin = require_role(&[Role::Admin])?;
    let account = account.ok_or(AppError::NotFound)?;
    if account == admin.account_id {
        // The last admin must never lock everyone out by accident.
        return Err(AppError::Conflict {
            key: "admin-error-own-role".into(),
        });
    }
    let role = parse_staff_role(role).ok_or(AppError::BadRequest)?;
    let mut tx = pool()?.begin().await?;
    match db::change_role(&mut tx, account, role).await? {
        Ok(()) => {}
        Err(RoleRefusal::NotStaff) => return Err(AppError::NotFound),
        Err(RoleRefusal::HasCaseload) => {
            return Err(AppError::Conflict {
                key: "admin-error-has-caseload".into(),
            });
        }
    }
    record(
        &mut tx,
        Some(admin.account_id),
        Some(account),
        AuditAction::RoleChanged,
        Some(role.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The longest team name, in characters.
const MAX_TEAM: usize = 100;

/// An admin puts a coach in a team, or (blank) in none.
pub async fn set_team(account: Option<i64>, team: &str) -> Result<(), AppError> {
    let admin = require_role(&[Role::Admin])?;
    let account = account.ok_or(AppError::NotFound)?;
    let team = team.trim();
    if team.chars().count() > MAX_TEAM {
        return Err(AppError::Conflict {
            key: "admin-error-team-long".into(),
        });
    }
    let team = (!team.is_empty()).then_some(team);
    let mut tx = pool()?.begin().await?;
    if !db::set_team(&mut tx, account, team).await? {
        return Err(AppError::NotFound);
    }
    record(
        &mut tx,
        Some(admin.account_id),
        Some(account),
        AuditAction::TeamChanged,
        team,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An admin deactivates a staff account (sessions and handed codes end at
/// once; refused while jobseekers are on its caseload) or reactivates one.
pub async fn set_active(account: Option<i64>, active: bool) -> Result<(), AppError> {
    let admin = require_role(&[Role::Admin])?;
    let account = account.ok_or(AppError::NotFound)?;
    if account == admin.account_id {
        return Err(AppError::Conflict {
            key: "admin-error-own-role".into(),
        });
    }
    let mut tx = pool()?.begin().await?;
    let action = if active {
        if !db::reactivate(&mut tx, account).await? {
            return Err(AppError::NotFound);
        }
        AuditAction::AccountReactivated
    } else {
        match db::deactivate(&mut tx, account).await? {
            Ok(()) => {}
            Err(RoleRefusal::NotStaff) => return Err(AppError::NotFound),
            Err(RoleRefusal::HasCaseload) => {
                return Err(AppError::Conflict {
                    key: "admin-error-deactivate-caseload".into(),
                });
            }
        }
        AuditAction::AccountDeactivated
    };
    record(&mut tx, Some(admin.account_id), Some(account), action, None).await?;
    tx.commit().await?;
    Ok(())
}
