//! Passwords as NIST SP 800-63B asks: at least 8 characters, refused when they
//! are among the most common, no other composition rules, and stored as Argon2id.
//!
//! Argon2id parameters: 19 MiB memory, 2 iterations, 1 lane, the OWASP
//! recommendation for interactive sign-in (about 20 ms on one core here).

use std::{
    sync::{LazyLock, OnceLock},
    time::Duration,
};

use tokio::sync::{Semaphore, SemaphorePermit};

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::{SaltString, rand_core::OsRng},
};

use crate::error::AppError;

/// Shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 8;
/// Longest password accepted: long enough for any passphrase, short enough
/// that hashing cannot be used to tie up the server.
pub const MAX_PASSWORD_CHARS: usize = 200;

const COMMON_PASSWORDS: &str = include_str!("common-passwords.txt");

/// Why a new password is refused, as a Fluent id; `None` when it is fine.
pub fn new_password_problem(password: &str) -> Option<&'static str> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        Some("password-error-too-short")
    } else if chars > MAX_PASSWORD_CHARS {
        Some("password-error-too-long")
    } else if is_common(password) {
        Some("password-error-common")
    } else {
        None
    }
}

fn is_common(password: &str) -> bool {
    let lowered = password.to_lowercase();
    COMMON_PASSWORDS.lines().any(|common| common == lowered)
}

fn argon2() -> Argon2<'static> {
    // Constant, valid parameters: `Params::new` only fails outside Argon2's limits.
    let params = Params::new(19 * 1024, 2, 1, Some(32)).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// How long a request waits for its turn to hash before it is told the
/// service is busy: a burst of sign-ins then queues for a moment instead of
/// taking every core from every other page.
const HASHING_QUEUE_WAIT: Duration = Duration::from_secs(3);

/// At most one hash per core at a time (each takes 19 MiB and a core).
static HASHING: LazyLock<Semaphore> = LazyLock::new(|| {
    Semaphore::new(std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
});

/// A turn to hash, or a 503 "try again" when too many wait already.
async fn hashing_turn() -> Result<SemaphorePermit<'static>, AppError> {
    match tokio::time::timeout(HASHING_QUEUE_WAIT, HASHING.acquire()).await {
        Ok(Ok(permit)) => Ok(permit),
        Ok(Err(_)) => Err(AppError::Internal),
        Err(_) => {
            tracing::warn!("password hashing is saturated: answered busy");
            Err(AppError::Unavailable)
        }
    }
}

/// Hashes a new password (off the async runtime: it takes real CPU time).
pub async fn hash_password(password: String) -> Result<String, AppError> {
    let _turn = hashing_turn().await?;
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
    })
    .await
    .map_err(|_| AppError::Internal)?
    .map_err(|error| {
        tracing::error!(%error, "password hashing failed");
        AppError::Internal
    })
}

/// Checks `password` against `stored`. With no stored hash (unknown account) a
/// dummy hash is checked instead, so both answers take the same time and
/// nobody can tell from the timing which accounts exist. Call it holding no
/// database connection: the hash takes longer than any query.
pub async fn verify_password(password: String, stored: Option<String>) -> Result<bool, AppError> {
    let known = stored.is_some();
    let _turn = hashing_turn().await?;
    let matches = tokio::task::spawn_blocking(move || {
        let stored = stored.unwrap_or_else(|| dummy_hash().to_owned());
        let Ok(hash) = PasswordHash::new(&stored) else {
            return false;
        };
        argon2().verify_password(password.as_bytes(), &hash).is_ok() && known
    })
    .await
    .unwrap_or(false);
    Ok(matches)
}

/// Builds the dummy hash ahead of the first sign-in, so that even the first
/// answer about an unknown account takes no longer than any other.
pub fn prepare_dummy_hash() {
    dummy_hash();
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(b"no account has this password", &salt)
            .map(|hash| hash.to_string())
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_passwords_follow_nist_rules_only() {
        let long = "a".repeat(MAX_PASSWORD_CHARS + 1);
        let cases = [
            ("short7!", Some("password-error-too-short")),
            ("Salasana1", Some("password-error-common")),
            ("PASSWORD", Some("password-error-common")),
            (long.as_str(), Some("password-error-too-long")),
            ("kahvia ja pullaa", None),
            ("äöåäöåäö", None),
            ("alllowercase", None),
        ];
        for (password, expected) in cases {
            assert_eq!(new_password_problem(password), expected, "{password:?}");
        }
    }

    /// One test, as both parts use the process-wide hashing turns.
    #[tokio::test]
    async fn hashes_are_argon2id_and_verify_and_a_full_queue_answers_busy() {
        let hash = hash_password("kahvia ja pullaa".into())
            .await
            .expect("hash");
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        let verify = |typed: &str, stored: Option<String>| verify_password(typed.into(), stored);
        assert_eq!(
            verify("kahvia ja pullaa", Some(hash.clone())).await,
            Ok(true)
        );
        assert_eq!(
            verify("kahvia ja pullaa!", Some(hash.clone())).await,
            Ok(false)
        );
        assert_eq!(
            verify("no account has this password", None).await,
            Ok(false)
        );
        // Every core busy hashing for longer than a request waits: 503.
        let all = u32::try_from(HASHING.available_permits()).expect("few cores");
        let busy = HASHING.acquire_many(all).await.expect("permits");
        assert_eq!(
            verify("kahvia ja pullaa", Some(hash)).await,
            Err(AppError::Unavailable)
        );
        assert_eq!(
            hash_password("x".repeat(8)).await,
            Err(AppError::Unavailable)
        );
        drop(busy);
    }
}
