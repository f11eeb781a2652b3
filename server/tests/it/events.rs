//! Events as jobseekers use them without JavaScript: the filtered list, the
//! event page, signing up (seat, slot, waiting list), cancelling with the
//! first in line promoted and emailed, "My events" and the calendar file.

use crate::support;

use app::accounts::Role;
use axum::{
    Router,
    http::{StatusCode, header},
};
use sqlx::PgPool;
use support::{
    create_account, get, header_of, page, page_after, post_as, published_event, send, sign_in,
    test_app, text, with_cookie,
};

/// A signed-in jobseeker: the app and their session cookie.
async fn jobseeker(pool: &PgPool, email: &str) -> (Router, String) {
    create_account(pool, Role::Jobseeker, email).await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, email).await;
    (app, cookie)
}

async fn set(pool: &PgPool, event_id: i64, assignments: &str) {
    sqlx::query(&format!(
        "update event set {assignments} where event_id = $1"
    ))
    .bind(event_id)
    .execute(pool)
    .await
    .expect("event updated");
}

async fn title(pool: &PgPool, event_id: i64, title: &str) {
    sqlx::query("update event_text set title = $2 where event_id = $1")
        .bind(event_id)
        .bind(title)
        .execute(pool)
        .await
        .expect("title");
}

async fn sign_up(app: &Router, cookie: &str, body: &str) -> axum::http::Response<axum::body::Body> {
    post_as(app, cookie, "/api/event-sign-up", body).await
}

#[sqlx::test]
async fn filters_narrow_the_list_and_bad_dates_are_explained(pool: PgPool) {
    let (app, cookie) = jobseeker(&pool, "filters@example.fi").await;
    let shop = published_event(&pool, Some(10), None).await.event_id;
    title(&pool, shop, "Shop day").await;
    let code = published_event(&pool, Some(1), None).await.event_id;
    title(&pool, code, "Coding meetup").await;
    set(
        &pool,
        code,
        "sector = 'it', kind = 'info-session', languages = '{en}', address = null,
         online_url = 'https://meet.example/abc',
         starts_at = now() + interval '20 days', ends_at = now() + interval '20 days 1 hour',
         signup_deadline = now() + interval '19 days'",
    )
    .await;
    let draft = published_event(&pool, Some(10), None).await.event_id;
    title(&pool, draft, "Secret draft").await;
    set(&pool, draft, "status = 'draft', published_at = null").await;
    // The coding meetup's only seat is taken.
    let other = create_account(&pool, Role::Jobseeker, "taken@example.fi").await;
    sqlx::query("insert into event_signup (event_id, account_id, status, confirmed_at) values ($1, $2, 'confirmed', now())")
        .bind(code)
        .bind(other)
        .execute(&pool)
        .await
        .expect("seat taken");

    let all = page(&app, &cookie, "/events").await;
    assert!(all.contains("Shop day") && all.contains("Coding meetup"));
    assert!(!all.contains("Secret draft"));
    assert!(
        all.find("Shop day") < all.find("Coding meetup"),
        "soonest first"
    );

    let cases = [
        ("sector=it", false, true),
        ("sector=retail", true, false),
        ("kind=info-session", false, true),
        ("language=en", false, true),
        ("language=fi", true, false),
        ("format=online", false, true),
        ("format=in-person", true, false),
        ("free=yes", true, false),
        ("from=2099-01-01", false, false),
    ];
    for (query, shop_shown, code_shown) in cases {
        let listed = page(&app, &cookie, &format!("/events?{query}")).await;
        assert_eq!(listed.contains("Shop day"), shop_shown, "{query}");
        assert_eq!(listed.contains("Coding meetup"), code_shown, "{query}");
    }
    // Day-month-year by hand works; the "until" day is included.
    let in_ten_days = time::OffsetDateTime::now_utc() + time::Duration::days(10);
    let until = format!(
        "{}.{}.{}",
        in_ten_days.day(),
        u8::from(in_ten_days.month()),
        in_ten_days.year()
    );
    let listed = page(&app, &cookie, &format!("/events?until={until}")).await;
    assert!(listed.contains("Shop day") && !listed.contains("Coding meetup"));

    // A date that cannot be read is explained and that filter left out.
    let listed = page(&app, &cookie, "/events?from=tomorrow&sector=it").await;
    assert!(listed.contains("There is a problem"), "{listed}");
    assert!(listed.contains("href=\"#filters-from\""));
    assert!(listed.contains("Enter the date as day, month and year"));
    assert!(
        listed.contains("value=\"tomorrow\""),
        "what was typed stays"
    );
    assert!(listed.contains("Coding meetup") && !listed.contains("Shop day"));

    // Years no event has (they once overflowed the time-zone arithmetic
    // and ended the request in a panic) are explained like any slip.
    for query in [
        "from=-9999-01-01",
        "from=%2B9999-12-31",
        "until=9999-12-31",
        "until=31.12.-9999",
        "from=1.1.99999",
    ] {
        let listed = page(&app, &cookie, &format!("/events?{query}")).await;
        assert!(
            listed.contains("Enter the date as day, month and year"),
            "{query}"
        );
    }

    // A draft's page is not there for jobseekers.
    let response = send(
        &app,
        with_cookie(get(&format!("/events/{draft}"), &[]), &cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[sqlx::test]
async fn a_seat_then_the_waiting_list_then_promotion_by_email(pool: PgPool) {
    let event = published_event(&pool, Some(1), None).await.event_id;
    sqlx::query("insert into event_question (event_id, position, locale, question) values ($1, 1, 'fi', 'Mikä työ kiinnostaa?'), ($1, 1, 'en', 'Which job interests you?')")
        .bind(event)
        .execute(&pool)
        .await
        .expect("question");
    let (app, first) = jobseeker(&pool, "first@example.fi").await;
    let second = sign_in(&app, {
        create_account(&pool, Role::Jobseeker, "second@example.fi").await;
        "second@example.fi"
    })
    .await;
    let here = format!("/events/{event}");

    let before = page(&app, &first, &here).await;
    assert!(before.contains("Which job interests you?"));
    assert!(before.contains("Step-free") || before.contains("has not told us"));

    let response = sign_up(
        &app,
        &first,
        &format!("event={event}&answer1=Kassa&share_contact=yes"),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let shown = page_after(&app, &response, &format!("{here}?lang=en"), &first).await;
    assert!(shown.contains("You are signed up"), "{shown}");
    assert!(shown.contains("Cancel my place"));

    // Signing up again changes nothing.
    let again = sign_up(&app, &first, &format!("event={event}")).await;
    assert_eq!(again.status(), StatusCode::FOUND);
    let answers: Vec<(String, bool)> = sqlx::query_as(
        "select a.answer, s.share_contact from event_signup s join event_answer a using (signup_id) where s.event_id = $1",
    )
    .bind(event)
    .fetch_all(&pool)
    .await
    .expect("answers");
    assert_eq!(answers, [("Kassa".to_owned(), true)]);

    let response = sign_up(&app, &second, &format!("event={event}")).await;
    let shown = page_after(&app, &response, &format!("{here}?lang=en"), &second).await;
    assert!(
        shown.contains("You are number 1 on the waiting list"),
        "{shown}"
    );
    let listed = page(&app, &second, "/events").await;
    assert!(listed.contains("You are on the waiting list"));

    // The first cancels: the second gets the seat and an email saying so.
    let response = post_as(
        &app,
        &first,
        "/api/event-cancel-sign-up",
        &format!("event={event}"),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let shown = page_after(&app, &response, &format!("{here}?lang=en"), &first).await;
    assert!(shown.contains("Sign up"), "{shown}");
    assert!(
        page(&app, &second, &here)
            .await
            .contains("You are signed up")
    );
    let mail: Vec<(String, String, String)> =
        sqlx::query_as("select recipient, subject, body from outbox order by outbox_id")
            .fetch_all(&pool)
            .await
            .expect("outbox");
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0].0, "second@example.fi");
    assert!(mail[0].1.starts_with("You have a place"), "{:?}", mail[0]);
    assert!(mail[0].2.contains(&here), "{:?}", mail[0]);
    assert!(mail[0].2.contains("Testikatu 1"), "{:?}", mail[0]);

    // "My events" lists it for the second and nothing for the first.
    assert!(
        page(&app, &second, "/events/mine")
            .await
            .contains("Rekrytointipäivä")
    );
    let mine = page(&app, &first, "/events/mine").await;
    assert!(mine.contains("You have not signed up for any events yet"));
}

#[sqlx::test]
async fn closed_sign_up_and_a_missing_slot_are_explained_and_keep_the_answers(pool: PgPool) {
    let (app, cookie) = jobseeker(&pool, "late@example.fi").await;
    let closed = published_event(&pool, Some(5), None).await.event_id;
    set(
        &pool,
        closed,
        "signup_deadline = now() - interval '1 minute'",
    )
    .await;
    let response = sign_up(&app, &cookie, &format!("event={closed}")).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let shown = page_after(
        &app,
        &response,
        &format!("/events/{closed}?lang=en"),
        &cookie,
    )
    .await;
    assert!(
        shown.contains("Sign-up for this event has closed"),
        "{shown}"
    );

    let slotted = published_event(&pool, None, Some((15, 1))).await;
    sqlx::query("insert into event_question (event_id, position, locale, question) values ($1, 1, 'fi', 'Mikä työ kiinnostaa?')")
        .bind(slotted.event_id)
        .execute(&pool)
        .await
        .expect("question");
    let here = format!("/events/{}", slotted.event_id);
    let response = sign_up(
        &app,
        &cookie,
        &format!("event={}&answer1=Varasto", slotted.event_id),
    )
    .await;
    let shown = page_after(&app, &response, &format!("{here}?lang=en"), &cookie).await;
    assert!(shown.contains("href=\"#event-sign-up-slot\""), "{shown}");
    assert!(shown.contains("Choose a time"));
    assert!(shown.contains(">Varasto</textarea>"), "{shown}");

    let slot = slotted.slot_ids[2];
    let response = sign_up(
        &app,
        &cookie,
        &format!("event={}&slot={slot}", slotted.event_id),
    )
    .await;
    let shown = page_after(&app, &response, &format!("{here}?lang=en"), &cookie).await;
    assert!(shown.contains("You are signed up"), "{shown}");
    assert!(shown.contains("Your time:"), "{shown}");
}

/// Unfolds an .ics file and returns the VEVENT's properties as (name with
/// parameters, value).
fn vevent(ics: &str) -> Vec<(String, String)> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar =
        icalendar::parser::read_calendar(&unfolded).expect("the file parses as iCalendar");
    let event = calendar
        .components
        .iter()
        .find(|c| c.name == "VEVENT")
        .expect("a VEVENT");
    event
        .properties
        .iter()
        .map(|p| {
            let params: String = p
                .params
                .iter()
                .map(|param| {
                    format!(
                        ";{}={}",
                        param.key,
                        param.val.as_ref().map(|v| v.as_str()).unwrap_or("")
                    )
                })
                .collect();
            (format!("{}{params}", p.name), p.val.to_string())
        })
        .collect()
}

fn property<'a>(props: &'a [(String, String)], name: &str) -> &'a str {
    props
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("{name} missing from {props:?}"))
}

#[sqlx::test]
async fn the_calendar_file_is_in_helsinki_time_on_both_sides_of_summer_time(pool: PgPool) {
    let (app, cookie) = jobseeker(&pool, "calendar@example.fi").await;
    let event = published_event(&pool, Some(5), None).await.event_id;
    title(&pool, event, "Rekry, kahvila; ja varasto").await;
    // (start in UTC, end in UTC, Helsinki wall-clock start and end).
    let cases = [
        (
            "2030-03-30 08:00Z",
            "2030-03-30 10:00Z",
            "20300330T100000",
            "20300330T120000",
        ),
        (
            "2030-03-31 08:00Z",
            "2030-03-31 10:00Z",
            "20300331T110000",
            "20300331T130000",
        ),
        (
            "2030-10-26 21:30Z",
            "2030-10-27 02:30Z",
            "20301027T003000",
            "20301027T043000",
        ),
    ];
    for (starts, ends, local_start, local_end) in cases {
        sqlx::query("update event set starts_at = $2::timestamptz, ends_at = $3::timestamptz, signup_deadline = $2::timestamptz where event_id = $1")
            .bind(event)
            .bind(starts)
            .bind(ends)
            .execute(&pool)
            .await
            .expect("times");
        let response = send(
            &app,
            with_cookie(
                get(&format!("/api/event-calendar?event={event}"), &[]),
                &cookie,
            ),
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            header_of(&response, header::CONTENT_TYPE),
            "text/calendar; charset=utf-8"
        );
        assert!(header_of(&response, header::CONTENT_DISPOSITION).contains(".ics"));
        let ics = text(response).await;
        assert!(ics.lines().all(|l| l.len() <= 76), "folded at 75 octets");
        assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\n"));
        let props = vevent(&ics);
        assert_eq!(
            property(&props, "DTSTART;TZID=Europe/Helsinki"),
            local_start
        );
        assert_eq!(property(&props, "DTEND;TZID=Europe/Helsinki"), local_end);
        assert_eq!(property(&props, "SUMMARY"), "Rekry, kahvila; ja varasto");
        assert!(property(&props, "UID").starts_with(&format!("event-{event}@")));
        assert!(property(&props, "URL").ends_with(&format!("/events/{event}")));
        assert_eq!(property(&props, "LOCATION"), "Testikatu 1, Helsinki");
        assert_eq!(property(&props, "STATUS"), "CONFIRMED");
        assert!(!property(&props, "DTSTAMP").is_empty());
    }
}

#[sqlx::test]
async fn a_reminder_goes_once_to_each_confirmed_person_a_day_before(pool: PgPool) {
    let tomorrow = published_event(&pool, Some(1), None).await.event_id;
    set(
        &pool,
        tomorrow,
        "starts_at = now() + interval '20 hours', ends_at = now() + interval '22 hours',
         signup_deadline = now() + interval '19 hours'",
    )
    .await;
    let next_week = published_event(&pool, Some(5), None).await.event_id;
    let seated = create_account(&pool, Role::Jobseeker, "seated@example.fi").await;
    let waiting = create_account(&pool, Role::Jobseeker, "waiting@example.fi").await;
    for (event, account, status) in [
        (tomorrow, seated, "confirmed"),
        (tomorrow, waiting, "waiting"),
        (next_week, waiting, "confirmed"),
    ] {
        sqlx::query("insert into event_signup (event_id, account_id, status, confirmed_at) values ($1, $2, $3, case when $3 = 'confirmed' then now() end)")
            .bind(event)
            .bind(account)
            .bind(status)
            .execute(&pool)
            .await
            .expect("signup");
    }
    let public_url = "https://askel.example";
    let queued = app::events::server::queue_reminders(&pool, public_url)
        .await
        .expect("reminders");
    assert_eq!(queued, 1);
    let again = app::events::server::queue_reminders(&pool, public_url)
        .await
        .expect("reminders");
    assert_eq!(again, 0, "one reminder per person");
    let mail: Vec<(String, String, String)> =
        sqlx::query_as("select recipient, subject, body from outbox")
            .fetch_all(&pool)
            .await
            .expect("outbox");
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].0, "seated@example.fi");
    assert!(mail[0].1.starts_with("Tomorrow:"), "{:?}", mail[0]);
    assert!(
        mail[0].2.contains("Testikatu 1"),
        "the place: {:?}",
        mail[0]
    );
    assert!(
        mail[0]
            .2
            .contains(&format!("{public_url}/events/{tomorrow}")),
        "how to cancel: {:?}",
        mail[0]
    );
}

#[sqlx::test]
async fn the_export_lists_sign_ups_and_deleting_the_account_frees_the_seat(pool: PgPool) {
    let event = published_event(&pool, Some(1), None).await.event_id;
    let (app, leaver) = jobseeker(&pool, "leaver@example.fi").await;
    create_account(&pool, Role::Jobseeker, "next@example.fi").await;
    let next = sign_in(&app, "next@example.fi").await;
    sign_up(&app, &leaver, &format!("event={event}&share_contact=yes")).await;
    sign_up(&app, &next, &format!("event={event}")).await;

    let response = send(&app, with_cookie(get("/api/my-data", &[]), &leaver)).await;
    let data: serde_json::Value = serde_json::from_str(&text(response).await).expect("JSON");
    let signups = data["event_signups"].as_array().expect("sign-ups");
    assert_eq!(signups.len(), 1);
    assert_eq!(signups[0]["status"], "confirmed");
    assert_eq!(signups[0]["contact_shared_with_organiser"], true);

    let response = support::delete_own_account(&app, &leaver).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let left: i64 = sqlx::query_scalar(
        "select count(*) from event_signup s join account a using (account_id) where a.deleted_at is not null",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(left, 0, "no sign-up of a deleted account remains");
    let here = format!("/events/{event}");
    assert!(page(&app, &next, &here).await.contains("You are signed up"));
    let promoted: i64 =
        sqlx::query_scalar("select count(*) from outbox where recipient = 'next@example.fi'")
            .fetch_one(&pool)
            .await
            .expect("outbox");
    assert_eq!(promoted, 1);
}

#[sqlx::test]
async fn the_list_shows_events_under_way_and_to_come_and_none_that_are_over(pool: PgPool) {
    let (app, cookie) = jobseeker(&pool, "under-way@example.fi").await;
    let times = [
        (
            "Over last month",
            "now() - interval '40 days'",
            "now() - interval '39 days'",
        ),
        (
            "Over an hour ago",
            "now() - interval '3 hours'",
            "now() - interval '1 hour'",
        ),
        // Began before the event that ended an hour ago, still going on.
        (
            "Long course under way",
            "now() - interval '30 days'",
            "now() + interval '5 days'",
        ),
        (
            "Next week",
            "now() + interval '7 days'",
            "now() + interval '7 days 2 hours'",
        ),
    ];
    for (name, starts, ends) in times {
        let event = published_event(&pool, Some(10), None).await.event_id;
        title(&pool, event, name).await;
        set(
            &pool,
            event,
            &format!("starts_at = {starts}, ends_at = {ends}, signup_deadline = {starts}"),
        )
        .await;
    }
    let list = page(&app, &cookie, "/events").await;
    assert!(
        !list.contains("Over last month") && !list.contains("Over an hour ago"),
        "{list}"
    );
    let (under_way, next) = (list.find("Long course under way"), list.find("Next week"));
    assert!(
        under_way.is_some() && next.is_some() && under_way < next,
        "{list}"
    );
}
