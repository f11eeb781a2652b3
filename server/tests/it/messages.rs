//! Messages between a jobseeker and their coach: each side writes and sees
//! when the other has read it, an email says a message waits (never what it
//! says), nobody else reads or writes, bad input is explained, and the
//! conversation is in "Download my data" and goes with the account.

use crate::support;

use app::accounts::Role;
use axum::{Router, http::header};
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, encode, form_post, header_of, page, page_after, post_as, send,
    sign_in, test_app, text, with_cookie,
};

/// Maija, a jobseeker on Kaisa's caseload, and both signed in: the app,
/// Maija's id and cookie, Kaisa's cookie.
pub(crate) async fn maija_and_her_coach(pool: &PgPool) -> (Router, i64, String, String) {
    let maija = create_account(pool, Role::Jobseeker, "maija@example.fi").await;
    let kaisa = create_account(pool, Role::Coach, "kaisa@example.fi").await;
    assign_to_coach(pool, maija, kaisa).await;
    let app = test_app(pool.clone(), false);
    let maija_cookie = sign_in(&app, "maija@example.fi").await;
    let kaisa_cookie = sign_in(&app, "kaisa@example.fi").await;
    (app, maija, maija_cookie, kaisa_cookie)
}

/// The key of the send form on `page`.
pub(crate) fn form_key(page: &str) -> String {
    let start = page
        .find("name=\"key\" value=\"")
        .map(|at| at + "name=\"key\" value=\"".len())
        .expect("a send form with its key");
    page[start..start + 36].to_owned()
}

/// Sends `body` from the form on `path`, as the person with `cookie`.
pub(crate) async fn write(
    app: &Router,
    cookie: &str,
    path: &str,
    action: &str,
    body: &str,
) -> String {
    let form = page(app, cookie, path).await;
    let jobseeker = path
        .strip_prefix("/coach/jobseekers/")
        .and_then(|rest| rest.split('/').next())
        .map(|id| format!("jobseeker={id}&"))
        .unwrap_or_default();
    let sent = format!("{jobseeker}body={}&key={}", encode(body), form_key(&form));
    let response = post_as(app, cookie, action, &sent).await;
    header_of(&response, header::LOCATION)
}

/// (recipient, subject, body) of every email queued, oldest first.
pub(crate) async fn mail(pool: &PgPool) -> Vec<(String, String, String)> {
    sqlx::query_as("select recipient, subject, body from outbox order by outbox_id")
        .fetch_all(pool)
        .await
        .expect("outbox")
}

pub(crate) async fn stored(pool: &PgPool) -> i64 {
    sqlx::query_scalar("select count(*) from message")
        .fetch_one(pool)
        .await
        .expect("counted")
}

#[sqlx::test]
async fn a_jobseeker_and_their_coach_write_and_each_sees_when_the_other_has_read(pool: PgPool) {
    let (app, maija, mine, kaisa) = maija_and_her_coach(&pool).await;
    let conversation = format!("/coach/jobseekers/{maija}/messages");
    let empty = page(&app, &mine, "/messages?lang=en").await;
    assert!(empty.contains("No messages yet."), "{empty}");
    assert!(empty.contains("Your message to Test coach"), "{empty}");

    // Sent twice (a double tap): one message.
    let form = page(&app, &mine, "/messages").await;
    let sent = format!(
        "body={}&key={}",
        encode("Hei, pääsenkö\nmaanantaina?"),
        form_key(&form)
    );
    for _ in 0..2 {
        let response = post_as(&app, &mine, "/api/send-message", &sent).await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            "/messages#message-send"
        );
    }
    assert_eq!(stored(&pool).await, 1);
    write(
        &app,
        &mine,
        "/messages",
        "/api/send-message",
        "Tai tiistaina. Katso https://tyomarkkinatori.fi/haku?q=1. Ei javascript:alert(1)",
    )
    .await;
    let own = page(&app, &mine, "/messages?lang=en").await;
    assert!(own.contains("Hei, pääsenkö\nmaanantaina?"), "{own}");
    assert_eq!(own.matches("Not read yet").count(), 2);
    // A web address is a link (the full stop after it is not part of it),
    // anything else stays text.
    assert!(
        own.contains(
            r#"<a href="https://tyomarkkinatori.fi/haku?q=1" rel="nofollow noopener noreferrer">"#
        ),
        "{own}"
    );
    assert!(own.contains("Ei javascript:alert(1)") && !own.contains("href=\"javascript"));

    // Kaisa hears of it once, without its words, and sees it on Maija's page.
    let told = mail(&pool).await;
    assert_eq!(told.len(), 1, "one email until she reads: {told:?}");
    assert_eq!(told[0].0, "kaisa@example.fi");
    assert_eq!(told[0].1, "You have a new message in Askel");
    assert!(told[0].2.contains(&conversation) && !told[0].2.contains("Hei"));
    // On her caseload, waiting messages show and can come first.
    let aino = create_account(&pool, Role::Jobseeker, "aino@example.fi").await;
    let kaisa_id: i64 =
        sqlx::query_scalar("select account_id from account where email = 'kaisa@example.fi'")
            .fetch_one(&pool)
            .await
            .expect("Kaisa");
    assign_to_coach(&pool, aino, kaisa_id).await;
    let at = |list: &str, person: i64| {
        list.find(&format!(r#"href="/coach/jobseekers/{person}""#))
            .expect("on the list")
    };
    let quietest = page(&app, &kaisa, "/coach/caseload?lang=en").await;
    assert!(
        at(&quietest, aino) < at(&quietest, maija),
        "never active first"
    );
    let list = page(&app, &kaisa, "/coach/caseload?sort=unread&lang=en").await;
    assert!(
        list.contains(&format!(
            r#"<a href="{conversation}">2 unread messages</a>"#
        )),
        "{list}"
    );
    assert!(at(&list, maija) < at(&list, aino), "unread first");
    // A message from someone is activity: they are no longer quiet.
    let quiet = page(&app, &kaisa, "/coach/caseload?quiet=yes&lang=en").await;
    assert!(quiet.contains(&format!("/coach/jobseekers/{aino}\"")));
    sqlx::query(
        "insert into message (account_id, written_by, from_jobseeker, body, sent_key)
         values ($1, $1, true, 'Hei', gen_random_uuid())",
    )
    .bind(aino)
    .execute(&pool)
    .await
    .expect("Aino writes");
    let quiet = page(&app, &kaisa, "/coach/caseload?quiet=yes&lang=en").await;
    assert!(
        !quiet.contains(&format!("/coach/jobseekers/{aino}\"")),
        "{quiet}"
    );
    let person = page(&app, &kaisa, &format!("/coach/jobseekers/{maija}?lang=en")).await;
    assert!(person.contains("2 unread messages from them."), "{person}");
    let read = page(&app, &kaisa, &format!("{conversation}?lang=en")).await;
    assert!(read.contains("Tai tiistaina."), "{read}");
    assert!(read.contains("Messages with Test jobseeker"));
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where subject_id = $1
         and action = 'viewed_personal_data' and detail = 'messages'",
    )
    .bind(maija)
    .fetch_one(&pool)
    .await
    .expect("audit");
    assert_eq!(audited, 1, "the coach's read is audited");
    let own = page(&app, &mine, "/messages?lang=en").await;
    assert_eq!(own.matches("Not read yet").count(), 0, "{own}");
    assert_eq!(own.matches("Read ").count(), 2, "{own}");

    // Kaisa answers: Maija is told by email in her language.
    let landed = write(
        &app,
        &kaisa,
        &conversation,
        "/api/send-coach-message",
        "Maanantaina klo 10.",
    )
    .await;
    assert_eq!(landed, format!("{conversation}#message-send"));
    let told = mail(&pool).await;
    assert_eq!(told.len(), 2);
    assert_eq!(told[1].0, "maija@example.fi");
    assert!(told[1].2.contains("/messages") && !told[1].2.contains("Maanantaina"));
    let answered = page(&app, &mine, "/messages?lang=en").await;
    assert!(answered.contains("Maanantaina klo 10."), "{answered}");
    let kaisas = page(&app, &kaisa, &format!("{conversation}?lang=en")).await;
    assert!(
        kaisas.contains("Read "),
        "Maija has read the answer: {kaisas}"
    );

    // A ready text starts the message, in Maija's language, not Kaisa's.
    sqlx::query("update account set locale = 'sv' where account_id = $1")
        .bind(maija)
        .execute(&pool)
        .await
        .expect("Swedish");
    let ready = page(
        &app,
        &kaisa,
        &format!("{conversation}?template=recontact&lang=en"),
    )
    .await;
    assert!(
        ready.contains(r#"lang="sv""#)
            && ready.contains("Hej Test jobseeker, vi har inte hört av dig"),
        "{ready}"
    );
    assert!(
        ready.contains("We have not heard from you for a while"),
        "named in English"
    );
    let unknown = page(&app, &kaisa, &format!("{conversation}?template=x&lang=en")).await;
    assert!(!unknown.contains("Hej ") && unknown.contains("Write a message"));

    // Nobody else reads or writes it.
    create_account(&pool, Role::Coach, "olli@example.fi").await;
    let olli = sign_in(&app, "olli@example.fi").await;
    let response = send(&app, with_cookie(support::get(&conversation, &[]), &olli)).await;
    assert_eq!(response.status(), 404);
    let key = "5d7e1a0b-8a43-4c39-9c52-3c1f1d5c0a77";
    let body = format!("jobseeker={maija}&body=Hei&key={key}");
    let response = send(
        &app,
        with_cookie(form_post("/api/send-coach-message", &body, false), &olli),
    )
    .await;
    assert_eq!(response.status(), 404);
    assert_eq!(
        stored(&pool).await,
        4,
        "three for Maija, one from Aino: none from Olli"
    );
}

#[sqlx::test]
async fn a_message_that_cannot_be_sent_says_why_and_keeps_what_was_written(pool: PgPool) {
    let (app, _, mine, _) = maija_and_her_coach(&pool).await;
    let form = page(&app, &mine, "/messages").await;
    let key = form_key(&form);
    let long = "ä".repeat(4001);
    for (body, problem) in [
        ("   ", "Write your message"),
        (
            long.as_str(),
            "Write your message in at most 4000 characters",
        ),
    ] {
        let sent = format!("body={}&key={key}", encode(body));
        let response = post_as(&app, &mine, "/api/send-message?lang=en", &sent).await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            "/messages#message-send-error-summary"
        );
        let refused = page_after(&app, &response, "/messages?lang=en", &mine).await;
        assert!(refused.contains(problem), "{problem}: {refused}");
        if body.len() > 100 {
            assert!(
                refused.contains(body),
                "the long text kept whole to shorten"
            );
        }
    }
    let response = post_as(&app, &mine, "/api/send-message", "body=Hei&key=not-a-key").await;
    assert!(header_of(&response, header::LOCATION).contains("error-summary"));

    // A hundred from one side in a day is the most.
    sqlx::query(
        "insert into message (account_id, written_by, from_jobseeker, body, sent_key)
         select account_id, account_id, true, 'Viesti ' || i, gen_random_uuid()
         from account, generate_series(1, 100) i where email = 'maija@example.fi'",
    )
    .execute(&pool)
    .await
    .expect("a busy day");
    let sent = format!("body=Vielä+yksi&key={key}");
    let response = post_as(&app, &mine, "/api/send-message?lang=en", &sent).await;
    let refused = page_after(&app, &response, "/messages?lang=en", &mine).await;
    assert!(
        refused.contains("You have sent 100 messages today"),
        "{refused}"
    );
    assert_eq!(stored(&pool).await, 100);
    let shown = page(&app, &mine, "/messages?lang=en").await;
    assert!(!shown.contains("Earlier messages"), "all 100 are shown");
    // A hundred and one: the first is on the page of earlier messages.
    sqlx::query(
        "insert into message (account_id, written_by, from_jobseeker, body, sent_key)
         select account_id, coach_id, false, 'Vastaus', gen_random_uuid()
         from account where email = 'maija@example.fi'",
    )
    .execute(&pool)
    .await
    .expect("an answer");
    let shown = page(&app, &mine, "/messages?lang=en").await;
    let earlier = shown
        .split("href=\"/messages?before=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to earlier messages");
    assert!(!shown.contains(">Viesti 1<") && shown.contains(">Viesti 2<"));
    let before = page(&app, &mine, &format!("/messages?before={earlier}&lang=en")).await;
    assert!(before.contains(">Viesti 1<") && !before.contains(">Viesti 2<"));
    assert!(before.contains("Newest messages") && !before.contains("Earlier messages"));
    let nonsense = page(&app, &mine, "/messages?before=x&lang=en").await;
    assert!(
        nonsense.contains(">Vastaus<"),
        "the newest, for anything else"
    );

    // Without a coach there is nobody to write to.
    sqlx::query("update account set coach_id = null")
        .execute(&pool)
        .await
        .expect("no coach");
    let alone = page(&app, &mine, "/messages?lang=en").await;
    assert!(
        alone.contains("You do not have a coach in Askel yet"),
        "{alone}"
    );
    assert!(!alone.contains("/api/send-message"), "no form");
    let key = "0b0c6f0e-3f43-4c39-9c52-3c1f1d5c0a77";
    let response = post_as(
        &app,
        &mine,
        "/api/send-message?lang=en",
        &format!("body=Hei+vaan&key={key}"),
    )
    .await;
    let refused = page_after(&app, &response, "/messages?lang=en", &mine).await;
    assert!(
        refused.contains("the message could not be sent"),
        "{refused}"
    );
    assert!(refused.contains("Hei vaan"), "what was written comes back");
}

#[sqlx::test]
async fn the_conversation_is_in_my_data_and_goes_with_my_account(pool: PgPool) {
    let (app, maija, mine, kaisa) = maija_and_her_coach(&pool).await;
    write(&app, &mine, "/messages", "/api/send-message", "Kysymys").await;
    let conversation = format!("/coach/jobseekers/{maija}/messages");
    write(
        &app,
        &kaisa,
        &conversation,
        "/api/send-coach-message",
        "Vastaus",
    )
    .await;
    let response = send(&app, with_cookie(support::get("/api/my-data", &[]), &mine)).await;
    let data: serde_json::Value = serde_json::from_str(&text(response).await).expect("JSON");
    let messages = data["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0]["from"], "me");
    assert_eq!(messages[0]["body"], "Kysymys");
    assert_eq!(messages[1]["from"], "coach");
    assert_eq!(messages[1]["written_by"], "Test coach");
    assert!(messages[1]["read_at"].is_null());

    // One more that Kaisa has not read: her inbox lists it, unread.
    write(&app, &mine, "/messages", "/api/send-message", "Vielä yksi").await;
    let inbox = page(&app, &kaisa, "/coach/messages").await;
    assert!(
        inbox.contains("Test jobseeker") && inbox.contains("One unread"),
        "{inbox}"
    );

    support::delete_own_account(&app, &mine).await;
    assert_eq!(stored(&pool).await, 0);
    // Her inbox keeps a line that it was there, and nothing about Maija.
    let inbox = page(&app, &kaisa, "/coach/messages").await;
    assert!(
        inbox.contains("a message from a former jobseeker. The conversation was removed with their account. One message from them was unread."),
        "{inbox}"
    );
    assert!(
        !inbox.contains("Test jobseeker") && !inbox.contains("Kysymys"),
        "{inbox}"
    );
    let kept: Vec<(i64, i32)> = sqlx::query_as("select coach_id, unread from former_conversation")
        .fetch_all(&pool)
        .await
        .expect("former");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].1, 1);
}

/// Pekka in Kaisa's team and Olli in another, both signed in.
pub(crate) async fn two_more_coaches(pool: &PgPool, app: &Router) -> (String, String) {
    create_account(pool, Role::Coach, "pekka@example.fi").await;
    create_account(pool, Role::Coach, "olli@example.fi").await;
    for (email, team) in [
        ("kaisa@example.fi", "Itä"),
        ("pekka@example.fi", "Itä"),
        ("olli@example.fi", "Länsi"),
    ] {
        sqlx::query("update account set team = $2 where email = $1")
            .bind(email)
            .bind(team)
            .execute(pool)
            .await
            .expect("a team");
    }
    (
        sign_in(app, "pekka@example.fi").await,
        sign_in(app, "olli@example.fi").await,
    )
}

pub(crate) async fn audited(pool: &PgPool, subject: i64, detail: &str) -> i64 {
    sqlx::query_scalar("select count(*) from audit_log where subject_id = $1 and detail = $2")
        .bind(subject)
        .bind(detail)
        .fetch_one(pool)
        .await
        .expect("audit")
}

#[sqlx::test]
async fn a_teammate_reads_and_answers_only_while_the_coach_is_away_and_each_read_is_audited(
    pool: PgPool,
) {
    let (app, maija, mine, kaisa) = maija_and_her_coach(&pool).await;
    let (pekka, olli) = two_more_coaches(&pool, &app).await;
    write(
        &app,
        &mine,
        "/messages",
        "/api/send-message",
        "Olen sairaana huomenna",
    )
    .await;
    let conversation = format!("/coach/jobseekers/{maija}/messages");
    let status_for = |cookie: String| {
        let app = app.clone();
        let conversation = conversation.clone();
        async move {
            send(&app, with_cookie(support::get(&conversation, &[]), &cookie))
                .await
                .status()
        }
    };
    // Kaisa is at work: her teammate does not see Maija at all.
    assert_eq!(status_for(pekka.clone()).await, 404);
    let inbox = page(&app, &pekka, "/coach/messages").await;
    assert!(inbox.contains("Nobody in your team is away."), "{inbox}");
    assert!(!inbox.contains("Test jobseeker"), "{inbox}");

    // Kaisa gives her last day away; a day in the past is refused, explained.
    let past = post_as(&app, &kaisa, "/api/coach-away", "until=1.1.2020").await;
    let html = page_after(&app, &past, "/coach/messages?lang=en", &kaisa).await;
    assert!(
        html.contains("Your last day away cannot be in the past"),
        "{html}"
    );
    let until = app::i18n::helsinki_today() + time::Duration::days(7);
    let saved = post_as(&app, &kaisa, "/api/coach-away", &format!("until={until}")).await;
    assert!(saved.status().is_redirection());
    let html = page(&app, &kaisa, "/coach/messages").await;
    assert!(html.contains("You are away until"), "{html}");

    // Pekka, in her team, finds Maija's conversation under Kaisa's name,
    // reads it (told whom he covers for) and answers; Maija sees who wrote.
    let inbox = page(&app, &pekka, "/coach/messages").await;
    assert!(inbox.contains("Test coach is away until"), "{inbox}");
    assert!(
        inbox.contains("Test jobseeker") && inbox.contains("One unread"),
        "{inbox}"
    );
    let read = page(&app, &pekka, &conversation).await;
    assert!(
        read.contains("You are reading this for Test coach"),
        "{read}"
    );
    assert!(read.contains("Olen sairaana huomenna"), "{read}");
    write(
        &app,
        &pekka,
        &conversation,
        "/api/send-coach-message",
        "Parane pian",
    )
    .await;
    let hers = page(&app, &mine, "/messages").await;
    assert!(
        hers.contains("Parane pian") && hers.contains("is away until"),
        "{hers}"
    );
    // The inbox, the conversation, and the conversation again to write.
    assert_eq!(audited(&pool, maija, "messages-cover").await, 3);
    // Olli, in another team, still finds nothing, nor may he write.
    assert_eq!(status_for(olli.clone()).await, 404);
    let refused = send(
        &app,
        with_cookie(
            form_post(
                "/api/send-coach-message",
                &format!("jobseeker={maija}&body=Hei&key=0b0c6f0e-3f43-4c39-9c52-3c1f1d5c0a01"),
                false,
            ),
            &olli,
        ),
    )
    .await;
    assert_eq!(refused.status(), 404);

    // Back at work: the teammate's access ends with it.
    let back = post_as(&app, &kaisa, "/api/coach-away", "back=yes").await;
    assert!(back.status().is_redirection());
    assert_eq!(status_for(pekka.clone()).await, 404);
    assert_eq!(stored(&pool).await, 2);
}

#[sqlx::test]
async fn the_same_form_again_is_the_same_message_even_on_a_full_day(pool: PgPool) {
    let (app, _, mine, _) = maija_and_her_coach(&pool).await;
    sqlx::query(
        "insert into message (account_id, written_by, from_jobseeker, body, sent_key)
         select account_id, account_id, true, 'Viesti ' || i, gen_random_uuid()
         from account, generate_series(1, 99) i where email = 'maija@example.fi'",
    )
    .execute(&pool)
    .await
    .expect("a busy day");
    let key = form_key(&page(&app, &mine, "/messages").await);
    let sent = format!("body=Sadas&key={key}");
    for _ in 0..2 {
        // The day's hundredth, and a retry of it: sent, not "too many".
        let response = post_as(&app, &mine, "/api/send-message?lang=en", &sent).await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            "/messages#message-send"
        );
        let done = page_after(&app, &response, "/messages?lang=en", &mine).await;
        assert!(done.contains("Message sent."), "{done}");
    }
    assert_eq!(stored(&pool).await, 100);

    // The form sent, then changed and sent again: the new words come back.
    let changed = format!("body=Sadas+ja+vähän+muuta&key={key}");
    let response = post_as(&app, &mine, "/api/send-message?lang=en", &changed).await;
    let refused = page_after(&app, &response, "/messages?lang=en", &mine).await;
    assert!(
        refused.contains("This form was already sent, with different words"),
        "{refused}"
    );
    assert!(refused.contains("Sadas ja vähän muuta"), "{refused}");
    assert_eq!(stored(&pool).await, 100);
}

#[sqlx::test]
async fn a_coach_sending_twice_at_once_stores_one_message(pool: PgPool) {
    let (app, maija, _, kaisa) = maija_and_her_coach(&pool).await;
    for round in 0..20 {
        let key: String = sqlx::query_scalar("select gen_random_uuid()::text")
            .fetch_one(&pool)
            .await
            .expect("a key");
        let sent = format!("jobseeker={maija}&body=Hei+{round}&key={key}");
        let (first, second) = tokio::join!(
            post_as(&app, &kaisa, "/api/send-coach-message", &sent),
            post_as(&app, &kaisa, "/api/send-coach-message", &sent),
        );
        for response in [first, second] {
            assert!(response.status().is_redirection(), "round {round}");
            assert!(
                header_of(&response, header::LOCATION).ends_with("#message-send"),
                "round {round}"
            );
        }
    }
    assert_eq!(stored(&pool).await, 20);
}

#[sqlx::test]
async fn a_new_coach_is_told_of_a_message_though_the_former_never_read_theirs(pool: PgPool) {
    let (app, maija, mine, _) = maija_and_her_coach(&pool).await;
    write(&app, &mine, "/messages", "/api/send-message", "Hei Kaisa").await;
    let olli = create_account(&pool, Role::Coach, "olli@example.fi").await;
    assign_to_coach(&pool, maija, olli).await;
    write(&app, &mine, "/messages", "/api/send-message", "Hei Olli").await;
    write(&app, &mine, "/messages", "/api/send-message", "Vielä").await;
    let told: Vec<String> = mail(&pool).await.into_iter().map(|m| m.0).collect();
    assert_eq!(told, ["kaisa@example.fi", "olli@example.fi"]);
}

#[sqlx::test]
async fn a_body_said_to_be_something_other_than_a_form_is_refused_unread(pool: PgPool) {
    let (app, _, mine, _) = maija_and_her_coach(&pool).await;
    let key = form_key(&page(&app, &mine, "/messages").await);
    let mut request = form_post(
        "/api/send-message?lang=en",
        &format!("body=Hei%00vaan&key={key}"),
        true,
    );
    request
        .headers_mut()
        .insert(header::CONTENT_TYPE, "text/plain".parse().expect("header"));
    let response = send(&app, with_cookie(request, &mine)).await;
    assert_eq!(response.status(), 415);
    assert_eq!(stored(&pool).await, 0);
    // As a form, the NUL is taken out and the message is sent.
    let sent = format!("body=Hei%00vaan&key={key}");
    post_as(&app, &mine, "/api/send-message", &sent).await;
    let body: String = sqlx::query_scalar("select body from message")
        .fetch_one(&pool)
        .await
        .expect("stored");
    assert_eq!(body, "Heivaan");
}
