//! Security headers on every response.

use app::context::CookiePolicy;
use axum::{
    extract::{Request, State},
    http::{HeaderName, HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
};

/// For responses that did not set their own policy (pages set one with a nonce).
const DEFAULT_CSP: &str = "default-src 'self'; object-src 'none'; base-uri 'none'; \
                           frame-ancestors 'none'; form-action 'self'";

const PERMISSIONS_POLICY: &str =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

/// Adds the headers every response needs; HSTS only when served over TLS,
/// `Retry-After` on a 503 that has none.
pub async fn security_headers(
    State(policy): State<CookiePolicy>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let status = response.status();
    let headers = response.headers_mut();
    let defaults: [(HeaderName, &'static str); 6] = [
        (header::CONTENT_SECURITY_POLICY, DEFAULT_CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (
            HeaderName::from_static("permissions-policy"),
            PERMISSIONS_POLICY,
        ),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in defaults {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
    // A 503 is a passing outage (the database restarting): browsers, proxies
    // and the offline queue learn when to try again.
    if status == StatusCode::SERVICE_UNAVAILABLE {
        headers
            .entry(header::RETRY_AFTER)
            .or_insert(HeaderValue::from_static("10"));
    }
    if policy.secure {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}
