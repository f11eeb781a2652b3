//! The CV's words and choices in the person's data export and account
//! deletion (see `crate::personal_data`).

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{CvData, MyData, timestamp},
};

pub const COLUMNS: &[&str] = &["cv.account_id"];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.cv = db::choices(conn, account_id)
        .await?
        .map(|(choices, updated_at)| CvData {
            language: choices.locale.code().to_owned(),
            headline: choices.headline,
            about: choices.about,
            town: choices.town,
            show_email: choices.show_email,
            show_phone: choices.show_phone,
            updated_at: timestamp(updated_at),
        });
    Ok(())
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::remove(conn, account_id).await?;
    Ok(())
}
