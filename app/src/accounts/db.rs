//! SQL for accounts, sessions and one-time codes.

use sqlx::PgConnection;
use time::OffsetDateTime;

use super::{CurrentUser, Identifier, Role};
use crate::i18n::Locale;

/// What a one-time code is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "one_time_code_purpose", rename_all = "snake_case")]
pub enum CodePurpose {
    /// A coach invites a new jobseeker onto their caseload.
    Invitation,
    /// Sets a new password for an existing account.
    PasswordReset,
}

/// A new account, validated.
#[derive(Clone, Debug)]
pub struct NewAccount {
    pub role: Role,
    pub display_name: String,
    pub contact: Identifier,
    pub password_hash: String,
    pub locale: Locale,
    pub birth_year: Option<i16>,
    pub gender: Option<String>,
    pub coach_id: Option<i64>,
}

/// Who a code was issued by and for, once it has been claimed.
#[derive(Clone, Copy, Debug)]
pub struct ClaimedCode {
    pub one_time_code_id: i64,
    pub issued_by: Option<i64>,
    pub account_id: Option<i64>,
}

/// Inserts a new account and returns its id, or `None` when its email or
/// phone already belongs to another account.
pub async fn insert_account(
    conn: &mut PgConnection,
    account: &NewAccount,
) -> Result<Option<i64>, sqlx::Error> {
    let inserted = sqlx::query_scalar!(
        "insert into account
             (role, display_name, email, phone, password_hash, locale, birth_year, gender, coach_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         returning account_id",
        account.role as Role,
        account.display_name,
        account.contact.email(),
        account.contact.phone(),
        account.password_hash,
        account.locale.code(),
        account.birth_year,
        account.gender,
        account.coach_id,
    )
    .fetch_one(conn)
    .await;
    match inserted {
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(None),
        other => other.map(Some),
    }
}

/// What signing in needs to know about an account.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub account_id: i64,
    pub role: Role,
    pub locale: Locale,
    pub password_hash: String,
}

/// The credentials for a sign-in contact, if a live account has it.
pub async fn find_credentials(
    conn: &mut PgConnection,
    contact: &Identifier,
) -> Result<Option<Credentials>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select account_id, role as "role: Role", locale, password_hash as "password_hash!"
           from account
           where deleted_at is null and deactivated_at is null
             and (email = $1::text::citext or phone = $2)"#,
        contact.email(),
        contact.phone(),
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Credentials {
        account_id: r.account_id,
        role: r.role,
        locale: Locale::from_tag(&r.locale).unwrap_or_default(),
        password_hash: r.password_hash,
    }))
}

/// The live account that has this email or phone, if any: its email
/// address (if it has one) and the language to write to it in.
pub async fn contact_holder(
    conn: &mut PgConnection,
    contact: &Identifier,
) -> Result<Option<(Option<String>, Locale)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select email::text as "email?", locale from account
           where deleted_at is null and (email = $1::text::citext or phone = $2)"#,
        contact.email(),
        contact.phone(),
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.email, Locale::from_tag(&r.locale).unwrap_or_default())))
}

/// The live account with this email address, and the language to write to it in.
pub async fn find_by_email(
    conn: &mut PgConnection,
    email: &str,
) -> Result<Option<(i64, Locale)>, sqlx::Error> {
    let row = sqlx::query!(
        "select account_id, locale from account
         where deleted_at is null and deactivated_at is null and email = $1::text::citext",
        email,
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| {
        (
            r.account_id,
            Locale::from_tag(&r.locale).unwrap_or_default(),
        )
    }))
}

pub async fn set_password(
    conn: &mut PgConnection,
    account_id: i64,
    password_hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update account set password_hash = $2 where account_id = $1 and deleted_at is null",
        account_id,
        password_hash,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Holds a live account until the transaction ends; false when it has been
/// deleted. Deleting an account locks its row for update, so a write that
/// holds it finishes first, or waits and then finds the account gone.
pub async fn hold_live_account(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<bool, sqlx::Error> {
    let held = sqlx::query_scalar!(
        "select account_id from account where account_id = $1 and deleted_at is null for key share",
        account_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(held.is_some())
}

/// Whether `jobseeker_id` is a live jobseeker on `coach_id`'s caseload.
pub async fn is_on_caseload(
    conn: &mut PgConnection,
    coach_id: i64,
    jobseeker_id: i64,
) -> Result<bool, sqlx::Error> {
    // Locked (shared) until the transaction ends, so a transfer to another
    // coach cannot commit between this check and the change it allows.
    let found = sqlx::query_scalar!(
        "select account_id from account
         where account_id = $2 and coach_id = $1 and role = 'jobseeker' and deleted_at is null
         for share",
        coach_id,
        jobseeker_id,
    )
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

/// Holds a live jobseeker's row (on `coach`'s caseload, when one is named)
/// against a transfer and against other changes made for them at the same
/// moment (a message's count, a booking's): their coach, if they have one,
/// or `None` when the account is gone or not that coach's. One lock, taken
/// first: a weaker one taken before it by two requests at once would
/// deadlock them.
pub async fn hold_jobseeker(
    conn: &mut PgConnection,
    jobseeker_id: i64,
    coach_id: Option<i64>,
) -> Result<Option<Option<i64>>, sqlx::Error> {
    sqlx::query_scalar!(
        "select coach_id from account
         where account_id = $1 and role = 'jobseeker' and deleted_at is null
           and ($2::bigint is null or coach_id = $2)
         for no key update",
        jobseeker_id,
        coach_id
    )
    .fetch_optional(conn)
    .await
}

pub async fn insert_session(
    conn: &mut PgConnection,
    session_hash: &[u8],
    account_id: i64,
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into session (session_id, account_id, expires_at) values ($1, $2, $3)",
        session_hash,
        account_id,
        expires_at,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The person of a live session, marking it as used. The mark is written at
/// most once a minute, so browsing does not turn every page view into a write.
pub async fn session_user(
    conn: &mut PgConnection,
    session_hash: &[u8],
    idle_since: OffsetDateTime,
) -> Result<Option<CurrentUser>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select a.account_id, a.role as "role: Role", a.display_name as "display_name!",
                  a.locale, s.last_seen_at < now() - interval '1 minute' as "stale!"
           from session s join account a using (account_id)
           where s.session_id = $1 and s.expires_at > now() and s.last_seen_at > $2
             and a.deleted_at is null and a.deactivated_at is null"#,
        session_hash,
        idle_since,
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    if row.stale {
        sqlx::query!(
            "update session set last_seen_at = now() where session_id = $1",
            session_hash
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(Some(CurrentUser {
        account_id: row.account_id,
        role: row.role,
        display_name: row.display_name,
        locale: Locale::from_tag(&row.locale).unwrap_or_default(),
    }))
}

pub async fn delete_session(
    conn: &mut PgConnection,
    session_hash: &[u8],
) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from session where session_id = $1", session_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every session of an account, e.g. after its password changed.
pub async fn delete_sessions_of(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from session where account_id = $1", account_id)
        .execute(&mut *conn)
        .await?;
    // Notices stop with the sessions: a phone someone else may hold now.
    crate::notifications::db::remove_push_subscriptions(conn, account_id, None).await?;
    Ok(())
}

pub async fn insert_code(
    conn: &mut PgConnection,
    code_hash: &[u8],
    purpose: CodePurpose,
    issued_by: Option<i64>,
    account_id: Option<i64>,
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into one_time_code (code_hash, purpose, issued_by, account_id, expires_at)
         values ($1, $2, $3, $4, $5)",
        code_hash,
        purpose as CodePurpose,
        issued_by,
        account_id,
        expires_at,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Uses up a live code in one statement, so two people racing with the same
/// code cannot both succeed. Run it in the transaction that acts on the code.
/// A code works only while its issuer still may hand it over: an invitation
/// while they are a coach, so nobody joins a caseload that no coach looks
/// after; a handed reset code while they are an admin or the person's coach,
/// so a coach who lost the person cannot take over their account.
pub async fn claim_code(
    conn: &mut PgConnection,
    code_hash: &[u8],
    purpose: CodePurpose,
) -> Result<Option<ClaimedCode>, sqlx::Error> {
    let row = sqlx::query!(
        "update one_time_code c set used_at = now()
         where code_hash = $1 and purpose = $2 and used_at is null and expires_at > now()
           and failed_tries < 3
           and (issued_by is null or exists (
               select 1 from account a
               where a.account_id = c.issued_by and a.deleted_at is null
                 and a.deactivated_at is null
                 and case c.purpose
                       when 'invitation' then a.role = 'coach'
                       else a.role = 'admin' or exists (
                           select 1 from account p
                           where p.account_id = c.account_id and p.coach_id = a.account_id)
                     end))
         returning one_time_code_id, issued_by, account_id",
        code_hash,
        purpose as CodePurpose,
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| ClaimedCode {
        one_time_code_id: r.one_time_code_id,
        issued_by: r.issued_by,
        account_id: r.account_id,
    }))
}

/// Whether a code that could not be claimed exists at all (then it has expired
/// or been used), so the person hears which of the two went wrong.
pub async fn code_exists(
    conn: &mut PgConnection,
    code_hash: &[u8],
    purpose: CodePurpose,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select exists (select 1 from one_time_code where code_hash = $1 and purpose = $2) as "found!""#,
        code_hash,
        purpose as CodePurpose,
    )
    .fetch_one(conn)
    .await
}

/// Voids an account's unused password-reset codes and links, e.g. once its
/// password or contact details changed and an old link must not work.
pub async fn cancel_reset_codes(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from one_time_code
         where account_id = $1 and purpose = 'password_reset' and used_at is null",
        account_id,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Voids the unused reset codes that someone handed to `account_id` (not the
/// links they asked for themself), e.g. when the coach who handed them over
/// no longer looks after the person.
pub async fn cancel_handed_codes(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from one_time_code
         where account_id = $1 and purpose = 'password_reset' and used_at is null
           and issued_by is not null",
        account_id,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Gives a claimed code back after a try that failed on something else than
/// the code, and counts the try: the third voids it (`claim_code`).
pub async fn count_failed_try(conn: &mut PgConnection, code_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update one_time_code set used_at = null, failed_tries = failed_tries + 1
         where one_time_code_id = $1",
        code_id,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes one attempt from the allowance under `key` (GCRA): the stored time
/// is when the allowance is whole again; each attempt moves it `refill_secs`
/// on, and an attempt that would move it more than `window_secs` (burst ×
/// refill) past now is refused and changes nothing. One statement, so two
/// processes never both take the last attempt.
pub async fn take_attempt(
    pool: &sqlx::PgPool,
    limit: &str,
    key: &[u8],
    refill_secs: f64,
    window_secs: f64,
) -> Result<bool, sqlx::Error> {
    let taken = sqlx::query_scalar!(
        r#"insert into rate_limit (limit_name, key, whole_at)
           values ($1, $2, now() + make_interval(secs => $3))
           on conflict (limit_name, key) do update
           set whole_at = greatest(rate_limit.whole_at, now()) + make_interval(secs => $3)
           where greatest(rate_limit.whole_at, now()) + make_interval(secs => $3)
                 <= now() + make_interval(secs => $4)
           returning true as "taken!""#,
        limit,
        key,
        refill_secs,
        window_secs,
    )
    .fetch_optional(pool)
    .await?;
    Ok(taken.is_some())
}

/// Gives one attempt back (it succeeded).
pub async fn give_back_attempt(
    pool: &sqlx::PgPool,
    limit: &str,
    key: &[u8],
    refill_secs: f64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update rate_limit set whole_at = whole_at - make_interval(secs => $3)
         where limit_name = $1 and key = $2",
        limit,
        key,
        refill_secs,
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Forgets keys whose allowance is whole again: they count as never seen.
pub async fn prune_rate_limits(pool: &sqlx::PgPool) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!("delete from rate_limit where whole_at <= now()")
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// Deletes sessions that ended (expired, or idle longer than any idle limit
/// allows); returns how many.
pub async fn purge_sessions(pool: &sqlx::PgPool) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "delete from session where expires_at < now() or last_seen_at < now() - interval '1 day'"
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Deletes one-time codes used or expired more than `days` ago (until then
/// a late try is told "expired or used" rather than "wrong").
pub async fn purge_codes(pool: &sqlx::PgPool, days: i32) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "delete from one_time_code
         where least(coalesce(used_at, 'infinity'), expires_at) < now() - make_interval(days => $1)",
        days
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Where to tell the owner of a live account about a change: its email
/// address (if it has one) and its language.
pub async fn notice_address(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<(Option<String>, Locale)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select email::text as "email?", locale from account
           where account_id = $1 and deleted_at is null"#,
        account_id,
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.email, Locale::from_tag(&r.locale).unwrap_or_default())))
}
