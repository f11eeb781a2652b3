//! The one place that issues and redeems one-time codes (invitations and
//! password resets): generated here, stored only as a keyed hash, claimed in
//! the caller's transaction, and explained when they cannot be used.

use sqlx::PgConnection;
use time::{Duration, OffsetDateTime};

use super::{
    codes::{generate, keyed_hash, normalize},
    db::{self, ClaimedCode, CodePurpose},
};

/// A code to issue.
pub struct NewCode {
    pub purpose: CodePurpose,
    /// `codes::SHORT_CODE_LEN` for codes people type, `LINK_CODE_LEN` for links.
    pub len: usize,
    pub valid_for: Duration,
    /// The coach who hands it over, if any.
    pub issued_by: Option<i64>,
    /// Whose password a reset code changes.
    pub account_id: Option<i64>,
}

/// Why a typed code cannot be used, so the person hears which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// Not a code we issued (or not even shaped like one).
    Wrong,
    /// A real code, but expired or already used.
    ExpiredOrUsed,
}

/// Stores a new code and returns it in plain form, the only time it exists so.
pub async fn issue(
    conn: &mut PgConnection,
    key: &[u8],
    new: NewCode,
) -> Result<String, sqlx::Error> {
    let code = generate(new.len);
    let expires_at = OffsetDateTime::now_utc() + new.valid_for;
    let hash = keyed_hash(key, &code);
    db::insert_code(
        conn,
        &hash,
        new.purpose,
        new.issued_by,
        new.account_id,
        expires_at,
    )
    .await?;
    Ok(code)
}

/// Uses up a code as typed; run it in the transaction that acts on the code,
/// so a failure later leaves the code usable.
pub async fn redeem(
    conn: &mut PgConnection,
    key: &[u8],
    typed: &str,
    purpose: CodePurpose,
) -> Result<Result<ClaimedCode, Unusable>, sqlx::Error> {
    let Some(code) = normalize(typed) else {
        return Ok(Err(Unusable::Wrong));
    };
    let hash = keyed_hash(key, &code);
    if let Some(claimed) = db::claim_code(conn, &hash, purpose).await? {
        return Ok(Ok(claimed));
    }
    let known = db::code_exists(conn, &hash, purpose).await?;
    Ok(Err(if known {
        Unusable::ExpiredOrUsed
    } else {
        Unusable::Wrong
    }))
}
