//! The coach's work with employers and after someone starts work: contacts
//! logged and seen by the team (a person named only with their consent and
//! only to their own coach), days to the first employer contact, follow-along
//! check-ins scheduled from an employed outcome, and all of it in "Download
//! my data" and gone with the account.

use crate::support;

use app::accounts::Role;
use axum::{Router, http::StatusCode};
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, delete_own_account, page, page_after, post_as, send, sign_in,
    test_app, text, with_cookie,
};
use time::{Duration, OffsetDateTime};

/// The Helsinki day `days` from today (negative: before), as a date picker
/// sends it.
fn day_from_now(days: i64) -> time::Date {
    app::i18n::helsinki_local(OffsetDateTime::now_utc() + Duration::days(days)).date()
}

struct People {
    app: Router,
    maija: i64,
    aino: i64,
    employer: i64,
    maija_cookie: String,
    kaisa_cookie: String,
    pekka_cookie: String,
    olli_cookie: String,
}

/// Kaisa and Pekka coach in team Itä, Olli in team Länsi. Maija and Aino
/// are on Kaisa's caseload, Ville on Pekka's.
async fn people(pool: &PgPool) -> People {
    let maija = create_account(pool, Role::Jobseeker, "maija@example.fi").await;
    let aino = create_account(pool, Role::Jobseeker, "aino@example.fi").await;
    let ville = create_account(pool, Role::Jobseeker, "ville@example.fi").await;
    let kaisa = create_account(pool, Role::Coach, "kaisa@example.fi").await;
    let pekka = create_account(pool, Role::Coach, "pekka@example.fi").await;
    let olli = create_account(pool, Role::Coach, "olli@example.fi").await;
    assign_to_coach(pool, maija, kaisa).await;
    assign_to_coach(pool, aino, kaisa).await;
    assign_to_coach(pool, ville, pekka).await;
    for (coach, team) in [(kaisa, "Itä"), (pekka, "Itä"), (olli, "Länsi")] {
        sqlx::query("update account set team = $2 where account_id = $1")
            .bind(coach)
            .bind(team)
            .execute(pool)
            .await
            .expect("team");
    }
    sqlx::query("update account set display_name = 'Maija Meikäläinen' where account_id = $1")
        .bind(maija)
        .execute(pool)
        .await
        .expect("name");
    let employer = sqlx::query_scalar(
        "insert into employer (name) values ('Kahvila Kuppi Oy') returning employer_id",
    )
    .fetch_one(pool)
    .await
    .expect("employer");
    let app = test_app(pool.clone(), false);
    People {
        maija_cookie: sign_in(&app, "maija@example.fi").await,
        kaisa_cookie: sign_in(&app, "kaisa@example.fi").await,
        pekka_cookie: sign_in(&app, "pekka@example.fi").await,
        olli_cookie: sign_in(&app, "olli@example.fi").await,
        app,
        maija,
        aino,
        employer,
    }
}

fn contact(employer: i64, jobseeker: Option<i64>, note: &str) -> String {
    format!(
        "employer={employer}&day={}&how=visit&jobseeker={}&result=opening&note={}",
        day_from_now(0),
        jobseeker.map(|j| j.to_string()).unwrap_or_default(),
        support::encode(note)
    )
}

async fn log(p: &People, cookie: &str, body: &str) -> axum::response::Response {
    post_as(&p.app, cookie, "/api/employer-contact-log?lang=en", body).await
}

/// The log as the coach sees it after logging `body`: the notice or the
/// error summary, and what they typed.
async fn log_and_read(p: &People, cookie: &str, body: &str) -> String {
    let response = log(p, cookie, body).await;
    assert!(response.status().is_redirection());
    page_after(
        &p.app,
        &response,
        "/coach/employer-contacts?lang=en",
        cookie,
    )
    .await
}

#[sqlx::test]
async fn a_coach_names_someone_to_an_employer_only_with_their_consent_and_only_they_see_who(
    pool: PgPool,
) {
    let p = people(&pool).await;
    let note = "Kitchen help from January, Maija fits";

    // Maija has not agreed: naming her is refused, with the reason.
    let html = log_and_read(
        &p,
        &p.kaisa_cookie,
        &contact(p.employer, Some(p.maija), note),
    )
    .await;
    assert!(
        html.contains("they must be on your caseload and have agreed"),
        "{html}"
    );
    assert!(
        html.contains("Kitchen help from January"),
        "what was typed is kept"
    );

    // She agrees on her own page; the consent is recorded with its time.
    let agreed = post_as(
        &p.app,
        &p.maija_cookie,
        "/api/employer-consent?lang=en",
        "agree=yes",
    )
    .await;
    assert_eq!(agreed.status(), StatusCode::FOUND);
    let html = page(&p.app, &p.maija_cookie, "/account/employers").await;
    assert!(html.contains("You have said yes (since"), "{html}");
    let html = log_and_read(
        &p,
        &p.kaisa_cookie,
        &contact(p.employer, Some(p.maija), note),
    )
    .await;
    assert!(html.contains("The contact is logged."), "{html}");
    assert!(
        html.contains("Maija Meikäläinen") && html.contains(note),
        "{html}"
    );
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where subject_id = $1 and detail = 'employer-contacts'",
    )
    .bind(p.maija)
    .fetch_one(&pool)
    .await
    .expect("audit");
    assert!(audited >= 1, "the listing that named her is audited");
    // Her page in Kaisa's workspace: consent, the contact, and its day.
    let html = page(
        &p.app,
        &p.kaisa_cookie,
        &format!("/coach/jobseekers/{}", p.maija),
    )
    .await;
    assert!(
        html.contains("Has agreed that you may tell employers about them"),
        "{html}"
    );
    assert!(
        html.contains("First employer contact: after 0 days"),
        "{html}"
    );
    // Logged from an employer's own list, the coach returns to that list;
    // from a person's page, the form has them chosen already.
    let from_list = log(
        &p,
        &p.kaisa_cookie,
        &format!("{}&filtered=yes", contact(p.employer, None, "Called back")),
    )
    .await;
    assert_eq!(
        from_list.headers()[axum::http::header::LOCATION],
        format!(
            "/coach/employer-contacts?employer={}#employer-contact",
            p.employer
        )
        .as_str()
    );
    let html = page(
        &p.app,
        &p.kaisa_cookie,
        &format!("/coach/employer-contacts?jobseeker={}", p.maija),
    )
    .await;
    assert!(
        html.contains(&format!(r#"<option value="{}" selected"#, p.maija)),
        "{html}"
    );
    // Aino has not agreed: she is not among the people to choose.
    let html = page(&p.app, &p.kaisa_cookie, "/coach/employer-contacts").await;
    assert!(html.contains(&format!(r#"<option value="{}""#, p.maija)));
    assert!(!html.contains(&format!(r#"<option value="{}""#, p.aino)));

    // Pekka, in Kaisa's team, sees the contact but neither her name nor the note.
    let html = page(&p.app, &p.pekka_cookie, "/coach/employer-contacts").await;
    assert!(
        html.contains("Kahvila Kuppi Oy") && html.contains("About someone on another caseload.")
    );
    assert!(
        !html.contains("Maija") && !html.contains("Kitchen help"),
        "{html}"
    );
    // Olli, in another team, does not see it at all; nor can he name her.
    let html = page(&p.app, &p.olli_cookie, "/coach/employer-contacts").await;
    assert!(html.contains("No contacts logged yet."), "{html}");
    let html = log_and_read(&p, &p.olli_cookie, &contact(p.employer, Some(p.maija), "")).await;
    assert!(html.contains("they must be on your caseload"), "{html}");

    // She takes it back: the record keeps both times, and naming her is refused again.
    post_as(
        &p.app,
        &p.maija_cookie,
        "/api/employer-consent?lang=en",
        "agree=no",
    )
    .await;
    let (granted, revoked): (i64, i64) = sqlx::query_as(
        "select count(*), count(revoked_at) from employer_contact_consent where account_id = $1",
    )
    .bind(p.maija)
    .fetch_one(&pool)
    .await
    .expect("consents");
    assert_eq!((granted, revoked), (1, 1));
    let html = log_and_read(&p, &p.kaisa_cookie, &contact(p.employer, Some(p.maija), "")).await;
    assert!(html.contains("they must be on your caseload and have agreed"));
    let contacts: i64 = sqlx::query_scalar("select count(*) from employer_contact")
        .fetch_one(&pool)
        .await
        .expect("contacts");
    assert_eq!(contacts, 2);
}

#[sqlx::test]
async fn a_contact_as_typed_is_refused_with_every_problem_never_a_server_error(pool: PgPool) {
    let p = people(&pool).await;
    let html = log_and_read(&p, &p.kaisa_cookie, "").await;
    for problem in [
        "Choose an employer from the list",
        "Enter the day of the contact",
        "Choose how the contact was made",
        "Choose what came of the contact",
    ] {
        assert!(html.contains(problem), "{problem}: {html}");
    }
    // An employer that does not exist, a day ahead, a note too long.
    let body = format!(
        "employer=999999&day={}&how=phone&jobseeker=&result=later&note=",
        day_from_now(0)
    );
    let html = log_and_read(&p, &p.kaisa_cookie, &body).await;
    assert!(html.contains("Choose an employer from the list"), "{html}");
    let body = format!(
        "employer={}&day={}&how=phone&jobseeker=abc&result=later&note={}",
        p.employer,
        day_from_now(1),
        "x".repeat(1001)
    );
    let html = log_and_read(&p, &p.kaisa_cookie, &body).await;
    for problem in [
        "cannot be in the future",
        "Choose a person from the list",
        "1,000 characters or fewer",
    ] {
        assert!(html.contains(problem), "{problem}: {html}");
    }
    // Without JavaScript's redirect: a localized 422, not a 500.
    let request = support::form_post("/api/employer-contact-log?lang=fi", "", false);
    let response = send(&p.app, with_cookie(request, &p.kaisa_cookie)).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A jobseeker cannot log one, nor can a coach give consent.
    let as_script = |path: &str, body: &str, cookie: &str| {
        with_cookie(support::form_post(path, body, false), cookie)
    };
    let body = contact(p.employer, None, "");
    let response = send(
        &p.app,
        as_script("/api/employer-contact-log", &body, &p.maija_cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = send(
        &p.app,
        as_script("/api/employer-consent", "agree=yes", &p.kaisa_cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let html = page_after(
        &p.app,
        &post_as(
            &p.app,
            &p.maija_cookie,
            "/api/employer-consent?lang=en",
            "agree=maybe",
        )
        .await,
        "/account/employers?lang=en",
        &p.maija_cookie,
    )
    .await;
    assert!(html.contains("Choose yes or no"), "{html}");
}

/// (kind, due day, done) of Maija's check-ins.
async fn checkins(pool: &PgPool, maija: i64) -> Vec<(String, time::Date, bool)> {
    sqlx::query_as(
        "select kind, due_on, done_at is not null from follow_along where account_id = $1
         order by due_on, checkin_id",
    )
    .bind(maija)
    .fetch_all(pool)
    .await
    .expect("check-ins")
}

#[sqlx::test]
async fn an_employed_outcome_brings_follow_along_check_ins_to_the_coach(pool: PgPool) {
    let p = people(&pool).await;
    let since = day_from_now(-2);
    let record =
        |situation: &str| format!("jobseeker={}&situation={situation}&since={since}", p.maija);
    post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/record-outcome?lang=en",
        &record("employed_full_time"),
    )
    .await;
    let scheduled = checkins(&pool, p.maija).await;
    let month = sqlx::query_scalar::<_, time::Date>("select ($1::date + interval '1 month')::date")
        .bind(since)
        .fetch_one(&pool)
        .await
        .expect("month");
    let three =
        sqlx::query_scalar::<_, time::Date>("select ($1::date + interval '3 months')::date")
            .bind(since)
            .fetch_one(&pool)
            .await
            .expect("months");
    assert_eq!(
        scheduled,
        [
            ("week".to_owned(), since + Duration::days(7), false),
            ("month".to_owned(), month, false),
            ("three-months".to_owned(), three, false),
        ]
    );
    // The week's check-in is due within a week: a task on the caseload.
    let html = page(&p.app, &p.kaisa_cookie, "/coach/caseload").await;
    assert!(html.contains("Follow-along check-ins to do"), "{html}");
    assert!(html.contains("Maija Meikäläinen: One week"), "{html}");
    // Another coach's people are not theirs to follow.
    let other = page(&p.app, &p.pekka_cookie, "/coach/caseload").await;
    assert!(!other.contains("Follow-along check-ins to do"));
    let response = send(
        &p.app,
        with_cookie(
            support::get(
                &format!("/coach/jobseekers/{}/follow-along?lang=en", p.maija),
                &[],
            ),
            &p.pekka_cookie,
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    // Kaisa writes the week's check-in: done, off her list.
    let week: i64 = sqlx::query_scalar("select checkin_id from follow_along where kind = 'week'")
        .fetch_one(&pool)
        .await
        .expect("week");
    let empty = post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/checkin-record?lang=en",
        &format!("jobseeker={}&checkin={week}&note=", p.maija),
    )
    .await;
    let html = page_after(
        &p.app,
        &empty,
        &format!(
            "/coach/jobseekers/{}/follow-along?checkin={week}&lang=en",
            p.maija
        ),
        &p.kaisa_cookie,
    )
    .await;
    assert!(html.contains("Write how the check-in went"), "{html}");
    post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/checkin-record?lang=en",
        &format!(
            "jobseeker={}&checkin={week}&note=Going+well%2C+evening+shifts",
            p.maija
        ),
    )
    .await;
    let html = page(
        &p.app,
        &p.kaisa_cookie,
        &format!("/coach/jobseekers/{}/follow-along", p.maija),
    )
    .await;
    assert!(html.contains("Going well, evening shifts"), "{html}");
    assert!(
        !page(&p.app, &p.kaisa_cookie, "/coach/caseload")
            .await
            .contains("Maija Meikäläinen: One week")
    );
    // Pekka cannot write hers.
    let request = support::form_post(
        "/api/checkin-record",
        &format!("jobseeker={}&checkin={week}&note=x", p.maija),
        false,
    );
    let response = send(&p.app, with_cookie(request, &p.pekka_cookie)).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    // They agree on one more, in six weeks.
    let day = day_from_now(42);
    post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/checkin-agree?lang=en",
        &format!("jobseeker={}&day={day}", p.maija),
    )
    .await;
    // Moving from full-time to part-time is no new start: nothing more.
    post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/record-outcome?lang=en",
        &record("employed_part_time"),
    )
    .await;
    let kinds: Vec<String> = checkins(&pool, p.maija)
        .await
        .into_iter()
        .map(|c| c.0)
        .collect();
    assert_eq!(kinds, ["week", "month", "agreed", "three-months"]);

    // The first outcome corrected to training: its check-ins not done go;
    // the written one and the agreed one stay, and the part-time outcome,
    // now a start of work, gets its own.
    let first: i64 = sqlx::query_scalar(
        "select outcome_id from outcome where account_id = $1 and situation = 'employed_full_time'",
    )
    .bind(p.maija)
    .fetch_one(&pool)
    .await
    .expect("outcome");
    let corrected = post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/correct-outcome?lang=en",
        &format!(
            "jobseeker={}&outcome={first}&situation=training&since={since}",
            p.maija
        ),
    )
    .await;
    assert!(corrected.status().is_redirection());
    let left: Vec<(String, bool)> = checkins(&pool, p.maija)
        .await
        .into_iter()
        .map(|c| (c.0, c.2))
        .collect();
    let owned = |kind: &str, done: bool| (kind.to_owned(), done);
    assert_eq!(
        left,
        [
            owned("week", true),
            owned("week", false),
            owned("month", false),
            owned("agreed", false),
            owned("three-months", false)
        ]
    );
    let of_first: i64 = sqlx::query_scalar(
        "select count(*) from follow_along where outcome_id = $1 and done_at is null",
    )
    .bind(first)
    .fetch_one(&pool)
    .await
    .expect("first");
    assert_eq!(
        of_first, 0,
        "none left to do for the outcome corrected away"
    );
}

#[sqlx::test]
async fn employer_work_is_in_the_persons_data_and_goes_with_their_account(pool: PgPool) {
    let p = people(&pool).await;
    post_as(
        &p.app,
        &p.maija_cookie,
        "/api/employer-consent",
        "agree=yes",
    )
    .await;
    log(
        &p,
        &p.kaisa_cookie,
        &contact(p.employer, Some(p.maija), "Maija fits the kitchen"),
    )
    .await;
    let since = day_from_now(-1);
    post_as(
        &p.app,
        &p.kaisa_cookie,
        "/api/record-outcome",
        &format!(
            "jobseeker={}&situation=employed_full_time&since={since}",
            p.maija
        ),
    )
    .await;

    let response = send(
        &p.app,
        with_cookie(support::get("/api/my-data", &[]), &p.maija_cookie),
    )
    .await;
    let data: serde_json::Value = serde_json::from_str(&text(response).await).expect("json");
    assert_eq!(data["employer_consents"].as_array().map(Vec::len), Some(1));
    assert_eq!(data["employer_contacts"][0]["employer"], "Kahvila Kuppi Oy");
    assert_eq!(
        data["employer_contacts"][0]["note"],
        "Maija fits the kitchen"
    );
    assert_eq!(data["follow_along"].as_array().map(Vec::len), Some(3));

    let deleted = delete_own_account(&p.app, &p.maija_cookie).await;
    assert_eq!(deleted.status(), StatusCode::FOUND);
    let (contacts, named, notes): (i64, i64, i64) = sqlx::query_as(
        "select count(*), count(jobseeker_id), count(*) filter (where note <> '') from employer_contact",
    )
    .fetch_one(&pool)
    .await
    .expect("contacts");
    assert_eq!(
        (contacts, named, notes),
        (1, 0, 0),
        "the contact stays, about no one"
    );
    for table in ["employer_contact_consent", "follow_along"] {
        let left: i64 = sqlx::query_scalar(&format!(
            "select count(*) from {table} where account_id = $1"
        ))
        .bind(p.maija)
        .fetch_one(&pool)
        .await
        .expect("left");
        assert_eq!(left, 0, "{table}");
    }
}
