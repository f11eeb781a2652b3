//! Resolves who is signed in before the app runs, so every page and server
//! function sees the same answer through `app::accounts::current_user()`.

use std::net::SocketAddr;

use app::{
    accounts::{ClientIp, session},
    cookies::cookie_value,
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
    if let Some(ConnectInfo(addr)) = request.extensions().get::<ConnectInfo<SocketAddr>>() {
        let ip = ClientIp(addr.ip());
        request.extensions_mut().insert(ip);
    }
    let token = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|cookies| cookie_value(cookies, session::SESSION_COOKIE))
        .map(str::to_owned);
    if let Some(token) = token {
        match lookup(&state, &token).await {
            Ok(Some(user)) => {
                request.extensions_mut().insert(user);
            }
            Ok(None) => {}
            // The page still renders, as for someone not signed in.
            Err(error) => tracing::error!(%error, "session lookup failed"),
        }
    }
    next.run(request).await
}

async fn lookup(
    state: &AppState,
    token: &str,
) -> Result<Option<app::accounts::CurrentUser>, sqlx::Error> {
    let mut conn = state.pool.acquire().await?;
    session::resolve(&mut conn, token, &state.auth).await
}
