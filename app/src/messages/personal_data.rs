//! The conversation with the coach in the person's data export and account
//! deletion (see `crate::personal_data`).

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{MessageData, MessageFileData, MyData, timestamp},
};

pub const COLUMNS: &[&str] = &["message.account_id"];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.messages = db::all(conn, account_id)
        .await?
        .into_iter()
        .map(|m| MessageData {
            from: if m.from_jobseeker { "me" } else { "coach" }.to_owned(),
            file: file_data(&m),
            written_by: m.writer,
            body: m.body,
            sent_at: timestamp(m.created_at),
            read_at: m.read_at.map(timestamp),
        })
        .collect();
    Ok(())
}

fn file_data(m: &db::Message) -> Option<MessageFileData> {
    use leptos::server_fn::ServerFn;
    let sha256 = m.file_sha256.as_ref()?;
    Some(MessageFileData {
        name: m.file_name.clone()?,
        content_type: m.file_type.clone()?,
        bytes: m.file_size?,
        sha256: sha256.iter().map(|byte| format!("{byte:02x}")).collect(),
        download: format!("{}?message={}", super::MessageFile::PATH, m.message_id),
    })
}

/// Leaves `coach`'s inbox a line that the person's conversation was
/// there, before it goes with their account: how many messages were
/// unread and the month, nothing about the person.
pub async fn leave_former(
    conn: &mut PgConnection,
    account_id: i64,
    coach: i64,
) -> Result<(), AppError> {
    Ok(db::remember_former(conn, account_id, coach).await?)
}

/// The whole conversation goes: the coach's messages were written to the
/// person and are about them. So do refused messages kept to correct, theirs
/// and their coach's.
pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::remove(conn, account_id).await?;
    crate::forms::db::forget_item(conn, crate::forms::db::DraftForm::Message, account_id).await?;
    Ok(())
}
