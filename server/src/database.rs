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
/// the demo jobseeker on the demo coach's caseload, the demo organiser's
/// events in the coming weeks, and a lived-in service around them
/// (`seeds/demo-service.sql`; messages, meetings and employer work in
/// `seeds/demo-contact.sql`; then self-assessments).
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
    sqlx::raw_sql(include_str!("../seeds/demo-service.sql"))
        .execute(pool)
        .await?;
    sqlx::raw_sql(include_str!("../seeds/demo-contact.sql"))
        .execute(pool)
        .await?;
    demo_assessments(pool).await
}

/// Two short DigComp self-assessments for three in four demo people, the
/// first one step lower: taken through the application as a person would,
/// so their results pages and the report's change in digital skills are
/// real. Only for demo people with none yet.
async fn demo_assessments(pool: &PgPool) -> Result<(), Box<dyn std::error::Error>> {
    let people: Vec<(i64, i32)> = sqlx::query_as(
        "select account_id, substr(email, 6, 2)::int from account a
         where email like 'demo-__@askel.test'
           and not exists (select 1 from skill_assessment s where s.account_id = a.account_id)
         order by 2",
    )
    .fetch_all(pool)
    .await?;
    for (person, n) in people.into_iter().filter(|(_, n)| n % 4 != 0) {
        let first = 1 + i16::from(n % 3 == 1);
        // Both or neither: a load cut off between them would leave a person
        // with one, whom the next load skips.
        let mut tx = pool.begin().await?;
        // In the last ended quarter, as the impact report only shows those.
        for (value, days_before_its_end) in [(first, 70), (first + 1, 15)] {
            let taken = submit_digcomp(&mut tx, person, |_| Some(value)).await?;
            sqlx::query(
                "update skill_assessment
                 set submitted_at = date_trunc('quarter', now() at time zone 'Europe/Helsinki')
                                    at time zone 'Europe/Helsinki' - make_interval(days => $2),
                     started_at = date_trunc('quarter', now() at time zone 'Europe/Helsinki')
                                  at time zone 'Europe/Helsinki' - make_interval(days => $2 + 1)
                 where assessment_id = $1",
            )
            .bind(taken)
            .bind(days_before_its_end)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// Takes and submits `account`'s short DigComp self-assessment through the
/// application, answering each question with `answer(area)` (`None`
/// skips it); the assessment's id.
pub async fn submit_digcomp(
    conn: &mut sqlx::PgConnection,
    account: i64,
    answer: impl Fn(&str) -> Option<i16>,
) -> Result<i64, Box<dyn std::error::Error>> {
    use app::skills::{db, scoring::score, types::Mode};
    let framework = db::framework(&mut *conn, "digcomp", Locale::En)
        .await?
        .ok_or("DigComp is not loaded")?;
    db::start(&mut *conn, account, "digcomp", Mode::Short).await?;
    let draft = db::draft(&mut *conn, account, "digcomp")
        .await?
        .ok_or("no draft")?;
    for question in framework.questions(Mode::Short) {
        let given = answer(&question.area.id);
        db::save_answer(
            &mut *conn,
            draft.assessment_id,
            &question.statement.id,
            given,
        )
        .await?;
    }
    let draft = db::draft(&mut *conn, account, "digcomp")
        .await?
        .ok_or("no draft")?;
    db::submit(
        &mut *conn,
        draft.assessment_id,
        &score(&framework, &draft.answers),
    )
    .await?;
    Ok(draft.assessment_id)
}
