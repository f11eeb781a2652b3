//! SQL for administering staff accounts.

use sqlx::PgConnection;

use super::users::StaffMember;
use crate::accounts::Role;

/// Every live staff account, by name.
pub async fn staff(conn: &mut PgConnection) -> Result<Vec<StaffMember>, sqlx::Error> {
    sqlx::query_as!(
        StaffMember,
        r#"select account_id, display_name as "display_name!", role as "role: Role",
                  coalesce(email::text, phone) as "contact!", team,
                  deactivated_at is not null as "deactivated!"
           from account
           where deleted_at is null and role <> 'jobseeker'
           order by display_name, account_id"#,
    )
    .fetch_all(conn)
    .await
}

/// Why a role could not be changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleRefusal {
    /// No live staff account has this id.
    NotStaff,
    /// A coach with jobseekers on their caseload stays a coach (and active)
    /// until they are handed to another coach; otherwise nobody would look
    /// after them.
    HasCaseload,
}

/// Deactivates a live staff account in one locked step: it can no longer
/// sign in, its sessions end, and the codes it handed out or was given stop
/// working.
pub async fn deactivate(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Result<(), RoleRefusal>, sqlx::Error> {
    let current = sqlx::query!(
        r#"select exists (
               select 1 from account j
               where j.coach_id = a.account_id and j.deleted_at is null
           ) as "has_caseload!"
           from account a
           where a.account_id = $1 and a.deleted_at is null and a.role <> 'jobseeker'
             and a.deactivated_at is null
           for update"#,
        account_id,
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(current) = current else {
        return Ok(Err(RoleRefusal::NotStaff));
    };
    if current.has_caseload {
        return Ok(Err(RoleRefusal::HasCaseload));
    }
    sqlx::query!(
        "update account set deactivated_at = now() where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("delete from session where account_id = $1", account_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query!(
        "delete from one_time_code
         where used_at is null and (issued_by = $1 or account_id = $1)",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    Ok(Ok(()))
}

/// Makes a deactivated staff account active again; `false` when it is not one.
pub async fn reactivate(conn: &mut PgConnection, account_id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "update account set deactivated_at = null
         where account_id = $1 and deleted_at is null and deactivated_at is not null",
        account_id
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives a staff account a new role, in one locked step.
pub async fn change_role(
    conn: &mut PgConnection,
    account_id: i64,
    role: Role,
) -> Result<Result<(), RoleRefusal>, sqlx::Error> {
    let current = sqlx::query!(
        r#"select exists (
               select 1 from account j
               where j.coach_id = a.account_id and j.deleted_at is null
           ) as "has_caseload!"
           from account a
           where a.account_id = $1 and a.deleted_at is null and a.role <> 'jobseeker'
           for update"#,
        account_id,
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(current) = current else {
        return Ok(Err(RoleRefusal::NotStaff));
    };
    if current.has_caseload && role != Role::Coach {
        return Ok(Err(RoleRefusal::HasCaseload));
    }
    sqlx::query!(
        // Teams are for coaches: someone who stops coaching leaves theirs.
        "update account set role = $2, team = case when $2 = 'coach'::account_role then team end
         where account_id = $1",
        account_id,
        role as Role,
    )
    .execute(&mut *conn)
    .await?;
    Ok(Ok(()))
}

/// Puts a coach in a team (`None`: in none); `false` when the account is
/// not a live coach.
pub async fn set_team(
    conn: &mut PgConnection,
    account_id: i64,
    team: Option<&str>,
) -> Result<bool, sqlx::Error> {
    let changed = sqlx::query!(
        "update account set team = $2
         where account_id = $1 and role = 'coach' and deleted_at is null",
        account_id,
        team,
    )
    .execute(conn)
    .await?;
    Ok(changed.rows_affected() == 1)
}
