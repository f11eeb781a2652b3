//! The migrations apply on an empty database and revert cleanly.

use sqlx::PgPool;

#[sqlx::test(migrations = false)]
async fn migrations_apply_and_revert(pool: PgPool) {
    let migrator = sqlx::migrate!("./migrations");
    migrator.run(&pool).await.expect("migrations apply");
    migrator.run(&pool).await.expect("running again is a no-op");
    let tables: i64 = sqlx::query_scalar(
        "select count(*) from information_schema.tables where table_name = 'page_feedback'",
    )
    .fetch_one(&pool)
    .await
    .expect("query");
    assert_eq!(tables, 1);
    migrator.undo(&pool, 0).await.expect("migrations revert");
    let tables: i64 = sqlx::query_scalar("select count(*) from information_schema.tables where table_schema = 'public' and table_name <> '_sqlx_migrations'")
        .fetch_one(&pool)
        .await
        .expect("query");
    assert_eq!(tables, 0);
}
