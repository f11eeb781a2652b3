//! SQL for a person's own account: their details, their data, their leaving.

use sqlx::PgConnection;
use time::OffsetDateTime;

use super::profile::Profile;
use crate::{accounts::Role, i18n::Locale};

/// A live account's profile, and when it was created.
pub async fn profile(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<(Profile, OffsetDateTime)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select a.role as "role: Role", a.display_name as "display_name!", a.email::text,
                  a.phone, a.locale, a.birth_year, a.gender, c.display_name as coach_name,
                  a.created_at, a.pending_email::text
           from account a left join account c on c.account_id = a.coach_id
           where a.account_id = $1 and a.deleted_at is null"#,
        account_id,
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| {
        let profile = Profile {
            role: r.role,
            display_name: r.display_name,
            email: r.email,
            phone: r.phone,
            locale: Locale::from_tag(&r.locale).unwrap_or_default(),
            birth_year: r.birth_year,
            gender: r.gender,
            coach_name: r.coach_name,
            pending_email: r.pending_email,
        };
        (profile, r.created_at)
    }))
}

/// New contact and profile details, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Details {
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub birth_year: Option<i16>,
    pub gender: Option<String>,
}

/// Saves `details`. Year of birth and gender only mean something for
/// jobseekers (the impact report); staff accounts keep them empty.
pub async fn update_details(
    conn: &mut PgConnection,
    account_id: i64,
    details: &Details,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update account
         set display_name = $2, email = $3, phone = $4,
             birth_year = case when role = 'jobseeker' then $5::smallint end,
             gender = case when role = 'jobseeker' then $6::text end
         where account_id = $1 and deleted_at is null",
        account_id,
        details.display_name,
        details.email,
        details.phone,
        details.birth_year,
        details.gender,
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_locale(
    conn: &mut PgConnection,
    account_id: i64,
    locale: Locale,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update account set locale = $2 where account_id = $1 and deleted_at is null",
        account_id,
        locale.code(),
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The stored password hash of a live account, locked until the transaction
/// ends so two password changes cannot interleave.
pub async fn password_hash(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select password_hash as "password_hash!" from account
           where account_id = $1 and deleted_at is null for update"#,
        account_id,
    )
    .fetch_optional(conn)
    .await
}

/// Ends every session of an account except the one with `keep_hash`.
pub async fn delete_other_sessions(
    conn: &mut PgConnection,
    account_id: i64,
    keep_hash: &[u8],
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from session where account_id = $1 and session_id <> $2",
        account_id,
        keep_hash,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// One audit entry about a person, as their data export shows it.
#[derive(Clone, Debug)]
pub struct AuditEntry {
    pub at: OffsetDateTime,
    pub action: String,
    pub detail: Option<String>,
    pub actor_name: Option<String>,
    pub actor_role: Option<Role>,
}

/// Everything the audit log says happened to `account_id`, oldest first.
pub async fn audit_entries_about(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<AuditEntry>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select l.created_at, l.action, l.detail, a.display_name as "actor_name?",
                  a.role as "actor_role?: Role"
           from audit_log l left join account a on a.account_id = l.actor_id
           where l.subject_id = $1
           order by l.created_at, l.audit_log_id"#,
        account_id,
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| AuditEntry {
            at: r.created_at,
            action: r.action,
            detail: r.detail,
            actor_name: r.actor_name,
            actor_role: r.actor_role,
        })
        .collect())
}

/// When a browser signed in, was last used, and will be signed out.
#[derive(Clone, Debug)]
pub struct SessionTimes {
    pub created_at: OffsetDateTime,
    pub last_seen_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

pub async fn sessions_of(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<SessionTimes>, sqlx::Error> {
    sqlx::query_as!(
        SessionTimes,
        "select created_at, last_seen_at, expires_at from session
         where account_id = $1 and expires_at > now() order by created_at",
        account_id,
    )
    .fetch_all(conn)
    .await
}

/// What is left to do after an account's personal data was removed.
#[derive(Clone, Debug)]
pub struct Removed {
    /// The name the person had, for the note to their coach.
    pub display_name: String,
    /// Where unsent mail to them was going.
    pub email: Option<String>,
    pub coach_id: Option<i64>,
}

/// Removes a jobseeker's personal data and ends all they could still use:
/// sessions, codes and mail to them. The row stays for the anonymous
/// statistics (year of birth, gender, the month they joined) with nothing that
/// leads back to the person: no coach, no audit entries pointing at it.
/// Every new table that holds personal data must be cleared here too.
pub async fn remove_personal_data(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<Removed>, sqlx::Error> {
    let Some(removed) = sqlx::query_as!(
        Removed,
        r#"with old as (
               select display_name, email::text, coach_id from account
               where account_id = $1 and role = 'jobseeker' and deleted_at is null
               for update
           )
           update account a
           set display_name = null, email = null, phone = null, password_hash = null,
               pending_email = null, pending_email_code = null, pending_email_expires_at = null,
               coach_id = null, created_at = date_trunc('month', a.created_at),
               deleted_at = date_trunc('month', now())
           from old where a.account_id = $1
           returning old.display_name as "display_name!", old.email, old.coach_id"#,
        account_id,
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    sqlx::query!("delete from session where account_id = $1", account_id)
        .execute(&mut *conn)
        .await?;
    // Notices waiting for a digest that will never go.
    sqlx::query!("delete from digest_item where account_id = $1", account_id)
        .execute(&mut *conn)
        .await?;
    crate::notifications::db::remove_push_subscriptions(&mut *conn, account_id, None).await?;
    sqlx::query!(
        "delete from one_time_code where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    if let Some(email) = &removed.email {
        sqlx::query!(
            "delete from outbox where lower(recipient) = lower($1)",
            email
        )
        .execute(&mut *conn)
        .await?;
    }
    // The audit trail stays, but no longer points at the row.
    sqlx::query!(
        "update audit_log set subject_id = null where subject_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "update audit_log set actor_id = null where actor_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    Ok(Some(removed))
}

/// A live account's email address and language, to write to them.
pub async fn email_of(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<(String, Locale)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select email::text as "email!", locale from account
           where account_id = $1 and deleted_at is null and email is not null"#,
        account_id,
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.email, Locale::from_tag(&r.locale).unwrap_or_default())))
}

/// Whether another live account signs in with `email`.
pub async fn email_taken(
    conn: &mut PgConnection,
    account_id: i64,
    email: &str,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select exists (
               select 1 from account
               where email = $2::text::citext and account_id <> $1 and deleted_at is null
           ) as "taken!""#,
        account_id,
        email,
    )
    .fetch_one(conn)
    .await
}

/// Keeps `email` waiting for the link whose code hashes to `code_hash`
/// (replacing any address waiting before).
pub async fn set_pending_email(
    conn: &mut PgConnection,
    account_id: i64,
    email: &str,
    code_hash: &[u8],
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update account
         set pending_email = $2::text::citext, pending_email_code = $3, pending_email_expires_at = $4
         where account_id = $1 and deleted_at is null",
        account_id,
        email,
        code_hash,
        expires_at,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// An address that was waiting for its link and is now in use.
pub struct Confirmed {
    pub account_id: i64,
    /// The address the account signed in with before.
    pub previous: Option<String>,
    pub locale: Locale,
}

/// Puts the waiting address whose link code hashes to `code_hash` in use,
/// if the link has not expired. A clash with an address another account
/// took meanwhile is the caller's to explain.
pub async fn confirm_pending_email(
    conn: &mut PgConnection,
    code_hash: &[u8],
) -> Result<Option<Confirmed>, sqlx::Error> {
    let row = sqlx::query!(
        r#"with old as (
               select account_id, email::text as previous from account
               where pending_email_code = $1 and pending_email_expires_at > now()
                 and deleted_at is null
               for update
           )
           update account a
           set email = a.pending_email, pending_email = null, pending_email_code = null,
               pending_email_expires_at = null
           from old where a.account_id = old.account_id
           returning a.account_id, old.previous, a.locale"#,
        code_hash,
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Confirmed {
        account_id: r.account_id,
        previous: r.previous,
        locale: Locale::from_tag(&r.locale).unwrap_or_default(),
    }))
}
