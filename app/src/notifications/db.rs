//! How to reach a person, and their choices, as stored on their account.

use sqlx::PgConnection;

use crate::i18n::Locale;

/// Where a notice can go, as the person chose.
#[derive(Clone, Debug)]
pub struct Reach {
    /// Their address, if they have one and want email.
    pub email: Option<String>,
    /// Their phone number, if they have one and want text messages.
    pub phone: Option<String>,
    pub locale: Locale,
    pub quiet: (i16, i16),
}

pub async fn reach(conn: &mut PgConnection, account_id: i64) -> Result<Option<Reach>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select case when notify_email then email::text end as email,
                  case when notify_sms then phone end as phone,
                  locale, quiet_from, quiet_until
           from account where account_id = $1 and deleted_at is null"#,
        account_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Reach {
        email: r.email,
        phone: r.phone,
        locale: Locale::from_tag(&r.locale).unwrap_or_default(),
        quiet: (r.quiet_from, r.quiet_until),
    }))
}

/// A person's choices, and the contacts they apply to.
#[derive(Clone, Debug)]
pub struct Settings {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub notify_email: bool,
    pub notify_sms: bool,
    pub quiet_from: i16,
    pub quiet_until: i16,
}

pub async fn settings(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<Settings>, sqlx::Error> {
    sqlx::query_as!(
        Settings,
        r#"select email::text as email, phone, notify_email, notify_sms, quiet_from, quiet_until
           from account where account_id = $1 and deleted_at is null"#,
        account_id
    )
    .fetch_optional(conn)
    .await
}

pub async fn save(
    conn: &mut PgConnection,
    account_id: i64,
    notify_email: bool,
    notify_sms: bool,
    quiet: (i16, i16),
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update account set notify_email = $2, notify_sms = $3, quiet_from = $4, quiet_until = $5
         where account_id = $1",
        account_id,
        notify_email,
        notify_sms,
        quiet.0,
        quiet.1
    )
    .execute(conn)
    .await?;
    Ok(())
}
