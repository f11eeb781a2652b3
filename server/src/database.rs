//! The connection pool, migrations and demo data.

use std::time::Duration;

use sqlx::{PgPool, postgres::PgPoolOptions};

use crate::Config;

/// Opens the pool; fails fast when PostgreSQL cannot be reached.
pub async fn connect(config: &Config) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(config.db_max_connections)
        .acquire_timeout(Duration::from_secs(5))
        .connect(&config.database_url)
        .await
}

/// Applies every migration in `server/migrations` that has not run yet.
pub async fn migrate(pool: &PgPool) -> Result<(), sqlx::migrate::MigrateError> {
    sqlx::migrate!("./migrations").run(pool).await
}

/// Loads the demo data (idempotent), for `make run`.
pub async fn seed_demo_data(pool: &PgPool) -> Result<(), sqlx::Error> {
    sqlx::raw_sql(include_str!("../seeds/demo.sql"))
        .execute(pool)
        .await?;
    Ok(())
}
