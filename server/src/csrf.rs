//! Cross-site request forgery protection for every state-changing request,
//! server functions and plain form posts alike. Cookies are `SameSite=Lax`;
//! on top of that, a request is refused before it reaches the app unless
//! what the browser says about it matches the address Askel is configured to
//! be reached at (`ASKEL_PUBLIC_URL`): `Sec-Fetch-Site` must be
//! `same-origin` (not `none`, which no form of ours sends), `Origin` or
//! `Referer` must be that origin, and `Host` that host. The configured
//! address, not the request's own `Host`, is the measure: a request that
//! reached Askel under another name (DNS rebinding, a misrouted proxy) is no
//! form of ours. Requests without any of these headers do not come from a
//! browser form, so they cannot carry a victim's cookies by accident.

use app::i18n::{Locale, translate};
use axum::{
    extract::{Request, State},
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Where Askel is reached, from `ASKEL_PUBLIC_URL`.
#[derive(Clone, Debug)]
pub struct PublicOrigin {
    /// `https://askel.example` (scheme, host and port as configured).
    origin: String,
    /// `askel.example`: what `Host` must say.
    authority: String,
}

impl PublicOrigin {
    pub fn new(public_url: &str) -> Self {
        let origin = origin_of(public_url).unwrap_or(public_url).to_owned();
        let authority = authority(&origin).unwrap_or_default().to_owned();
        Self { origin, authority }
    }
}

/// Refuses cross-site POST, PUT, PATCH and DELETE with a localized 403.
pub async fn refuse_cross_site(
    State(public): State<PublicOrigin>,
    request: Request,
    next: Next,
) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    // The mail program's one-click unsubscribe comes from its own servers,
    // and uses no session (see `one_click.rs`).
    let one_click = request.uri().path() == app::notifications::ONE_CLICK;
    if safe || one_click || is_from_our_pages(request.headers(), &public) {
        return next.run(request).await;
    }
    let locale = request
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    tracing::warn!(path = request.uri().path(), "refused a cross-site request");
    (StatusCode::FORBIDDEN, translate(locale, "error-cross-site")).into_response()
}

fn is_from_our_pages(headers: &HeaderMap, public: &PublicOrigin) -> bool {
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if text(header::HOST.as_str()).is_some_and(|host| host != public.authority) {
        return false;
    }
    let fetch_site = text("sec-fetch-site");
    if fetch_site.is_some_and(|site| site != "same-origin") {
        return false;
    }
    match text(header::ORIGIN.as_str()).or_else(|| text(header::REFERER.as_str())) {
        Some(url) => origin_of(url) == Some(public.origin.as_str()),
        // Browsers send Origin with every POST; without it and without
        // Sec-Fetch-Site this is not a browser.
        None => true,
    }
}

/// `scheme://host:port` of an absolute URL.
fn origin_of(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&url[..scheme.len() + 3 + end])
}

/// `host:port` of an absolute URL.
fn authority(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    rest.split(['/', '?', '#']).next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().expect("header value"));
        }
        map
    }

    #[test]
    fn only_requests_from_our_own_pages_pass() {
        let public = PublicOrigin::new("https://askel.example/");
        let host = ("host", "askel.example");
        let cases: [(&[(&str, &str)], bool); 16] = [
            (&[host, ("sec-fetch-site", "same-origin")], true),
            (&[host, ("sec-fetch-site", "cross-site")], false),
            (&[host, ("sec-fetch-site", "same-site")], false),
            // "none" is a typed address or a bookmark: never a POST of ours.
            (&[host, ("sec-fetch-site", "none")], false),
            (&[host, ("origin", "https://askel.example")], true),
            (
                &[
                    host,
                    ("sec-fetch-site", "same-origin"),
                    ("origin", "https://askel.example"),
                ],
                true,
            ),
            (&[host, ("origin", "http://askel.example")], false),
            (&[host, ("origin", "https://evil.example")], false),
            (&[host, ("origin", "null")], false),
            (
                &[host, ("referer", "https://askel.example/sign-in?x")],
                true,
            ),
            (
                &[host, ("referer", "https://evil.example/askel.example")],
                false,
            ),
            (&[host], true),
            (&[], true),
            // Reached under another name: refused, whatever it claims.
            (
                &[
                    ("host", "rebound.example"),
                    ("sec-fetch-site", "same-origin"),
                ],
                false,
            ),
            (
                &[
                    ("host", "rebound.example"),
                    ("origin", "https://rebound.example"),
                ],
                false,
            ),
            (&[("host", "askel.example:8443")], false),
        ];
        for (pairs, expected) in cases {
            assert_eq!(
                is_from_our_pages(&headers(pairs), &public),
                expected,
                "{pairs:?}"
            );
        }
    }

    #[test]
    fn the_public_origin_is_scheme_host_and_port() {
        let public = PublicOrigin::new("http://127.0.0.1:3000");
        assert_eq!(public.origin, "http://127.0.0.1:3000");
        assert_eq!(public.authority, "127.0.0.1:3000");
        assert_eq!(
            PublicOrigin::new("https://askel.fi/app").origin,
            "https://askel.fi"
        );
    }
}
