//! Resolves who is signed in before the app runs, so every page and server
//! function sees the same answer through `app::accounts::current_user()`.

use std::net::SocketAddr;

use app::{
    accounts::{ClientIp, session},
    cookies::{cookie_value, wire_name},
};
use axum::{
    extract::{ConnectInfo, Request, State},
    http::header,
    middleware::Next,
    response::Response,
};

use crate::AppState;

/// Puts the client's address and, for a live session, the signed-in person
/// into the request's extensions. It runs for pages and server functions only
/// (a route layer), and a request without a session cookie costs no database
/// round-trip.
pub async fn resolve_user(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>() {
        let ip = crate::client_ip::client_ip(
            peer.ip(),
            request.headers(),
            &state.trusted_proxies,
            state.proxy_header,
        );
        request.extensions_mut().insert(ClientIp(ip));
    }
    let session_cookie = wire_name(session::SESSION_COOKIE, state.cookie_policy.secure);
    let token = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|cookies| cookie_value(cookies, &session_cookie))
        .map(str::to_owned);
    if let Some(token) = token {
        match lookup(&state, &token).await {
            Ok(Some(user)) => {
                request.extensions_mut().insert(user);
            }
            Ok(None) => {}
            // Not "signed out": that would send a signed-in person to sign in
            // again and refuse what they just typed. They are told to try
            // again, and the browser keeps their form.
            Err(error) => {
                tracing::error!(%error, "session lookup failed");
                let locale = request.extensions().get().copied().unwrap_or_default();
                return try_again_later(locale);
            }
        }
    }
    next.run(request).await
}

/// A short page, in the reader's language, saying our side failed and to
/// try again: status 503 with `Retry-After`.
pub(crate) fn try_again_later(locale: app::i18n::Locale) -> Response {
    use axum::{http::StatusCode, response::IntoResponse};
    let message = app::i18n::translate(locale, "error-unavailable");
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{message}</title><link rel=\"stylesheet\" href=\"/pkg/askel.css\"></head>\
         <body><main class=\"site-main\"><h1>{message}</h1></main></body></html>",
        lang = locale.lang(),
        dir = locale.dir(),
    );
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::RETRY_AFTER, "10"),
            (header::CACHE_CONTROL, "no-store"),
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        ],
        html,
    )
        .into_response()
}

async fn lookup(
    state: &AppState,
    token: &str,
) -> Result<Option<app::accounts::CurrentUser>, sqlx::Error> {
    let mut conn = state.pool.acquire().await?;
    session::resolve(&mut conn, token, &state.auth).await
}
