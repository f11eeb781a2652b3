//! Cross-site request forgery protection for every state-changing request,
//! server functions and plain form posts alike. Cookies are `SameSite=Lax`;
//! on top of that, a request that a browser marks as coming from another site
//! (`Sec-Fetch-Site`, `Origin` or `Referer`) is refused before it reaches the
//! app. Requests without any of these headers do not come from a browser
//! form, so they cannot carry a victim's cookies by accident.

use app::i18n::{Locale, translate};
use axum::{
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Refuses cross-site POST, PUT, PATCH and DELETE with a localized 403.
pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe || is_same_site(request.headers()) {
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

fn is_same_site(headers: &HeaderMap) -> bool {
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    let claimed = text(header::ORIGIN.as_str()).or_else(|| text(header::REFERER.as_str()));
    match claimed {
        Some(url) => authority(url).is_some_and(|from| Some(from) == text(header::HOST.as_str())),
        None => true,
    }
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
    fn only_same_origin_browser_requests_pass() {
        let host = ("host", "askel.example:3000");
        let cases: [(&[(&str, &str)], bool); 10] = [
            (&[host, ("sec-fetch-site", "same-origin")], true),
            (&[host, ("sec-fetch-site", "cross-site")], false),
            (&[host, ("sec-fetch-site", "same-site")], false),
            (&[host, ("origin", "http://askel.example:3000")], true),
            (&[host, ("origin", "https://evil.example")], false),
            (&[host, ("origin", "null")], false),
            (
                &[host, ("referer", "http://askel.example:3000/sign-in?x")],
                true,
            ),
            (
                &[host, ("referer", "https://evil.example/askel.example:3000")],
                false,
            ),
            (&[host], true),
            (&[("origin", "http://askel.example:3000")], false),
        ];
        for (pairs, expected) in cases {
            assert_eq!(is_same_site(&headers(pairs)), expected, "{pairs:?}");
        }
    }
}
