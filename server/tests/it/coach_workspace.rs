//! One jobseeker in the coach's workspace, as plain HTML forms: the
//! overview (audited, only for the coach's own jobseekers), the employment
//! plan with its history and the jobseeker's "My plan", notes private and
//! shared, outcomes, moving a jobseeker to another coach, and what
//! deleting the account leaves.

use crate::support;

use app::accounts::Role;
use axum::http::{StatusCode, header};
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, get, header_of, load_modules, page, page_after, post_as, send,
    sign_in, test_app, with_cookie,
};

struct Workspace {
    app: axum::Router,
    coach: i64,
    other_coach: i64,
    jobseeker: i64,
    coach_cookie: String,
    jobseeker_cookie: String,
}

async fn workspace(pool: &PgPool) -> Workspace {
    load_modules(pool).await;
    let app = test_app(pool.clone(), false);
    let coach = create_account(pool, Role::Coach, "kaisa@example.fi").await;
    let other_coach = create_account(pool, Role::Coach, "olli@example.fi").await;
    let jobseeker = create_account(pool, Role::Jobseeker, "maija@example.fi").await;
    assign_to_coach(pool, jobseeker, coach).await;
    Workspace {
        coach_cookie: sign_in(&app, "kaisa@example.fi").await,
        jobseeker_cookie: sign_in(&app, "maija@example.fi").await,
        app,
        coach,
        other_coach,
        jobseeker,
    }
}

async fn audit_count(pool: &PgPool, actor: i64, subject: i64, detail: &str) -> i64 {
    sqlx::query_scalar(
        "select count(*) from audit_log
         where actor_id = $1 and subject_id = $2 and action = 'viewed_personal_data' and detail = $3",
    )
    .bind(actor)
    .bind(subject)
    .bind(detail)
    .fetch_one(pool)
    .await
    .expect("audit count")
}

async fn status_of(app: &axum::Router, cookie: &str, path: &str) -> StatusCode {
    send(app, with_cookie(get(path, &[]), cookie))
        .await
        .status()
}

#[sqlx::test]
async fn the_overview_is_for_their_coach_only_and_each_view_is_audited(pool: PgPool) {
    let w = workspace(&pool).await;
    let path = format!("/coach/jobseekers/{}", w.jobseeker);
    let html = page(&w.app, &w.coach_cookie, &path).await;
    for part in [
        "Situation",
        "Employment plan",
        "Modules",
        "Self-assessments",
        "Notes",
    ] {
        assert!(html.contains(part), "{part} on the page");
    }
    assert!(
        html.contains("maija@example.fi"),
        "the profile shows the email"
    );
    assert_eq!(
        audit_count(&pool, w.coach, w.jobseeker, "overview").await,
        1
    );

    let other = sign_in(&w.app, "olli@example.fi").await;
    assert_eq!(
        status_of(&w.app, &other, &path).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status_of(&w.app, &other, &format!("{path}/plan")).await,
        StatusCode::NOT_FOUND
    );
    let audited_by_other: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where actor_id = $1 and subject_id = $2",
    )
    .bind(w.other_coach)
    .bind(w.jobseeker)
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(audited_by_other, 0, "a refused read is no read");
}

#[sqlx::test]
async fn a_plan_made_by_the_coach_is_marked_done_by_the_jobseeker_and_kept_in_history(
    pool: PgPool,
) {
    let w = workspace(&pool).await;
    let plan = format!("/coach/jobseekers/{}/plan", w.jobseeker);
    let j = w.jobseeker;

    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/plan-add-goal",
        &format!("jobseeker={j}&what=Work+in+a+shop"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("{plan}#plan-add-goal")
    );
    let goal: i64 = sqlx::query_scalar("select goal_id from plan_goal where account_id = $1")
        .bind(j)
        .fetch_one(&pool)
        .await
        .expect("the goal");

    // Every problem at once, against its field; nothing saved.
    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/plan-add-step",
        &format!("jobseeker={j}&what=&who=&due_on=tomorrow"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("{plan}#plan-add-step-error-summary")
    );
    let html = page_after(
        &w.app,
        &response,
        &format!("{plan}?lang=en"),
        &w.coach_cookie,
    )
    .await;
    for message in [
        "Write what the step is",
        "Choose who does the step",
        "Write the date as day.month.year",
    ] {
        assert!(html.contains(message), "{message}");
    }
    assert!(
        html.contains(r##"href="#plan-add-step-what""##),
        "linked to the field"
    );

    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/plan-add-step",
        &format!("jobseeker={j}&what=Write+a+CV&who=jobseeker&due_on=24.12.2026&goal={goal}"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("{plan}#plan-add-step")
    );
    let step: i64 = sqlx::query_scalar("select step_id from plan_step where account_id = $1")
        .bind(j)
        .fetch_one(&pool)
        .await
        .expect("the step");
    let html = page(&w.app, &w.coach_cookie, &plan).await;
    assert!(html.contains("Write a CV") && html.contains("24 December 2026"));

    // The jobseeker sees it on "My plan" and marks it done.
    let mine = page(&w.app, &w.jobseeker_cookie, "/plan").await;
    assert!(mine.contains("Work in a shop") && mine.contains("Write a CV"));
    assert!(mine.contains("Mark as done"));
    let response = post_as(
        &w.app,
        &w.jobseeker_cookie,
        "/api/plan-mark-step",
        &format!("step={step}&done=yes"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/plan#step-{step}")
    );
    let status: String = sqlx::query_scalar("select status from plan_step where step_id = $1")
        .bind(step)
        .fetch_one(&pool)
        .await
        .expect("status");
    assert_eq!(status, "done");
    // Nobody marks another person's step.
    let other = create_account(&pool, Role::Jobseeker, "other@example.fi").await;
    assign_to_coach(&pool, other, w.coach).await;
    let other_cookie = sign_in(&w.app, "other@example.fi").await;
    let response = post_as(
        &w.app,
        &other_cookie,
        "/api/plan-mark-step",
        &format!("step={step}&done=no"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/plan#plan-mark-error-summary"
    );

    // Saving a step unchanged adds nothing to the history.
    let unchanged = format!(
        "jobseeker={j}&step={step}&what=Write+a+CV&who=jobseeker&due_on=2026-12-24&status=done&goal={goal}"
    );
    post_as(&w.app, &w.coach_cookie, "/api/plan-save-step", &unchanged).await;

    let history = page(&w.app, &w.coach_cookie, &format!("{plan}/history")).await;
    assert_eq!(
        history.matches("<tr>").count(),
        4,
        "a header and three changes"
    );
    assert!(history.contains("Added goal “Work in a shop”"));
    assert!(history.contains("Added step “Write a CV”"));
    assert!(history.contains("Status: To do → Done"), "{history}");
    assert!(history.contains("You"), "the coach's own changes");
    let own_history = page(&w.app, &w.jobseeker_cookie, "/plan/history").await;
    assert!(own_history.contains("Changed step “Write a CV”"));
    assert_eq!(audit_count(&pool, w.coach, j, "plan-history").await, 1);

    // "Not done after all" puts a step back where it was; a dropped step
    // cannot be marked at all.
    let save = |status: &str| {
        format!(
            "jobseeker={j}&step={step}&what=Write+a+CV&who=jobseeker&status={status}&goal={goal}"
        )
    };
    let mark = |done: &str| format!("step={step}&done={done}");
    post_as(
        &w.app,
        &w.coach_cookie,
        "/api/plan-save-step",
        &save("doing"),
    )
    .await;
    post_as(
        &w.app,
        &w.jobseeker_cookie,
        "/api/plan-mark-step",
        &mark("yes"),
    )
    .await;
    post_as(
        &w.app,
        &w.jobseeker_cookie,
        "/api/plan-mark-step",
        &mark("no"),
    )
    .await;
    let status: String = sqlx::query_scalar("select status from plan_step where step_id = $1")
        .bind(step)
        .fetch_one(&pool)
        .await
        .expect("status");
    assert_eq!(status, "doing");
    post_as(
        &w.app,
        &w.coach_cookie,
        "/api/plan-save-step",
        &save("dropped"),
    )
    .await;
    let response = post_as(
        &w.app,
        &w.jobseeker_cookie,
        "/api/plan-mark-step",
        &mark("yes"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/plan#plan-mark-error-summary"
    );
    assert!(audit_count(&pool, w.coach, j, "plan").await >= 1);
}

#[sqlx::test]
async fn notes_are_private_unless_shared(pool: PgPool) {
    let w = workspace(&pool).await;
    let j = w.jobseeker;
    for body in [
        "body=Seemed+tired+today",
        "body=Bring+your+CV+next+time&shared=yes",
    ] {
        let response = post_as(
            &w.app,
            &w.coach_cookie,
            "/api/add-note",
            &format!("jobseeker={j}&{body}"),
        )
        .await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            format!("/coach/jobseekers/{j}#note")
        );
    }
    let overview = page(&w.app, &w.coach_cookie, &format!("/coach/jobseekers/{j}")).await;
    assert!(overview.contains("Seemed tired today") && overview.contains("Bring your CV"));
    let mine = page(&w.app, &w.jobseeker_cookie, "/plan").await;
    assert!(mine.contains("Bring your CV next time"));
    assert!(
        !mine.contains("Seemed tired"),
        "a private note stays with coaches"
    );

    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/add-note",
        &format!("jobseeker={j}&body=+++"),
    )
    .await;
    let html = page_after(
        &w.app,
        &response,
        &format!("/coach/jobseekers/{j}?lang=en"),
        &w.coach_cookie,
    )
    .await;
    assert!(html.contains("Write the note"));
}

#[sqlx::test]
async fn outcomes_are_dated_and_the_latest_is_the_situation(pool: PgPool) {
    let w = workspace(&pool).await;
    let j = w.jobseeker;
    let record = |body: String| {
        let (app, cookie) = (w.app.clone(), w.coach_cookie.clone());
        async move { post_as(&app, &cookie, "/api/record-outcome", &body).await }
    };
    let response = record(format!("jobseeker={j}&situation=training&since=1.9.2026")).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/coach/jobseekers/{j}#outcome")
    );
    record(format!(
        "jobseeker={j}&situation=employed_part_time&since=2026-11-02"
    ))
    .await;
    let response = record(format!("jobseeker={j}&situation=seeking&since=1.1.2099")).await;
    let html = page_after(
        &w.app,
        &response,
        &format!("/coach/jobseekers/{j}?lang=en"),
        &w.coach_cookie,
    )
    .await;
    assert!(html.contains("The date cannot be in the future"));
    assert!(html.contains("Employed part-time since 2 November 2026"));
    assert!(html.contains("In training or studies since 1 September 2026"));
    let stored: i64 = sqlx::query_scalar("select count(*) from outcome where account_id = $1")
        .bind(j)
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(stored, 2);
}

/// The coach moves their jobseeker to `coach`; done, they are sent back to
/// their caseload.
async fn move_jobseeker(w: &Workspace, coach: i64) -> axum::response::Response {
    let body = format!("jobseeker={}&coach={coach}", w.jobseeker);
    let response = post_as(&w.app, &w.coach_cookie, "/api/transfer-jobseeker", &body).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/coach/caseload#transfer"
    );
    response
}

#[sqlx::test]
async fn a_jobseeker_moved_to_another_coach_leaves_the_first_caseload(pool: PgPool) {
    let w = workspace(&pool).await;
    let j = w.jobseeker;
    let response = move_jobseeker(&w, w.other_coach).await;
    let caseload = page_after(
        &w.app,
        &response,
        "/coach/caseload?lang=en",
        &w.coach_cookie,
    )
    .await;
    assert!(caseload.contains("The jobseeker was moved to the other coach."));
    let path = format!("/coach/jobseekers/{j}");
    assert_eq!(
        status_of(&w.app, &w.coach_cookie, &path).await,
        StatusCode::NOT_FOUND
    );
    let other = sign_in(&w.app, "olli@example.fi").await;
    assert_eq!(status_of(&w.app, &other, &path).await, StatusCode::OK);
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where action = 'jobseeker_transferred' and actor_id = $1 and subject_id = $2",
    )
    .bind(w.coach)
    .bind(j)
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(audited, 1);
    // Not back by the same route: the first coach can no longer move them.
    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/transfer-jobseeker",
        &format!("jobseeker={j}&coach={}", w.coach),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/coach/jobseekers/{j}#transfer-error-summary")
    );
}

/// Names a coach and puts them in `team`.
async fn name_coach(pool: &PgPool, coach: i64, name: &str, team: Option<&str>) {
    sqlx::query("update account set display_name = $2, team = $3 where account_id = $1")
        .bind(coach)
        .bind(name)
        .bind(team)
        .execute(pool)
        .await
        .expect("coach named");
}

/// The options of the page's list of coaches to move the jobseeker to.
fn coach_options(html: &str) -> Vec<String> {
    let Some(start) = html.find(r#"name="coach""#) else {
        return Vec::new();
    };
    let list = &html[start
        ..html[start..]
            .find("</select>")
            .map_or(html.len(), |end| start + end)];
    list.split("<option value=\"")
        .skip(2)
        .filter_map(|option| option.split_once('>').map(|(_, rest)| rest))
        .filter_map(|rest| {
            rest.split_once("</option>")
                .map(|(label, _)| label.to_owned())
        })
        .collect()
}

/// Posts `body` to `api` as the coach: where the post sends them, and their
/// jobseeker's page (in English) as they then see it, with the post's flash.
async fn post_and_see(w: &Workspace, api: &str, body: &str) -> (String, String) {
    let response = post_as(&w.app, &w.coach_cookie, api, body).await;
    let location = header_of(&response, header::LOCATION);
    let page = format!("/coach/jobseekers/{}?lang=en", w.jobseeker);
    let html = page_after(&w.app, &response, &page, &w.coach_cookie).await;
    (location, html)
}

/// The search for a coach by name.
const FIND: &str = "/api/find-coach";

#[sqlx::test]
async fn the_move_offers_the_coach_s_team_and_finds_any_other_coach_by_name(pool: PgPool) {
    let w = workspace(&pool).await;
    let j = w.jobseeker;
    let path = format!("/coach/jobseekers/{j}");
    name_coach(&pool, w.coach, "Kaisa Koski", Some("Tampere")).await;
    name_coach(&pool, w.other_coach, "Olli Oja", Some("Turku")).await;
    let tiina = create_account(&pool, Role::Coach, "tiina@example.fi").await;
    name_coach(&pool, tiina, "Tiina Talo", Some("Tampere")).await;
    let olga = create_account(&pool, Role::Coach, "olga@example.fi").await;
    name_coach(&pool, olga, "Olga Ollila", None).await;

    // Only the team is listed at first: a country's coaches are too many.
    let html = page(&w.app, &w.coach_cookie, &path).await;
    assert_eq!(coach_options(&html), ["Tiina Talo"]);
    assert!(html.contains("The coaches of your team."));

    // A search by name, in any case, across the service: the name travels in
    // the flash, not in the address, and the team stays in the list.
    let (location, html) = post_and_see(&w, FIND, &format!("jobseeker={j}&coach_name=+oLl+")).await;
    assert_eq!(location, format!("{path}#transfer-find"));
    assert!(html.contains("2 coaches found with “oLl”."), "{html}");
    assert_eq!(
        coach_options(&html),
        ["Olga Ollila", "Olli Oja (Turku)", "Tiina Talo"]
    );
    assert!(html.contains(r#"<optgroup label="Found by name">"#));
    assert!(
        html.contains(r#"value="oLl""#),
        "the name stays in the field"
    );

    // A teammate found by name is listed once, among those found.
    let (_, html) = post_and_see(&w, FIND, &format!("jobseeker={j}&coach_name=tiina")).await;
    assert_eq!(coach_options(&html), ["Tiina Talo (Tampere)"]);

    // Moved to the coach found.
    move_jobseeker(&w, w.other_coach).await;
    let now: i64 = sqlx::query_scalar("select coach_id from account where account_id = $1")
        .bind(j)
        .fetch_one(&pool)
        .await
        .expect("coach");
    assert_eq!(now, w.other_coach);
}

#[sqlx::test]
async fn a_search_for_a_coach_needs_two_letters_and_says_when_none_is_found(pool: PgPool) {
    let w = workspace(&pool).await;
    let j = w.jobseeker;
    let path = format!("/coach/jobseekers/{j}");
    let search = |name: &str| format!("jobseeker={j}&coach_name={name}");
    let (location, html) = post_and_see(&w, FIND, &search("+x+")).await;
    assert_eq!(location, format!("{path}#transfer-find-error-summary"));
    assert!(html.contains("Type at least two letters of the coach's name"));
    // No team: nobody is listed until a search, which may find nobody.
    assert!(coach_options(&html).is_empty());
    assert!(html.contains("No other coach works in your team."));
    let (_, html) = post_and_see(&w, FIND, &search("Nobody+such")).await;
    assert!(html.contains("No coach found with “Nobody such”."));
    assert!(coach_options(&html).is_empty());
    // One too many to list: the first twenty, and a word to narrow the search.
    for n in 0..21 {
        let coach = create_account(&pool, Role::Coach, &format!("many-{n}@example.fi")).await;
        name_coach(&pool, coach, &format!("Many {n:02}"), None).await;
    }
    let (_, html) = post_and_see(&w, FIND, &search("many")).await;
    assert_eq!(coach_options(&html).len(), 20);
    assert!(html.contains("More than 20 coaches found with “many”."));
    // A move refused after the search (nobody chosen) says why, and the
    // coaches found are still there to choose from.
    let body = format!("jobseeker={j}&coach=&coach_name=many");
    let (location, html) = post_and_see(&w, "/api/transfer-jobseeker", &body).await;
    assert_eq!(location, format!("{path}#transfer-error-summary"));
    assert!(html.contains(r#"id="transfer-error-summary""#));
    assert!(html.contains("Choose the coach to move the jobseeker to"));
    assert_eq!(coach_options(&html).len(), 20);
    // A JSON caller gets the refusal as a status.
    let response = send(
        &w.app,
        with_cookie(
            support::form_post(
                "/api/find-coach",
                &format!("jobseeker={j}&coach_name="),
                false,
            ),
            &w.coach_cookie,
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[sqlx::test]
async fn deleting_the_account_removes_plan_and_notes_and_keeps_the_anonymous_outcome(pool: PgPool) {
    let w = workspace(&pool).await;
    let j = w.jobseeker;
    post_as(
        &w.app,
        &w.coach_cookie,
        "/api/plan-add-goal",
        &format!("jobseeker={j}&what=A+job"),
    )
    .await;
    post_as(
        &w.app,
        &w.coach_cookie,
        "/api/add-note",
        &format!("jobseeker={j}&body=Note"),
    )
    .await;
    post_as(
        &w.app,
        &w.coach_cookie,
        "/api/record-outcome",
        &format!("jobseeker={j}&situation=training&since=15.9.2026"),
    )
    .await;
    // Corrected once each: the earlier versions are theirs too.
    let (note, outcome) = (
        newest(&pool, "coach_note", j).await,
        newest(&pool, "outcome", j).await,
    );
    post_as(
        &w.app,
        &w.coach_cookie,
        "/api/correct-note",
        &format!("jobseeker={j}&note={note}&body=Note+corrected"),
    )
    .await;
    post_as(
        &w.app,
        &w.coach_cookie,
        "/api/correct-outcome",
        &format!("jobseeker={j}&outcome={outcome}&situation=training&since=20.9.2026"),
    )
    .await;
    let export = text_of(&w.app, &w.jobseeker_cookie, "/api/my-data").await;
    for part in [
        "\"plan_history\"",
        "\"A job\"",
        "\"coach_notes\"",
        "\"Note corrected\"",
        "\"earlier_versions\":[{\"text\":\"Note\"",
        "\"training\"",
        "\"since\":\"2026-09-15\"",
    ] {
        assert!(export.contains(part), "{part} in the export: {export}");
    }
    support::delete_own_account(&w.app, &w.jobseeker_cookie).await;
    let left: (i64, i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from plan_goal where account_id = $1),
                (select count(*) from plan_change where account_id = $1),
                (select count(*) from coach_note where account_id = $1),
                (select count(*) from outcome where account_id = $1)",
    )
    .bind(j)
    .fetch_one(&pool)
    .await
    .expect("counts");
    assert_eq!(left, (0, 0, 0, 1));
    // The outcome's earlier version is as anonymous as the outcome: the
    // month only. The note's went with the note.
    let kept: (i64, time::Date) = sqlx::query_as(
        "select (select count(*) from coach_note_version), (select since from outcome_version)",
    )
    .fetch_one(&pool)
    .await
    .expect("versions");
    let first_of_september =
        time::Date::from_calendar_date(2026, time::Month::September, 1).expect("a date");
    assert_eq!(kept, (0, first_of_september));
}

async fn text_of(app: &axum::Router, cookie: &str, path: &str) -> String {
    support::text(send(app, with_cookie(get(path, &[]), cookie)).await).await
}

#[sqlx::test]
async fn a_sign_in_code_shows_only_on_its_own_jobseekers_page(pool: PgPool) {
    let w = workspace(&pool).await;
    let second = create_account(&pool, Role::Jobseeker, "pekka@example.fi").await;
    assign_to_coach(&pool, second, w.coach).await;
    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/issue-reset-code",
        &format!("jobseeker={}", w.jobseeker),
    )
    .await;
    let flash = support::cookie_pair(&response, "askel_flash").expect("a flash");
    let own = page_after(
        &w.app,
        &response,
        &format!("/coach/jobseekers/{}?lang=en", w.jobseeker),
        &w.coach_cookie,
    )
    .await;
    let code = own
        .split("class=\"code-display\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the code on the jobseeker's own page")
        .to_owned();
    let sealed = flash.split_once('=').expect("name=value").1;
    let visible = base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, sealed)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    assert!(
        !visible.contains(&code) && !visible.contains(&code.replace('-', "")),
        "the cookie does not show the code"
    );

    let other = page_after(
        &w.app,
        &response,
        &format!("/coach/jobseekers/{second}?lang=en"),
        &w.coach_cookie,
    )
    .await;
    assert!(!other.contains(&code), "not on another jobseeker's page");
}

/// The id of the newest note or outcome (`table`) about `jobseeker`.
async fn newest(pool: &PgPool, table: &str, jobseeker: i64) -> i64 {
    let id = if table == "coach_note" {
        "note_id"
    } else {
        "outcome_id"
    };
    sqlx::query_scalar(&format!(
        "select {id} from {table} where account_id = $1 order by {id} desc limit 1"
    ))
    .bind(jobseeker)
    .fetch_one(pool)
    .await
    .expect("the newest")
}

async fn versions(pool: &PgPool, table: &str) -> i64 {
    sqlx::query_scalar(&format!("select count(*) from {table}"))
        .fetch_one(pool)
        .await
        .expect("versions")
}

#[sqlx::test]
async fn the_author_corrects_or_withdraws_a_note_and_its_history_stays(pool: PgPool) {
    let w = workspace(&pool).await;
    let j = w.jobseeker;
    let person = format!("/coach/jobseekers/{j}?lang=en");
    post_as(
        &w.app,
        &w.coach_cookie,
        "/api/add-note",
        &format!("jobseeker={j}&body=Bring+your+CV&shared=yes"),
    )
    .await;
    let note = newest(&pool, "coach_note", j).await;
    let note_page = format!("/coach/jobseekers/{j}/notes/{note}");
    // Corrected, and no longer shared: the jobseeker stops seeing it.
    let correction = format!("jobseeker={j}&note={note}&body=Bring+two+copies+of+your+CV");
    let response = post_as(&w.app, &w.coach_cookie, "/api/correct-note", &correction).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/coach/jobseekers/{j}#note-correct")
    );
    let html = page_after(&w.app, &response, &person, &w.coach_cookie).await;
    assert!(html.contains("The note was corrected."), "{html}");
    assert!(html.contains("Bring two copies of your CV") && html.contains(", corrected "));
    assert!(
        !html.contains("Bring your CV"),
        "the page shows the note as it stands"
    );
    assert!(
        !page(&w.app, &w.jobseeker_cookie, "/plan")
            .await
            .contains("Bring")
    );
    // The same correction again keeps no second version.
    post_as(&w.app, &w.coach_cookie, "/api/correct-note", &correction).await;
    assert_eq!(versions(&pool, "coach_note_version").await, 1);
    // Its page shows the earlier version and, to its author, the forms; the
    // read is audited.
    let html = page(&w.app, &w.coach_cookie, &note_page).await;
    assert!(
        html.contains("Earlier versions") && html.contains("Bring your CV"),
        "{html}"
    );
    assert!(html.contains("Correct the note") && html.contains("Withdraw the note"));
    assert_eq!(audit_count(&pool, w.coach, j, "note").await, 1);
    // A blank correction is refused on its field, with the note unchanged.
    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/correct-note",
        &format!("jobseeker={j}&note={note}&body=+"),
    )
    .await;
    let html = page_after(
        &w.app,
        &response,
        &format!("{note_page}?lang=en"),
        &w.coach_cookie,
    )
    .await;
    assert!(html.contains("Write the note"), "{html}");
    // Another coach reads nothing of it and changes nothing.
    let other = sign_in(&w.app, "olli@example.fi").await;
    assert_eq!(
        status_of(&w.app, &other, &note_page).await,
        StatusCode::NOT_FOUND
    );
    post_as(
        &w.app,
        &other,
        "/api/withdraw-note",
        &format!("jobseeker={j}&note={note}"),
    )
    .await;
    // Withdrawn by its author: struck through, marked, no longer correctable.
    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/withdraw-note",
        &format!("jobseeker={j}&note={note}"),
    )
    .await;
    let html = page_after(&w.app, &response, &person, &w.coach_cookie).await;
    assert!(html.contains("The note was withdrawn."));
    assert!(html.contains("Withdrawn by Test coach"), "{html}");
    assert!(html.contains("<del>Bring two copies of your CV</del>"));
    let html = page(&w.app, &w.coach_cookie, &note_page).await;
    assert!(!html.contains("Correct the note"));
    let response = post_as(&w.app, &w.coach_cookie, "/api/correct-note", &correction).await;
    let html = page_after(
        &w.app,
        &response,
        &format!("{note_page}?lang=en"),
        &w.coach_cookie,
    )
    .await;
    assert!(
        html.contains(r#"id="note-correct-error-summary""#),
        "the refusal is explained: {html}"
    );
    let body: String = sqlx::query_scalar("select body from coach_note where note_id = $1")
        .bind(note)
        .fetch_one(&pool)
        .await
        .expect("the note");
    assert_eq!(body, "Bring two copies of your CV");
}

#[sqlx::test]
async fn a_withdrawn_outcome_is_no_longer_the_situation_and_a_correction_keeps_the_old(
    pool: PgPool,
) {
    let w = workspace(&pool).await;
    let j = w.jobseeker;
    let person = format!("/coach/jobseekers/{j}?lang=en");
    for body in [
        "situation=training&since=1.9.2026",
        "situation=employed_part_time&since=2.11.2026",
    ] {
        post_as(
            &w.app,
            &w.coach_cookie,
            "/api/record-outcome",
            &format!("jobseeker={j}&{body}"),
        )
        .await;
    }
    let outcome = newest(&pool, "outcome", j).await;
    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/correct-outcome",
        &format!("jobseeker={j}&outcome={outcome}&situation=employed_full_time&since=3.11.2026"),
    )
    .await;
    let html = page_after(&w.app, &response, &person, &w.coach_cookie).await;
    assert!(html.contains("The situation was corrected."));
    assert!(html.contains("Employed full-time since 3 November 2026"));
    let html = page(
        &w.app,
        &w.coach_cookie,
        &format!("/coach/jobseekers/{j}/outcomes/{outcome}"),
    )
    .await;
    assert!(
        html.contains("Employed part-time since 2 November 2026"),
        "the earlier version: {html}"
    );
    assert_eq!(versions(&pool, "outcome_version").await, 1);
    // A correction into the future is refused like a new outcome.
    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/correct-outcome",
        &format!("jobseeker={j}&outcome={outcome}&situation=seeking&since=1.1.2099"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/coach/jobseekers/{j}/outcomes/{outcome}#outcome-correct-error-summary")
    );
    // Withdrawn: the situation before it is the current one again.
    let response = post_as(
        &w.app,
        &w.coach_cookie,
        "/api/withdraw-outcome",
        &format!("jobseeker={j}&outcome={outcome}"),
    )
    .await;
    let html = page_after(&w.app, &response, &person, &w.coach_cookie).await;
    assert!(html.contains("The situation was withdrawn."));
    let current = html
        .find("In training or studies since 1 September 2026")
        .expect("current");
    let earlier = html
        .find("<del>Employed full-time since 3 November 2026</del>")
        .expect("withdrawn");
    assert!(
        current < earlier,
        "the withdrawn one is listed under earlier ones"
    );
}
