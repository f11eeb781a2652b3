//! The demo service `make run` loads: lived in, with figures in the impact
//! report, matching that has something to say, and loaded only once.

use crate::support;

use sqlx::PgPool;
use support::{load_modules, page, sign_in_with, test_app};

async fn count(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[sqlx::test]
async fn the_demo_service_is_lived_in_and_loads_once(pool: PgPool) {
    load_modules(&pool).await;
    server::database::seed_demo_data(&pool)
        .await
        .expect("demo loaded");
    let figures = [
        "select count(*) from account where coach_id = (select account_id from account where email = 'coach@askel.test')",
        "select count(*) from job where status = 'published'",
        "select count(*) from skill_assessment where submitted_at is not null",
        "select count(*) from job_candidate",
        "select count(*) from event",
        "select count(*) from person_skill",
        "select count(*) from message",
        "select count(*) from meeting",
    ];
    let mut first = Vec::new();
    for sql in figures {
        first.push(count(&pool, sql).await);
    }
    assert_eq!(&first[..5], [25, 15, 36, 5, 4], "{first:?}");
    assert!(first[5] > 50, "skills profiles: {first:?}");
    assert_eq!(&first[6..], [8, 9], "messages and meeting times: {first:?}");
    server::database::seed_demo_data(&pool)
        .await
        .expect("loaded again");
    for (sql, before) in figures.iter().zip(&first) {
        assert_eq!(
            count(&pool, sql).await,
            *before,
            "a second load added to {sql}"
        );
    }

    // The report of the demo coach shows its figures, by gender too.
    let app = test_app(pool.clone(), false);
    let coach = sign_in_with(&app, "coach@askel.test", server::database::DEMO_PASSWORD).await;
    let report = page(&app, &coach, "/coach/report?scope=mine").await;
    assert!(report.contains("10 (42%)"), "{report}");
    // Her inbox: people waiting for an answer, and a teammate's to cover.
    let inbox = page(&app, &coach, "/coach/messages").await;
    assert!(
        inbox.contains("Pia Sijainen (demo) is away until")
            && inbox.contains("Samir Haddad (demo)"),
        "{inbox}"
    );
    // The demo jobseeker sees fifteen open jobs and how to prepare for the
    // recruitment day that two of them are linked to.
    let jussi = sign_in_with(
        &app,
        "jobseeker@askel.test",
        server::database::DEMO_PASSWORD,
    )
    .await;
    assert!(page(&app, &jussi, "/jobs").await.contains("15 jobs found"));
    let day: i64 = count(
        &pool,
        "select min(event_id) from event where kind = 'recruitment-day' and starts_at > now()",
    )
    .await;
    let event = page(&app, &jussi, &format!("/events/{day}")).await;
    assert!(
        event.contains("Prepare for this event") && event.contains("Forklift driver"),
        "{event}"
    );
}
