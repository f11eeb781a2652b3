//! The connection pool never hands out a connection that is still inside a
//! transaction someone else began and never ended.

use sqlx::{
    Row,
    postgres::{PgConnectOptions, PgPoolOptions},
};

#[sqlx::test]
async fn a_connection_left_inside_a_transaction_is_not_reused(
    _: PgPoolOptions,
    connect: PgConnectOptions,
) {
    let pool = server::database::pool_options(1)
        .connect_with(connect)
        .await
        .expect("pool");
    // What a cancelled `begin()` leaves behind: BEGIN ran, nothing ended it.
    let mut leaked = pool.acquire().await.expect("connection");
    sqlx::query("begin")
        .execute(&mut *leaked)
        .await
        .expect("begin");
    sqlx::query("create temporary table left_behind (x int)")
        .execute(&mut *leaked)
        .await
        .expect("write inside it");
    drop(leaked);

    let mut next = pool.acquire().await.expect("connection");
    // A simple query (not prepared), so its transaction starts with it.
    let row = sqlx::raw_sql(
        "select now() = statement_timestamp() as fresh,
                to_regclass('pg_temp.left_behind') is null as clean",
    )
    .fetch_one(&mut *next)
    .await
    .expect("read");
    assert!(row.get::<bool, _>("fresh"), "not inside an old transaction");
    assert!(
        row.get::<bool, _>("clean"),
        "a new connection, not the old one"
    );
}

#[sqlx::test]
async fn a_connection_returned_cleanly_is_reused(_: PgPoolOptions, connect: PgConnectOptions) {
    let pool = server::database::pool_options(1)
        .connect_with(connect)
        .await
        .expect("pool");
    let backend = || async {
        let mut conn = pool.acquire().await.expect("connection");
        let mut tx = sqlx::Connection::begin(&mut *conn).await.expect("begin");
        let pid: i32 = sqlx::query_scalar("select pg_backend_pid()")
            .fetch_one(&mut *tx)
            .await
            .expect("pid");
        tx.commit().await.expect("commit");
        pid
    };
    let first = backend().await;
    assert_eq!(backend().await, first, "the same connection, kept");
}

#[tokio::test]
async fn requests_run_with_time_limits_and_commands_without() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL is set by make test");
    let config = server::Config::from_lookup(|name| (name == "DATABASE_URL").then(|| url.clone()))
        .expect("valid configuration");
    let settings = |pool: sqlx::PgPool| async move {
        sqlx::query_as::<_, (String, String)>(
            "select current_setting('statement_timeout'),
                    current_setting('idle_in_transaction_session_timeout')",
        )
        .fetch_one(&pool)
        .await
        .expect("settings")
    };
    let requests = server::connect_for_requests(&config).await.expect("pool");
    assert_eq!(
        settings(requests).await,
        ("15s".to_owned(), "30s".to_owned())
    );
    // Migrations and content loads may take longer.
    let commands = server::connect(&config).await.expect("pool");
    assert_eq!(settings(commands).await, ("0".to_owned(), "0".to_owned()));
}
