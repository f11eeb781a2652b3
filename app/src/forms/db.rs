//! Form drafts in PostgreSQL: what a staff member typed into a long form (an
//! event, a job) when it could not be saved, kept until the form is shown
//! again. The flash cookie carries only the errors: it cannot hold long texts.

use std::collections::BTreeMap;

use sqlx::PgConnection;

use crate::error::AppError;

/// The long forms whose typing is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftForm {
    Event,
    Job,
    /// A message to a conversation (the item is the jobseeker's id).
    Message,
}

impl DraftForm {
    fn as_str(self) -> &'static str {
        match self {
            DraftForm::Event => "event",
            DraftForm::Job => "job",
            DraftForm::Message => "message",
        }
    }
}

/// A form's fields as typed, by name.
pub type Typed = BTreeMap<String, String>;

/// Keeps what `account_id` typed into `form` for `item` (`None`: a new one).
pub async fn keep(
    conn: &mut PgConnection,
    account_id: i64,
    form: DraftForm,
    item: Option<i64>,
    typed: &Typed,
) -> Result<(), AppError> {
    let fields = serde_json::to_value(typed).map_err(|_| AppError::Internal)?;
    sqlx::query!(
        "insert into form_draft (account_id, form, item_id, fields) values ($1, $2, $3, $4)
         on conflict (account_id, form, item_id)
         do update set fields = excluded.fields, saved_at = now()",
        account_id,
        form.as_str(),
        item.unwrap_or(0),
        fields
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// What [`keep`] kept from a failed save. A new item's form is kept until
/// it is saved (or a day has passed): nothing else can be lost by showing it
/// again. An existing item's is shown once, right after the failed save, so
/// it cannot later hide changes a colleague has saved since.
pub async fn kept(
    conn: &mut PgConnection,
    account_id: i64,
    form: DraftForm,
    item: Option<i64>,
) -> Result<Option<Typed>, AppError> {
    let fields = match item {
        None => {
            sqlx::query_scalar!(
                "select fields from form_draft
                 where account_id = $1 and form = $2 and item_id = 0
                   and saved_at > now() - interval '1 day'",
                account_id,
                form.as_str()
            )
            .fetch_optional(conn)
            .await?
        }
        Some(item) => {
            sqlx::query_scalar!(
                "delete from form_draft
                 where account_id = $1 and form = $2 and item_id = $3
                   and saved_at > now() - interval '1 day'
                 returning fields",
                account_id,
                form.as_str(),
                item
            )
            .fetch_optional(conn)
            .await?
        }
    };
    Ok(fields.and_then(|fields| serde_json::from_value(fields).ok()))
}

/// Forgets the kept form once it has been saved.
pub async fn forget(
    conn: &mut PgConnection,
    account_id: i64,
    form: DraftForm,
    item: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from form_draft where account_id = $1 and form = $2 and item_id = $3",
        account_id,
        form.as_str(),
        item.unwrap_or(0)
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets every kept `form` for `item`, whoever typed it: the item is gone.
pub async fn forget_item(
    conn: &mut PgConnection,
    form: DraftForm,
    item: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from form_draft where form = $1 and item_id = $2",
        form.as_str(),
        item
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Deletes kept forms older than `days`: a form left unsaved that long is
/// not coming back.
pub async fn purge(pool: &sqlx::PgPool, days: i32) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "delete from form_draft where saved_at < now() - make_interval(days => $1)",
        days
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
