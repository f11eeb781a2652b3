//! The job-search log: a jobseeker adds what they did by hand, what they did
//! in Askel is there already, a month at a time; their coach reads it (the
//! read audited), no other coach does; it is in "Download my data" and goes
//! with the account.

use crate::support;

use app::accounts::Role;
use axum::http::StatusCode;
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, delete_own_account, page, page_after, post_as, send, sign_in,
    test_app, text, with_cookie,
};
use time::{Duration, OffsetDateTime};

fn today() -> time::Date {
    app::i18n::helsinki_local(OffsetDateTime::now_utc()).date()
}

#[sqlx::test]
async fn a_jobseeker_keeps_a_log_their_coach_reads_and_askel_fills_in(pool: PgPool) {
    support::load_modules(&pool).await;
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let kaisa = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    create_account(&pool, Role::Coach, "pekka@example.fi").await;
    assign_to_coach(&pool, maija, kaisa).await;
    let app = test_app(pool.clone(), false);
    let maija_cookie = sign_in(&app, "maija@example.fi").await;
    let kaisa_cookie = sign_in(&app, "kaisa@example.fi").await;
    let pekka_cookie = sign_in(&app, "pekka@example.fi").await;

    // An empty form: every problem is said, nothing is added.
    let empty = post_as(&app, &maija_cookie, "/api/job-search-add?lang=en", "").await;
    let html = page_after(&app, &empty, "/job-search?lang=en", &maija_cookie).await;
    for problem in ["Choose what you did", "Enter the day", "Enter the employer"] {
        assert!(html.contains(problem), "{problem}: {html}");
    }
    let ahead = format!(
        "kind=application&day={}&employer=Kahvila&what=",
        today() + Duration::days(1)
    );
    let html = page_after(
        &app,
        &post_as(&app, &maija_cookie, "/api/job-search-add?lang=en", &ahead).await,
        "/job-search?lang=en",
        &maija_cookie,
    )
    .await;
    assert!(html.contains("The day cannot be in the future"), "{html}");

    // She applied for a job today, by hand.
    let body = format!(
        "kind=application&day={}&employer=Kahvila+Kuppi+Oy&what=Kitchen+help%2C+part-time",
        today()
    );
    let added = post_as(&app, &maija_cookie, "/api/job-search-add?lang=en", &body).await;
    assert!(added.status().is_redirection());
    // A module she completed today is in her log already, from Askel.
    sqlx::query(
        "insert into module_completion (account_id, module_id, completed_at)
         select $1, module_id, now() from module order by module_id limit 1",
    )
    .bind(maija)
    .execute(&pool)
    .await
    .expect("completion");
    let html = page(&app, &maija_cookie, "/job-search").await;
    assert!(
        html.contains("Added to your log.") || html.contains("Kahvila Kuppi Oy"),
        "{html}"
    );
    for line in [
        "Applied for a job",
        "Kahvila Kuppi Oy",
        "Kitchen help, part-time",
        "Completed a coaching module",
        "Recorded by Askel",
    ] {
        assert!(html.contains(line), "{line}: {html}");
    }
    assert!(
        html.contains("Applied for a job: 1"),
        "the month's summary counts it: {html}"
    );

    // Last month is empty; a month that is not one shows this month.
    let last = today()
        .replace_day(1)
        .expect("first")
        .previous_day()
        .expect("day before");
    let code = format!("{}-{:02}", last.year(), u8::from(last.month()));
    let html = page(&app, &maija_cookie, &format!("/job-search?month={code}")).await;
    assert!(
        html.contains("Nothing in the log for this month."),
        "{html}"
    );
    let html = page(&app, &maija_cookie, "/job-search?month=2026-99").await;
    assert!(html.contains("Kahvila Kuppi Oy"));

    // Her coach reads it, audited; another coach is told there is no such page.
    let html = page(
        &app,
        &kaisa_cookie,
        &format!("/coach/jobseekers/{maija}/job-search"),
    )
    .await;
    assert!(
        html.contains("Kahvila Kuppi Oy") && !html.contains("Yes, remove it"),
        "{html}"
    );
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where actor_id = $1 and subject_id = $2 and detail = 'job-search'",
    )
    .bind(kaisa)
    .bind(maija)
    .fetch_one(&pool)
    .await
    .expect("audit");
    assert_eq!(audited, 1);
    let response = send(
        &app,
        with_cookie(
            support::get(
                &format!("/coach/jobseekers/{maija}/job-search?lang=en"),
                &[],
            ),
            &pekka_cookie,
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    // In her data; she removes the line; then it goes with her account.
    let data = text(
        send(
            &app,
            with_cookie(support::get("/api/my-data", &[]), &maija_cookie),
        )
        .await,
    )
    .await;
    let data: serde_json::Value = serde_json::from_str(&data).expect("json");
    assert_eq!(data["job_search_log"][0]["employer"], "Kahvila Kuppi Oy");
    let entry: i64 = sqlx::query_scalar("select entry_id from job_search_entry")
        .fetch_one(&pool)
        .await
        .expect("entry");
    // Not someone else's line: Kaisa cannot remove it.
    let request = support::form_post("/api/job-search-remove", &format!("entry={entry}"), false);
    let response = send(&app, with_cookie(request, &kaisa_cookie)).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let removed = post_as(
        &app,
        &maija_cookie,
        "/api/job-search-remove?lang=en",
        &format!("entry={entry}"),
    )
    .await;
    let html = page_after(&app, &removed, "/job-search?lang=en", &maija_cookie).await;
    assert!(html.contains("Removed from your log."), "{html}");
    post_as(&app, &maija_cookie, "/api/job-search-add", &body).await;
    assert!(
        delete_own_account(&app, &maija_cookie)
            .await
            .status()
            .is_redirection()
    );
    let left: i64 = sqlx::query_scalar("select count(*) from job_search_entry")
        .fetch_one(&pool)
        .await
        .expect("left");
    assert_eq!(left, 0);
}
