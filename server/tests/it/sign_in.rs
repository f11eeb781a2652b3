//! POST /api/sign-in and /api/sign-out, sessions, rate limits and CSRF.

use crate::support;

use app::accounts::Role;
use axum::http::{StatusCode, header};
use sqlx::PgPool;
use support::{
    PASSWORD, cookie_pair, create_account, encode, form_post, get, header_of, page_after, send,
    sign_in, test_app, text, with_cookie,
};

async fn audit_actions(pool: &PgPool) -> Vec<(String, Option<i64>)> {
    sqlx::query_as("select action, subject_id from audit_log where action like 'sign_in%' order by audit_log_id")
        .fetch_all(pool)
        .await
        .expect("audit log")
}

fn sign_in_body(contact: &str, password: &str) -> String {
    format!("contact={}&password={}", encode(contact), encode(password))
}

#[sqlx::test]
async fn signing_in_starts_a_session_and_goes_to_the_role_home(pool: PgPool) {
    let id = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    let response = send(
        &app,
        form_post(
            "/api/sign-in",
            &sign_in_body("KAISA@example.fi", PASSWORD),
            true,
        ),
    )
    .await;

    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(header_of(&response, header::LOCATION), "/coach/invitations");
    let cookie = cookie_pair(&response, "askel_session").expect("session cookie");
    let set_cookie = header_of(&response, header::SET_COOKIE);
    assert!(
        set_cookie.contains("HttpOnly; SameSite=Lax"),
        "{set_cookie}"
    );

    let page = send(&app, with_cookie(get("/account?lang=en", &[]), &cookie)).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(text(page).await.contains("<dd>Test coach</dd>"));
    assert_eq!(
        audit_actions(&pool).await,
        vec![("sign_in".into(), Some(id))]
    );
}

#[sqlx::test]
async fn the_next_page_is_kept_through_sign_in(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool, false);
    let body = format!(
        "{}&next=%2Faccount%3Fx%3D1",
        sign_in_body("maija@example.fi", PASSWORD)
    );
    let response = send(&app, form_post("/api/sign-in", &body, true)).await;
    assert_eq!(header_of(&response, header::LOCATION), "/account?x=1");

    let body = format!(
        "{}&next=https%3A%2F%2Fevil.example",
        sign_in_body("maija@example.fi", PASSWORD)
    );
    let response = send(&app, form_post("/api/sign-in", &body, true)).await;
    assert_eq!(header_of(&response, header::LOCATION), "/account");
}

#[sqlx::test]
async fn unknown_account_and_wrong_password_get_the_same_answer(pool: PgPool) {
    let id = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let mut answers = Vec::new();
    for (contact, password) in [
        ("maija@example.fi", "wrong password"),
        ("nobody@example.fi", PASSWORD),
    ] {
        let response = send(
            &app,
            form_post(
                "/api/sign-in?lang=en",
                &sign_in_body(contact, password),
                false,
            ),
        )
        .await;
        assert!(cookie_pair(&response, "askel_session").is_none());
        answers.push((response.status(), text(response).await));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0].0, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answers[0].1.contains("sign-in-error-wrong"),
        "{}",
        answers[0].1
    );
    assert_eq!(
        audit_actions(&pool).await,
        vec![
            ("sign_in_failed".into(), Some(id)),
            ("sign_in_failed".into(), None)
        ]
    );
}

#[sqlx::test]
async fn a_failed_plain_sign_in_returns_to_the_form_with_the_contact_kept(pool: PgPool) {
    let app = test_app(pool, false);
    let response = send(
        &app,
        form_post("/api/sign-in", &sign_in_body("maija@example.fi", ""), true),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/sign-in#sign-in-error-summary"
    );
    let page = page_after(&app, &response, "/sign-in?lang=en", "").await;
    assert!(page.contains("Enter your password."), "{page}");
    assert!(page.contains(r#"value="maija@example.fi""#));
    assert!(page.contains(r##"href="#sign-in-password""##));
}

#[sqlx::test]
async fn signing_in_replaces_the_session_the_browser_had(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let first = sign_in(&app, "maija@example.fi").await;
    let request = with_cookie(
        form_post(
            "/api/sign-in",
            &sign_in_body("maija@example.fi", PASSWORD),
            true,
        ),
        &first,
    );
    let second = cookie_pair(&send(&app, request).await, "askel_session").expect("new session");

    assert_ne!(first, second);
    let old = send(&app, with_cookie(get("/account", &[]), &first)).await;
    assert_eq!(
        old.status(),
        StatusCode::FOUND,
        "the old token no longer signs in"
    );
    let new = send(&app, with_cookie(get("/account", &[]), &second)).await;
    assert_eq!(new.status(), StatusCode::OK);
    let sessions: i64 = sqlx::query_scalar("select count(*) from session")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(sessions, 1);
}

#[sqlx::test]
async fn signing_out_ends_the_session_on_the_server(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    let response = send(
        &app,
        with_cookie(form_post("/api/sign-out", "", true), &cookie),
    )
    .await;
    assert_eq!(header_of(&response, header::LOCATION), "/signed-out");
    assert!(header_of(&response, header::SET_COOKIE).contains("askel_session=; Max-Age=0"));
    // The browser drops the pages it cached: on a shared computer the next
    // person cannot page back through them.
    assert_eq!(
        header_of(
            &response,
            header::HeaderName::from_static("clear-site-data")
        ),
        "\"cache\""
    );

    // A copy of the cookie kept elsewhere is worthless now.
    let page = send(&app, with_cookie(get("/account", &[]), &cookie)).await;
    assert_eq!(page.status(), StatusCode::FOUND);
    let sessions: i64 = sqlx::query_scalar("select count(*) from session")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(sessions, 0);
}

#[sqlx::test]
async fn an_idle_session_ends(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    sqlx::query("update session set last_seen_at = now() - interval '31 minutes'")
        .execute(&pool)
        .await
        .expect("age the session");
    let page = send(&app, with_cookie(get("/account", &[]), &cookie)).await;
    assert_eq!(page.status(), StatusCode::FOUND);
}

#[sqlx::test]
async fn a_session_ends_at_its_absolute_lifetime_however_active(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    let lifetime: f64 = sqlx::query_scalar(
        "select extract(epoch from expires_at - created_at)::float8 from session",
    )
    .fetch_one(&pool)
    .await
    .expect("lifetime");
    assert!((lifetime - 12.0 * 3600.0).abs() < 5.0, "{lifetime}");
    sqlx::query(
        "update session set expires_at = now() - interval '1 second', last_seen_at = now()",
    )
    .execute(&pool)
    .await
    .expect("expire the session");
    let page = send(&app, with_cookie(get("/account", &[]), &cookie)).await;
    assert_eq!(page.status(), StatusCode::FOUND);
}

#[sqlx::test]
async fn repeated_failures_for_one_account_are_slowed_down(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool, false);
    for _ in 0..10 {
        let response = send(
            &app,
            form_post(
                "/api/sign-in",
                &sign_in_body("maija@example.fi", "guess"),
                false,
            ),
        )
        .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Even the right password waits now: the guesser cannot tell when they hit it.
    let response = send(
        &app,
        form_post(
            "/api/sign-in?lang=fi",
            &sign_in_body("maija@example.fi", PASSWORD),
            true,
        ),
    )
    .await;
    assert!(cookie_pair(&response, "askel_session").is_none());
    let page = page_after(&app, &response, "/sign-in?lang=fi", "").await;
    assert!(page.contains("Liian monta yritystä"), "{page}");
}

/// A sign-in post with these headers, as a browser would send it.
fn sign_in_post_with(
    headers: &[(header::HeaderName, &str)],
) -> axum::http::Request<axum::body::Body> {
    let body = sign_in_body("maija@example.fi", PASSWORD);
    let mut request = form_post("/api/sign-in?lang=en", &body, true);
    for (name, value) in headers {
        request
            .headers_mut()
            .insert(name, value.parse().expect("header value"));
    }
    request
}

#[sqlx::test]
async fn a_cross_site_form_post_is_refused(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    // The test app's public address is http://127.0.0.1:3000.
    let app = test_app(pool, false);
    let host = (header::HOST, "127.0.0.1:3000");
    let fetch_site = header::HeaderName::from_static("sec-fetch-site");
    let refused = [
        vec![host.clone(), (header::ORIGIN, "https://evil.example")],
        // Typed or bookmarked, never a form of ours.
        vec![host.clone(), (fetch_site.clone(), "none")],
        // Reached under another name (DNS rebinding, a misrouted proxy), even
        // when the page it came from agrees with that name.
        vec![
            (header::HOST, "askel.example"),
            (header::ORIGIN, "http://askel.example"),
        ],
    ];
    for headers in refused {
        let response = send(&app, sign_in_post_with(&headers)).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{headers:?}");
        assert!(text(response).await.contains("sent from another website"));
    }
    let own = sign_in_post_with(&[
        host,
        (header::ORIGIN, "http://127.0.0.1:3000"),
        (fetch_site, "same-origin"),
    ]);
    let response = send(&app, own).await;
    assert!(cookie_pair(&response, "askel_session").is_some());
}

#[sqlx::test]
async fn over_tls_the_session_cookie_is_host_only(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool, true);
    let response = send(&app, sign_in_post_with(&[])).await;
    assert!(cookie_pair(&response, "askel_session").is_none());
    let cookie = cookie_pair(&response, "__Host-askel_session").expect("__Host- session cookie");
    let set = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("__Host-askel_session="))
        .expect("set")
        .to_owned();
    assert!(
        set.contains("Secure") && set.contains("Path=/") && !set.contains("Domain"),
        "{set}"
    );
    let signed_in = send(&app, with_cookie(get("/account", &[]), &cookie)).await;
    assert_eq!(signed_in.status(), StatusCode::OK);
    // The same token under the plain name (set by another host under the
    // domain, or over plain http) is not a session.
    let token = cookie.split_once('=').expect("name=value").1;
    let tossed = format!("askel_session={token}");
    let page = send(&app, with_cookie(get("/account", &[]), &tossed)).await;
    assert_eq!(page.status(), StatusCode::FOUND);
    // A refused no-JavaScript form post goes back to its page with the
    // error summary in the flash, as without TLS: not a bare 400.
    let wrong = sign_in_body("maija@example.fi", "wrong password");
    let refused = send(&app, form_post("/api/sign-in?lang=en", &wrong, true)).await;
    assert!(refused.status().is_redirection(), "{}", refused.status());
    assert!(cookie_pair(&refused, "__Host-askel_flash").is_some());
}

#[sqlx::test]
async fn when_the_database_cannot_say_who_is_signed_in_the_answer_is_try_again(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    pool.close().await;
    let response = send(&app, with_cookie(get("/account?lang=sv", &[]), &cookie)).await;
    // Not treated as signed out (a redirect to sign in): told to try again.
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(header_of(&response, header::RETRY_AFTER), "10");
    let page = text(response).await;
    assert!(page.contains(r#"<html lang="sv""#), "{page}");
    assert!(page.contains("Försök igen om en minut."), "{page}");
}
