//! A photo or a PDF in a conversation: sent by a plain form with a file,
//! known by its own bytes (not its name or what the browser said), kept with
//! its SHA-256, downloaded (never shown in a page) only by those who may read
//! the conversation, each coach's download audited, in "Download my data"
//! and gone with the account.

use crate::{
    messages::{audited, maija_and_her_coach, mail, stored, two_more_coaches},
    support,
};

use app::accounts::Role;
use axum::{
    Router,
    body::Body,
    http::{Response, StatusCode, header},
};
use http_body_util::BodyExt;
use sqlx::PgPool;
use support::{
    create_account, form_post, get, header_of, multipart_post, page, page_after, send, sign_in,
    with_cookie,
};

/// A file as sent: its name and bytes.
type SentFile<'a> = (&'a str, &'a [u8]);

/// A PNG's signature and header: what a photo's bytes start with.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01";
const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

/// The key of the form with a file on `page`: the key after its action.
fn file_form_key(page: &str, action: &str) -> String {
    let form = page
        .find(&format!("action=\"{action}\""))
        .expect("the form with a file");
    let marker = "name=\"key\" value=\"";
    let start = form + page[form..].find(marker).expect("its key") + marker.len();
    page[start..start + 36].to_owned()
}

/// Sends `file` (field name, file name, bytes) with `words` from the form
/// with a file on `path`, as a browser without JavaScript does.
async fn send_file(
    app: &Router,
    cookie: &str,
    path: &str,
    words: &str,
    file: SentFile<'_>,
) -> Response<Body> {
    let form = page(app, cookie, path).await;
    let coach_side = path.starts_with("/coach/");
    let action = if coach_side {
        "/api/send-coach-message-file"
    } else {
        "/api/send-message-file"
    };
    let key = file_form_key(&form, action);
    let jobseeker = path.split('/').nth(3).unwrap_or_default().to_owned();
    let mut fields = vec![("key", key.as_str()), ("body", words)];
    if coach_side {
        fields.insert(0, ("jobseeker", jobseeker.as_str()));
    }
    let request = multipart_post(
        &format!("{action}?lang=en"),
        &fields,
        Some(("file", file.0, file.1)),
        true,
    );
    send(app, with_cookie(request, cookie)).await
}

async fn bytes(response: Response<Body>) -> Vec<u8> {
    response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec()
}

/// The id of the newest message with a file.
async fn newest_file(pool: &PgPool) -> i64 {
    sqlx::query_scalar("select max(message_id) from message_attachment")
        .fetch_one(pool)
        .await
        .expect("a file")
}

async fn download(app: &Router, cookie: &str, message: i64) -> Response<Body> {
    let path = format!("/api/message-file?message={message}");
    send(app, with_cookie(get(&path, &[]), cookie)).await
}

#[sqlx::test]
async fn a_photo_is_kept_by_its_hash_and_downloads_never_inline_for_those_who_may_read(
    pool: PgPool,
) {
    let (app, maija, mine, kaisa) = maija_and_her_coach(&pool).await;
    let sent = send_file(
        &app,
        &mine,
        "/messages",
        "Todistus",
        ("C:\\fakepath\\työtodistus.png", PNG),
    )
    .await;
    assert_eq!(sent.status(), StatusCode::FOUND);
    assert_eq!(header_of(&sent, header::LOCATION), "/messages#message-file");
    let after = page_after(&app, &sent, "/messages?lang=en", &mine).await;
    assert!(after.contains("File sent."), "{after}");

    let (name, kind, size, same_hash): (String, String, i32, bool) = sqlx::query_as(
        "select file_name, content_type, byte_size, sha256 = sha256($1) from message_attachment",
    )
    .bind(PNG)
    .fetch_one(&pool)
    .await
    .expect("kept");
    assert_eq!(
        (name.as_str(), kind.as_str(), size),
        ("työtodistus.png", "image/png", PNG.len() as i32)
    );
    assert!(same_hash);
    let message = newest_file(&pool).await;
    let link = format!("href=\"/api/message-file?message={message}\"");
    let conversation = format!("/coach/jobseekers/{maija}/messages");
    let hers = page(&app, &kaisa, &conversation).await;
    assert!(hers.contains(&link), "{hers}");
    assert!(
        hers.contains("työtodistus.png (photo, 0.1 MB)") && hers.contains("Todistus"),
        "{hers}"
    );
    // Kaisa is emailed that a message waits, not what it is.
    let told = mail(&pool).await;
    assert_eq!(told.len(), 1);
    assert!(!told[0].1.contains("todistus") && !told[0].2.contains("todistus"));

    let read_before = audited(&pool, maija, "messages").await;
    for cookie in [&mine, &kaisa] {
        let response = download(&app, cookie, message).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(header_of(&response, header::CONTENT_TYPE), "image/png");
        let disposition = header_of(&response, header::CONTENT_DISPOSITION);
        assert!(
            disposition.starts_with(&format!("attachment; filename=\"askel-{message}.png\""))
                && disposition.contains("filename*=UTF-8''ty%C3%B6todistus%2Epng"),
            "{disposition}"
        );
        let policy = header_of(&response, header::CONTENT_SECURITY_POLICY);
        assert!(policy.starts_with("sandbox"), "{policy}");
        assert_eq!(
            header_of(&response, header::X_CONTENT_TYPE_OPTIONS),
            "nosniff"
        );
        assert_eq!(header_of(&response, header::CACHE_CONTROL), "no-store");
        assert_eq!(bytes(response).await, PNG);
    }
    assert_eq!(audited(&pool, maija, "messages").await, read_before + 1);

    // Nobody else: another jobseeker, another team's coach, no one signed in.
    create_account(&pool, Role::Jobseeker, "pekka-js@example.fi").await;
    let other = sign_in(&app, "pekka-js@example.fi").await;
    let (_, olli) = two_more_coaches(&pool, &app).await;
    for cookie in [&other, &olli] {
        assert_eq!(
            download(&app, cookie, message).await.status(),
            StatusCode::NOT_FOUND
        );
    }
    let path = format!("/api/message-file?message={message}");
    let anonymous = send(&app, get(&path, &[])).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    // A message without a file, or none at all: not found.
    for missing in [message + 1000, -1] {
        assert_eq!(
            download(&app, &mine, missing).await.status(),
            StatusCode::NOT_FOUND
        );
    }

    // The same form again (a double tap): one message. The same form with
    // another file (back, choose, send): refused, said why.
    let form = page(&app, &mine, "/messages").await;
    let key = file_form_key(&form, "/api/send-message-file");
    for (file, stored_after) in [(PNG, 2), (PNG, 2), (PDF, 2)] {
        let fields = [("key", key.as_str()), ("body", "")];
        let request = multipart_post(
            "/api/send-message-file",
            &fields,
            Some(("file", "toinen.png", file)),
            false,
        );
        let status = send(&app, with_cookie(request, &mine)).await.status();
        let expected = if file == PDF {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        };
        assert_eq!(status, expected);
        assert_eq!(stored(&pool).await, stored_after);
    }

    // Kaisa answers with a PDF and no words.
    let answered = send_file(&app, &kaisa, &conversation, "", ("lomake.pdf", PDF)).await;
    assert_eq!(
        header_of(&answered, header::LOCATION),
        format!("{conversation}#message-file")
    );
    let mine_now = page(&app, &mine, "/messages").await;
    assert!(mine_now.contains("lomake.pdf (PDF, 0.1 MB)"), "{mine_now}");
    let pdf = download(&app, &mine, newest_file(&pool).await).await;
    assert_eq!(header_of(&pdf, header::CONTENT_TYPE), "application/pdf");
    assert_eq!(bytes(pdf).await, PDF);
}

#[sqlx::test]
async fn a_file_is_refused_by_what_its_bytes_are_and_each_refusal_says_why(pool: PgPool) {
    let (app, _, mine, _) = maija_and_her_coach(&pool).await;
    let web_page = b"<!doctype html><script>alert(document.cookie)</script>";
    let too_large = [PNG, &vec![0u8; 10 * 1024 * 1024]].concat();
    let long_words = "sana ".repeat(101);
    let cases: [(&str, SentFile, &str); 4] = [
        (
            "Kuva",
            ("photo.png", web_page),
            "This file is something else, whatever its name says.",
        ),
        ("Kuva", ("", b""), "Choose a photo or a PDF file to send"),
        (
            "Iso kuva",
            ("iso.png", &too_large),
            "Choose a file of at most 10 MB.",
        ),
        (
            &long_words,
            ("kuva.png", PNG),
            "Write at most 500 characters about the file",
        ),
    ];
    for (words, file, why) in cases {
        let refused = send_file(&app, &mine, "/messages", words, file).await;
        assert_eq!(refused.status(), StatusCode::FOUND, "{why}");
        assert_eq!(
            header_of(&refused, header::LOCATION),
            "/messages#message-file-error-summary"
        );
        let after = page_after(&app, &refused, "/messages?lang=en", &mine).await;
        assert!(after.contains(why), "{why}: {after}");
        // The words come back to send with another file.
        assert!(after.contains(words.trim()), "{words}");
    }
    assert_eq!(stored(&pool).await, 0);

    // Called as the browser's JavaScript would: the status says it too.
    let key = file_form_key(
        &page(&app, &mine, "/messages").await,
        "/api/send-message-file",
    );
    let fields = [("key", key.as_str()), ("body", "")];
    let request = multipart_post(
        "/api/send-message-file",
        &fields,
        Some(("file", "photo.jpg", web_page)),
        false,
    );
    let response = send(&app, with_cookie(request, &mine)).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Far over the limit: refused before anything reads it.
    let huge = vec![0u8; 17 * 1024 * 1024];
    let request = multipart_post(
        "/api/send-message-file?lang=en",
        &fields,
        Some(("file", "huge.png", &huge)),
        true,
    );
    let response = send(&app, with_cookie(request, &mine)).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // A form with a file where none is taken, or without its boundary: 415.
    let request = multipart_post("/api/send-message", &fields, None, true);
    let response = send(&app, with_cookie(request, &mine)).await;
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let mut request = multipart_post("/api/send-message-file", &fields, None, true);
    request.headers_mut().insert(
        header::CONTENT_TYPE,
        "multipart/form-data".parse().expect("header"),
    );
    let response = send(&app, with_cookie(request, &mine)).await;
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // A URL-encoded post to the form with a file: no file in it, 415 too.
    let request = form_post("/api/send-message-file", "body=x", true);
    let response = send(&app, with_cookie(request, &mine)).await;
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // Nobody signed in: not read at all.
    let request = multipart_post(
        "/api/send-message-file",
        &fields,
        Some(("file", "kuva.png", PNG)),
        false,
    );
    assert_eq!(send(&app, request).await.status(), StatusCode::UNAUTHORIZED);
    // A broken body, or the same field twice: a bad request, nothing kept.
    let twice = [("key", key.as_str()), ("key", key.as_str())];
    let request = multipart_post("/api/send-message-file", &twice, None, false);
    let response = send(&app, with_cookie(request, &mine)).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(stored(&pool).await, 0);
}

#[sqlx::test]
async fn files_are_in_my_data_and_go_with_my_account(pool: PgPool) {
    let (app, maija, mine, kaisa) = maija_and_her_coach(&pool).await;
    send_file(&app, &mine, "/messages", "", ("passi.pdf", PDF)).await;
    let conversation = format!("/coach/jobseekers/{maija}/messages");
    send_file(&app, &kaisa, &conversation, "Täytä tämä", ("ohje.png", PNG)).await;
    let message = newest_file(&pool).await;
    let response = send(&app, with_cookie(get("/api/my-data", &[]), &mine)).await;
    let data: serde_json::Value = serde_json::from_slice(&bytes(response).await).expect("JSON");
    let messages = data["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0]["body"], "");
    assert_eq!(messages[0]["file"]["name"], "passi.pdf");
    assert_eq!(messages[0]["file"]["content_type"], "application/pdf");
    let file = &messages[1]["file"];
    assert_eq!(file["bytes"], PNG.len());
    assert_eq!(
        file["download"],
        format!("/api/message-file?message={message}")
    );
    let hash: String = sqlx::query_scalar("select encode(sha256($1), 'hex')")
        .bind(PNG)
        .fetch_one(&pool)
        .await
        .expect("hash");
    assert_eq!(file["sha256"], hash);

    support::delete_own_account(&app, &mine).await;
    let left: i64 = sqlx::query_scalar("select count(*) from message_attachment")
        .fetch_one(&pool)
        .await
        .expect("counted");
    assert_eq!(left, 0);
}

/// The conversation's update as the live page asks for it: `None` or its
/// list anew, and the version to ask with next.
async fn updates(app: &Router, cookie: &str, query: &str) -> (StatusCode, serde_json::Value) {
    let path = format!("/api/message-updates?{query}&lang=en");
    let response = send(app, with_cookie(get(&path, &[]), cookie)).await;
    let status = response.status();
    let body = bytes(response).await;
    (status, serde_json::from_slice(&body).unwrap_or_default())
}

#[sqlx::test]
async fn an_open_conversation_learns_of_new_messages_and_read_receipts_without_a_reload(
    pool: PgPool,
) {
    let (app, maija, mine, kaisa) = maija_and_her_coach(&pool).await;
    let conversation = format!("/coach/jobseekers/{maija}/messages");
    // In the island's props, as an attribute.
    let page_version = |html: &str| {
        let marker = "&quot;version&quot;:&quot;";
        let at = html.find(marker).expect("the page's version") + marker.len();
        html[at..].split('&').next().expect("version").to_owned()
    };
    let first = page(&app, &mine, "/messages").await;
    let version = page_version(&first);
    assert_eq!(version, "0-0");
    // Nothing new: nothing sent back, nothing read.
    let (status, nothing) = updates(&app, &mine, &format!("version={version}")).await;
    assert_eq!((status, nothing), (StatusCode::OK, serde_json::Value::Null));

    crate::messages::write(
        &app,
        &kaisa,
        &conversation,
        "/api/send-coach-message",
        "Hei Maija!",
    )
    .await;
    let unread: i64 = sqlx::query_scalar("select count(*) from message where read_at is null")
        .fetch_one(&pool)
        .await
        .expect("unread");
    assert_eq!(unread, 1);
    let (_, update) = updates(&app, &mine, &format!("version={version}")).await;
    let html = update["html"].as_str().expect("the list");
    assert!(
        html.starts_with("<ol") && html.contains("Hei Maija!"),
        "{html}"
    );
    assert_eq!(update["announce"], "One new message");
    let next = update["version"].as_str().expect("a version").to_owned();
    assert_ne!(next, version);
    // Shown to her, it is read: Kaisa's page learns that too.
    let read: Option<bool> = sqlx::query_scalar("select read_at is not null from message")
        .fetch_one(&pool)
        .await
        .expect("read");
    assert_eq!(read, Some(true));
    let coach_page = page(&app, &kaisa, &conversation).await;
    assert!(coach_page.contains("Read "), "{coach_page}");
    let (_, again) = updates(&app, &mine, &format!("version={next}")).await;
    assert_eq!(again, serde_json::Value::Null);

    // The coach's asks name the person; another team's coach finds nobody.
    let audited_before = audited(&pool, maija, "messages").await;
    let (_, for_kaisa) = updates(&app, &kaisa, &format!("jobseeker={maija}&version=0-0")).await;
    assert!(
        for_kaisa["html"]
            .as_str()
            .expect("list")
            .contains("Hei Maija!")
    );
    assert_eq!(for_kaisa["announce"], serde_json::Value::Null);
    assert_eq!(audited(&pool, maija, "messages").await, audited_before + 1);
    let (_, olli) = two_more_coaches(&pool, &app).await;
    let (status, _) = updates(&app, &olli, &format!("jobseeker={maija}&version=0-0")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
