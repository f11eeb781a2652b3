//! Events as coaches use them: their jobseekers' places, and signing one up
//! with the jobseeker's consent noted. Only ever their own caseload, and
//! every read and sign-up is in the audit log, a sign-up in the same
//! transaction as its audit row.

use crate::support;

use app::accounts::Role;
use axum::http::{StatusCode, header};
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, form_post, header_of, page, page_after, post_as,
    published_event, send, sign_in, test_app, with_cookie,
};

async fn named(pool: &PgPool, role: Role, email: &str, name: &str) -> i64 {
    let id = create_account(pool, role, email).await;
    sqlx::query("update account set display_name = $2 where account_id = $1")
        .bind(id)
        .bind(name)
        .execute(pool)
        .await
        .expect("named");
    id
}

#[sqlx::test]
async fn a_coach_signs_up_their_own_jobseeker_only_with_consent(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let coach = named(&pool, Role::Coach, "coach@example.fi", "Coach").await;
    let other_coach = named(&pool, Role::Coach, "other-coach@example.fi", "Other").await;
    let mine = named(&pool, Role::Jobseeker, "mine@example.fi", "Minna Oma").await;
    let theirs = named(&pool, Role::Jobseeker, "theirs@example.fi", "Toni Toisen").await;
    assign_to_coach(&pool, mine, coach).await;
    assign_to_coach(&pool, theirs, other_coach).await;
    let event = published_event(&pool, Some(5), None).await.event_id;
    let cookie = sign_in(&app, "coach@example.fi").await;
    let here = format!("/events/{event}");

    let shown = page(&app, &cookie, &here).await;
    assert!(shown.contains("Your jobseekers"), "{shown}");
    assert!(shown.contains("Minna Oma") && !shown.contains("Toni Toisen"));

    // Without the consent tick: explained, and nothing booked.
    let body = format!("event={event}&jobseeker={mine}");
    let response = post_as(&app, &cookie, "/api/event-sign-up-for", &body).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(header_of(&response, header::LOCATION).contains("#event-sign-up-for-error-summary"));
    let shown = page_after(&app, &response, &format!("{here}?lang=en"), &cookie).await;
    assert!(
        shown.contains("Tick the box to confirm that the jobseeker has agreed"),
        "{shown}"
    );
    assert!(shown.contains(r##"href="#event-sign-up-for-consent""##));

    // Another coach's jobseeker is not found.
    let body = format!("event={event}&jobseeker={theirs}&consent=yes");
    let response = send(
        &app,
        with_cookie(form_post("/api/event-sign-up-for", &body, false), &cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    let body = format!("event={event}&jobseeker={mine}&consent=yes");
    let response = post_as(&app, &cookie, "/api/event-sign-up-for", &body).await;
    let shown = page_after(&app, &response, &format!("{here}?lang=en"), &cookie).await;
    assert!(shown.contains("Signed up."), "{shown}");
    assert!(shown.contains("Has a place"), "{shown}");

    let rows: Vec<(i64, Option<i64>, bool, String)> = sqlx::query_as(
        "select account_id, signed_up_by, consent_noted_at is not null, status from event_signup where event_id = $1",
    )
    .bind(event)
    .fetch_all(&pool)
    .await
    .expect("sign-ups");
    assert_eq!(rows, [(mine, Some(coach), true, "confirmed".to_owned())]);
    let audited: Vec<(i64, i64, String)> = sqlx::query_as(
        "select actor_id, subject_id, detail from audit_log where action = 'event_signed_up_by_coach'",
    )
    .fetch_all(&pool)
    .await
    .expect("audit");
    assert_eq!(audited, [(coach, mine, format!("event:{event}"))]);

    // The jobseeker sees who signed them up.
    let jobseeker = sign_in(&app, "mine@example.fi").await;
    assert!(
        page(&app, &jobseeker, &here)
            .await
            .contains("Your job coach signed you up")
    );

    // The coach's list of their jobseekers' events, read and audited.
    let list = page(&app, &cookie, "/events/caseload").await;
    assert!(
        list.contains("Minna Oma") && list.contains("Rekrytointipäivä"),
        "{list}"
    );
    assert!(list.contains("Signed up by a coach"));
    let views: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where action = 'viewed_personal_data' and detail = 'events' and actor_id = $1 and subject_id = $2",
    )
    .bind(coach)
    .bind(mine)
    .fetch_one(&pool)
    .await
    .expect("views");
    assert_eq!(views, 1);
    let other = sign_in(&app, "other-coach@example.fi").await;
    let theirs_list = page(&app, &other, "/events/caseload").await;
    assert!(!theirs_list.contains("Minna Oma"));
    assert!(theirs_list.contains("None of your jobseekers has signed up"));
}

#[sqlx::test]
async fn a_coach_seeing_an_event_is_audited_for_each_of_their_jobseekers_listed(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let coach = named(&pool, Role::Coach, "coach@example.fi", "Coach").await;
    let other_coach = named(&pool, Role::Coach, "other-coach@example.fi", "Other").await;
    let going = named(&pool, Role::Jobseeker, "going@example.fi", "Mene Vä").await;
    let not_going = named(&pool, Role::Jobseeker, "staying@example.fi", "Jää Kotiin").await;
    let theirs = named(&pool, Role::Jobseeker, "theirs@example.fi", "Toni Toisen").await;
    assign_to_coach(&pool, going, coach).await;
    assign_to_coach(&pool, not_going, coach).await;
    assign_to_coach(&pool, theirs, other_coach).await;
    let event = published_event(&pool, Some(5), None).await.event_id;
    let jobseeker = sign_in(&app, "going@example.fi").await;
    post_as(
        &app,
        &jobseeker,
        "/api/event-sign-up",
        &format!("event={event}"),
    )
    .await;

    let cookie = sign_in(&app, "coach@example.fi").await;
    let shown = page(&app, &cookie, &format!("/events/{event}")).await;
    assert!(
        shown.contains("Mene Vä") && shown.contains("Jää Kotiin"),
        "{shown}"
    );
    // Whether someone is going, or not, is about them: both are logged.
    let mut audited: Vec<i64> = sqlx::query_scalar(
        "select subject_id from audit_log
         where action = 'viewed_personal_data' and actor_id = $1 and detail = $2",
    )
    .bind(coach)
    .bind(format!("event:{event}"))
    .fetch_all(&pool)
    .await
    .expect("audit log");
    audited.sort_unstable();
    assert_eq!(audited, [going, not_going]);
}

/// How many sign-ups there are, and how many sign-ups by a coach are audited.
async fn places_and_audit_rows(pool: &PgPool) -> (i64, i64) {
    sqlx::query_as(
        "select (select count(*) from event_signup),
                (select count(*) from audit_log where action = 'event_signed_up_by_coach')",
    )
    .fetch_one(pool)
    .await
    .expect("counts")
}

/// Sets the event's sign-up deadline `from_now` (an interval) from now.
async fn move_deadline(pool: &PgPool, event: i64, from_now: &str) {
    sqlx::query("update event set signup_deadline = now() + $2::interval where event_id = $1")
        .bind(event)
        .bind(from_now)
        .execute(pool)
        .await
        .expect("deadline");
}

#[sqlx::test]
async fn a_sign_up_by_a_coach_commits_with_its_audit_row_or_not_at_all(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let coach = named(&pool, Role::Coach, "coach@example.fi", "Coach").await;
    let mine = named(&pool, Role::Jobseeker, "mine@example.fi", "Minna Oma").await;
    assign_to_coach(&pool, mine, coach).await;
    let event = published_event(&pool, Some(5), None).await.event_id;
    let cookie = sign_in(&app, "coach@example.fi").await;
    let body = format!("event={event}&jobseeker={mine}&consent=yes");
    // The audit log cannot take the row: the booking goes with it.
    sqlx::query(
        "create function refuse_audit() returns trigger language plpgsql
         as $$ begin raise exception 'audit log unavailable'; end $$",
    )
    .execute(&pool)
    .await
    .expect("function");
    sqlx::query(
        "create trigger refuse_audit before insert on audit_log for each row
         when (new.action = 'event_signed_up_by_coach') execute function refuse_audit()",
    )
    .execute(&pool)
    .await
    .expect("trigger");
    post_as(&app, &cookie, "/api/event-sign-up-for", &body).await;
    assert_eq!(
        places_and_audit_rows(&pool).await,
        (0, 0),
        "no place without its audit row"
    );
    sqlx::query("drop trigger refuse_audit on audit_log")
        .execute(&pool)
        .await
        .expect("dropped");

    // A sign-up refused after the deadline writes no audit row.
    move_deadline(&pool, event, "-1 hour").await;
    post_as(&app, &cookie, "/api/event-sign-up-for", &body).await;
    assert_eq!(
        places_and_audit_rows(&pool).await,
        (0, 0),
        "nothing booked, nothing audited"
    );

    move_deadline(&pool, event, "1 day").await;
    post_as(&app, &cookie, "/api/event-sign-up-for", &body).await;
    assert_eq!(places_and_audit_rows(&pool).await, (1, 1));
}
