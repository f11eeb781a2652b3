//! The impact report against a hand-computed fixture: counts per gender and
//! age group over a quarter, the coach's own caseload against the whole
//! service, small groups hidden (with the next smallest when one would be
//! alone), a year hidden where it differs by a few from a quarter in it, and
//! the CSV with the same rows.

use crate::support;

use app::accounts::Role;
use sqlx::PgPool;
use support::{create_account, get, page, send, sign_in, test_app, text, with_cookie};

const PERIOD: &str = "period=2025-Q1";

/// A jobseeker on `coach`'s caseload since December 2024.
async fn person(pool: &PgPool, coach: i64, gender: Option<&str>, born: Option<i16>) -> i64 {
    sqlx::query_scalar(
        "insert into account (role, display_name, email, password_hash, coach_id, gender, birth_year, created_at)
         values ('jobseeker', 'Person', 'p-' || gen_random_uuid() || '@example.test', 'not a hash', $1, $2, $3,
                 '2024-12-01T10:00:00Z')
         returning account_id",
    )
    .bind(coach)
    .bind(gender)
    .bind(born)
    .fetch_one(pool)
    .await
    .expect("person")
}

async fn outcome(pool: &PgPool, account: i64, situation: &str, since: &str) {
    sqlx::query("insert into outcome (account_id, situation, since) values ($1, $2, $3::date)")
        .bind(account)
        .bind(situation)
        .bind(since)
        .execute(pool)
        .await
        .expect("outcome");
}

/// Two DigComp assessments in the first quarter: every area 2.0, then 3.0.
async fn assessed_twice(pool: &PgPool, account: i64) {
    for (at, score) in [
        ("2025-01-15T10:00:00Z", 2.0_f32),
        ("2025-03-15T10:00:00Z", 3.0),
    ] {
        let id: i64 = sqlx::query_scalar(
            "insert into skill_assessment (account_id, framework_id, framework_version, mode, started_at, submitted_at, mean_score)
             select $1, framework_id, version, 'short', $2::timestamptz, $2::timestamptz, $3
             from skill_framework where framework_id = 'digcomp' returning assessment_id",
        )
        .bind(account)
        .bind(at)
        .bind(score)
        .fetch_one(pool)
        .await
        .expect("assessment");
        sqlx::query(
            "insert into skill_area_score (assessment_id, area_id, score)
             select $1, a::text, $2 from generate_series(1, 5) a",
        )
        .bind(id)
        .bind(score)
        .execute(pool)
        .await
        .expect("scores");
    }
}

/// Coach A: 6 women born 1980 (30–54), 5 men born 2000 (under 30), 2 other
/// born 1960 (55+), 1 who told neither. Coach B: 6 women born 1990, 5 of
/// them employed in the first quarter (the sixth's employment was withdrawn).
async fn fixture(pool: &PgPool) -> (i64, Vec<i64>, Vec<i64>) {
    support::load_modules(pool).await;
    let a = create_account(pool, Role::Coach, "a@example.fi").await;
    let b = create_account(pool, Role::Coach, "b@example.fi").await;
    let mut women = Vec::new();
    for _ in 0..6 {
        women.push(person(pool, a, Some("female"), Some(1980)).await);
    }
    let mut men = Vec::new();
    for _ in 0..5 {
        men.push(person(pool, a, Some("male"), Some(2000)).await);
    }
    for _ in 0..2 {
        person(pool, a, Some("other"), Some(1960)).await;
    }
    person(pool, a, None, None).await;
    for n in 0..6 {
        let w = person(pool, b, Some("female"), Some(1990)).await;
        let situation = if n < 5 {
            "employed_full_time"
        } else {
            "training"
        };
        outcome(pool, w, situation, "2025-02-01").await;
        if n == 5 {
            // Recorded as employed by mistake and withdrawn: not counted.
            outcome(pool, w, "employed_full_time", "2025-03-01").await;
            sqlx::query("update outcome set withdrawn_at = now() where account_id = $1 and since = '2025-03-01'")
                .bind(w)
                .execute(pool)
                .await
                .expect("withdrawn");
        }
    }
    // Employed in the first quarter: two women. A man employed in the third
    // and one in training do not count.
    outcome(pool, women[0], "employed_full_time", "2025-03-01").await;
    outcome(pool, women[1], "subsidised_work", "2025-03-20").await;
    outcome(pool, men[0], "employed_part_time", "2025-07-15").await;
    outcome(pool, men[1], "training", "2025-03-01").await;
    // One woman finished a module in the first quarter, another in the third.
    for (who, at) in [
        (women[2], "2025-02-01T10:00:00Z"),
        (women[3], "2025-07-01T10:00:00Z"),
    ] {
        sqlx::query(
            "insert into module_completion (account_id, module_id, completed_at)
             values ($1, 'strengths', $2::timestamptz)",
        )
        .bind(who)
        .bind(at)
        .execute(pool)
        .await
        .expect("module done");
    }
    // One man came to an event in the first quarter.
    let event = support::published_event(pool, Some(10), None)
        .await
        .event_id;
    sqlx::query(
        "insert into event_signup (event_id, account_id, status, confirmed_at, checked_in_at)
         values ($1, $2, 'confirmed', now(), '2025-02-10T10:00:00Z')",
    )
    .bind(event)
    .bind(men[2])
    .execute(pool)
    .await
    .expect("attended");
    // Five women assessed their digital skills twice: +1.0 each.
    for &w in &women[..5] {
        assessed_twice(pool, w).await;
    }
    (a, women, men)
}

/// The cells of the table `id`, row by row.
fn table_rows(html: &str, id: &str) -> Vec<Vec<String>> {
    let start = html.find(&format!(r#"id="{id}""#)).expect("the table");
    let end = start + html[start..].find("</table>").expect("its end");
    html[start..end]
        .split("<tr>")
        .skip(2)
        .map(|row| {
            row.split("</t")
                .filter_map(|cell| cell.rsplit('>').next())
                .filter(|c| !c.trim().is_empty())
                .map(|c| c.trim().to_owned())
                .collect()
        })
        .collect()
}

#[sqlx::test]
async fn the_report_counts_the_caseload_by_group_and_hides_small_groups(pool: PgPool) {
    fixture(&pool).await;
    let app = test_app(pool.clone(), false);
    let coach = sign_in(&app, "a@example.fi").await;
    let html = page(&app, &coach, &format!("/coach/report?{PERIOD}&scope=mine")).await;
    assert!(
        html.contains("Your caseload, 1 January 2025–31 March 2025."),
        "{html}"
    );

    // Shares with fewer than 5 people on a side are dashes: 2 of 6 women
    // employed, 1 of 5 men at an event. The digital change rests on 5 women.
    let dash = "\u{2013}";
    let by_gender = table_rows(&html, "report-gender");
    assert_eq!(
        by_gender,
        [
            ["Women", "6", dash, dash, dash, "+1.0 (5)", dash, dash, dash],
            ["Men", "5", dash, dash, dash, dash, dash, dash, dash],
            [
                "Other",
                "Not shown",
                dash,
                dash,
                dash,
                dash,
                dash,
                dash,
                dash
            ],
            [
                "Not given",
                "Not shown",
                dash,
                dash,
                dash,
                dash,
                dash,
                dash,
                dash
            ],
            ["All", "14", dash, dash, dash, "+1.0 (5)", dash, dash, dash],
        ]
    );
    let by_age = table_rows(&html, "report-age");
    assert_eq!(
        by_age[0],
        ["Under 30", "5", dash, dash, dash, dash, dash, dash, dash]
    );
    assert_eq!(
        by_age[1],
        ["30–54", "6", dash, dash, dash, "+1.0 (5)", dash, dash, dash]
    );
    assert_eq!(by_age[2][1], "Not shown");
    assert_eq!(by_age[3][1], "Not shown");

    // The whole service adds coach B's six women, five employed in the
    // period: 7 of 12 women (7 and 5 on the two sides), 7 of 20 in all.
    let html = page(
        &app,
        &coach,
        &format!("/coach/report?{PERIOD}&scope=service"),
    )
    .await;
    let by_gender = table_rows(&html, "report-gender");
    assert_eq!(by_gender[0][..3], ["Women", "12", "7 (58%)"]);
    assert_eq!(by_gender[4][..3], ["All", "20", "7 (35%)"]);

    // The CSV of the caseload has the same rows, and none of coach B's people.
    let response = send(
        &app,
        with_cookie(
            get(
                &format!("/api/impact-report-csv?{PERIOD}&scope=mine"),
                &[(axum::http::header::ACCEPT_LANGUAGE, "en")],
            ),
            &coach,
        ),
    )
    .await;
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let csv = text(response).await;
    assert!(
        csv.contains(r#""By gender","Women","6","","","","","1.0","5","","","""#),
        "{csv}"
    );
    assert!(csv.contains(r#""By gender","Other","Not shown","","","","","","","","","""#));
    assert!(csv.contains(
        r#""By age group (age at the end of the period)","All","14","","","","","1.0","5""#
    ));
    assert!(
        !csv.contains("\"12\""),
        "coach B's women are not in coach A's caseload"
    );
    // Every read is audited once, with its scope and period.
    let reads: Vec<String> = sqlx::query_scalar(
        "select detail from audit_log where action = 'report_viewed' order by audit_log_id",
    )
    .fetch_all(&pool)
    .await
    .expect("audit");
    assert_eq!(
        reads,
        [
            "mine 2025-01-01..2025-03-31",
            "service 2025-01-01..2025-03-31",
            "mine 2025-01-01..2025-03-31"
        ]
    );

    // A team: coach A and coach C (who has two jobseekers) are in "East".
    let c = create_account(&pool, Role::Coach, "c@example.fi").await;
    for _ in 0..2 {
        person(&pool, c, Some("male"), Some(2000)).await;
    }
    let admin = create_account(&pool, Role::Admin, "admin@example.fi").await;
    let admin_cookie = sign_in(&app, "admin@example.fi").await;
    for coach_email in ["a@example.fi", "c@example.fi"] {
        let id: i64 = sqlx::query_scalar("select account_id from account where email = $1")
            .bind(coach_email)
            .fetch_one(&pool)
            .await
            .expect("coach");
        let response = support::post_as(
            &app,
            &admin_cookie,
            "/api/set-team",
            &format!("account={id}&team=East"),
        )
        .await;
        assert_eq!(
            support::header_of(&response, axum::http::header::LOCATION),
            "/admin/users#set-team"
        );
    }
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where action = 'team_changed' and actor_id = $1 and detail = 'East'",
    )
    .bind(admin)
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(audited, 2);
    let html = page(&app, &coach, &format!("/coach/report?{PERIOD}&scope=team")).await;
    assert!(
        html.contains("Your team, 1 January 2025–31 March 2025."),
        "{html}"
    );
    // Team minus coach A's own caseload is coach C's two men: subtracting
    // would show them, so the men and the total are not shown.
    let by_gender = table_rows(&html, "report-gender");
    assert_eq!(by_gender[0][..2], ["Women", "6"]);
    assert_eq!(by_gender[1][..2], ["Men", "Not shown"]);
    assert_eq!(by_gender[4][..2], ["All", "Not shown"]);

    // Only the periods in the list can be asked for: not free dates, not a
    // quarter that has not ended; the form is shown again with the problem.
    for refused in ["period=2025-Q5", "period=2099", "period=2025-01-01"] {
        let html = page(&app, &coach, &format!("/coach/report?{refused}")).await;
        assert!(html.contains("Choose a period from the list"), "{html}");
        assert!(html.contains(r#"<option value="2025-Q1""#), "{html}");
        assert!(!html.contains(r#"id="report-gender""#));
    }
}

#[sqlx::test]
async fn a_year_is_hidden_where_it_differs_by_a_few_from_a_quarter_in_it(pool: PgPool) {
    fixture(&pool).await;
    let app = test_app(pool.clone(), false);
    // Coach A's year adds, after the first quarter, one man employed and one
    // woman who finished a module: subtracting the first quarter would show
    // them, so both groups (and the total) are hidden in the year.
    let coach = sign_in(&app, "a@example.fi").await;
    let html = page(&app, &coach, "/coach/report?period=2025&scope=mine").await;
    assert!(html.contains("Your caseload, 1 January 2025–31 December 2025."));
    let by_gender = table_rows(&html, "report-gender");
    assert_eq!(by_gender[0][..2], ["Women", "Not shown"]);
    assert_eq!(by_gender[1][..2], ["Men", "Not shown"]);
    assert_eq!(by_gender[4][..2], ["All", "Not shown"]);
    // The same groups in the first quarter alone are shown.
    let html = page(&app, &coach, "/coach/report?period=2025-Q1&scope=mine").await;
    assert_eq!(table_rows(&html, "report-gender")[0][..2], ["Women", "6"]);
    // Coach B's year is the same as each of its parts where it matters: the
    // five employed in the first quarter are no "few" against the others.
    let coach_b = sign_in(&app, "b@example.fi").await;
    let html = page(&app, &coach_b, "/coach/report?period=2025&scope=mine").await;
    let by_gender = table_rows(&html, "report-gender");
    assert_eq!(by_gender[0][..2], ["Women", "6"]);
    assert_eq!(by_gender[4][..2], ["All", "6"]);
}

#[sqlx::test]
async fn the_report_shows_rapid_job_search_and_who_is_still_employed_months_on(pool: PgPool) {
    let coach = create_account(&pool, Role::Coach, "c@example.fi").await;
    let employer: i64 = sqlx::query_scalar(
        "insert into employer (name) values ('Kahvila Oy') returning employer_id",
    )
    .fetch_one(&pool)
    .await
    .expect("employer");
    // Fifteen women who started on 5 January 2025, their first month ending
    // in the quarter. Five had their first employer contact within it, five
    // only after 40 days, five none.
    // All started work on 10 January 2025; five were seeking again a month
    // later, five after four months, five are still at work.
    for n in 0..15 {
        let w = person(&pool, coach, Some("female"), Some(1985)).await;
        sqlx::query("update account set created_at = '2025-01-05T10:00:00Z' where account_id = $1")
            .bind(w)
            .execute(&pool)
            .await
            .expect("started");
        let contact = match n / 5 {
            0 => Some("2025-01-20"),
            1 => Some("2025-02-14"),
            _ => None,
        };
        if let Some(day) = contact {
            sqlx::query(
                "insert into employer_contact (employer_id, coach_id, contacted_on, how, jobseeker_id, result)
                 values ($1, $2, $3::date, 'visit', $4, 'opening')",
            )
            .bind(employer)
            .bind(coach)
            .bind(day)
            .bind(w)
            .execute(&pool)
            .await
            .expect("contact");
        }
        outcome(&pool, w, "employed_full_time", "2025-01-10").await;
        match n % 3 {
            0 => outcome(&pool, w, "seeking", "2025-02-10").await,
            1 => outcome(&pool, w, "seeking", "2025-05-10").await,
            _ => {}
        }
    }
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "c@example.fi").await;
    let html = page(&app, &cookie, &format!("/coach/report?{PERIOD}&scope=mine")).await;
    let all = &table_rows(&html, "report-gender")[4];
    assert_eq!(all[..2], ["All", "15"], "{all:?}");
    // 5 of 15 within a month; at three months 10 of 15 still employed, at
    // six months 5 of 15.
    assert_eq!(all[6..], ["5 (33%)", "10 (67%)", "5 (33%)"], "{all:?}");
}

/// Every sum the report reads, by period, coach and group (rows of zeros left).
async fn tallies(pool: &PgPool) -> Vec<String> {
    sqlx::query_scalar(
        "select concat_ws(' ', p.from_day, p.until_day, t.coach_id, t.gender, t.age_group, t.people,
                t.employed, t.completed_module, t.attended_event, t.assessed_twice,
                t.digital_change_sum, t.rapid_due, t.rapid_met, t.kept3_due, t.kept3, t.kept6_due, t.kept6)
         from report_tally t join report_period p using (period_id)
         where (t.people, t.employed, t.completed_module, t.attended_event, t.assessed_twice,
                t.rapid_due, t.kept3_due, t.kept6_due) <> (0, 0, 0, 0, 0, 0, 0, 0)
         order by 1",
    )
    .fetch_all(pool)
    .await
    .expect("tallies")
}

#[sqlx::test]
async fn facts_kept_up_to_date_on_write_sum_as_facts_built_afresh(pool: PgPool) {
    let (a, women, men) = fixture(&pool).await;
    let app = test_app(pool.clone(), false);
    let admin = create_account(&pool, Role::Admin, "admin@example.fi").await;
    assert!(admin > 0);
    let cookie = sign_in(&app, "admin@example.fi").await;
    let read = |period: &'static str| {
        let (app, cookie) = (app.clone(), cookie.clone());
        async move { page(&app, &cookie, &format!("/coach/report?period={period}")).await }
    };
    read("2025-Q1").await;
    read("2026").await;
    let before = tallies(&pool).await;

    // Everything a report counts changes for someone, after their facts
    // were built: outcomes recorded, withdrawn and corrected, a module
    // finished, an event attended, an assessment, an employer contact, a
    // move to another coach, a gender and a year of birth changed, an
    // account deleted, and someone new.
    let b: i64 = sqlx::query_scalar("select account_id from account where email = 'b@example.fi'")
        .fetch_one(&pool)
        .await
        .expect("coach b");
    outcome(&pool, men[2], "employed_full_time", "2025-02-15").await;
    outcome(&pool, men[3], "employed_part_time", "2026-09-15").await;
    let changes = [
        (
            "update outcome set withdrawn_at = now() where account_id = $1 and since = '2025-03-01'",
            women[0],
        ),
        (
            "update outcome set since = '2025-04-02' where account_id = $1 and since = '2025-03-20'",
            women[1],
        ),
        (
            "insert into module_completion (account_id, module_id, completed_at) values ($1, 'strengths', '2025-03-01T10:00:00Z')",
            men[3],
        ),
        (
            "update event_signup set checked_in_at = null where account_id = $1",
            men[2],
        ),
        (
            "update account set gender = 'male', birth_year = 1950 where account_id = $1",
            women[3],
        ),
        (
            "update account set deleted_at = '2024-12-15T10:00:00Z', display_name = null, password_hash = null, email = null, phone = null where account_id = $1",
            men[4],
        ),
        (
            "delete from skill_assessment where account_id = $1",
            women[2],
        ),
    ];
    for (statement, who) in changes {
        sqlx::query(statement)
            .bind(who)
            .execute(&pool)
            .await
            .unwrap_or_else(|e| panic!("{statement}: {e}"));
    }
    sqlx::query("update account set coach_id = $1 where account_id = $2")
        .bind(b)
        .bind(women[4])
        .execute(&pool)
        .await
        .expect("moved");
    person(&pool, a, Some("female"), Some(1999)).await;
    let html = read("2025-Q1").await;
    assert!(html.contains("report-gender"), "{html}");
    let kept = tallies(&pool).await;
    assert_ne!(kept, before, "the changes reached the report");
    let stale: i64 = sqlx::query_scalar("select count(*) from report_stale")
        .fetch_one(&pool)
        .await
        .expect("stale");
    assert_eq!(stale, 0, "every change was worked out before the report");

    // The same periods built from nothing give the same sums.
    sqlx::raw_sql("delete from report_fact; delete from report_period")
        .execute(&pool)
        .await
        .expect("forgotten");
    read("2025-Q1").await;
    read("2026").await;
    assert_eq!(tallies(&pool).await, kept);
}

async fn count(pool: &PgPool, query: &str) -> i64 {
    sqlx::query_scalar(query)
        .fetch_one(pool)
        .await
        .expect(query)
}

#[sqlx::test]
async fn the_background_round_builds_the_newest_report_and_works_through_a_bulk_write(
    pool: PgPool,
) {
    let (_, women, _) = fixture(&pool).await;
    app::report::keep_report_facts_up_to_date(&pool)
        .await
        .expect("a round");
    // This year so far, its three quarters and its first half: the report
    // a coach sees first is built before anyone asks.
    assert_eq!(count(&pool, "select count(*) from report_period").await, 5);
    assert_eq!(count(&pool, "select count(*) from report_stale").await, 0);

    // A change among more marks than one transaction takes.
    sqlx::query("insert into report_stale (account_id) select $1 from generate_series(1, 4500)")
        .bind(women[1])
        .execute(&pool)
        .await
        .expect("marks");
    sqlx::query("update account set gender = 'male' where account_id = $1")
        .bind(women[0])
        .execute(&pool)
        .await
        .expect("changed");
    // While another process works on the facts, the round skips its turn.
    let mut other = pool.begin().await.expect("other");
    sqlx::query("select pg_advisory_xact_lock(hashtext('askel report facts'))")
        .execute(&mut *other)
        .await
        .expect("held");
    app::report::keep_report_facts_up_to_date(&pool)
        .await
        .expect("a round skipped");
    assert_eq!(
        count(&pool, "select count(*) from report_stale").await,
        4501
    );
    other.rollback().await.expect("let go");
    app::report::keep_report_facts_up_to_date(&pool)
        .await
        .expect("a round");
    assert_eq!(count(&pool, "select count(*) from report_stale").await, 0);
    let genders: Vec<String> =
        sqlx::query_scalar("select distinct gender from report_fact where account_id = $1")
            .bind(women[0])
            .fetch_all(&pool)
            .await
            .expect("facts");
    assert_eq!(genders, ["male"]);
}

#[sqlx::test]
async fn a_report_does_not_queue_behind_another_process_working_on_the_facts(pool: PgPool) {
    let (_, women, _) = fixture(&pool).await;
    let app = test_app(pool.clone(), false);
    let coach = sign_in(&app, "a@example.fi").await;
    let report = format!("/coach/report?{PERIOD}&scope=mine");
    page(&app, &coach, &report).await;
    outcome(&pool, women[4], "employed_full_time", "2025-02-20").await;
    assert_eq!(count(&pool, "select count(*) from report_stale").await, 1);

    // Another process holds the right for as long as it likes (building a
    // period at national scale takes seconds): the report answers after its
    // second of patience, from the facts as they were.
    let mut other = pool.begin().await.expect("other");
    sqlx::query("select pg_advisory_xact_lock(hashtext('askel report facts'))")
        .execute(&mut *other)
        .await
        .expect("held");
    let answered = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        page(&app, &coach, &report),
    )
    .await
    .expect("the report answers while the facts are busy");
    assert!(answered.contains("Your caseload"), "{answered}");
    assert_eq!(count(&pool, "select count(*) from report_stale").await, 1);

    // Once it lets go, the next report works the change out.
    other.rollback().await.expect("let go");
    page(&app, &coach, &report).await;
    assert_eq!(count(&pool, "select count(*) from report_stale").await, 0);
}
