//! How long what is no longer needed is kept, in one place; each domain
//! deletes its own rows. The worker runs [`purge`] every hour (every process
//! may: each delete is idempotent). README's privacy section lists the same
//! periods.

/// Used or expired one-time codes: a late try still hears "expired or used".
pub const CODES_DAYS: i32 = 7;
/// Receipts of module answers (the ids that make a resend count once).
pub const ANSWER_RECEIPTS_DAYS: i32 = 90;
/// An event or job form kept after a failed save: a new one until it is saved, an existing one shown once.
pub const FORM_DRAFTS_DAYS: i32 = 1;
/// A self-assessment started and never submitted.
pub const ASSESSMENT_DRAFTS_DAYS: i32 = 180;
/// Sent email and email given up on (bodies are blanked at once).
pub const OUTBOX_DAYS: i32 = 30;

/// A line in a coach's inbox that a former jobseeker's conversation was
/// removed with their account.
pub const FORMER_CONVERSATIONS_DAYS: i32 = 90;

/// How many rows each purge deleted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub codes: u64,
    pub answer_receipts: u64,
    pub form_drafts: u64,
    pub assessment_drafts: u64,
    pub outbox: u64,
    /// Sign-in attempt allowances that are whole again: as if never used.
    pub rate_limits: u64,
    pub former_conversations: u64,
}

/// Deletes everything past its period. Ended sessions go at once.
pub async fn purge(pool: &sqlx::PgPool) -> Result<Purged, sqlx::Error> {
    Ok(Purged {
        sessions: crate::accounts::db::purge_sessions(pool).await?,
        codes: crate::accounts::db::purge_codes(pool, CODES_DAYS).await?,
        answer_receipts: crate::modules::db::purge_receipts(pool, ANSWER_RECEIPTS_DAYS).await?,
        form_drafts: crate::forms::db::purge(pool, FORM_DRAFTS_DAYS).await?,
        assessment_drafts: crate::skills::db::purge_stale_drafts(pool, ASSESSMENT_DRAFTS_DAYS)
            .await?,
        outbox: crate::outbox::db::purge_outbox(pool, OUTBOX_DAYS).await?,
        rate_limits: crate::accounts::db::prune_rate_limits(pool).await?,
        former_conversations: crate::messages::db::purge_formers(pool, FORMER_CONVERSATIONS_DAYS)
            .await?,
    })
}
