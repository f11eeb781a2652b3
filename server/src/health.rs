use axum::{extract::State, http::StatusCode};
use sqlx::{Connection, PgPool};

/// Liveness and readiness for load balancers: 200 when the database answers.
pub async fn healthz(State(pool): State<PgPool>) -> (StatusCode, &'static str) {
    let healthy = match pool.acquire().await {
        Ok(mut conn) => conn.ping().await.is_ok(),
        Err(_) => false,
    };
    if healthy {
        (StatusCode::OK, "ok")
    } else {
        tracing::warn!("health check failed: database unreachable");
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
