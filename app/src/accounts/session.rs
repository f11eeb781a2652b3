//! Server-side sessions. The browser holds a random token in an HttpOnly
//! cookie; the database holds only its SHA-256, with an idle timeout and an
//! absolute lifetime, so signing out or an admin's action ends it everywhere.

use std::time::Duration;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sha2::{Digest, Sha256};
use sqlx::PgConnection;
use time::OffsetDateTime;

use super::{CurrentUser, auth_settings, db};
use crate::{
    audit::{AuditAction, db::record},
    cookies::{request_cookie, set_cookie},
    error::AppError,
    i18n::{LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, Locale},
};

/// The cookie that carries the session token.
pub const SESSION_COOKIE: &str = "askel_session";

/// How long sessions last, the key for one-time codes, and where people
/// reach Askel (for links in messages and on printed codes).
#[derive(Clone, Debug)]
pub struct AuthSettings {
    /// Public address of the site, without a trailing slash.
    pub public_url: std::sync::Arc<str>,
    /// Secret for the keyed hashes of one-time codes.
    pub code_key: std::sync::Arc<Vec<u8>>,
    /// A session ends after this long without a request.
    pub session_idle: Duration,
    /// A session ends this long after sign-in, however active.
    pub session_lifetime: Duration,
}

/// What the database stores for a cookie token.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Starts a session for `account_id` and returns the token for its cookie.
pub async fn start(
    conn: &mut PgConnection,
    account_id: i64,
    settings: &AuthSettings,
) -> Result<String, sqlx::Error> {
    let token = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
    let expires_at = OffsetDateTime::now_utc() + settings.session_lifetime;
    db::insert_session(conn, &token_hash(&token), account_id, expires_at).await?;
    Ok(token)
}

/// The person a cookie token belongs to, if the session is still alive.
pub async fn resolve(
    conn: &mut PgConnection,
    token: &str,
    settings: &AuthSettings,
) -> Result<Option<CurrentUser>, sqlx::Error> {
    let idle_since = OffsetDateTime::now_utc() - settings.session_idle;
    db::session_user(conn, &token_hash(token), idle_since).await
}

/// Ends the session of a cookie token.
pub async fn end(conn: &mut PgConnection, token: &str) -> Result<(), sqlx::Error> {
    db::delete_session(conn, &token_hash(token)).await
}

/// Signs this browser in as `account_id`: a new session with a new token, and
/// the browser's old session ended, so a token planted before sign-in is
/// worthless after it. The site switches to the person's own language.
pub async fn begin_for_browser(
    conn: &mut PgConnection,
    account_id: i64,
    locale: Locale,
) -> Result<(), AppError> {
    if let Some(old_token) = request_cookie(SESSION_COOKIE) {
        end(conn, &old_token).await?;
    }
    let token = start(conn, account_id, &auth_settings()?).await?;
    set_cookie(SESSION_COOKIE, &token, None);
    set_cookie(
        LANGUAGE_COOKIE,
        locale.code(),
        Some(LANGUAGE_COOKIE_MAX_AGE),
    );
    let me = Some(account_id);
    record(conn, me, me, AuditAction::SignIn, None).await?;
    Ok(())
}
