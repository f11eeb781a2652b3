//! The stored words and choices of each CV.

use sqlx::PgConnection;

use super::types::CvChoices;
use crate::i18n::Locale;

/// What `account_id` chose for their CV, if they saved it.
pub async fn choices(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Option<(CvChoices, time::OffsetDateTime)>, sqlx::Error> {
    let row = sqlx::query!(
        "select locale, headline, about, town, show_email, show_phone, updated_at
         from cv where account_id = $1",
        account_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| {
        let choices = CvChoices {
            locale: Locale::from_tag(&r.locale).unwrap_or_default(),
            headline: r.headline,
            about: r.about,
            town: r.town,
            show_email: r.show_email,
            show_phone: r.show_phone,
        };
        (choices, r.updated_at)
    }))
}

/// Keeps `choices` as `account_id`'s CV.
pub async fn save(
    conn: &mut PgConnection,
    account_id: i64,
    choices: &CvChoices,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into cv (account_id, locale, headline, about, town, show_email, show_phone)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (account_id) do update
         set locale = excluded.locale, headline = excluded.headline, about = excluded.about,
             town = excluded.town, show_email = excluded.show_email,
             show_phone = excluded.show_phone, updated_at = now()",
        account_id,
        choices.locale.code(),
        choices.headline,
        choices.about,
        choices.town,
        choices.show_email,
        choices.show_phone
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The name, email and phone the CV can show.
pub async fn contact(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<(String, Option<String>, Option<String>), sqlx::Error> {
    let row = sqlx::query!(
        r#"select coalesce(display_name, '') as "name!", email::text as email, phone
           from account where account_id = $1"#,
        account_id
    )
    .fetch_one(conn)
    .await?;
    Ok((row.name, row.email, row.phone))
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from cv where account_id = $1", account_id)
        .execute(conn)
        .await?;
    Ok(())
}
