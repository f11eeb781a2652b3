//! The self-assessment as a person without JavaScript does it: plain form
//! posts from the start page through every question, the check page and
//! results, to the history; and what their coach may read of it.

use crate::support;

use app::accounts::Role;
use axum::{
    Router,
    http::{StatusCode, header},
};
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, form_post, get, header_of, load_modules, page_after, post_as,
    send, sign_in, submit_digcomp, test_app, text, with_cookie,
};

/// DigComp's short assessment: (area, statement) in the order asked.
async fn short_digcomp(pool: &PgPool) -> Vec<(String, String)> {
    let mut conn = pool.acquire().await.expect("connection");
    let framework = app::skills::db::framework(&mut conn, "digcomp", app::i18n::Locale::En)
        .await
        .expect("read")
        .expect("digcomp");
    framework
        .questions(app::skills::types::Mode::Short)
        .iter()
        .map(|q| (q.area.id.clone(), q.statement.id.clone()))
        .collect()
}

/// A signed-in jobseeker's app and session cookie, with DigComp's short
/// questions as (area, statement) in the order asked.
async fn jobseeker(pool: &PgPool, email: &str) -> (Router, String, Vec<(String, String)>) {
    load_modules(pool).await;
    create_account(pool, Role::Jobseeker, email).await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, email).await;
    (app, cookie, short_digcomp(pool).await)
}

/// Starts (or switches the length of) the DigComp assessment.
async fn start(app: &Router, cookie: &str, mode: &str) -> axum::http::Response<axum::body::Body> {
    let body = format!("framework=digcomp&mode={mode}");
    post_as(app, cookie, "/api/skills-start", &body).await
}

async fn page(app: &Router, cookie: &str, path: &str) -> String {
    let separator = if path.contains('?') { '&' } else { '?' };
    let response = send(
        app,
        with_cookie(get(&format!("{path}{separator}lang=en"), &[]), cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    text(response).await
}

fn location(response: &axum::http::Response<axum::body::Body>) -> String {
    header_of(response, header::LOCATION)
}

#[sqlx::test]
async fn the_short_assessment_works_through_plain_form_posts(pool: PgPool) {
    let (app, cookie, questions) = jobseeker(&pool, "forms@example.fi").await;

    // Before starting, a question sends the person to the start page.
    let response = send(
        &app,
        with_cookie(get("/skills/digcomp/check", &[]), &cookie),
    )
    .await;
    assert_eq!(location(&response), "/skills/digcomp");

    let started = start(&app, &cookie, "short").await;
    let (_, first) = &questions[0];
    assert_eq!(
        location(&started),
        format!("/skills/digcomp/questions/{first}")
    );
    let question = page(&app, &cookie, &location(&started)).await;
    assert!(question.contains("Question 1 of 21"), "{question}");

    // Continue without an answer: the error summary and the field's message.
    let body = format!("framework=digcomp&statement={first}&action=continue");
    let response = post_as(&app, &cookie, "/api/skills-answer", &body).await;
    assert_eq!(
        location(&response),
        format!("/skills/digcomp/questions/{first}#skills-question-error-summary")
    );
    let again = page_after(
        &app,
        &response,
        &format!("/skills/digcomp/questions/{first}?lang=en"),
        &cookie,
    )
    .await;
    assert!(
        again.contains("href=\"#skills-question-value\""),
        "summary links to the field"
    );
    assert!(
        again.contains("id=\"skills-question-value\""),
        "the link has a target"
    );
    assert_eq!(
        again
            .matches("Choose how well you can do this, or skip the question")
            .count(),
        2
    );

    // Area 1 "not yet", 2 "with help", 3 "on my own", 4 "I can help others",
    // area 5 skipped; halfway, "save and come back later".
    let mut next = location(&started);
    for (n, (area, statement)) in questions.iter().enumerate() {
        assert_eq!(next, format!("/skills/digcomp/questions/{statement}"));
        let body = match area.as_str() {
            "5" => format!("framework=digcomp&statement={statement}&action=skip"),
            _ => format!("framework=digcomp&statement={statement}&value={area}&action=continue"),
        };
        let response = post_as(&app, &cookie, "/api/skills-answer", &body).await;
        next = location(&response);
        if n == 10 {
            let later =
                format!("framework=digcomp&statement={statement}&value={area}&action=later");
            let response = post_as(&app, &cookie, "/api/skills-answer", &later).await;
            assert_eq!(location(&response), "/skills/digcomp");
            let start_page = page_after(&app, &response, "/skills/digcomp?lang=en", &cookie).await;
            assert!(
                start_page.contains("Your answers are saved."),
                "{start_page}"
            );
            assert!(start_page.contains("You have gone through 11 of 21 questions."));
        }
    }
    assert_eq!(next, "/skills/digcomp/check");

    let check = page(&app, &cookie, "/skills/digcomp/check").await;
    assert!(check.contains("Answered: 17 of 21. Skipped: 4."), "{check}");
    assert_eq!(check.matches(">Skipped<").count(), 4);

    // Change the first answer from the check page: back to the check page.
    let change = format!("/skills/digcomp/questions/{first}?then=check");
    assert!(check.contains(&format!("href=\"{change}\"")));
    let changed = post_as(
        &app,
        &cookie,
        "/api/skills-answer",
        &format!("framework=digcomp&statement={first}&value=4&action=continue&then=check"),
    )
    .await;
    assert_eq!(location(&changed), "/skills/digcomp/check");

    let sent = post_as(&app, &cookie, "/api/skills-submit", "framework=digcomp").await;
    let results_path = location(&sent);
    assert!(
        results_path.starts_with("/skills/results/"),
        "{results_path}"
    );
    let results = page(&app, &cookie, &results_path).await;
    // Area 1: (4 + 1 + 1) / 3 after the change.
    for (area, level, score) in [
        ("1 Information and data literacy", "Foundation", "2.0"),
        ("2 Communication and collaboration", "Foundation", "2.0"),
        ("3 Digital content creation", "Intermediate", "3.0"),
        ("4 Safety", "Advanced", "4.0"),
        ("5 Problem solving", "Not assessed", "\u{2013}"),
    ] {
        let row = format!(
            "<th scope=\"row\">{area}</th><td>{level}</td><td class=\"number\">{score}</td>"
        );
        assert!(results.contains(&row), "{row} in {results}");
    }
    // The weakest areas' modules, weakest first: areas 1 and 2 (2.0), then 3.
    let at = |module: &str| results.find(&format!("href=\"/modules/{module}\""));
    let places: Vec<Option<usize>> = ["job-search-online", "digital-skills", "cv"]
        .into_iter()
        .map(at)
        .collect();
    assert!(places.iter().all(Option::is_some), "{results}");
    assert!(places.is_sorted(), "weakest first: {places:?}");
    assert_eq!(results.matches("class=\"module-card\"").count(), 3);
    assert!(results.contains("Your job coach can see your results"));

    // The draft is gone: the check page now sends the person to start again.
    let response = send(
        &app,
        with_cookie(get("/skills/digcomp/check", &[]), &cookie),
    )
    .await;
    assert_eq!(location(&response), "/skills/digcomp");
}

#[sqlx::test]
async fn sending_with_nothing_answered_is_refused_and_keeps_the_draft(pool: PgPool) {
    let (app, cookie, questions) = jobseeker(&pool, "empty@example.fi").await;
    start(&app, &cookie, "short").await;
    let (_, first) = &questions[0];
    let skip = format!("framework=digcomp&statement={first}&action=skip");
    post_as(&app, &cookie, "/api/skills-answer", &skip).await;

    let response = post_as(&app, &cookie, "/api/skills-submit", "framework=digcomp").await;
    assert_eq!(
        location(&response),
        "/skills/digcomp/check#skills-submit-error-summary"
    );
    let check = page_after(&app, &response, "/skills/digcomp/check?lang=en", &cookie).await;
    assert!(check.contains("Answer at least one question before you send"));
    assert!(
        check.contains("id=\"skills-submit-answers\""),
        "the summary's link has a target"
    );

    // A value off the scale is refused the same way, never stored.
    let body = format!("framework=digcomp&statement={first}&value=9&action=continue");
    let response = post_as(&app, &cookie, "/api/skills-answer", &body).await;
    assert!(location(&response).ends_with("#skills-question-error-summary"));
    let check = page(&app, &cookie, "/skills/digcomp/check").await;
    assert!(check.contains("Answered: 0 of 21. Skipped: 1."), "{check}");
}

#[sqlx::test]
async fn the_history_shows_changes_since_the_first_and_previous(pool: PgPool) {
    load_modules(&pool).await;
    let me = create_account(&pool, Role::Jobseeker, "history@example.fi").await;
    submit_digcomp(&pool, me, 1, &[]).await;
    submit_digcomp(&pool, me, 2, &["5"]).await;
    let latest = submit_digcomp(&pool, me, 4, &[]).await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "history@example.fi").await;
    let history = page(&app, &cookie, "/skills/digcomp/history").await;
    // Area 1: 1.0 → 2.0 → 4.0; area 5: 1.0 → skipped → 4.0.
    let row_1 = "<th scope=\"row\">1 Information and data literacy</th>\
        <td class=\"number\">1.0</td><td class=\"number\">2.0</td><td class=\"number\">4.0</td>\
        <td class=\"number\">+3.0</td><td class=\"number\">+2.0</td>";
    assert!(history.contains(row_1), "{history}");
    let row_5 = "<th scope=\"row\">5 Problem solving</th>\
        <td class=\"number\">1.0</td><td class=\"number\">\u{2013}</td><td class=\"number\">4.0</td>\
        <td class=\"number\">+3.0</td><td class=\"number\">\u{2013}</td>";
    assert!(history.contains(row_5), "{history}");
    // Every assessment, oldest first, each linking to its results.
    let links: Vec<usize> = history
        .match_indices("href=\"/skills/results/")
        .map(|(at, _)| at)
        .collect();
    assert_eq!(links.len(), 3);
    assert!(history[links[2]..].starts_with(&format!("href=\"/skills/results/{latest}\"")));
    assert_eq!(
        history.matches("class=\"chart chart--trend\"").count(),
        5,
        "one chart per area"
    );
}

#[sqlx::test]
async fn a_coach_reads_the_skills_of_their_own_jobseekers_only_and_each_read_is_audited(
    pool: PgPool,
) {
    load_modules(&pool).await;
    let jobseeker = create_account(&pool, Role::Jobseeker, "mine@example.fi").await;
    let coach = create_account(&pool, Role::Coach, "coach@example.fi").await;
    create_account(&pool, Role::Coach, "other@example.fi").await;
    assign_to_coach(&pool, jobseeker, coach).await;
    submit_digcomp(&pool, jobseeker, 2, &[]).await;
    submit_digcomp(&pool, jobseeker, 3, &[]).await;
    let app = test_app(pool.clone(), false);
    let audited = || async {
        sqlx::query_scalar::<_, i64>(
            "select count(*) from audit_log where subject_id = $1 and action = 'viewed_personal_data'",
        )
        .bind(jobseeker)
        .fetch_one(&pool)
        .await
        .expect("count")
    };
    let body = format!("jobseeker={jobseeker}");

    let read_as = |email: &'static str| {
        let (app, body) = (app.clone(), body.clone());
        async move {
            let cookie = sign_in(&app, email).await;
            let request = form_post("/api/coach-jobseeker-skills", &body, false);
            send(&app, with_cookie(request, &cookie)).await
        }
    };
    let refused = read_as("other@example.fi").await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    assert_eq!(audited().await, 0, "a refused read is not a read");

    let response = read_as("coach@example.fi").await;
    assert_eq!(response.status(), StatusCode::OK);
    let histories: Vec<app::skills::FrameworkHistory> =
        serde_json::from_str(&text(response).await).expect("JSON");
    let digcomp = histories
        .iter()
        .find(|h| h.framework_id == "digcomp")
        .expect("digcomp");
    let scores: Vec<Option<f32>> = digcomp.assessments.iter().map(|a| a.scores[0]).collect();
    assert_eq!(scores, [Some(2.0), Some(3.0)], "oldest first");
    assert_eq!(audited().await, 1);
}

#[sqlx::test]
async fn changing_the_length_keeps_answers_and_scores_only_what_the_length_asks(pool: PgPool) {
    let (app, cookie, short) = jobseeker(&pool, "length@example.fi").await;
    start(&app, &cookie, "short").await;
    for (_, statement) in &short[..3] {
        let body = format!("framework=digcomp&statement={statement}&value=2&action=continue");
        post_as(&app, &cookie, "/api/skills-answer", &body).await;
    }

    // The full length goes on at its first question not answered yet: 1.1's second.
    let full = start(&app, &cookie, "full").await;
    assert_eq!(location(&full), "/skills/digcomp/questions/1.1-keywords");
    let start_page = page(&app, &cookie, "/skills/digcomp").await;
    assert!(
        start_page.contains("You have gone through 3 of 63 questions."),
        "{start_page}"
    );
    assert!(start_page.contains("href=\"/skills/digcomp/questions/1.1-keywords\""));
    assert!(
        start_page.contains("value=\"full\" checked"),
        "the draft's length is chosen"
    );
    let body = "framework=digcomp&statement=1.1-keywords&value=4&action=continue";
    post_as(&app, &cookie, "/api/skills-answer", body).await;

    // Back to short: a full-only question now leads to the check page, and
    // its answer, which the check page does not show, is not scored.
    let back = start(&app, &cookie, "short").await;
    assert_eq!(
        location(&back),
        format!("/skills/digcomp/questions/{}", short[3].1)
    );
    let response = send(
        &app,
        with_cookie(get("/skills/digcomp/questions/1.1-keywords", &[]), &cookie),
    )
    .await;
    assert_eq!(location(&response), "/skills/digcomp/check");
    let sent = post_as(&app, &cookie, "/api/skills-submit", "framework=digcomp").await;
    let results = page(&app, &cookie, &location(&sent)).await;
    let area_1 = "<th scope=\"row\">1 Information and data literacy</th>\
        <td>Foundation</td><td class=\"number\">2.0</td>";
    assert!(results.contains(area_1), "{results}");
}
