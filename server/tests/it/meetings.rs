//! Meetings: a coach offers free times, their jobseeker books, moves and
//! cancels one without calling anyone (or the coach books for them), the
//! database never books a time twice, a calendar file and emails follow,
//! reminders go exactly once however many workers run, and meetings are in
//! "Download my data" and go with the account.

use crate::support;

use app::accounts::Role;
use axum::{Router, http::header};
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, header_of, insert_jobseekers, page, page_after, post_as, send,
    sign_in, test_app, text, with_cookie,
};
use time::{Duration, OffsetDateTime};

/// The Helsinki day `days` from today, as a date picker sends it.
fn day_from_now(days: i64) -> String {
    let at = OffsetDateTime::now_utc() + Duration::days(days);
    app::i18n::helsinki_local(at).date().to_string()
}

/// Kaisa's times, soonest first.
async fn times(pool: &PgPool) -> Vec<(i64, Option<i64>)> {
    sqlx::query_as("select meeting_id, jobseeker_id from meeting order by starts_at")
        .fetch_all(pool)
        .await
        .expect("times")
}

/// (recipient, subject) of every email queued, oldest first.
async fn mail(pool: &PgPool) -> Vec<(String, String)> {
    sqlx::query_as("select recipient, subject from outbox order by outbox_id")
        .fetch_all(pool)
        .await
        .expect("outbox")
}

struct People {
    app: Router,
    maija: i64,
    maija_cookie: String,
    aino_cookie: String,
    kaisa_cookie: String,
}

/// Maija and Aino on Kaisa's caseload, all signed in.
async fn people(pool: &PgPool) -> People {
    let maija = create_account(pool, Role::Jobseeker, "maija@example.fi").await;
    let aino = create_account(pool, Role::Jobseeker, "aino@example.fi").await;
    let kaisa = create_account(pool, Role::Coach, "kaisa@example.fi").await;
    assign_to_coach(pool, maija, kaisa).await;
    assign_to_coach(pool, aino, kaisa).await;
    let app = test_app(pool.clone(), false);
    People {
        maija_cookie: sign_in(&app, "maija@example.fi").await,
        aino_cookie: sign_in(&app, "aino@example.fi").await,
        kaisa_cookie: sign_in(&app, "kaisa@example.fi").await,
        app,
        maija,
    }
}

async fn offer(p: &People, day: &str, start: &str, count: u8) -> axum::response::Response {
    let body = format!(
        "day={day}&start={start}&length=45&count={count}&mode=in-person&place=Ratapihantie+9"
    );
    post_as(&p.app, &p.kaisa_cookie, "/api/meeting-offer?lang=en", &body).await
}

#[sqlx::test]
async fn a_coach_offers_times_and_their_jobseeker_books_moves_and_cancels_one(pool: PgPool) {
    let p = people(&pool).await;
    let day = day_from_now(3);

    // Offered empty: every problem is said.
    let empty = post_as(&p.app, &p.kaisa_cookie, "/api/meeting-offer?lang=en", "").await;
    let refused = page_after(&p.app, &empty, "/coach/meetings?lang=en", &p.kaisa_cookie).await;
    for problem in [
        "Enter the day",
        "Enter the start time",
        "Choose how you meet",
    ] {
        assert!(refused.contains(problem), "{problem}: {refused}");
    }
    let offered = offer(&p, &day, "10.00", 3).await;
    assert!(
        header_of(&offered, header::LOCATION).starts_with("/coach/meetings?week="),
        "lands at the week of the times"
    );
    assert_eq!(times(&pool).await.len(), 3);
    // The same again overlaps: refused by the database, said in words.
    let again = offer(&p, &day, "10.30", 1).await;
    let refused = page_after(&p.app, &again, "/coach/meetings?lang=en", &p.kaisa_cookie).await;
    assert!(
        refused.contains("You already have a time that overlaps"),
        "{refused}"
    );
    assert_eq!(times(&pool).await.len(), 3);

    let mine = page(&p.app, &p.maija_cookie, "/meetings?lang=en").await;
    assert!(mine.contains("Free times with Test coach"), "{mine}");
    assert_eq!(mine.matches(">Book 1").count(), 3, "{mine}");
    let ids: Vec<i64> = times(&pool).await.into_iter().map(|(id, _)| id).collect();

    // Maija books the first; she is told by email.
    let booked = post_as(
        &p.app,
        &p.maija_cookie,
        "/api/meeting-book",
        &format!("meeting={}", ids[0]),
    )
    .await;
    assert_eq!(
        header_of(&booked, header::LOCATION),
        "/meetings#meeting-book"
    );
    assert_eq!(
        mail(&pool).await,
        [(
            "maija@example.fi".to_owned(),
            "Your meeting with your coach is booked".to_owned()
        )]
    );
    let mine = page(&p.app, &p.maija_cookie, "/meetings?lang=en").await;
    assert!(mine.contains("Ratapihantie 9") && mine.contains("Move to another time"));
    // A second one is a move, not another booking.
    let second = post_as(
        &p.app,
        &p.maija_cookie,
        "/api/meeting-book?lang=en",
        &format!("meeting={}", ids[1]),
    )
    .await;
    let refused = page_after(&p.app, &second, "/meetings?lang=en", &p.maija_cookie).await;
    assert!(
        refused.contains("You already have a meeting booked"),
        "{refused}"
    );
    // Aino is too late for Maija's time.
    let late = post_as(
        &p.app,
        &p.aino_cookie,
        "/api/meeting-book?lang=en",
        &format!("meeting={}", ids[0]),
    )
    .await;
    assert!(late.status().is_redirection());
    let refused = page_after(&p.app, &late, "/meetings?lang=en", &p.aino_cookie).await;
    assert!(
        refused.contains("Someone booked this time a moment ago"),
        "{refused}"
    );

    // Maija moves to the second time: the first is free again.
    let body = format!("meeting={}&from={}", ids[1], ids[0]);
    post_as(&p.app, &p.maija_cookie, "/api/meeting-book", &body).await;
    assert_eq!(
        times(&pool).await,
        [(ids[0], None), (ids[1], Some(p.maija)), (ids[2], None)]
    );

    // Her calendar file, hers and her coach's only.
    let ics = format!("/api/meeting-calendar?meeting={}&lang=en", ids[1]);
    let file = send(
        &p.app,
        with_cookie(support::get(&ics, &[]), &p.maija_cookie),
    )
    .await;
    assert_eq!(file.status(), 200);
    assert_eq!(
        header_of(&file, header::CONTENT_TYPE),
        "text/calendar; charset=utf-8"
    );
    let file = text(file).await;
    assert!(
        file.contains("BEGIN:VEVENT") && file.contains("LOCATION:Ratapihantie 9"),
        "{file}"
    );
    assert!(
        file.contains("SUMMARY:Meeting with your coach Test coach"),
        "{file}"
    );
    // In Arabic, the coach's name kept in its own direction (folded lines
    // joined again, as a calendar reads them).
    let arabic = ics.replace("lang=en", "lang=ar");
    let file = send(
        &p.app,
        with_cookie(support::get(&arabic, &[]), &p.maija_cookie),
    )
    .await;
    let file = text(file).await.replace("\r\n ", "");
    let summary = app::i18n::translate_args(
        app::i18n::Locale::Ar,
        "meeting-calendar-title",
        &[("name", app::i18n::FluentValue::from("Test coach"))],
    );
    assert!(summary.contains("\u{2068}Test coach\u{2069}"), "{summary}");
    assert!(file.contains(&format!("SUMMARY:{summary}\r\n")), "{file}");
    let aino = send(&p.app, with_cookie(support::get(&ics, &[]), &p.aino_cookie)).await;
    assert_eq!(aino.status(), 404);
    let coachs = send(
        &p.app,
        with_cookie(support::get(&ics, &[]), &p.kaisa_cookie),
    )
    .await;
    assert!(
        text(coachs)
            .await
            .contains("SUMMARY:Meeting with Test jobseeker")
    );

    // Kaisa's week shows whose it is; reading it is audited.
    let week = page(
        &p.app,
        &p.kaisa_cookie,
        &format!("/coach/meetings?week={day}&lang=en"),
    )
    .await;
    assert!(
        week.contains(&format!(
            r#"<a href="/coach/jobseekers/{}/meetings">Test jobseeker</a>"#,
            p.maija
        )),
        "{week}"
    );
    assert_eq!(week.matches(">Free<").count(), 2, "{week}");
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where subject_id = $1 and detail = 'meetings'",
    )
    .bind(p.maija)
    .fetch_one(&pool)
    .await
    .expect("audit");
    assert_eq!(audited, 2, "her calendar file, then the week");
    // The day alone, as on a phone: its times, the days around it and the week.
    let one_day = page(
        &p.app,
        &p.kaisa_cookie,
        &format!("/coach/meetings?day={day}&lang=en"),
    )
    .await;
    assert_eq!(one_day.matches(">Free<").count(), 2, "{one_day}");
    assert!(one_day.contains(r#"aria-label="Days""#), "{one_day}");
    for link in ["Previous day", "Next day", "The whole week"] {
        assert!(one_day.contains(&format!(">{link}</a>")), "{link}");
    }
    let next_day = day_from_now(4);
    let empty = page(
        &p.app,
        &p.kaisa_cookie,
        &format!("/coach/meetings?day={next_day}&lang=en"),
    )
    .await;
    assert!(empty.contains("You have no times on this day."), "{empty}");

    // Maija cancels: free again.
    post_as(
        &p.app,
        &p.maija_cookie,
        "/api/meeting-cancel",
        &format!("meeting={}", ids[1]),
    )
    .await;
    assert!(times(&pool).await.iter().all(|(_, who)| who.is_none()));

    // Kaisa books the third for her, then has to cancel it: Maija hears both.
    let body = format!("jobseeker={}&meeting={}", p.maija, ids[2]);
    post_as(&p.app, &p.kaisa_cookie, "/api/meeting-book-for", &body).await;
    let person = page(
        &p.app,
        &p.kaisa_cookie,
        &format!("/coach/jobseekers/{}/meetings?lang=en", p.maija),
    )
    .await;
    assert!(person.contains("Meetings with Test jobseeker") && person.contains("Ratapihantie 9"));
    post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/meeting-remove",
        &format!("meeting={}", ids[2]),
    )
    .await;
    let subjects: Vec<String> = mail(&pool).await.into_iter().map(|(_, s)| s).collect();
    assert_eq!(
        subjects,
        [
            "Your meeting with your coach is booked",
            "Your meeting with your coach is booked",
            "Your coach booked a meeting for you",
            "Your meeting with your coach was cancelled"
        ],
        "booked, moved, booked by the coach, cancelled by the coach"
    );
    assert_eq!(times(&pool).await.len(), 2);

    // Another coach neither books for Maija nor removes Kaisa's times.
    create_account(&pool, Role::Coach, "olli@example.fi").await;
    let olli = sign_in(&p.app, "olli@example.fi").await;
    let body = format!("jobseeker={}&meeting={}", p.maija, ids[0]);
    let refused = post_as(&p.app, &olli, "/api/meeting-book-for", &body).await;
    assert!(refused.status().is_redirection());
    let refused = post_as(
        &p.app,
        &olli,
        "/api/meeting-remove",
        &format!("meeting={}", ids[0]),
    )
    .await;
    assert!(refused.status().is_redirection());
    assert_eq!(times(&pool).await.len(), 2);
    assert!(times(&pool).await.iter().all(|(_, who)| who.is_none()));
}

#[sqlx::test]
async fn two_hundred_bookings_at_once_take_exactly_the_fifty_times(pool: PgPool) {
    let kaisa = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let people = insert_jobseekers(&pool, 200).await;
    let ids: Vec<i64> = sqlx::query_scalar(
        "insert into meeting (coach_id, starts_at, ends_at, mode)
         select $1, now() + make_interval(hours => 24 + i), now() + make_interval(hours => 24 + i, mins => 30), 'phone'
         from generate_series(1, 50) i
         returning meeting_id",
    )
    .bind(kaisa)
    .fetch_all(&pool)
    .await
    .expect("fifty times");
    let tries: Vec<_> = people
        .iter()
        .enumerate()
        .map(|(n, &person)| {
            let pool = pool.clone();
            let time = ids[n % ids.len()];
            tokio::spawn(async move {
                let mut tx = pool.begin().await.expect("tx");
                let booked = app::meetings::db::book(&mut tx, time, person, kaisa, false)
                    .await
                    .expect("no error, taken or not");
                tx.commit().await.expect("commit");
                booked
            })
        })
        .collect();
    let mut booked = 0;
    for attempt in tries {
        booked += usize::from(attempt.await.expect("task"));
    }
    assert_eq!(booked, 50);
    let holders: i64 = sqlx::query_scalar(
        "select count(distinct jobseeker_id) from meeting where jobseeker_id is not null",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(holders, 50, "one person per time");

    // Nobody holds two meetings at once, even with two coaches.
    let olli = create_account(&pool, Role::Coach, "olli@example.fi").await;
    let clash: i64 = sqlx::query_scalar(
        "insert into meeting (coach_id, starts_at, ends_at, mode)
         select $1, starts_at, ends_at, 'phone' from meeting where meeting_id = $2
         returning meeting_id",
    )
    .bind(olli)
    .bind(ids[0])
    .fetch_one(&pool)
    .await
    .expect("Olli's time");
    let holder: i64 = sqlx::query_scalar("select jobseeker_id from meeting where meeting_id = $1")
        .bind(ids[0])
        .fetch_one(&pool)
        .await
        .expect("holder");
    let mut conn = pool.acquire().await.expect("conn");
    let error = app::meetings::db::book(&mut conn, clash, holder, olli, false)
        .await
        .expect_err("overlap refused");
    assert!(app::meetings::db::is_overlap(&error), "{error}");
}

#[sqlx::test]
async fn reminders_go_once_the_day_before_and_two_hours_before_with_two_workers(pool: PgPool) {
    let p = people(&pool).await;
    let kaisa: i64 =
        sqlx::query_scalar("select account_id from account where email = 'kaisa@example.fi'")
            .fetch_one(&pool)
            .await
            .expect("Kaisa");
    let meeting: i64 = sqlx::query_scalar(
        "insert into meeting (coach_id, starts_at, ends_at, mode) values ($1, now() + interval '3 days', now() + interval '3 days 45 minutes', 'phone') returning meeting_id",
    )
    .bind(kaisa)
    .fetch_one(&pool)
    .await
    .expect("a time");
    let mut conn = pool.acquire().await.expect("conn");
    assert!(
        app::meetings::db::book(&mut conn, meeting, p.maija, kaisa, false)
            .await
            .expect("booked")
    );
    let move_to = |hours: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query(&format!(
                "update meeting set starts_at = now() + interval '{hours}', ends_at = now() + interval '{hours}' + interval '45 minutes'"
            ))
            .execute(&pool)
            .await
            .expect("moved");
        }
    };
    let two_workers = || async {
        let (a, b) = tokio::join!(
            app::meetings::server::queue_reminders(&pool, "https://askel.example"),
            app::meetings::server::queue_reminders(&pool, "https://askel.example"),
        );
        a.expect("worker a") + b.expect("worker b")
    };
    assert_eq!(two_workers().await, 0, "three days ahead: nothing yet");
    move_to("23 hours").await;
    assert_eq!(two_workers().await, 1, "the day before, once");
    assert_eq!(two_workers().await, 0);
    move_to("110 minutes").await;
    assert_eq!(two_workers().await, 1, "two hours before, once");
    assert_eq!(two_workers().await, 0);
    let reminders: Vec<(String, String)> = mail(&pool)
        .await
        .into_iter()
        .filter(|(_, subject)| subject.starts_with("Reminder"))
        .collect();
    assert_eq!(reminders.len(), 2);
    assert!(reminders.iter().all(|(to, _)| to == "maija@example.fi"));

    // Booked within a day: no day-before reminder for what was just booked.
    let soon: i64 = sqlx::query_scalar(
        "insert into meeting (coach_id, starts_at, ends_at, mode) values ($1, now() + interval '5 hours', now() + interval '5 hours 30 minutes', 'phone') returning meeting_id",
    )
    .bind(kaisa)
    .fetch_one(&pool)
    .await
    .expect("a time soon");
    let aino: i64 =
        sqlx::query_scalar("select account_id from account where email = 'aino@example.fi'")
            .fetch_one(&pool)
            .await
            .expect("Aino");
    assert!(
        app::meetings::db::book(&mut conn, soon, aino, kaisa, false)
            .await
            .expect("booked")
    );
    assert_eq!(two_workers().await, 0);
}

#[sqlx::test]
async fn what_came_of_a_meeting_is_written_with_a_next_step_for_the_plan(pool: PgPool) {
    let p = people(&pool).await;
    let kaisa: i64 =
        sqlx::query_scalar("select account_id from account where email = 'kaisa@example.fi'")
            .fetch_one(&pool)
            .await
            .expect("Kaisa");
    let held: i64 = sqlx::query_scalar(
        "insert into meeting (coach_id, starts_at, ends_at, mode, jobseeker_id, booked_at)
         values ($1, now() - interval '2 hours', now() - interval '1 hour', 'phone', $2, now() - interval '1 day')
         returning meeting_id",
    )
    .bind(kaisa)
    .bind(p.maija)
    .fetch_one(&pool)
    .await
    .expect("a meeting held");
    let path = format!("/coach/jobseekers/{}/meetings?lang=en", p.maija);
    let empty = format!("jobseeker={}&meeting={held}&outcome=&what=", p.maija);
    let refused = post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/meeting-outcome?lang=en",
        &empty,
    )
    .await;
    let page_now = page_after(&p.app, &refused, &path, &p.kaisa_cookie).await;
    assert!(
        page_now.contains("Write what came of the meeting"),
        "{page_now}"
    );
    let body = format!(
        "jobseeker={}&meeting={held}&outcome=Haetaan+Lidlin+paikkaa.&what=L%C3%A4het%C3%A4+CV+Lidlille",
        p.maija
    );
    let saved = post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/meeting-outcome?lang=en",
        &body,
    )
    .await;
    let page_now = page_after(&p.app, &saved, &path, &p.kaisa_cookie).await;
    assert!(page_now.contains("Haetaan Lidlin paikkaa."), "{page_now}");
    let step: (String, String) =
        sqlx::query_as("select what, who from plan_step where account_id = $1")
            .bind(p.maija)
            .fetch_one(&pool)
            .await
            .expect("a plan step");
    assert_eq!(
        step,
        ("Lähetä CV Lidlille".to_owned(), "jobseeker".to_owned())
    );
    let plan = page(&p.app, &p.maija_cookie, "/plan?lang=en").await;
    assert!(plan.contains("Lähetä CV Lidlille"));
}

#[sqlx::test]
async fn meetings_are_in_my_data_and_go_with_my_account(pool: PgPool) {
    let p = people(&pool).await;
    let kaisa: i64 =
        sqlx::query_scalar("select account_id from account where email = 'kaisa@example.fi'")
            .fetch_one(&pool)
            .await
            .expect("Kaisa");
    sqlx::query(
        "insert into meeting (coach_id, starts_at, ends_at, mode, place, jobseeker_id, booked_at, outcome)
         values ($1, now() - interval '2 days', now() - interval '2 days' + interval '45 minutes', 'in-person', 'Ratapihantie 9', $2, now() - interval '3 days', 'Hyvä alku'),
                ($1, now() + interval '2 days', now() + interval '2 days' + interval '45 minutes', 'phone', null, $2, now(), null)",
    )
    .bind(kaisa)
    .bind(p.maija)
    .execute(&pool)
    .await
    .expect("two meetings");
    let response = send(
        &p.app,
        with_cookie(support::get("/api/my-data", &[]), &p.maija_cookie),
    )
    .await;
    let data: serde_json::Value = serde_json::from_str(&text(response).await).expect("JSON");
    let meetings = data["meetings"].as_array().expect("meetings");
    assert_eq!(meetings.len(), 2);
    assert_eq!(meetings[0]["outcome"], "Hyvä alku");
    assert_eq!(meetings[0]["coach"], "Test coach");
    assert_eq!(meetings[1]["mode"], "phone");

    support::delete_own_account(&p.app, &p.maija_cookie).await;
    let left: Vec<(Option<i64>, Option<String>)> =
        sqlx::query_as("select jobseeker_id, outcome from meeting")
            .fetch_all(&pool)
            .await
            .expect("left");
    assert_eq!(
        left,
        [(None, None)],
        "the held one is gone, the one to come is free"
    );
}

#[sqlx::test]
async fn an_offer_and_a_booking_of_the_same_hour_at_once_both_answer(pool: PgPool) {
    let p = people(&pool).await;
    for round in 0..10 {
        let day = day_from_now(2 + round);
        let offered = offer(&p, &day, "12.00", 1).await;
        assert!(offered.status().is_redirection());
        let (time, _) = *times(&pool).await.last().expect("the time");
        let booking = format!("meeting={time}");
        let (booked, overlapping) = tokio::join!(
            post_as(&p.app, &p.maija_cookie, "/api/meeting-book", &booking),
            offer(&p, &day, "12.15", 1),
        );
        assert!(
            !booked.status().is_server_error(),
            "round {round}: {}",
            booked.status()
        );
        assert!(
            !overlapping.status().is_server_error(),
            "round {round}: {}",
            overlapping.status()
        );
        post_as(&p.app, &p.maija_cookie, "/api/meeting-cancel", &booking).await;
    }
}

#[sqlx::test]
async fn a_jobseeker_moved_to_another_coach_keeps_no_time_with_the_former(pool: PgPool) {
    let p = people(&pool).await;
    offer(&p, &day_from_now(3), "10.00", 1).await;
    let (time, _) = times(&pool).await[0];
    post_as(
        &p.app,
        &p.maija_cookie,
        "/api/meeting-book",
        &format!("meeting={time}"),
    )
    .await;
    let olli = create_account(&pool, Role::Coach, "olli@example.fi").await;
    let body = format!("jobseeker={}&coach={olli}", p.maija);
    let moved = post_as(&p.app, &p.kaisa_cookie, "/api/transfer-jobseeker", &body).await;
    assert!(moved.status().is_redirection());
    assert_eq!(times(&pool).await, [(time, None)], "free again");
    let subjects: Vec<String> = mail(&pool).await.into_iter().map(|(_, s)| s).collect();
    assert_eq!(
        subjects.last().map(String::as_str),
        Some("Your meeting with your coach was cancelled")
    );
    // Kaisa's calendar file of the time names nobody now.
    let ics = format!("/api/meeting-calendar?meeting={time}&lang=en");
    let file = send(
        &p.app,
        with_cookie(support::get(&ics, &[]), &p.kaisa_cookie),
    )
    .await;
    assert!(text(file).await.contains("SUMMARY:Free time in Askel"));
}
