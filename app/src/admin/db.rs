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
                  deactivated_at is not null as "deactivated!",
                  (select count(*) from account j
                   where j.coach_id = a.account_id and j.role = 'jobseeker'
                     and j.deleted_at is null) as "caseload!"
           from account a
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

/// Locks a live staff account (`active_only`: and not deactivated) until
/// the transaction ends, and says whether jobseekers are on its caseload;
/// `None` when there is no such account. A transfer to a coach locks them
/// too (shared), so neither change sees the other half done. The caseload is
/// read by a statement of its own, after the lock: a statement that waited
/// for a lock still reads other rows as they were when it began, and would
/// miss the jobseeker the transfer it waited for has just moved here.
async fn lock_staff(
    conn: &mut PgConnection,
    account_id: i64,
    active_only: bool,
) -> Result<Option<bool>, sqlx::Error> {
    let locked = sqlx::query_scalar!(
        "select account_id from account
         where account_id = $1 and deleted_at is null and role <> 'jobseeker'
           and (deactivated_at is null or not $2)
         for update",
        account_id,
        active_only,
    )
    .fetch_optional(&mut *conn)
    .await?;
    if locked.is_none() {
        return Ok(None);
    }
    let has_caseload = sqlx::query_scalar!(
        r#"select exists (
               select 1 from account where coach_id = $1 and deleted_at is null
           ) as "has_caseload!""#,
        account_id,
    )
    .fetch_one(conn)
    .await?;
    Ok(Some(has_caseload))
}

/// Deactivates a live staff account in one locked step: it can no longer
/// sign in, its sessions end, and the codes it handed out or was given stop
/// working.
pub async fn deactivate(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Result<(), RoleRefusal>, sqlx::Error> {
    let Some(has_caseload) = lock_staff(conn, account_id, true).await? else {
        return Ok(Err(RoleRefusal::NotStaff));
    };
    if has_caseload {
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
    crate::notifications::db::remove_push_subscriptions(&mut *conn, account_id, None).await?;
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
    let Some(has_caseload) = lock_staff(conn, account_id, false).await? else {
        return Ok(Err(RoleRefusal::NotStaff));
    };
    if has_caseload && role != Role::Coach {
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
    if role != Role::Coach {
        // Their invitations would put new jobseekers on a caseload that is
        // no more; a join claiming one right now waits for this and fails.
        sqlx::query!(
            "delete from one_time_code
             where issued_by = $1 and purpose = 'invitation' and used_at is null",
            account_id
        )
        .execute(&mut *conn)
        .await?;
    }
    if role != Role::Organiser {
        // Only organisers act for an employer: someone who stops being one
        // no longer reads its candidates (the role change is the audit entry).
        sqlx::query!(
            "delete from employer_member where account_id = $1",
            account_id
        )
        .execute(&mut *conn)
        .await?;
    }
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
