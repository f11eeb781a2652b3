//! SQL for employer contacts and the consent to name someone in one.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

/// A contact as a list shows it. `jobseeker` is the person's name only for
/// their own coach (`None` when it was about no one or about someone on
/// another caseload: see `about_someone`), and so is the note of a contact
/// about someone.
#[derive(Clone, Debug)]
pub struct Contact {
    pub contact_id: i64,
    pub employer_id: i64,
    pub employer: String,
    pub coach: Option<String>,
    pub contacted_on: Date,
    pub how: String,
    pub result: String,
    pub note: String,
    pub jobseeker_id: Option<i64>,
    pub jobseeker: Option<String>,
    pub about_someone: bool,
}

/// What a coach logs.
#[derive(Clone, Debug)]
pub struct NewContact<'a> {
    pub employer_id: i64,
    pub contacted_on: Date,
    pub how: &'a str,
    pub jobseeker_id: Option<i64>,
    pub result: &'a str,
    pub note: &'a str,
}

pub async fn log(
    conn: &mut PgConnection,
    coach: i64,
    contact: &NewContact<'_>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        "insert into employer_contact
             (employer_id, coach_id, contacted_on, how, jobseeker_id, result, note)
         values ($1, $2, $3, $4, $5, $6, $7)
         returning contact_id",
        contact.employer_id,
        coach,
        contact.contacted_on,
        contact.how,
        contact.jobseeker_id,
        contact.result,
        contact.note
    )
    .fetch_one(conn)
    .await
}

/// The latest contacts of `coaches` (a team, or one coach; everyone's for a
/// person on the reader's caseload), newest first, with names of people
/// only on `reader`'s caseload; only with `employer` when given, only about
/// `jobseeker` when given.
pub async fn contacts(
    conn: &mut PgConnection,
    reader: i64,
    coaches: Option<&[i64]>,
    employer: Option<i64>,
    jobseeker: Option<i64>,
    limit: i64,
) -> Result<Vec<Contact>, sqlx::Error> {
    sqlx::query_as!(
        Contact,
        r#"select c.contact_id, c.employer_id, e.name as employer, coach.display_name as coach,
                  c.contacted_on, c.how, c.result,
                  case when c.jobseeker_id is null or p.coach_id = $1 then c.note else '' end as "note!",
                  case when p.coach_id = $1 then c.jobseeker_id end as jobseeker_id,
                  case when p.coach_id = $1 then p.display_name end as jobseeker,
                  c.jobseeker_id is not null as "about_someone!"
           from employer_contact c
           join employer e using (employer_id)
           join account coach on coach.account_id = c.coach_id
           left join account p on p.account_id = c.jobseeker_id
           where ($2::bigint[] is null or c.coach_id = any($2))
             and ($3::bigint is null or c.employer_id = $3)
             and ($4::bigint is null or c.jobseeker_id = $4)
           order by c.contacted_on desc, c.contact_id desc
           limit $5"#,
        reader,
        coaches,
        employer,
        jobseeker,
        limit
    )
    .fetch_all(conn)
    .await
}

/// Every employer, by name, for the form's list.
pub async fn employers(conn: &mut PgConnection) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows =
        sqlx::query!("select employer_id, name from employer order by lower(name), employer_id")
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(|r| (r.employer_id, r.name)).collect())
}

/// The people on the coach's caseload who have agreed to be named to
/// employers, by name.
pub async fn consenting(
    conn: &mut PgConnection,
    coach: i64,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select a.account_id, coalesce(a.display_name, '') as "name!"
           from account a
           join employer_contact_consent k on k.account_id = a.account_id and k.revoked_at is null
           where a.coach_id = $1 and a.role = 'jobseeker' and a.deleted_at is null
           order by lower(a.display_name), a.account_id"#,
        coach
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.account_id, r.name)).collect())
}

/// Whether `jobseeker` is on `coach`'s caseload and has agreed to be named.
/// Their account and consent rows are held until the transaction ends, so
/// taking consent back or deleting the account waits for the contact being
/// logged (and then removes its name) rather than missing it.
pub async fn may_name(
    conn: &mut PgConnection,
    coach: i64,
    jobseeker: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select exists (
               select from account a
               join employer_contact_consent k on k.account_id = a.account_id and k.revoked_at is null
               where a.account_id = $2 and a.coach_id = $1 and a.deleted_at is null
               for share of a, k
           ) as "may!""#,
        coach,
        jobseeker
    )
    .fetch_one(conn)
    .await
}

/// When the person's consent in force was given, if it is.
pub async fn consent_since(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<OffsetDateTime>, sqlx::Error> {
    sqlx::query_scalar!(
        "select granted_at from employer_contact_consent
         where account_id = $1 and revoked_at is null",
        account_id
    )
    .fetch_optional(conn)
    .await
}

/// Gives consent; nothing when it is in force already (the unique index
/// keeps one live consent however many press at once).
pub async fn grant(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into employer_contact_consent (account_id) values ($1)
         on conflict (account_id) where revoked_at is null do nothing",
        account_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn revoke(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update employer_contact_consent set revoked_at = now()
         where account_id = $1 and revoked_at is null",
        account_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Every consent the person gave, oldest first: (given, taken back).
pub async fn consents(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<(OffsetDateTime, Option<OffsetDateTime>)>, sqlx::Error> {
    let rows = sqlx::query!(
        "select granted_at, revoked_at from employer_contact_consent
         where account_id = $1 order by granted_at",
        account_id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.granted_at, r.revoked_at))
        .collect())
}

/// The person's consents go; contacts about them stay as the coach's work
/// with the employer, naming no one, without the note that was about them.
pub async fn forget_jobseeker(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from employer_contact_consent where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "update employer_contact set jobseeker_id = null, note = '' where jobseeker_id = $1",
        account_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// For rapid job search: the day the person started (joined Askel, in
/// Helsinki) and the day of the first employer contact about them.
pub async fn first_contact(
    conn: &mut PgConnection,
    jobseeker: i64,
) -> Result<Option<(Date, Option<Date>)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select (a.created_at at time zone 'Europe/Helsinki')::date as "started!",
                  (select min(c.contacted_on) from employer_contact c
                   where c.jobseeker_id = a.account_id) as first_contact
           from account a where a.account_id = $1"#,
        jobseeker
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.started, r.first_contact)))
}

/// Every contact about the person, oldest first, for their data export.
pub async fn about(conn: &mut PgConnection, account_id: i64) -> Result<Vec<Contact>, sqlx::Error> {
    sqlx::query_as!(
        Contact,
        r#"select c.contact_id, c.employer_id, e.name as employer, coach.display_name as coach,
                  c.contacted_on, c.how, c.result, c.note, c.jobseeker_id, null::text as jobseeker,
                  true as "about_someone!"
           from employer_contact c
           join employer e using (employer_id)
           join account coach on coach.account_id = c.coach_id
           where c.jobseeker_id = $1
           order by c.contacted_on, c.contact_id"#,
        account_id
    )
    .fetch_all(conn)
    .await
}
