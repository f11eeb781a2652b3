//! Drives the whole HTTP stack in-process, against the test's own database.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the helpers"
)]

use axum::{
    Router,
    body::Body,
    http::{Request, Response, header},
};
use http_body_util::BodyExt;
use server::{AppState, Config, app};
use sqlx::PgPool;
use tower::ServiceExt;

/// The app around `pool`, configured as in development (or for TLS).
pub fn test_app(pool: PgPool, tls: bool) -> Router {
    let config = Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some("postgres://unused".into()),
        "ASKEL_TLS" => Some(tls.to_string()),
        _ => None,
    })
    .expect("test configuration is valid");
    app(AppState::new(&config, pool))
}

/// Sends one request through the router.
pub async fn send(app: &Router, request: Request<Body>) -> Response<Body> {
    app.clone()
        .oneshot(request)
        .await
        .expect("the router never fails")
}

/// A GET with optional extra headers.
pub fn get(uri: &str, headers: &[(header::HeaderName, &str)]) -> Request<Body> {
    let mut builder = Request::get(uri);
    for (name, value) in headers {
        builder = builder.header(name, *value);
    }
    builder.body(Body::empty()).expect("valid request")
}

/// A form post as a browser sends it without JavaScript (`plain`), or as the
/// WASM server-function client sends it.
pub fn form_post(uri: &str, body: &str, plain: bool) -> Request<Body> {
    let accept = if plain {
        "text/html,application/xhtml+xml"
    } else {
        "application/json"
    };
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, accept)
        .body(Body::from(body.to_owned()))
        .expect("valid request")
}

/// The whole body as text.
pub async fn text(response: Response<Body>) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8(bytes.to_vec()).expect("UTF-8 body")
}

/// A response header as text, or "" when absent.
pub fn header_of(response: &Response<Body>, name: header::HeaderName) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

/// `name=value` of the first Set-Cookie for cookie `name`, to send back.
pub fn cookie_pair(response: &Response<Body>, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(|c| c.split(';').next().unwrap_or_default().to_owned())
}
