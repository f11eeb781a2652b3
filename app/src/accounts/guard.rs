//! Authorization in one place: every server function and protected page asks
//! here who the person is and whether their role may go on.

use super::{CurrentUser, Role};
use crate::error::AppError;

/// The signed-in person of the request being answered (resolved from the
/// session cookie by the server before the app runs), or `None`.
pub fn current_user() -> Option<CurrentUser> {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()?
            .extensions
            .get::<CurrentUser>()
            .cloned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// The signed-in person if their role is one of `allowed`: `Unauthorized`
/// when nobody is signed in, `Forbidden` for any other role.
pub fn require_role(allowed: &[Role]) -> Result<CurrentUser, AppError> {
    let user = current_user().ok_or(AppError::Unauthorized)?;
    if allowed.contains(&user.role) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The signed-in person, whatever their role.
pub fn require_signed_in() -> Result<CurrentUser, AppError> {
    require_role(&Role::ALL)
}

#[cfg(feature = "ssr")]
mod server {
    use std::sync::Arc;

    use leptos::prelude::use_context;

    use super::super::{AuthSettings, ClientIp, RateLimits};
    use crate::error::AppError;

    fn missing(what: &str) -> AppError {
        tracing::error!(what, "missing from the server function context");
        AppError::Internal
    }

    /// Session and code settings, provided by the server.
    pub fn auth_settings() -> Result<AuthSettings, AppError> {
        use_context::<AuthSettings>().ok_or_else(|| missing("auth settings"))
    }

    /// The sign-in and code limiters, provided by the server.
    pub fn rate_limits() -> Result<Arc<RateLimits>, AppError> {
        use_context::<Arc<RateLimits>>().ok_or_else(|| missing("rate limits"))
    }

    /// Begins a transaction that writes the signed-in person's own data,
    /// holding their account row until it ends. Deleting an account locks that
    /// row, so such a write finishes before a deletion, or waits for it and
    /// then finds the account gone (401): nothing is written after a person's
    /// data has been removed. Every write a jobseeker makes begins here.
    pub async fn begin_own_write(
        account_id: i64,
    ) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, AppError> {
        let mut tx = crate::context::pool()?.begin().await?;
        if super::super::db::hold_live_account(&mut tx, account_id).await? {
            Ok(tx)
        } else {
            Err(AppError::Unauthorized)
        }
    }

    /// The address of the request being answered, when the server knows it.
    pub fn client_ip() -> Option<ClientIp> {
        use_context::<http::request::Parts>()?
            .extensions
            .get::<ClientIp>()
            .copied()
    }
}

#[cfg(feature = "ssr")]
pub use server::{auth_settings, begin_own_write, client_ip, rate_limits};
