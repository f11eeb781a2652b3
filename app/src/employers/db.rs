//! SQL for employers and their staff.

use sqlx::PgConnection;

use super::types::{EmployerSummary, StaffMember};
use crate::accounts::Role;

/// Every employer, by name, with its staff and open jobs counted.
pub async fn employers(conn: &mut PgConnection) -> Result<Vec<EmployerSummary>, sqlx::Error> {
    sqlx::query_as!(
        EmployerSummary,
        r#"select e.employer_id, e.name, e.business_id,
                  (select count(*) from employer_member m
                   join account a on a.account_id = m.account_id
                   where m.employer_id = e.employer_id and a.deleted_at is null) as "staff!",
                  (select count(*) from job j
                   where j.employer_id = e.employer_id and j.status = 'published') as "published_jobs!"
           from employer e
           order by lower(e.name), e.employer_id"#,
    )
    .fetch_all(conn)
    .await
}

/// An employer's name and business ID, if it exists.
pub async fn employer(
    conn: &mut PgConnection,
    employer_id: i64,
) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
    let row = sqlx::query!(
        "select name, business_id from employer where employer_id = $1",
        employer_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.name, r.business_id)))
}

/// The live accounts on an employer's staff, by name.
pub async fn staff(
    conn: &mut PgConnection,
    employer_id: i64,
) -> Result<Vec<StaffMember>, sqlx::Error> {
    sqlx::query_as!(
        StaffMember,
        r#"select a.account_id, a.display_name as "display_name!",
                  coalesce(a.email::text, a.phone) as "contact!",
                  a.deactivated_at is not null as "deactivated!"
           from employer_member m
           join account a on a.account_id = m.account_id
           where m.employer_id = $1 and a.deleted_at is null
           order by a.display_name, a.account_id"#,
        employer_id,
    )
    .fetch_all(conn)
    .await
}

/// Which other employer a new one would repeat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duplicate {
    /// One with the same business ID.
    BusinessId,
    /// One without a business ID and with the same name, in any case.
    Name,
}

/// Adds an employer and returns its id, or which existing one it repeats.
/// The database's unique indexes decide, so two adding the same employer at
/// once cannot both succeed. A repeat fails the statement: a transaction
/// `conn` holds must end there.
pub async fn insert_employer(
    conn: &mut PgConnection,
    name: &str,
    business_id: Option<&str>,
    created_by: i64,
) -> Result<Result<i64, Duplicate>, sqlx::Error> {
    let inserted = sqlx::query_scalar!(
        "insert into employer (name, business_id, created_by) values ($1, $2, $3)
         returning employer_id",
        name,
        business_id,
        created_by,
    )
    .fetch_one(conn)
    .await;
    match inserted {
        Ok(employer_id) => Ok(Ok(employer_id)),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            let duplicate = match e.constraint() {
                Some("employer_business_id_key") => Some(Duplicate::BusinessId),
                Some("employer_name_idx") => Some(Duplicate::Name),
                _ => None,
            };
            duplicate.map(Err).ok_or(sqlx::Error::Database(e))
        }
        Err(error) => Err(error),
    }
}

/// Whether an employer exists.
pub async fn employer_exists(
    conn: &mut PgConnection,
    employer_id: i64,
) -> Result<bool, sqlx::Error> {
    let found = sqlx::query_scalar!(
        "select employer_id from employer where employer_id = $1",
        employer_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

/// A live account found by its email address.
#[derive(Clone, Debug)]
pub struct ExistingAccount {
    pub account_id: i64,
    pub display_name: String,
    pub role: Role,
    pub deactivated: bool,
}

/// The live account with this email address, held (`for share`) until the
/// transaction ends: an admin changing its role or deactivating it waits,
/// so it cannot stop being an active organiser between this check and its
/// joining the staff.
pub async fn hold_account_by_email(
    conn: &mut PgConnection,
    email: &str,
) -> Result<Option<ExistingAccount>, sqlx::Error> {
    sqlx::query_as!(
        ExistingAccount,
        r#"select account_id, display_name as "display_name!", role as "role: Role",
                  deactivated_at is not null as "deactivated!"
           from account
           where deleted_at is null and email = $1::text::citext
           for share"#,
        email,
    )
    .fetch_optional(conn)
    .await
}

/// Puts an account on an employer's staff; `false` when it already was.
pub async fn add_member(
    conn: &mut PgConnection,
    employer_id: i64,
    account_id: i64,
    added_by: i64,
) -> Result<bool, sqlx::Error> {
    let added = sqlx::query!(
        "insert into employer_member (employer_id, account_id, added_by) values ($1, $2, $3)
         on conflict (employer_id, account_id) do nothing",
        employer_id,
        account_id,
        added_by,
    )
    .execute(conn)
    .await?;
    Ok(added.rows_affected() == 1)
}

/// Takes an account off an employer's staff (the account stays); `false`
/// when it was not on it.
pub async fn remove_member(
    conn: &mut PgConnection,
    employer_id: i64,
    account_id: i64,
) -> Result<bool, sqlx::Error> {
    let removed = sqlx::query!(
        "delete from employer_member where employer_id = $1 and account_id = $2",
        employer_id,
        account_id,
    )
    .execute(conn)
    .await?;
    Ok(removed.rows_affected() == 1)
}
