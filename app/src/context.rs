//! What the server hands every render and server function.

/// How cookies must be marked; `secure` when the site is served over TLS.
#[derive(Clone, Copy, Debug, Default)]
pub struct CookiePolicy {
    /// Add the `Secure` attribute to every cookie.
    pub secure: bool,
}

/// The database pool, for server functions.
#[cfg(feature = "ssr")]
pub fn pool() -> Result<sqlx::PgPool, crate::error::AppError> {
    leptos::prelude::use_context::<sqlx::PgPool>().ok_or_else(|| {
        tracing::error!("database pool missing from the server function context");
        crate::error::AppError::Internal
    })
}
