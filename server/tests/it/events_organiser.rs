//! Events as organisers run them without JavaScript: the event form with
//! its errors, drafts and publishing, changes that keep people's places,
//! the attendee list (only what people shared), check-in at the door, the
//! CSV, and cancelling with an email to everyone. Moving an event tells
//! everyone signed up; each person an organiser is shown is audited. An
//! organiser never sees another organiser's event.

use crate::support;

use app::{accounts::Role, events::when_text, i18n::Locale};
use axum::{
    Router,
    http::{StatusCode, header},
};
use sqlx::PgPool;
use support::{
    EVENT_FORM, create_account, encode, form_post, get, header_of, page, page_after, post_as,
    published_event, send, sign_in, test_app, text, with_cookie,
};
use time::OffsetDateTime;

/// A signed-in organiser: the app, their session cookie and their id.
async fn organiser(pool: &PgPool, email: &str) -> (Router, String, i64) {
    let id = create_account(pool, Role::Organiser, email).await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, email).await;
    (app, cookie, id)
}

/// A published event of `organiser` with `capacity` seats.
async fn own_event(pool: &PgPool, organiser: i64, capacity: i32) -> i64 {
    let event = published_event(pool, Some(capacity), None).await.event_id;
    sqlx::query("update event set organiser_id = $1 where event_id = $2")
        .bind(organiser)
        .bind(event)
        .execute(pool)
        .await
        .expect("owned");
    event
}

/// A jobseeker called `name` signed in on `app`, with their cookie.
async fn jobseeker(pool: &PgPool, app: &Router, name: &str) -> (i64, String) {
    let email = format!(
        "{}@example.fi",
        name.to_lowercase().replace(' ', ".").replace('ö', "o")
    );
    let id = create_account(pool, Role::Jobseeker, &email).await;
    sqlx::query("update account set display_name = $2 where account_id = $1")
        .bind(id)
        .bind(name)
        .execute(pool)
        .await
        .expect("named");
    (id, sign_in(app, &email).await)
}

/// The event form as a browser encodes it (brackets too), with `changes`
/// over [`EVENT_FORM`].
fn event_form(changes: &[(&str, &str)]) -> String {
    let mut fields: Vec<(String, String)> = EVENT_FORM
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    for (field, value) in changes {
        fields.retain(|(k, _)| k != field);
        if !value.is_empty() || !field.contains('[') {
            fields.push(((*field).to_owned(), (*value).to_owned()));
        }
    }
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Two jobseekers, "Eka" and "Toka", signed up in that order: their cookies.
async fn two_signed_up(pool: &PgPool, app: &Router, event: i64) -> (String, String) {
    let (_, first) = jobseeker(pool, app, "Eka").await;
    let (_, second) = jobseeker(pool, app, "Toka").await;
    for person in [&first, &second] {
        post_as(app, person, "/api/event-sign-up", &format!("event={event}")).await;
    }
    (first, second)
}

/// Saves the event form for `event` and returns the form page shown after.
async fn save_and_see_the_form(app: &Router, cookie: &str, event: i64, form: &str) -> String {
    let response = post_as(app, cookie, "/api/event-save", form).await;
    let path = format!("/organiser/events/{event}/edit?lang=en");
    page_after(app, &response, &path, cookie).await
}

fn location(response: &axum::http::Response<axum::body::Body>) -> String {
    header_of(response, header::LOCATION)
}

#[sqlx::test]
async fn an_organiser_creates_a_draft_fixes_errors_edits_and_publishes(pool: PgPool) {
    let (app, cookie, me) = organiser(&pool, "org@example.fi").await;
    let form = page(&app, &cookie, "/organiser/events/new").await;
    assert!(form.contains("Create an event"), "{form}");
    assert!(form.contains(r#"name="access[step-free]""#));

    // Every problem at once, each linked to its field; what was typed stays.
    let bad = event_form(&[
        ("title_fi", ""),
        ("date", "1.1.2020"),
        ("end", "9:00"),
        ("lang[fi]", ""),
        ("lang[en]", ""),
        ("question2_en", "Why?"),
    ]);
    let response = post_as(&app, &cookie, "/api/event-save", &bad).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(location(&response).starts_with("/organiser/events/new#"));
    let shown = page_after(&app, &response, "/organiser/events/new?lang=en", &cookie).await;
    for (field, message) in [
        ("title_fi", "Enter the name of the event in Finnish"),
        ("date", "The event must be in the future"),
        ("lang", "Tick at least one language spoken at the event"),
        ("question2_fi", "Write the question in Finnish too"),
    ] {
        assert!(shown.contains(message), "{message}: {shown}");
        assert!(
            shown.contains(&format!(r##"href="#event-form-{field}""##)),
            "{field}"
        );
    }
    assert!(shown.contains("Kauppa Oy"), "the typed employer is kept");
    assert!(shown.contains("Tule tapaamaan kauppojen esihenkilöitä."));
    assert!(
        shown.contains(r#"name="access[hearing-loop]" value="yes" checked"#),
        "{shown}"
    );

    // A good form saves a draft and opens its page.
    let response = post_as(&app, &cookie, "/api/event-save", &event_form(&[])).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let event: i64 = sqlx::query_scalar("select event_id from event where organiser_id = $1")
        .bind(me)
        .fetch_one(&pool)
        .await
        .expect("saved");
    assert_eq!(location(&response), format!("/organiser/events/{event}"));
    let (status, starts, access, langs): (String, String, Vec<String>, Vec<String>) =
        sqlx::query_as(
            "select status, to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI'),
                    accessibility, languages from event where event_id = $1",
        )
        .bind(event)
        .fetch_one(&pool)
        .await
        .expect("event");
    assert_eq!(status, "draft");
    // 10.00 in Helsinki summer time.
    assert_eq!(starts, "2027-04-14 07:00");
    assert_eq!(access, ["step-free", "hearing-loop"]);
    assert_eq!(langs, ["fi", "en"]);
    let questions: Vec<(String, String)> = sqlx::query_as(
        "select locale, question from event_question where event_id = $1 order by locale",
    )
    .bind(event)
    .fetch_all(&pool)
    .await
    .expect("questions");
    assert_eq!(
        questions,
        [
            ("en".to_owned(), "Which job interests you?".to_owned()),
            ("fi".to_owned(), "Mikä työ kiinnostaa?".to_owned())
        ]
    );

    // Jobseekers cannot see a draft.
    let (_, seeker) = jobseeker(&pool, &app, "Aino Virtanen").await;
    let hidden = send(
        &app,
        with_cookie(get(&format!("/events/{event}"), &[]), &seeker),
    )
    .await;
    assert_eq!(hidden.status(), StatusCode::NOT_FOUND);

    // The edit form shows what was saved, in Helsinki time.
    let edit = page(&app, &cookie, &format!("/organiser/events/{event}/edit")).await;
    assert!(edit.contains(r#"value="10:00""#), "{edit}");
    assert!(edit.contains(r#"value="2027-04-14""#));
    assert!(edit.contains("Retail recruitment day"));

    // Time slots instead of seats: 15-minute slots for two hours.
    let slots = event_form(&[
        ("event", &event.to_string()),
        ("seating", "slots"),
        ("slot_minutes", "15"),
        ("slot_seats", "1"),
    ]);
    let response = post_as(&app, &cookie, "/api/event-save", &slots).await;
    assert_eq!(location(&response), format!("/organiser/events/{event}"));
    let count: i64 = sqlx::query_scalar("select count(*) from event_slot where event_id = $1")
        .bind(event)
        .fetch_one(&pool)
        .await
        .expect("slots");
    assert_eq!(count, 8);

    let manage = page(&app, &cookie, &format!("/organiser/events/{event}")).await;
    assert!(manage.contains("This event is a draft"), "{manage}");
    let response = post_as(
        &app,
        &cookie,
        "/api/event-publish",
        &format!("event={event}"),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let shown = page_after(
        &app,
        &response,
        &format!("/organiser/events/{event}?lang=en"),
        &cookie,
    )
    .await;
    assert!(shown.contains("The event is published"), "{shown}");
    let seen = page(&app, &seeker, &format!("/events/{event}")).await;
    assert!(seen.contains("Retail recruitment day"), "{seen}");
    assert!(seen.contains("Hearing loop"), "{seen}");

    let list = page(&app, &cookie, "/organiser/events").await;
    assert!(list.contains("Kaupan rekrytointipäivä"), "{list}");
    assert!(list.contains("Published"));
}

#[sqlx::test]
async fn changes_keep_the_places_taken_and_more_seats_go_to_the_waiting_list(pool: PgPool) {
    let (app, cookie, me) = organiser(&pool, "seats@example.fi").await;
    let event = own_event(&pool, me, 1).await;
    let (_, second) = two_signed_up(&pool, &app, event).await;
    let id = event.to_string();

    let fewer = event_form(&[("event", &id), ("capacity", "0")]);
    let shown = save_and_see_the_form(&app, &cookie, event, &fewer).await;
    assert!(shown.contains("Enter the number of seats"), "{shown}");

    let slots = event_form(&[
        ("event", &id),
        ("seating", "slots"),
        ("slot_minutes", "30"),
        ("slot_seats", "1"),
    ]);
    let shown = save_and_see_the_form(&app, &cookie, event, &slots).await;
    assert!(shown.contains("People have already booked"), "{shown}");

    let more = event_form(&[("event", &id), ("capacity", "2")]);
    let response = post_as(&app, &cookie, "/api/event-save", &more).await;
    assert_eq!(location(&response), format!("/organiser/events/{event}"));
    assert!(
        page(&app, &second, &format!("/events/{event}"))
            .await
            .contains("You are signed up")
    );
    // The form also moved the event, which both were told of (see
    // `moving_an_event_tells_everyone_signed_up_and_reminds_them_again`).
    let mail: Vec<String> =
        sqlx::query_scalar("select subject from outbox where subject not like 'Changed: %'")
            .fetch_all(&pool)
            .await
            .expect("outbox");
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert!(mail[0].starts_with("You have a place"), "{mail:?}");

    let two_taken = event_form(&[("event", &id), ("capacity", "1")]);
    let shown = save_and_see_the_form(&app, &cookie, event, &two_taken).await;
    assert!(
        shown.contains("cannot be smaller than the places taken"),
        "{shown}"
    );
}

#[sqlx::test]
async fn the_door_list_shows_only_what_was_shared_and_counts_arrivals(pool: PgPool) {
    let (app, cookie, me) = organiser(&pool, "door@example.fi").await;
    let event = own_event(&pool, me, 2).await;
    sqlx::query("insert into event_question (event_id, position, locale, question) values ($1, 1, 'fi', 'Mikä työ?'), ($1, 1, 'en', 'Which job?')")
        .bind(event)
        .execute(&pool)
        .await
        .expect("question");
    let (aino_id, aino) = jobseeker(&pool, &app, "Aino Virtanen").await;
    sqlx::query("update account set phone = '+358401234567' where account_id = $1")
        .bind(aino_id)
        .execute(&pool)
        .await
        .expect("phone");
    let (_, bertil) = jobseeker(&pool, &app, "Bertil Nyström").await;
    let (_, cecilia) = jobseeker(&pool, &app, "Cecilia Waiting").await;
    post_as(
        &app,
        &aino,
        "/api/event-sign-up",
        &format!(
            "event={event}&share_contact=yes&answer1={}",
            encode("=SUM(A1)")
        ),
    )
    .await;
    post_as(
        &app,
        &bertil,
        "/api/event-sign-up",
        &format!("event={event}"),
    )
    .await;
    post_as(
        &app,
        &cecilia,
        "/api/event-sign-up",
        &format!("event={event}"),
    )
    .await;
    let here = format!("/organiser/events/{event}");

    let list = page(&app, &cookie, &here).await;
    assert!(list.contains("Aino Virtanen") && list.contains("Bertil Nyström"));
    assert!(list.contains("aino.virtanen@example.fi"), "shared");
    assert!(!list.contains("bertil.nystrom@example.fi"), "not shared");
    assert!(list.contains("On the waiting list"));
    assert!(list.contains("0 of 2 arrived"), "{list}");

    let found = page(&app, &cookie, &format!("{here}?search=VIRT")).await;
    assert!(found.contains("1 person found"), "{found}");
    assert!(found.contains("Aino Virtanen") && !found.contains("Bertil Nyström"));

    let signup: i64 = sqlx::query_scalar(
        "select signup_id from event_signup s join account a using (account_id) where a.display_name = 'Aino Virtanen'",
    )
    .fetch_one(&pool)
    .await
    .expect("Aino's place");
    let response = post_as(
        &app,
        &cookie,
        "/api/event-check-in",
        &format!("event={event}&signup={signup}&arrived=yes&search=virt"),
    )
    .await;
    assert_eq!(location(&response), format!("{here}?search=virt#attendees"));
    let after = page(&app, &cookie, &here).await;
    assert!(after.contains("1 of 2 arrived"), "{after}");
    assert!(after.contains("Undo arrival"));

    let csv = send(
        &app,
        with_cookie(
            get(
                &format!("/api/event-attendees-csv?event={event}&lang=en"),
                &[],
            ),
            &cookie,
        ),
    )
    .await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(header_of(&csv, header::CONTENT_TYPE).starts_with("text/csv"));
    assert!(header_of(&csv, header::CONTENT_DISPOSITION).contains("attachment"));
    let csv = text(csv).await;
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{feff}\"Name\",\"Place\",\"Time slot\",\"Email\",\"Phone\",\"Arrived\",\"Which job?\""
    );
    // A leading + or = is defused so a spreadsheet shows text, not a formula.
    assert_eq!(
        lines[1],
        "\"Aino Virtanen\",\"Has a place\",\"\",\"aino.virtanen@example.fi\",\"'+358401234567\",\"Yes\",\"'=SUM(A1)\""
    );
    assert_eq!(
        lines[2],
        "\"Bertil Nyström\",\"Has a place\",\"\",\"\",\"\",\"\",\"\""
    );
    assert_eq!(lines.len(), 4, "{csv}");

    // Another organiser finds none of it.
    let (other, _) = {
        create_account(&pool, Role::Organiser, "other-org@example.fi").await;
        (sign_in(&app, "other-org@example.fi").await, ())
    };
    for path in [
        here.clone(),
        format!("{here}/edit"),
        format!("/api/event-attendees-csv?event={event}"),
    ] {
        let response = send(&app, with_cookie(get(&path, &[]), &other)).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
    for (path, body) in [
        (
            "/api/event-check-in",
            format!("event={event}&signup={signup}&arrived=no"),
        ),
        ("/api/event-cancel", format!("event={event}&confirm=yes")),
        (
            "/api/event-save",
            event_form(&[("event", &event.to_string())]),
        ),
    ] {
        let response = send(&app, with_cookie(form_post(path, &body, false), &other)).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
    assert!(page(&app, &cookie, &here).await.contains("1 of 2 arrived"));
}

#[sqlx::test]
async fn cancelling_needs_a_tick_and_tells_everyone_signed_up(pool: PgPool) {
    let (app, cookie, me) = organiser(&pool, "cancel@example.fi").await;
    let event = own_event(&pool, me, 1).await;
    let (first, _) = two_signed_up(&pool, &app, event).await;
    let here = format!("/organiser/events/{event}");
    let response = post_as(
        &app,
        &cookie,
        "/api/event-cancel",
        &format!("event={event}"),
    )
    .await;
    let shown = page_after(&app, &response, &format!("{here}?lang=en"), &cookie).await;
    assert!(shown.contains("Tick the box to confirm"), "{shown}");
    assert!(shown.contains(r##"href="#event-cancel-event-confirm""##));

    let response = post_as(
        &app,
        &cookie,
        "/api/event-cancel",
        &format!("event={event}&confirm=yes"),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let mail: Vec<(String, String)> =
        sqlx::query_as("select recipient, subject from outbox order by outbox_id")
            .fetch_all(&pool)
            .await
            .expect("outbox");
    assert_eq!(
        mail.iter().map(|(to, _)| to.as_str()).collect::<Vec<_>>(),
        ["eka@example.fi", "toka@example.fi"]
    );
    assert!(
        mail.iter()
            .all(|(_, subject)| subject.starts_with("Cancelled: ")),
        "{mail:?}"
    );
    assert!(
        page(&app, &cookie, &here)
            .await
            .contains("This event has been cancelled")
    );
    assert!(
        page(&app, &first, &format!("/events/{event}"))
            .await
            .contains("This event has been cancelled")
    );
    // A cancelled event cannot be changed.
    let response = post_as(
        &app,
        &cookie,
        "/api/event-save",
        &event_form(&[("event", &event.to_string())]),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let status: String = sqlx::query_scalar("select status from event where event_id = $1")
        .bind(event)
        .fetch_one(&pool)
        .await
        .expect("status");
    assert_eq!(status, "cancelled");
}

#[sqlx::test]
async fn a_failed_save_keeps_long_texts_whole_until_the_event_is_saved(pool: PgPool) {
    let (app, cookie, _) = organiser(&pool, "long@example.fi").await;
    let finnish = "Pitkä kuvaus työpaikasta ja tehtävistä. ".repeat(120);
    let english = "A long description of the jobs. ".repeat(150);
    let body = event_form(&[
        ("description_fi", finnish.trim()),
        ("description_en", english.trim()),
        ("employer", ""),
    ]);
    let response = post_as(&app, &cookie, "/api/event-save", &body).await;
    let shown = page_after(&app, &response, "/organiser/events/new?lang=en", &cookie).await;
    assert!(shown.contains("Enter the employer or organiser"), "{shown}");
    assert!(shown.contains(finnish.trim()), "the Finnish text is whole");
    assert!(shown.contains(english.trim()), "the English text is whole");
    // Kept until the event is saved; then a new form starts empty.
    assert!(
        page(&app, &cookie, "/organiser/events/new")
            .await
            .contains("Pitkä kuvaus")
    );
    let fixed = event_form(&[("description_fi", finnish.trim())]);
    let response = post_as(&app, &cookie, "/api/event-save", &fixed).await;
    assert!(location(&response).starts_with("/organiser/events/"));
    let saved: String =
        sqlx::query_scalar("select description from event_text where locale = 'fi'")
            .fetch_one(&pool)
            .await
            .expect("saved");
    assert_eq!(saved, finnish.trim());
    let fresh = page(&app, &cookie, "/organiser/events/new").await;
    assert!(!fresh.contains("Pitkä kuvaus"));
}

/// The outbox as (recipient, subject, body), oldest first, emptied for the
/// next step.
async fn take_mail(pool: &PgPool) -> Vec<(String, String, String)> {
    let mail = sqlx::query_as("select recipient, subject, body from outbox order by outbox_id")
        .fetch_all(pool)
        .await
        .expect("outbox");
    sqlx::query("delete from outbox")
        .execute(pool)
        .await
        .expect("outbox emptied");
    mail
}

fn recipients(mail: &[(String, String, String)]) -> Vec<&str> {
    mail.iter().map(|(to, _, _)| to.as_str()).collect()
}

/// When the event is, as stored, written as the emails write it.
async fn when_of(pool: &PgPool, event: i64, locale: Locale) -> String {
    let (starts_at, ends_at): (OffsetDateTime, OffsetDateTime) =
        sqlx::query_as("select starts_at, ends_at from event where event_id = $1")
            .bind(event)
            .fetch_one(pool)
            .await
            .expect("times");
    when_text(starts_at, ends_at, locale)
}

#[sqlx::test]
async fn moving_an_event_tells_everyone_signed_up_and_reminds_them_again(pool: PgPool) {
    let (app, cookie, me) = organiser(&pool, "move@example.fi").await;
    let event = own_event(&pool, me, 1).await;
    // Eka has the one seat; Toka waits, and reads Swedish.
    two_signed_up(&pool, &app, event).await;
    sqlx::query("update account set locale = 'sv' where email = 'toka@example.fi'")
        .execute(&pool)
        .await
        .expect("Swedish");
    let id = event.to_string();
    let save = |changes: &[(&str, &str)]| {
        let mut all = vec![("event", id.as_str()), ("capacity", "1")];
        all.extend_from_slice(changes);
        let body = event_form(&all);
        let (app, cookie) = (app.clone(), cookie.clone());
        async move {
            let response = post_as(&app, &cookie, "/api/event-save", &body).await;
            assert_eq!(location(&response), format!("/organiser/events/{event}"));
        }
    };

    // The form's day and address replace those stored: both told of both.
    let old_when = when_of(&pool, event, Locale::En).await;
    save(&[]).await;
    let mail = take_mail(&pool).await;
    assert_eq!(recipients(&mail), ["eka@example.fi", "toka@example.fi"]);
    let when = when_of(&pool, event, Locale::En).await;
    let (subject, body) = (&mail[0].1, &mail[0].2);
    assert_eq!(subject, "Changed: Retail recruitment day");
    assert!(
        body.contains(&format!("Time before: {old_when}\nTime now: {when}")),
        "{body}"
    );
    assert!(
        body.contains(
            "Place before: Testikatu 1, Helsinki\nPlace now: Kauppakatu 1, Helsinki\nRaitiovaunu 4"
        ),
        "{body}"
    );
    assert!(mail[1].1.starts_with("Ändrat: "), "{mail:?}");
    assert!(
        mail[1].2.contains(&when_of(&pool, event, Locale::Sv).await),
        "{mail:?}"
    );

    // Eka has had the reminder for that time.
    sqlx::query("update event_signup set reminded_at = now() where status = 'confirmed'")
        .execute(&pool)
        .await
        .expect("reminded");

    // New words are nothing to write about.
    save(&[
        ("title_en", "Shop jobs day"),
        ("description_fi", "Uusi kuvaus."),
    ])
    .await;
    assert_eq!(take_mail(&pool).await, []);

    // Three hours later: both told, the place left out as it stayed.
    save(&[
        ("title_en", "Shop jobs day"),
        ("start", "13:00"),
        ("end", "15:00"),
    ])
    .await;
    let mail = take_mail(&pool).await;
    assert_eq!(recipients(&mail), ["eka@example.fi", "toka@example.fi"]);
    let later = when_of(&pool, event, Locale::En).await;
    assert!(
        mail[0]
            .2
            .contains(&format!("Time before: {when}\nTime now: {later}")),
        "{mail:?}"
    );
    assert!(!mail[0].2.contains("Place before"), "{mail:?}");

    // A day before the new start, Eka is reminded again.
    sqlx::query(
        "update event set starts_at = now() + interval '20 hours',
                          ends_at = now() + interval '22 hours',
                          signup_deadline = now() + interval '19 hours'
         where event_id = $1",
    )
    .bind(event)
    .execute(&pool)
    .await
    .expect("tomorrow");
    let queued = app::events::server::queue_reminders(&pool, "https://askel.example")
        .await
        .expect("reminders");
    assert_eq!(queued, 1);
    let mail = take_mail(&pool).await;
    assert_eq!(recipients(&mail), ["eka@example.fi"]);
    assert!(mail[0].1.starts_with("Tomorrow: "), "{mail:?}");
}

/// Whose data `actor` was shown, by what the audit log says was read.
async fn audited(pool: &PgPool, actor: i64, detail: &str) -> Vec<i64> {
    sqlx::query_scalar(
        "select subject_id from audit_log
         where action = 'viewed_personal_data' and actor_id = $1 and detail = $2
         order by audit_log_id",
    )
    .bind(actor)
    .bind(detail)
    .fetch_all(pool)
    .await
    .expect("audit log")
}

#[sqlx::test]
async fn every_person_an_organiser_is_shown_is_in_the_audit_log(pool: PgPool) {
    let (app, cookie, me) = organiser(&pool, "audited@example.fi").await;
    let event = own_event(&pool, me, 1).await;
    let here = format!("/organiser/events/{event}");
    let (door, file) = (
        format!("event-attendees:{event}"),
        format!("event-attendees-csv:{event}"),
    );

    // Nobody signed up: nobody's data shown, so nothing written.
    page(&app, &cookie, &here).await;
    assert!(audited(&pool, me, &door).await.is_empty());

    let (eka, eka_cookie) = jobseeker(&pool, &app, "Eka").await;
    let (toka, toka_cookie) = jobseeker(&pool, &app, "Toka").await;
    for person in [&eka_cookie, &toka_cookie] {
        post_as(
            &app,
            person,
            "/api/event-sign-up",
            &format!("event={event}"),
        )
        .await;
    }
    let list = page(&app, &cookie, &here).await;
    assert!(list.contains("Eka") && list.contains("Toka"), "{list}");
    assert_eq!(audited(&pool, me, &door).await, [eka, toka]);

    // A search at the door shows, and logs, only who was found.
    page(&app, &cookie, &format!("{here}?search=tok")).await;
    assert_eq!(audited(&pool, me, &door).await, [eka, toka, toka]);

    let csv = send(
        &app,
        with_cookie(
            get(&format!("/api/event-attendees-csv?event={event}"), &[]),
            &cookie,
        ),
    )
    .await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert_eq!(audited(&pool, me, &file).await, [eka, toka]);
}
