//! Notices by the channels a person chose: email and text message, text
//! messages held through quiet hours, delivered once however many workers
//! run, to files in development and to an HTTPS gateway in production.

use crate::support;

use std::sync::{Arc, Mutex};

use app::{accounts::Role, i18n::Locale};
use axum::{Json, Router, http::HeaderMap, routing::post};
use server::{
    mail::{Couriers, Mailer, deliver_due},
    sms::Texter,
};
use sqlx::PgPool;
use support::{assign_to_coach, create_account, page, page_after, post_as, sign_in, test_app};

/// (channel, recipient, body) of every notice queued, oldest first.
async fn outbox(pool: &PgPool) -> Vec<(String, String, String)> {
    sqlx::query_as("select channel, recipient, body from outbox order by outbox_id")
        .fetch_all(pool)
        .await
        .expect("outbox")
}

/// Maija with an email address and a phone, no quiet hours, on Kaisa's
/// caseload; Kaisa writes to her `times` times, Maija reading in between.
async fn maija_with_a_phone(pool: &PgPool) -> (Router, i64, String, String) {
    let maija = create_account(pool, Role::Jobseeker, "maija@example.fi").await;
    let kaisa = create_account(pool, Role::Coach, "kaisa@example.fi").await;
    assign_to_coach(pool, maija, kaisa).await;
    sqlx::query("update account set phone = '+358401234567', quiet_from = 0, quiet_until = 0 where account_id = $1")
        .bind(maija)
        .execute(pool)
        .await
        .expect("a phone");
    let app = test_app(pool.clone(), false);
    let maija_cookie = sign_in(&app, "maija@example.fi").await;
    let kaisa_cookie = sign_in(&app, "kaisa@example.fi").await;
    (app, maija, maija_cookie, kaisa_cookie)
}

async fn coach_writes(app: &Router, kaisa: &str, maija: i64, n: u8) {
    let key = format!("5d7e1a0b-8a43-4c39-9c52-3c1f1d5c0a{n:02}");
    let body = format!("jobseeker={maija}&body=Hei+{n}&key={key}");
    post_as(app, kaisa, "/api/send-coach-message", &body).await;
}

#[sqlx::test]
async fn a_notice_goes_by_the_channels_the_person_chose(pool: PgPool) {
    let (app, maija, mine, kaisa) = maija_with_a_phone(&pool).await;
    coach_writes(&app, &kaisa, maija, 1).await;
    let queued = outbox(&pool).await;
    assert_eq!(queued.len(), 2, "{queued:?}");
    assert_eq!(queued[0].0, "email");
    assert_eq!(queued[1].0, "sms");
    assert_eq!(queued[1].1, "+358401234567");
    assert!(
        queued[1]
            .2
            .starts_with("Askel: you have a new message. http")
            && !queued[1].2.contains("Hei"),
        "no words of the message: {}",
        queued[1].2
    );
    assert!(
        queued[0].2.contains("/account/notifications"),
        "the email says how to change this"
    );

    // Maija keeps email only.
    let choices = page(&app, &mine, "/account/notifications?lang=en").await;
    assert!(
        choices.contains("Text message to +358401234567"),
        "{choices}"
    );
    let refused = post_as(
        &app,
        &mine,
        "/api/save-notifications?lang=en",
        "email=yes&quiet_from=25&quiet_until=8",
    )
    .await;
    let shown = page_after(&app, &refused, "/account/notifications?lang=en", &mine).await;
    assert!(shown.contains("Choose an hour"), "{shown}");
    post_as(
        &app,
        &mine,
        "/api/save-notifications",
        "email=yes&quiet_from=0&quiet_until=0",
    )
    .await;
    page(&app, &mine, "/messages").await;
    coach_writes(&app, &kaisa, maija, 2).await;
    let channels: Vec<String> = outbox(&pool).await.into_iter().map(|n| n.0).collect();
    assert_eq!(channels, ["email", "sms", "email"]);

    // Neither: nothing is queued, and nothing fails.
    post_as(
        &app,
        &mine,
        "/api/save-notifications",
        "quiet_from=0&quiet_until=0",
    )
    .await;
    page(&app, &mine, "/messages").await;
    coach_writes(&app, &kaisa, maija, 3).await;
    assert_eq!(outbox(&pool).await.len(), 3);
}

#[sqlx::test]
async fn a_text_message_waits_out_the_quiet_hours(pool: PgPool) {
    let (app, maija, _, kaisa) = maija_with_a_phone(&pool).await;
    // Quiet from this Helsinki hour for one hour: the text waits until then.
    sqlx::query(
        "update account set quiet_from = extract(hour from now() at time zone 'Europe/Helsinki'),
                            quiet_until = (extract(hour from now() at time zone 'Europe/Helsinki')::int + 1) % 24
         where account_id = $1",
    )
    .bind(maija)
    .execute(&pool)
    .await
    .expect("quiet now");
    coach_writes(&app, &kaisa, maija, 1).await;
    let (email_due, sms_due): (bool, bool) = sqlx::query_as(
        "select bool_or(next_attempt_at <= now()) filter (where channel = 'email'),
                bool_or(next_attempt_at <= now()) filter (where channel = 'sms')
         from outbox",
    )
    .fetch_one(&pool)
    .await
    .expect("due");
    assert!(email_due, "email is not held");
    assert!(
        !sms_due,
        "the text message waits for the end of the quiet hour"
    );
}

/// A push courier sending to `services` (none: the configured defaults).
pub fn pusher(pool: &PgPool, services: &str) -> server::push::Pusher {
    let config = support::test_config(&[("ASKEL_PUSH_SERVICES", services.to_owned())]);
    server::push::Pusher::from_config(&config, pool.clone()).expect("pusher")
}

pub fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("askel-{name}-{}", rand::random::<u64>()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

#[sqlx::test]
async fn text_messages_are_delivered_once_however_many_workers_run(pool: PgPool) {
    let mut conn = pool.acquire().await.expect("conn");
    for n in 0..20 {
        app::outbox::db::enqueue_later(
            &mut conn,
            app::outbox::db::Channel::Sms,
            &format!("+3584000000{n:02}"),
            "Askel: hei",
            time::OffsetDateTime::now_utc(),
        )
        .await
        .expect("queued");
    }
    let dir = scratch_dir("sms");
    let couriers = || Couriers {
        mail: Mailer::Files {
            transport: lettre::AsyncFileTransport::new(scratch_dir("mail")),
            from: "Askel <askel@example.fi>".parse().expect("from"),
        },
        sms: Texter::Files { dir: dir.clone() },
        push: pusher(&pool, ""),
    };
    let (a, b) = (couriers(), couriers());
    let (sent_a, sent_b) = tokio::join!(deliver_due(&pool, &a), deliver_due(&pool, &b));
    assert_eq!(sent_a.expect("a") + sent_b.expect("b"), 20);
    let files: Vec<String> = std::fs::read_dir(&dir)
        .expect("files")
        .map(|f| std::fs::read_to_string(f.expect("file").path()).expect("text"))
        .collect();
    assert_eq!(files.len(), 20, "each once");
    assert!(
        files
            .iter()
            .all(|f| f.starts_with("To: +3584000000") && f.contains("Askel: hei"))
    );
}

#[tokio::test]
async fn the_gateway_gets_the_message_as_json_with_its_token() {
    let seen: Arc<Mutex<Vec<(String, serde_json::Value)>>> = Arc::default();
    let record = {
        let seen = seen.clone();
        move |headers: HeaderMap, Json(body): Json<serde_json::Value>| async move {
            let auth = headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            let refuse = body["to"] == "+358400000000";
            seen.lock().expect("lock").push((auth, body));
            if refuse {
                axum::http::StatusCode::BAD_GATEWAY
            } else {
                axum::http::StatusCode::ACCEPTED
            }
        }
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        axum::serve(listener, Router::new().route("/send", post(record)))
            .await
            .expect("gateway");
    });
    let texter = Texter::gateway(
        &format!("http://{addr}/send"),
        Some("s3cret".into()),
        "Askel",
    )
    .expect("texter");
    texter
        .send("+358401234567", "Askel: hei")
        .await
        .expect("sent");
    let refused = texter
        .send("+358400000000", "Askel: hei")
        .await
        .expect_err("refused");
    assert_eq!(refused, "SMS gateway answered 502 Bad Gateway");
    let seen = seen.lock().expect("lock").clone();
    assert_eq!(seen[0].0, "Bearer s3cret");
    assert_eq!(
        seen[0].1,
        serde_json::json!({"to": "+358401234567", "from": "Askel", "text": "Askel: hei"})
    );
}

#[sqlx::test]
async fn someone_who_signed_up_with_a_phone_only_gets_the_event_reminder_as_a_text(pool: PgPool) {
    let event = support::published_event(&pool, Some(10), None).await;
    let person: i64 = sqlx::query_scalar(
        "insert into account (role, display_name, phone, password_hash, locale, quiet_from, quiet_until)
         values ('jobseeker', 'Ahmed', '+358409876543', 'not a hash', 'fi', 0, 0) returning account_id",
    )
    .fetch_one(&pool)
    .await
    .expect("a phone-only jobseeker");
    sqlx::query(
        "insert into event_signup (event_id, account_id, status, confirmed_at) values ($1, $2, 'confirmed', now())",
    )
    .bind(event.event_id)
    .bind(person)
    .execute(&pool)
    .await
    .expect("signed up");
    sqlx::query("update event set starts_at = now() + interval '20 hours', ends_at = now() + interval '22 hours', signup_deadline = now() + interval '10 hours'")
        .execute(&pool)
        .await
        .expect("tomorrow");
    app::events::server::queue_reminders(&pool, "https://askel.example")
        .await
        .expect("reminders");
    let queued = outbox(&pool).await;
    assert_eq!(queued.len(), 1, "{queued:?}");
    assert_eq!(queued[0].0, "sms");
    assert_eq!(queued[0].1, "+358409876543");
    assert!(
        queued[0].2.starts_with("Askel muistuttaa:"),
        "{}",
        queued[0].2
    );
    assert!(
        queued[0].2.contains("https://askel.example/events/"),
        "{}",
        queued[0].2
    );
}

#[sqlx::test]
async fn a_step_or_a_shared_note_from_the_coach_is_told_without_its_words(pool: PgPool) {
    let (app, maija, _, kaisa) = maija_with_a_phone(&pool).await;
    let step =
        format!("jobseeker={maija}&what=Call+the+bakery+about+rent&who=jobseeker&due_on=&goal=");
    post_as(&app, &kaisa, "/api/plan-add-step", &step).await;
    // A private note is the coach's own: nothing is sent.
    let private = format!("jobseeker={maija}&body=Seemed+tired");
    post_as(&app, &kaisa, "/api/add-note", &private).await;
    let shared = format!("jobseeker={maija}&body=Well+done+today&shared=yes");
    post_as(&app, &kaisa, "/api/add-note", &shared).await;
    let subjects: Vec<(String, String)> =
        sqlx::query_as("select channel, coalesce(subject, '') from outbox order by outbox_id")
            .fetch_all(&pool)
            .await
            .expect("outbox");
    assert_eq!(
        subjects,
        [
            (
                "email".into(),
                "Your coach added a step to your plan in Askel".into()
            ),
            ("sms".into(), String::new()),
            (
                "email".into(),
                "Your coach wrote you a note in Askel".into()
            ),
            ("sms".into(), String::new()),
        ]
    );
    let bodies = outbox(&pool).await;
    assert!(
        bodies
            .iter()
            .all(|(_, _, body)| !body.contains("bakery") && !body.contains("Well done")),
        "{bodies:?}"
    );
    assert!(bodies[0].2.contains("/plan"), "{bodies:?}");

    // In the language the person chose, whoever the coach is reading in.
    for (locale, subject) in [
        (
            "fi",
            "Valmentajasi lisäsi askeleen suunnitelmaasi Askeleessa",
        ),
        ("sv", "Din coach lade till ett steg i din plan i Askel"),
    ] {
        sqlx::query("update account set locale = $1 where account_id = $2")
            .bind(locale)
            .bind(maija)
            .execute(&pool)
            .await
            .expect("her language");
        post_as(&app, &kaisa, "/api/plan-add-step?lang=en", &step).await;
        let latest: String = sqlx::query_scalar(
            "select subject from outbox where channel = 'email' order by outbox_id desc limit 1",
        )
        .fetch_one(&pool)
        .await
        .expect("the latest email");
        assert_eq!(latest, subject);
    }
    // And in each language beyond the three written ones: its own words,
    // never English's.
    let english = app::i18n::translate(Locale::En, "plan-email-step-subject");
    for locale in [
        Locale::Selko,
        Locale::Ru,
        Locale::Et,
        Locale::Ar,
        Locale::Uk,
        Locale::So,
    ] {
        sqlx::query("update account set locale = $1 where account_id = $2")
            .bind(locale.code())
            .bind(maija)
            .execute(&pool)
            .await
            .expect("her language");
        post_as(&app, &kaisa, "/api/plan-add-step?lang=en", &step).await;
        let (subject, body): (String, String) = sqlx::query_as(
            "select subject, body from outbox where channel = 'email' order by outbox_id desc limit 1",
        )
        .fetch_one(&pool)
        .await
        .expect("the latest email");
        let expected = app::i18n::translate(locale, "plan-email-step-subject");
        assert_eq!(subject, expected, "{locale:?}");
        assert_ne!(subject, english, "{locale:?}");
        assert!(body.contains("/plan"), "{locale:?}: {body}");
    }
}

/// The link in `text` that starts with `start`, to the next space or line end.
fn link_in(text: &str, start: &str) -> String {
    let at = text
        .find(start)
        .unwrap_or_else(|| panic!("{start} in {text}"));
    text[at..]
        .split_whitespace()
        .next()
        .expect("a link")
        .to_owned()
}

async fn channels(pool: &PgPool, account: i64) -> (bool, bool) {
    sqlx::query_as("select notify_email, notify_sms from account where account_id = $1")
        .bind(account)
        .fetch_one(pool)
        .await
        .expect("choices")
}

#[sqlx::test]
async fn one_press_on_a_notices_link_stops_that_channel_without_signing_in(pool: PgPool) {
    let (app, maija, _, kaisa) = maija_with_a_phone(&pool).await;
    coach_writes(&app, &kaisa, maija, 1).await;
    let queued = outbox(&pool).await;
    // The links' paths (after the public address).
    let email_link = link_in(&queued[0].2, "/unsubscribe?c=email&k=");
    let sms_link = link_in(&queued[1].2, "/unsubscribe?c=sms&k=");
    assert!(queued[1].2.contains("Stop texts: "), "{}", queued[1].2);

    // Opening the link (a mail scanner does too) changes nothing.
    let opened = support::send(&app, support::get(&format!("{email_link}&lang=en"), &[])).await;
    assert_eq!(opened.status(), 200);
    let html = support::text(opened).await;
    assert!(
        html.contains("Stop emails from Askel") && html.contains(">Stop emails<"),
        "{html}"
    );
    assert_eq!(channels(&pool, maija).await, (true, true));

    // One press, no session: email stops, text messages go on.
    let key = email_link.rsplit("k=").next().expect("the key").to_owned();
    let pressed = support::send(
        &app,
        support::form_post("/api/unsubscribe", &format!("c=email&k={key}&on=no"), true),
    )
    .await;
    assert!(pressed.status().is_redirection());
    assert_eq!(channels(&pool, maija).await, (false, true));
    let html = page_after(&app, &pressed, &format!("{email_link}&lang=en"), "").await;
    assert!(
        html.contains("Your choice is saved.") && html.contains("Start emails again"),
        "{html}"
    );
    // The text message's own link stops text messages only.
    let key = sms_link.rsplit("k=").next().expect("the key").to_owned();
    support::send(
        &app,
        support::form_post("/api/unsubscribe", &format!("c=sms&k={key}&on=no"), true),
    )
    .await;
    assert_eq!(channels(&pool, maija).await, (false, false));

    // A changed or made-up link finds nobody, and says so in the language asked.
    for bad in [
        "/unsubscribe?c=email&k=00000000-0000-4000-8000-000000000000&lang=en",
        "/unsubscribe?c=fax&k=00000000-0000-4000-8000-000000000000&lang=en",
        "/unsubscribe?c=email&k=x&lang=en",
    ] {
        let response = support::send(&app, support::get(bad, &[])).await;
        assert_eq!(response.status(), 404, "{bad}");
    }
    let refused = support::send(
        &app,
        support::form_post(
            "/api/unsubscribe",
            "c=email&k=00000000-0000-4000-8000-000000000000&on=no",
            false,
        ),
    )
    .await;
    assert_eq!(refused.status(), 404);
}

#[sqlx::test]
async fn the_mail_programs_own_unsubscribe_button_stops_email_with_one_post(pool: PgPool) {
    let (app, maija, _, kaisa) = maija_with_a_phone(&pool).await;
    coach_writes(&app, &kaisa, maija, 1).await;
    // The notice email carries the RFC 8058 headers; a sign-in code would not.
    let dir = scratch_dir("one-click");
    let couriers = Couriers {
        mail: Mailer::Files {
            transport: lettre::AsyncFileTransport::new(dir.clone()),
            from: "Askel <askel@example.fi>".parse().expect("from"),
        },
        sms: Texter::Files {
            dir: scratch_dir("one-click-sms"),
        },
        push: pusher(&pool, ""),
    };
    deliver_due(&pool, &couriers).await.expect("delivered");
    let emails: Vec<String> = std::fs::read_dir(&dir)
        .expect("mail")
        .map(|f| std::fs::read_to_string(f.expect("file").path()).expect("text"))
        .filter(|f| f.contains("To: maija@example.fi"))
        .collect();
    assert_eq!(emails.len(), 1);
    let header = emails[0]
        .lines()
        .find(|line| line.starts_with("List-Unsubscribe: <"))
        .expect("List-Unsubscribe")
        .to_owned();
    assert!(
        emails[0].contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{}",
        emails[0]
    );
    let url = header
        .trim_start_matches("List-Unsubscribe: <")
        .trim_end_matches('>');
    let path = &url[url
        .find("/unsubscribe/one-click?c=email&k=")
        .expect("the path")..];
    // Sent, the address is gone from the outbox with the body.
    let kept: Option<String> = sqlx::query_scalar(
        "select unsubscribe_url from outbox where recipient = 'maija@example.fi'",
    )
    .fetch_one(&pool)
    .await
    .expect("outbox");
    assert_eq!(kept, None);

    // Opened in a browser: the page with the button, nothing changed.
    let opened = support::send(&app, support::get(path, &[])).await;
    assert_eq!(opened.status(), 303);
    assert!(
        support::header_of(&opened, axum::http::header::LOCATION)
            .starts_with("/unsubscribe?c=email&k=")
    );
    assert_eq!(channels(&pool, maija).await, (true, true));

    // The mail provider's post, from its own servers: email stops, texts go on.
    let post = |path: &str, body: &'static str| {
        let mut request = support::form_post(path, body, false);
        request.headers_mut().insert(
            axum::http::header::ORIGIN,
            "https://mail.example".parse().expect("origin"),
        );
        request
    };
    let wrong = support::send(&app, post(path, "List-Unsubscribe=Later")).await;
    assert_eq!(wrong.status(), 400);
    assert_eq!(channels(&pool, maija).await, (true, true));
    // As a form with parts, which RFC 8058 prefers.
    let mut parts =
        support::multipart_post(path, &[("List-Unsubscribe", "One-Click")], None, false);
    parts.headers_mut().insert(
        axum::http::header::ORIGIN,
        "https://mail.example".parse().expect("origin"),
    );
    let stopped = support::send(&app, parts).await;
    assert_eq!(stopped.status(), 200);
    assert_eq!(channels(&pool, maija).await, (false, true));
    // Pressed again, URL-encoded: still stopped.
    let stopped = support::send(&app, post(path, "List-Unsubscribe=One-Click")).await;
    assert_eq!(stopped.status(), 200);
    assert_eq!(channels(&pool, maija).await, (false, true));
    let made_up = "/unsubscribe/one-click?c=email&k=00000000-0000-4000-8000-000000000000";
    let refused = support::send(&app, post(made_up, "List-Unsubscribe=One-Click")).await;
    assert_eq!(refused.status(), 404);
    // Any other post from another site is still refused.
    let cross = support::send(&app, post("/api/unsubscribe", "c=email&on=yes")).await;
    assert_eq!(cross.status(), 403);
}

#[sqlx::test]
async fn a_daily_digest_gathers_the_emails_into_one_sent_once_after_eight(pool: PgPool) {
    use app::notifications::server::send_digests;
    const URL: &str = "https://askel.example";
    let (app, maija, mine, kaisa) = maija_with_a_phone(&pool).await;
    let saved = post_as(
        &app,
        &mine,
        "/api/save-notifications",
        "email=yes&sms=yes&digest=yes&quiet_from=0&quiet_until=0",
    )
    .await;
    assert!(saved.status().is_redirection());
    coach_writes(&app, &kaisa, maija, 1).await;
    page(&app, &mine, "/messages").await;
    coach_writes(&app, &kaisa, maija, 2).await;
    let step = format!("jobseeker={maija}&what=Call+the+bakery&who=jobseeker&due_on=&goal=");
    post_as(&app, &kaisa, "/api/plan-add-step", &step).await;
    // Text messages come one by one; the emails wait.
    let queued = outbox(&pool).await;
    assert_eq!(queued.len(), 3, "{queued:?}");
    assert!(
        queued.iter().all(|(channel, _, _)| channel == "sms"),
        "{queued:?}"
    );

    // Hours in Helsinki on a winter day (UTC+2).
    let at =
        |hour: i64| time::macros::datetime!(2026-12-07 00:00 UTC) + time::Duration::hours(hour - 2);
    assert_eq!(send_digests(&pool, URL, at(7)).await.expect("7.00"), 0);
    // Two workers at 9.00: one email between them; none more that day.
    let (one, other) = tokio::join!(
        send_digests(&pool, URL, at(9)),
        send_digests(&pool, URL, at(9))
    );
    assert_eq!(one.expect("a worker") + other.expect("another"), 1);
    assert_eq!(send_digests(&pool, URL, at(15)).await.expect("15.00"), 0);
    let emails: Vec<(String, String)> =
        sqlx::query_as("select subject, body from outbox where channel = 'email'")
            .fetch_all(&pool)
            .await
            .expect("emails");
    assert_eq!(emails.len(), 1, "{emails:?}");
    let (subject, body) = &emails[0];
    assert_eq!(subject, "What is new for you in Askel");
    assert!(
        body.contains("- You have a new message in Askel (2)")
            && body.contains("- Your coach added a step to your plan in Askel (1)")
            && body.contains("/unsubscribe?c=email&k=")
            && !body.contains("bakery"),
        "{body}"
    );
    let waiting: i64 = sqlx::query_scalar("select count(*) from digest_item")
        .fetch_one(&pool)
        .await
        .expect("items");
    assert_eq!(waiting, 0);
}

#[sqlx::test]
async fn a_whole_services_digests_go_in_one_run_each_once_in_the_persons_language(pool: PgPool) {
    use app::notifications::server::send_digests;
    // 250 people (more than a batch), in Finnish and Swedish, one notice each.
    sqlx::query(
        "insert into account (role, display_name, email, password_hash, locale, notify_digest)
         select 'jobseeker', 'Digest ' || i, 'digest-' || i || '@example.fi', 'not a hash',
                case when i % 2 = 0 then 'fi' else 'sv' end, true
         from generate_series(1, 250) i",
    )
    .execute(&pool)
    .await
    .expect("people");
    sqlx::query(
        "insert into digest_item (account_id, subject)
         select account_id, 'message-email-subject' from account where email like 'digest-%'",
    )
    .execute(&pool)
    .await
    .expect("notices");
    let nine = time::macros::datetime!(2026-12-07 07:00 UTC);
    let url = "https://askel.example";
    let (one, other) = tokio::join!(
        send_digests(&pool, url, nine),
        send_digests(&pool, url, nine)
    );
    assert_eq!(one.expect("a worker") + other.expect("another"), 250);
    let emails: Vec<(String, String, String)> = sqlx::query_as(
        "select recipient, subject, body from outbox where channel = 'email' order by recipient",
    )
    .fetch_all(&pool)
    .await
    .expect("emails");
    assert_eq!(emails.len(), 250, "each once");
    let to = |who: &str| {
        emails
            .iter()
            .find(|(to, _, _)| to == who)
            .expect("an email")
    };
    let (_, subject, body) = to("digest-2@example.fi");
    assert_eq!(subject, "Uutta sinulle Askeleessa");
    assert!(
        body.contains("- Sinulle on uusi viesti Askeleessa (1)"),
        "{body}"
    );
    let (_, subject, body) = to("digest-1@example.fi");
    assert_eq!(subject, "Nytt för dig i Askel");
    assert!(
        body.contains("- Du har ett nytt meddelande i Askel (1)"),
        "{body}"
    );
}
