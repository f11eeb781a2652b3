//! GET /language/{code}: the no-JavaScript language switcher.

use crate::support;

use axum::http::{StatusCode, header};
use sqlx::PgPool;
use support::{cookie_pair, get, header_of, send, test_app};

#[sqlx::test]
async fn choosing_a_language_remembers_it_and_goes_back(pool: PgPool) {
    let cases = [
        (
            "/language/sv?next=%2Foffline",
            false,
            "/offline",
            Some("askel_lang=sv; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax"),
        ),
        (
            "/language/en?next=%2F%2Fevil.example",
            true,
            "/",
            Some("askel_lang=en; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax; Secure"),
        ),
        ("/language/xx?next=%2F", false, "/", None),
        (
            "/language/fi",
            false,
            "/",
            Some("askel_lang=fi; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax"),
        ),
    ];
    for (uri, tls, location, cookie) in cases {
        let response = send(&test_app(pool.clone(), tls), get(uri, &[])).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{uri}");
        assert_eq!(header_of(&response, header::LOCATION), location, "{uri}");
        let set_cookie = header_of(&response, header::SET_COOKIE);
        assert_eq!(
            (!set_cookie.is_empty()).then_some(set_cookie.as_str()),
            cookie,
            "{uri}"
        );
    }
}

#[sqlx::test]
async fn a_language_in_the_address_is_remembered_for_the_next_pages(pool: PgPool) {
    let app = test_app(pool, false);
    let response = send(&app, get("/?lang=sv", &[])).await;
    assert_eq!(
        cookie_pair(&response, "askel_lang").as_deref(),
        Some("askel_lang=sv")
    );
    let again = send(&app, get("/?lang=sv", &[(header::COOKIE, "askel_lang=sv")])).await;
    assert_eq!(
        cookie_pair(&again, "askel_lang"),
        None,
        "no need to set it again"
    );
}

#[sqlx::test]
async fn a_service_worker_fetching_other_languages_changes_nothing(pool: PgPool) {
    let app = test_app(pool, false);
    let response = send(
        &app,
        get(
            "/offline?lang=en",
            &[(header::HeaderName::from_static("sec-fetch-mode"), "cors")],
        ),
    )
    .await;
    assert_eq!(cookie_pair(&response, "askel_lang"), None);
}
