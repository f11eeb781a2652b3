//! POST /api/feedback, with and without JavaScript.

use crate::support;

use axum::http::{StatusCode, header};
use sqlx::PgPool;
use support::{cookie_pair, form_post, get, header_of, send, test_app, text};

async fn stored(pool: &PgPool) -> Vec<(String, bool, Option<String>, String)> {
    sqlx::query_as(
        "select page, helpful, comment, locale from page_feedback order by page_feedback_id",
    )
    .fetch_all(pool)
    .await
    .expect("query")
}

#[sqlx::test]
async fn plain_form_post_stores_the_answer_and_the_page_thanks(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let response = send(
        &app,
        form_post(
            "/api/feedback?lang=sv",
            "page=%2F&helpful=no&comment=+Too+long+",
            true,
        ),
    )
    .await;

    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(header_of(&response, header::LOCATION), "/#feedback");
    assert_eq!(
        stored(&pool).await,
        vec![("/".into(), false, Some("Too long".into()), "sv".into())]
    );

    let flash = cookie_pair(&response, "askel_flash").expect("flash cookie");
    let page = send(&app, get("/?lang=sv", &[(header::COOKIE, &flash)])).await;
    assert_eq!(
        cookie_pair(&page, "askel_flash").as_deref(),
        Some("askel_flash="),
        "the flash is cleared once shown"
    );
    let html = text(page).await;
    assert!(
        html.contains("Tack för din respons"),
        "thanks shown in Swedish"
    );
}

#[sqlx::test]
async fn plain_form_post_without_an_answer_keeps_the_comment_and_stores_nothing(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let response = send(
        &app,
        form_post(
            "/api/feedback",
            "page=%2F&comment=Hyv%C3%A4+%3Cb%3Esivu%3C%2Fb%3E",
            true,
        ),
    )
    .await;

    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/#feedback-error-summary"
    );
    assert!(stored(&pool).await.is_empty());

    let flash = cookie_pair(&response, "askel_flash").expect("flash cookie");
    let html = text(send(&app, get("/", &[(header::COOKIE, &flash)])).await).await;
    assert!(
        html.contains(r#"id="feedback-error-summary""#),
        "error summary rendered"
    );
    assert!(
        html.contains(r##"href="#feedback-helpful-yes""##),
        "summary links to the field"
    );
    assert!(
        html.contains("Valitse kyllä tai ei"),
        "field message in Finnish"
    );
    assert!(
        html.contains("Hyvä &lt;b&gt;sivu&lt;/b&gt;"),
        "the typed comment comes back, escaped"
    );
}

#[sqlx::test]
async fn a_return_page_on_another_site_is_replaced_by_home(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let response = send(
        &app,
        form_post("/api/feedback", "page=%2F%2Fevil.example&helpful=yes", true),
    )
    .await;
    assert_eq!(header_of(&response, header::LOCATION), "/#feedback");
    assert_eq!(stored(&pool).await[0].0, "/");
}

#[sqlx::test]
async fn wasm_call_gets_validation_errors_as_data(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let long = "x".repeat(1001);
    let response = send(
        &app,
        form_post(
            "/api/feedback",
            &format!("page=%2F&helpful=maybe&comment={long}"),
            false,
        ),
    )
    .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(cookie_pair(&response, "askel_flash").is_none());
    let body = text(response).await;
    assert!(
        body.contains("feedback-error-helpful-missing")
            && body.contains("feedback-error-comment-too-long"),
        "{body}"
    );
    assert!(stored(&pool).await.is_empty());
}

#[sqlx::test]
async fn wasm_call_with_a_valid_answer_succeeds(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let response = send(
        &app,
        form_post("/api/feedback", "page=%2Fmodules&helpful=yes", false),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        stored(&pool).await,
        vec![("/modules".into(), true, None, "fi".into())]
    );
}

#[sqlx::test]
async fn a_garbled_body_is_a_client_error_not_a_crash(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    for body in ["%%%", "helpful[=yes", "page=%FF%FE"] {
        let response = send(&app, form_post("/api/feedback", body, false)).await;
        assert!(
            response.status().is_success() || response.status().is_client_error(),
            "{body}: {}",
            response.status()
        );
    }
}

#[sqlx::test]
async fn a_pasted_wall_of_text_still_gets_its_error_without_javascript(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let wall = "ä".repeat(20_000);
    let body = format!("page=%2F&helpful=yes&comment={wall}");
    let response = send(&app, form_post("/api/feedback", &body, true)).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/#feedback-error-summary"
    );
    let flash = cookie_pair(&response, "askel_flash").expect("flash cookie");
    assert!(
        flash.len() < 4000,
        "the cookie fits a browser: {} bytes",
        flash.len()
    );

    let html = text(send(&app, get("/", &[(header::COOKIE, &flash)])).await).await;
    assert!(
        html.contains("Lyhennä se enintään 1 000 merkkiin"),
        "the limit is named"
    );
    assert!(
        html.contains(&"ä".repeat(1000)),
        "the start of the text is kept"
    );
    assert!(stored(&pool).await.is_empty());
}
