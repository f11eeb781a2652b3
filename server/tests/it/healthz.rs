//! GET /healthz.

use crate::support;

use axum::http::StatusCode;
use sqlx::PgPool;
use support::{get, send, test_app, text};

#[sqlx::test]
async fn healthy_when_the_database_answers(pool: PgPool) {
    let response = send(&test_app(pool, false), get("/healthz", &[])).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(text(response).await, "ok");
}

#[sqlx::test]
async fn unavailable_when_the_database_is_gone(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    pool.close().await;
    let response = send(&app, get("/healthz", &[])).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
}
