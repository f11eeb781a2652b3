//! Coach notes and outcomes about a person in their data export (the right
//! of access covers what coaches write) and account deletion (see
//! `crate::personal_data`).

use sqlx::PgConnection;

use super::person_db::{self, Version};
use crate::{
    error::AppError,
    my_account::{MyData, NoteData, OutcomeData, VersionData, timestamp},
};

pub const COLUMNS: &[&str] = &["coach_note.account_id", "outcome.account_id"];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    let note_versions = person_db::note_versions(conn, account_id, None).await?;
    data.coach_notes = person_db::notes(conn, account_id, false, None)
        .await?
        .into_iter()
        .map(|n| NoteData {
            written_by: n.written_by_name,
            body: n.body,
            shared: n.shared,
            written_at: timestamp(n.created_at),
            corrected_at: n.corrected_at.map(timestamp),
            withdrawn_at: n.withdrawn_at.map(timestamp),
            earlier_versions: versions_of(&note_versions, n.note_id),
        })
        .collect();
    let outcome_versions = person_db::outcome_versions(conn, account_id, None).await?;
    data.outcomes = person_db::outcomes(conn, account_id, None)
        .await?
        .into_iter()
        .map(|o| OutcomeData {
            situation: o.situation,
            since: o.since.to_string(),
            recorded_by: o.recorded_by_name,
            recorded_at: timestamp(o.recorded_at),
            corrected_at: o.corrected_at.map(timestamp),
            withdrawn_at: o.withdrawn_at.map(timestamp),
            earlier_versions: versions_of(&outcome_versions, o.outcome_id),
        })
        .collect();
    Ok(())
}

/// The earlier versions of the note or outcome `owner`, newest first.
fn versions_of(versions: &[Version], owner: i64) -> Vec<VersionData> {
    versions
        .iter()
        .filter(|v| v.owner_id == owner)
        .map(|v| VersionData {
            text: v.body.clone(),
            since: v.since.map(|d| d.to_string()),
            shared: v.shared,
            written_at: timestamp(v.written_at),
            replaced_at: timestamp(v.replaced_at),
        })
        .collect()
}

/// Notes go; outcomes stay, without the person, for the impact report.
pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    person_db::anonymise_outcomes(conn, account_id).await?;
    person_db::remove_notes(conn, account_id).await?;
    Ok(())
}
