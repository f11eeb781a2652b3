//! The account's own part of a person's data: the account row, browsers
//! signed in, one-time codes and the audit trail about them. Removed first
//! when a jobseeker deletes their account (`db::remove_personal_data`), then
//! every other domain's part (`crate::personal_data`).

use time::{OffsetDateTime, format_description::well_known::Rfc3339};

pub const COLUMNS: &[&str] = &[
    "account.coach_id",
    "session.account_id",
    "one_time_code.account_id",
    "one_time_code.issued_by",
    "audit_log.actor_id",
    "audit_log.subject_id",
    // Which kinds of notice wait for the daily digest: dropped with the
    // account, and not in the export (what they tell of is, in its domain).
    "digest_item.account_id",
    // Browsers that show the person's notices: in the export by service
    // and date (the address itself is a credential), removed with the account.
    "push_subscription.account_id",
];

/// A time in the export: RFC 3339, UTC.
pub fn timestamp(at: OffsetDateTime) -> String {
    // RFC 3339 formatting of a valid timestamp cannot fail; an empty string
    // would still leave the rest of the export usable.
    at.format(&Rfc3339).unwrap_or_default()
}
