//! Server-rendered pages: language negotiation, titles, 404, security headers.

use crate::support;

use app::accounts::Role;
use axum::http::{StatusCode, header};
use sqlx::PgPool;
use support::{
    create_account, get, header_of, send, sign_in, test_app, test_app_serving_public, text,
    with_cookie,
};
use tokio::task::JoinSet;

#[sqlx::test]
async fn the_language_comes_from_url_then_cookie_then_browser_then_finnish(pool: PgPool) {
    let app = test_app(pool, false);
    let cases = [
        (
            "/?lang=en",
            vec![(header::COOKIE, "askel_lang=sv")],
            "en",
            "Home – Askel",
        ),
        (
            "/",
            vec![
                (header::COOKIE, "askel_lang=sv"),
                (header::ACCEPT_LANGUAGE, "en"),
            ],
            "sv",
            "Startsida – Askel",
        ),
        (
            "/",
            vec![(header::ACCEPT_LANGUAGE, "de, en;q=0.8")],
            "en",
            "Home – Askel",
        ),
        ("/", vec![], "fi", "Etusivu – Askel"),
    ];
    for (uri, headers, lang, title) in cases {
        let response = send(&app, get(uri, &headers)).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(header_of(&response, header::CONTENT_LANGUAGE), lang);
        let html = text(response).await;
        assert!(
            html.contains(&format!(r#"<html lang="{lang}" dir="ltr""#)),
            "{uri} {headers:?}"
        );
        assert!(
            html.contains(&format!("<title>{title}</title>")),
            "{uri} {headers:?}"
        );
    }
}

#[sqlx::test]
async fn an_unknown_address_is_a_localized_404(pool: PgPool) {
    let app = test_app(pool, false);
    let response = send(&app, get("/no/such/page?lang=sv", &[])).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(text(response).await.contains("Sidan hittades inte"));
}

#[sqlx::test]
async fn pages_allow_only_their_own_nonce_scripts(pool: PgPool) {
    let app = test_app(pool, false);
    let response = send(&app, get("/", &[])).await;
    let csp = header_of(&response, header::CONTENT_SECURITY_POLICY);
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("script-src has a nonce")
        .to_owned();
    let html = text(response).await;
    let inline_scripts = html.matches("<script").count() - html.matches("<script src=").count();
    assert!(inline_scripts > 0, "Leptos' resource scripts are inline");
    assert_eq!(
        html.matches(&format!(r#"nonce="{nonce}""#)).count(),
        inline_scripts,
        "every inline script carries the nonce"
    );
}

#[sqlx::test]
async fn every_response_carries_the_security_headers(pool: PgPool) {
    for (tls, uri) in [
        (false, "/"),
        (false, "/healthz"),
        (true, "/"),
        (true, "/missing.css"),
    ] {
        let response = send(&test_app(pool.clone(), tls), get(uri, &[])).await;
        for name in [
            "content-security-policy",
            "x-content-type-options",
            "referrer-policy",
            "permissions-policy",
            "x-frame-options",
        ] {
            assert!(response.headers().contains_key(name), "{name} on {uri}");
        }
        assert_eq!(
            response
                .headers()
                .contains_key(header::STRICT_TRANSPORT_SECURITY),
            tls,
            "HSTS only over TLS ({uri})"
        );
    }
}

/// A page and the files browsers fetch along with it, served at once, keep
/// their own headers. leptos_axum's file handler used to pick up the response
/// options of a page still rendering on the same thread: the file left with
/// the page's Content-Security-Policy, and the page with none, so its
/// hydration scripts were blocked and its islands never started.
#[sqlx::test]
async fn pages_and_files_served_at_once_keep_their_own_headers(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "busy@example.fi").await;
    let app = test_app_serving_public(pool);
    let cookie = sign_in(&app, "busy@example.fi").await;
    let mut requests = JoinSet::new();
    for n in 0..60 {
        let uri = if n % 2 == 0 { "/account" } else { "/sw.js" };
        let (app, cookie) = (app.clone(), cookie.clone());
        requests.spawn(async move {
            let response = send(&app, with_cookie(get(uri, &[]), &cookie)).await;
            assert_eq!(response.status(), StatusCode::OK, "{uri}");
            let policy = header_of(&response, header::CONTENT_SECURITY_POLICY);
            let caching = header_of(&response, header::CACHE_CONTROL);
            (uri, policy.contains("'nonce-"), caching == "no-store")
        });
    }
    while let Some(served) = requests.join_next().await {
        let (uri, has_nonce, no_store) = served.expect("the request task ends");
        let is_page = uri == "/account";
        assert_eq!(
            has_nonce, is_page,
            "a script nonce only on the page ({uri})"
        );
        assert_eq!(no_store, is_page, "no-store only on the page ({uri})");
    }
}
