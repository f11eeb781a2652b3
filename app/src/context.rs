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

/// The skills vocabulary, for server functions and pages.
#[cfg(feature = "ssr")]
pub fn vocabulary()
-> Result<std::sync::Arc<crate::vocabulary::types::Vocabulary>, crate::error::AppError> {
    leptos::prelude::use_context::<std::sync::Arc<crate::vocabulary::types::Vocabulary>>()
        .ok_or_else(|| {
            tracing::error!("vocabulary missing from the server function context");
            crate::error::AppError::Internal
        })
}

/// Words explained, for pages and server functions.
#[cfg(feature = "ssr")]
pub fn glossary() -> Result<std::sync::Arc<crate::glossary::types::Glossary>, crate::error::AppError>
{
    leptos::prelude::use_context::<std::sync::Arc<crate::glossary::types::Glossary>>().ok_or_else(
        || {
            tracing::error!("glossary missing from the server function context");
            crate::error::AppError::Internal
        },
    )
}

/// Makes PostgreSQL plan the rest of this transaction's queries for their
/// actual parameters. A query over a whole caseload that runs often gets a
/// generic plan after five runs, which cannot know the sort or the coach
/// and ran five times slower (scripts/bench-caseload.sh).
#[cfg(feature = "ssr")]
pub async fn plan_for_these_parameters(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
) -> Result<(), sqlx::Error> {
    sqlx::query("set local plan_cache_mode = force_custom_plan")
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Sets the HTTP status of the page being rendered (e.g. 403 or 404).
#[cfg(feature = "ssr")]
pub fn set_page_status(status: http::StatusCode) {
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

/// Answers the page being rendered with a redirect to `path` (a local path).
#[cfg(feature = "ssr")]
pub fn redirect_page(path: &str) {
    let (Some(response), Ok(location)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(path),
    ) else {
        return;
    };
    response.insert_header(http::header::LOCATION, location);
    response.set_status(http::StatusCode::FOUND);
}

/// Gives a server function that is not a form post (a download, a call from
/// an island) the HTTP status of its error, whatever the caller accepts.
#[cfg(feature = "ssr")]
pub fn answer_call<T>(result: &Result<T, crate::error::AppError>) {
    if let Err(error) = result {
        set_page_status(error.status_code());
    }
}
