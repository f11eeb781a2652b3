//! Forgotten passwords: a link by email, or a one-time code from the coach.

use crate::support;

use app::accounts::Role;
use axum::{
    Router,
    http::{StatusCode, header},
};
use sqlx::PgPool;
use support::{
    PASSWORD, assign_to_coach, can_sign_in, create_account, encode, form_post, get, header_of,
    page_after, request_reset_link, send, sign_in, test_app, text, with_cookie,
};

const NEW_PASSWORD: &str = "uusi salasana tähän";

async fn outbox(pool: &PgPool) -> Vec<(String, String, String)> {
    sqlx::query_as("select recipient, subject, body from outbox order by outbox_id")
        .fetch_all(pool)
        .await
        .expect("outbox")
}

async fn reset(app: &Router, code: &str, password: &str) -> axum::response::Response {
    let body = format!("code={}&password={}", encode(code), encode(password));
    send(app, form_post("/api/reset-password?lang=en", &body, true)).await
}

#[sqlx::test]
async fn an_emailed_link_sets_a_new_password_and_ends_old_sessions(pool: PgPool) {
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    let old_session = sign_in(&app, "kaisa@example.fi").await;
    let response = send(
        &app,
        form_post(
            "/api/request-password-reset",
            "email=Kaisa%40example.fi",
            true,
        ),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/password/forgot#forgot-password"
    );

    let mail = outbox(&pool).await;
    assert_eq!(mail.len(), 1);
    let (to, subject, body) = &mail[0];
    assert_eq!(
        (to.as_str(), subject.as_str()),
        ("Kaisa@example.fi", "Set a new password for Askel")
    );
    let code = body
        .split("/password/new?code=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("link in the body");
    assert!(
        body.contains("http://127.0.0.1:3000/password/new?code="),
        "{body}"
    );

    let response = reset(&app, code, NEW_PASSWORD).await;
    assert_eq!(header_of(&response, header::LOCATION), "/sign-in");
    let page = page_after(&app, &response, "/sign-in?lang=en", "").await;
    assert!(page.contains("Your password has been changed."));

    assert!(can_sign_in(&app, "kaisa@example.fi", NEW_PASSWORD).await);
    assert!(!can_sign_in(&app, "kaisa@example.fi", PASSWORD).await);
    let old = send(&app, with_cookie(get("/account", &[]), &old_session)).await;
    assert_eq!(old.status(), StatusCode::FOUND, "old sessions ended");

    let again = reset(&app, code, "another new password").await;
    let page = page_after(&app, &again, "/password/new?lang=en", "").await;
    assert!(
        page.contains("This code has expired or has already been used."),
        "{page}"
    );
}

#[sqlx::test]
async fn unknown_addresses_get_the_same_answer_and_no_mail(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let response = request_reset_link(&app, "nobody@example.fi").await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/password/forgot#forgot-password"
    );
    assert!(outbox(&pool).await.is_empty());
}

#[sqlx::test]
async fn a_coach_issues_a_code_only_for_their_own_jobseeker(pool: PgPool) {
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    create_account(&pool, Role::Coach, "olli@example.fi").await;
    let jobseeker = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    assign_to_coach(&pool, jobseeker, coach).await;
    let app = test_app(pool.clone(), false);

    let other = sign_in(&app, "olli@example.fi").await;
    let body = format!("jobseeker={jobseeker}");
    let refused = send(
        &app,
        with_cookie(form_post("/api/issue-reset-code", &body, false), &other),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);

    let own = sign_in(&app, "kaisa@example.fi").await;
    let response = send(
        &app,
        with_cookie(form_post("/api/issue-reset-code", &body, false), &own),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let code: String = serde_json::from_str(&text(response).await).expect("code");
    assert_eq!(code.len(), 11);

    let response = reset(&app, &code.to_lowercase(), NEW_PASSWORD).await;
    assert_eq!(header_of(&response, header::LOCATION), "/sign-in");
    assert!(can_sign_in(&app, "maija@example.fi", NEW_PASSWORD).await);

    let audit: Vec<(String, Option<i64>, Option<i64>)> =
        sqlx::query_as("select action, actor_id, subject_id from audit_log where subject_id = $1 and action like '%reset%' order by audit_log_id")
            .bind(jobseeker)
            .fetch_all(&pool)
            .await
            .expect("audit");
    assert_eq!(
        audit,
        vec![
            ("reset_code_issued".into(), Some(coach), Some(jobseeker)),
            ("password_reset".into(), Some(coach), Some(jobseeker)),
        ]
    );
}

#[sqlx::test]
async fn a_weak_new_password_is_refused_and_the_code_kept(pool: PgPool) {
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    request_reset_link(&app, "kaisa@example.fi").await;
    let body = outbox(&pool).await.remove(0).2;
    let code = body
        .split("code=")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .expect("code")
        .to_owned();
    let response = reset(&app, &code, "salasana").await;
    let page = page_after(&app, &response, "/password/new?lang=en", "").await;
    assert!(page.contains("This password is too common"), "{page}");
    assert!(page.contains(&code), "the code is kept in the form");
    assert_eq!(
        header_of(&reset(&app, &code, NEW_PASSWORD).await, header::LOCATION),
        "/sign-in"
    );
}

/// A code "kaisa" gave her jobseeker "maija", in plain form.
async fn code_from_first_coach(app: &Router, jobseeker: i64) -> String {
    let own = sign_in(app, "kaisa@example.fi").await;
    let body = format!("jobseeker={jobseeker}");
    let response = send(
        app,
        with_cookie(form_post("/api/issue-reset-code", &body, false), &own),
    )
    .await;
    serde_json::from_str(&text(response).await).expect("code")
}

#[sqlx::test]
async fn moving_a_jobseeker_to_another_coach_voids_the_first_coachs_code(pool: PgPool) {
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let other = create_account(&pool, Role::Coach, "olli@example.fi").await;
    let jobseeker = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    assign_to_coach(&pool, jobseeker, coach).await;
    let app = test_app(pool.clone(), false);
    let code = code_from_first_coach(&app, jobseeker).await;

    let own = sign_in(&app, "kaisa@example.fi").await;
    let body = format!("jobseeker={jobseeker}&coach={other}");
    let moved = send(
        &app,
        with_cookie(form_post("/api/transfer-jobseeker", &body, true), &own),
    )
    .await;
    assert_eq!(
        header_of(&moved, header::LOCATION),
        "/coach/caseload#transfer"
    );

    let response = reset(&app, &code, NEW_PASSWORD).await;
    assert_ne!(header_of(&response, header::LOCATION), "/sign-in");
    assert!(!can_sign_in(&app, "maija@example.fi", NEW_PASSWORD).await);
    assert!(can_sign_in(&app, "maija@example.fi", PASSWORD).await);
}

#[sqlx::test]
async fn a_handed_code_works_only_while_its_issuer_coaches_the_person(pool: PgPool) {
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let other = create_account(&pool, Role::Coach, "olli@example.fi").await;
    let jobseeker = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    assign_to_coach(&pool, jobseeker, coach).await;
    let app = test_app(pool.clone(), false);
    let code = code_from_first_coach(&app, jobseeker).await;

    // Moved some other way than the transfer form (e.g. by a database fix).
    assign_to_coach(&pool, jobseeker, other).await;
    let response = reset(&app, &code, NEW_PASSWORD).await;
    let page = page_after(&app, &response, "/password/new?lang=en", "").await;
    assert!(
        page.contains("This code has expired or has already been used."),
        "{page}"
    );
    assert!(can_sign_in(&app, "maija@example.fi", PASSWORD).await);
}
