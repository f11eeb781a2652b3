//! The connection pool, migrations and demo data.

use std::time::Duration;

use sqlx::{
    Executor, PgPool, Row,
    postgres::{PgConnectOptions, PgPoolOptions},
};

use app::{
    accounts::{Identifier, Role},
    i18n::Locale,
};

use crate::{Config, cli::CreateUser};

/// Opens the pool for commands (migrations, content loads, demo data); fails
/// fast when PostgreSQL cannot be reached.
pub async fn connect(config: &Config) -> Result<PgPool, sqlx::Error> {
    pool_options(config.db_max_connections)
        .connect_with(connect_options(config)?)
        .await
}

/// Opens the pool that answers requests. No statement may run longer than
/// a person would wait, and a transaction left idle (a request that stalled
/// between queries) is ended by the server, so its locks are freed: neither
/// can hold a connection the next person needs.
pub async fn connect_for_requests(config: &Config) -> Result<PgPool, sqlx::Error> {
    let options = connect_options(config)?.options([
        ("statement_timeout", "15s"),
        ("idle_in_transaction_session_timeout", "30s"),
    ]);
    pool_options(config.db_max_connections)
        .connect_with(options)
        .await
}

fn connect_options(config: &Config) -> Result<PgConnectOptions, sqlx::Error> {
    Ok(config
        .database_url
        .parse::<PgConnectOptions>()?
        // Our queries are short: compiling a plan with JIT costs more than it
        // saves, and a caseload query whose row estimate ran high spent over a
        // second doing it. The data sits in memory or on SSD, where a random
        // read costs little more than a sequential one; at the default cost of
        // 4 a caseload of 160 was read by scanning whole tables, four times
        // slower than through the indexes (scripts/bench-caseload.sh).
        .options([("jit", "off"), ("random_page_cost", "1.1")]))
}

const IN_TRANSACTION: &str = "select now() <> statement_timestamp()";

/// The pool's options. A connection that comes back still inside a
/// transaction is closed instead of reused: sqlx 0.8 can leave one open when
/// a request is dropped while `begin()` waits for the server (sqlx issues
/// #2805, #4393), and the next borrower's writes would then never commit.
pub fn pool_options(max_connections: u32) -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(Duration::from_secs(5))
        .after_release(|conn, _| {
            Box::pin(async move {
                // Outside a transaction a simple query is its own, so the
                // transaction began when this statement did. (Not a prepared
                // statement: its Parse and Execute arrive at different times.)
                let row = conn.fetch_one(IN_TRANSACTION).await?;
                Ok(!row.try_get::<bool, _>(0)?)
            })
        })
}

/// Applies every migration in `server/migrations` that has not run yet.
pub async fn migrate(pool: &PgPool) -> Result<(), sqlx::migrate::MigrateError> {
    sqlx::migrate!("./migrations").run(pool).await
}

/// The password of every demo account. Demo data is for `make run` on a
/// developer's machine only; README says so.
pub const DEMO_PASSWORD: &str = "askel-demo";

/// (role, name, email) of the demo accounts, one per role.
const DEMO_ACCOUNTS: [(Role, &str, &str); 4] = [
    (Role::Admin, "Aino Admin", "admin@askel.test"),
    (Role::Coach, "Kaisa Coach", "coach@askel.test"),
    (Role::Organiser, "Olli Organiser", "organiser@askel.test"),
    (Role::Jobseeker, "Jussi Jobseeker", "jobseeker@askel.test"),
];

/// Loads the demo data (idempotent), for `make run`: one account per role,
/// the demo jobseeker on the demo coach's caseload, and the demo organiser's
/// events in the coming weeks.
pub async fn seed_demo_data(pool: &PgPool) -> Result<(), Box<dyn std::error::Error>> {
    sqlx::raw_sql(include_str!("../seeds/demo.sql"))
        .execute(pool)
        .await?;
    for (role, name, email) in DEMO_ACCOUNTS {
        let exists: bool = sqlx::query_scalar(
            "select exists (select 1 from account where email = $1::text::citext)",
        )
        .bind(email)
        .fetch_one(pool)
        .await?;
        if !exists {
            let request = CreateUser {
                role,
                name: name.into(),
                contact: Identifier::Email(email.into()),
                locale: Locale::default(),
            };
            crate::cli::insert(pool, request, DEMO_PASSWORD.into()).await?;
        }
    }
    sqlx::query(
        "update account set coach_id = (select account_id from account where email = 'coach@askel.test')
         where email = 'jobseeker@askel.test' and coach_id is null",
    )
    .execute(pool)
    .await?;
    sqlx::raw_sql(include_str!("../seeds/demo-events.sql"))
        .execute(pool)
        .await?;
    Ok(())
}
