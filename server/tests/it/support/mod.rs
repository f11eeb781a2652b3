//! Drives the whole HTTP stack in-process, against the test's own database.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the helpers"
)]

use app::{
    accounts::{Identifier, Role},
    glossary::types::Glossary,
    i18n::Locale,
    vocabulary::types::Vocabulary,
};
use axum::{
    Router,
    body::Body,
    http::{Request, Response, header},
};
use http_body_util::BodyExt;
use server::{AppState, Config, app, cli::CreateUser};
use sqlx::PgPool;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

/// The state of an app around `pool`, configured as in development (or for TLS).
pub fn test_state(pool: PgPool, tls: bool) -> AppState {
    state_serving(pool, tls, None)
}

fn state_serving(pool: PgPool, tls: bool, site_root: Option<String>) -> AppState {
    let config = test_config(&[
        ("ASKEL_TLS", tls.to_string()),
        ("ASKEL_SITE_ROOT", site_root.unwrap_or_default()),
    ]);
    AppState::new(&config, pool, vocabulary(), glossary())
}

/// The development configuration with `settings` (name, value) on top.
pub fn test_config(settings: &[(&str, String)]) -> Config {
    Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some("postgres://unused".into()),
        _ => settings
            .iter()
            .find(|(setting, value)| *setting == name && !value.is_empty())
            .map(|(_, value)| value.clone()),
    })
    .expect("test configuration is valid")
}

/// The app around `pool` with `settings` (name, value) configured.
pub fn test_app_configured(pool: PgPool, settings: &[(&str, String)]) -> Router {
    app(AppState::new(
        &test_config(settings),
        pool,
        vocabulary(),
        glossary(),
    ))
}

/// The repository's vocabulary and glossary, read once per test process.
fn repository_content() -> &'static (Arc<Vocabulary>, Arc<Glossary>) {
    static CONTENT: OnceLock<(Arc<Vocabulary>, Arc<Glossary>)> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let content = server::content::read_content(&content_dir()).expect("content reads");
        let vocabulary = content.vocabulary.expect("the repository has a vocabulary");
        (Arc::new(vocabulary), Arc::new(content.glossary))
    })
}

/// The repository's vocabulary.
pub fn vocabulary() -> Arc<Vocabulary> {
    repository_content().0.clone()
}

/// The repository's glossary.
pub fn glossary() -> Arc<Glossary> {
    repository_content().1.clone()
}

/// The app around `pool`, with the repository's `public` folder as its files.
pub fn test_app_serving_public(pool: PgPool) -> Router {
    let public = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
    app(state_serving(
        pool,
        false,
        Some(public.to_string_lossy().into_owned()),
    ))
}

/// The app around `pool`, configured as in development (or for TLS).
pub fn test_app(pool: PgPool, tls: bool) -> Router {
    app(test_state(pool, tls))
}

/// The password of every account the tests create.
pub const PASSWORD: &str = "kahvia ja pullaa";

/// Creates a live account with `PASSWORD` and returns its id.
pub async fn create_account(pool: &PgPool, role: Role, email: &str) -> i64 {
    let request = CreateUser {
        role,
        name: format!("Test {}", role.as_str()),
        contact: Identifier::Email(email.into()),
        locale: Locale::En,
    };
    server::cli::insert(pool, request, PASSWORD.into())
        .await
        .expect("account created")
}

/// Puts a jobseeker on a coach's caseload.
pub async fn assign_to_coach(pool: &PgPool, jobseeker: i64, coach: i64) {
    sqlx::query("update account set coach_id = $2 where account_id = $1")
        .bind(jobseeker)
        .bind(coach)
        .execute(pool)
        .await
        .expect("caseload updated");
}

/// Signs in through the sign-in form and returns the session cookie to send back.
pub async fn sign_in(app: &Router, email: &str) -> String {
    sign_in_with(app, email, PASSWORD).await
}

/// Signs in with `password` and returns the session cookie to send back.
pub async fn sign_in_with(app: &Router, email: &str, password: &str) -> String {
    let body = format!("contact={}&password={}", encode(email), encode(password));
    let response = send(app, form_post("/api/sign-in", &body, true)).await;
    cookie_pair(&response, "askel_session").expect("signed in")
}

/// Posts a plain form as the person whose session `cookie` is.
pub async fn post_as(app: &Router, cookie: &str, path: &str, body: &str) -> Response<Body> {
    send(app, with_cookie(form_post(path, body, true), cookie)).await
}

/// Deletes the account whose session `cookie` is, as its owner does: ticked
/// and with their password.
pub async fn delete_own_account(app: &Router, cookie: &str) -> Response<Body> {
    let body = format!("confirm=yes&current_password={}", encode(PASSWORD));
    post_as(app, cookie, "/api/delete-my-account", &body).await
}

/// Whether `email` and `password` open a session.
pub async fn can_sign_in(app: &Router, email: &str, password: &str) -> bool {
    let body = format!("contact={}&password={}", encode(email), encode(password));
    let response = send(app, form_post("/api/sign-in", &body, true)).await;
    cookie_pair(&response, "askel_session").is_some()
}

/// Asks for a password-reset link to `email` through the "forgot password" form.
pub async fn request_reset_link(app: &Router, email: &str) -> Response<Body> {
    let body = format!("email={}", encode(email));
    send(app, form_post("/api/request-password-reset", &body, true)).await
}

/// Percent-encodes a form value.
pub fn encode(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// `request` with a `Cookie` header added.
pub fn with_cookie(mut request: Request<Body>, cookie: &str) -> Request<Body> {
    request
        .headers_mut()
        .append(header::COOKIE, cookie.parse().expect("cookie header"));
    request
}

/// The request as if it came over TCP from `peer` (`address:port`).
pub fn from_peer(mut request: Request<Body>, peer: &str) -> Request<Body> {
    let peer: std::net::SocketAddr = peer.parse().expect("socket address");
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(peer));
    request
}

/// Sends one request through the router.
pub async fn send(app: &Router, request: Request<Body>) -> Response<Body> {
    app.clone()
        .oneshot(request)
        .await
        .expect("the router never fails")
}

/// A GET with optional extra headers.
pub fn get(uri: &str, headers: &[(header::HeaderName, &str)]) -> Request<Body> {
    let mut builder = Request::get(uri);
    for (name, value) in headers {
        builder = builder.header(name, *value);
    }
    builder.body(Body::empty()).expect("valid request")
}

/// A form post as a browser sends it without JavaScript (`plain`), or as the
/// WASM server-function client sends it.
pub fn form_post(uri: &str, body: &str, plain: bool) -> Request<Body> {
    let accept = if plain {
        "text/html,application/xhtml+xml"
    } else {
        "application/json"
    };
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, accept)
        .body(Body::from(body.to_owned()))
        .expect("valid request")
}

/// A form with a file (`multipart/form-data`) as a browser posts it: the
/// text `fields`, then `file` as (field, file name, bytes).
pub fn multipart_post(
    uri: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &str, &[u8])>,
    plain: bool,
) -> Request<Body> {
    const BOUNDARY: &str = "----askel-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((name, file_name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; \
                 filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    let accept = if plain {
        "text/html,application/xhtml+xml"
    } else {
        "application/json"
    };
    Request::post(uri)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::ACCEPT, accept)
        .body(Body::from(body))
        .expect("valid request")
}

/// The fields of a URL-encoded `body` (`a=1&b=2`), for a form with a file.
pub fn fields_of(body: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(body.as_bytes())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

/// The whole body as text.
pub async fn text(response: Response<Body>) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8(bytes.to_vec()).expect("UTF-8 body")
}

/// A response header as text, or "" when absent.
pub fn header_of(response: &Response<Body>, name: header::HeaderName) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

/// `name=value` of the first Set-Cookie for cookie `name`, to send back.
pub fn cookie_pair(response: &Response<Body>, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(|c| c.split(';').next().unwrap_or_default().to_owned())
}

/// The page at `path` in English, which must answer 200.
pub async fn page(app: &Router, cookie: &str, path: &str) -> String {
    let separator = if path.contains('?') { '&' } else { '?' };
    let response = send(
        app,
        with_cookie(get(&format!("{path}{separator}lang=en"), &[]), cookie),
    )
    .await;
    assert_eq!(response.status(), axum::http::StatusCode::OK, "{path}");
    text(response).await
}

/// The page at `path` as the browser sees it after `response`'s redirect: with
/// the flash that response left, and any `cookies` the browser already had.
pub async fn page_after(
    app: &Router,
    response: &Response<Body>,
    path: &str,
    cookies: &str,
) -> String {
    let flash = cookie_pair(response, "askel_flash").expect("the post left a flash");
    let cookies = if cookies.is_empty() {
        flash
    } else {
        format!("{cookies}; {flash}")
    };
    text(send(app, with_cookie(get(path, &[]), &cookies)).await).await
}

/// The repository's `content` folder.
pub fn content_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// The repository's content and public folders, copied side by side into a
/// temporary folder named after `name`, to break; returns its `content`.
pub fn copy_of_content(name: &str) -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("askel-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).expect("temp folder");
    for folder in [content_dir(), content_dir().join("../public")] {
        let copied = std::process::Command::new("cp")
            .arg("-r")
            .arg(&folder)
            .arg(&root)
            .status()
            .expect("cp runs");
        assert!(copied.success());
    }
    root.join("content")
}

/// Loads the repository's modules into the test's database.
pub async fn load_modules(pool: &PgPool) {
    server::load_content(pool, &content_dir())
        .await
        .expect("the repository's content loads");
}

/// Submits `account`'s short DigComp assessment with every answer `value`
/// (1–4), except the areas in `skipped`; returns the assessment's id.
pub async fn submit_digcomp(pool: &PgPool, account: i64, value: i16, skipped: &[&str]) -> i64 {
    let mut conn = pool.acquire().await.expect("connection");
    server::database::submit_digcomp(&mut conn, account, |area| {
        (!skipped.contains(&area)).then_some(value)
    })
    .await
    .expect("submitted")
}

/// What matching reads (`person_skill`) is, for everyone, exactly the skills
/// with evidence today: the triggers kept each set up to date.
pub async fn assert_skill_sets_current(pool: &PgPool) {
    let differences: Vec<(i64, String)> = sqlx::query_as(
        "with kept as (
             select account_id, skill_id from person_skill
             where until is null or until >= (now() at time zone 'Europe/Helsinki')::date
         ), shown as (select account_id, skill_id from person_skill_evidence)
         (select * from kept except select * from shown)
         union all
         (select * from shown except select * from kept)",
    )
    .fetch_all(pool)
    .await
    .expect("skill sets compared");
    assert!(
        differences.is_empty(),
        "person_skill differs: {differences:?}"
    );
}

/// `count` jobseekers without passwords (they never sign in), straight into
/// the database: hashing hundreds of passwords would slow the tests down.
pub async fn insert_jobseekers(pool: &PgPool, count: i64) -> Vec<i64> {
    sqlx::query_scalar(
        "insert into account (role, display_name, email, password_hash, locale)
         select 'jobseeker', 'Person ' || i, 'person' || i || '-' || gen_random_uuid() || '@example.test',
                'not a hash', 'fi'
         from generate_series(1, $1) i
         order by i
         returning account_id",
    )
    .bind(count)
    .fetch_all(pool)
    .await
    .expect("jobseekers inserted")
}

/// A new organiser, `email`, who runs `event_id` from now on; their id.
pub async fn new_organiser_of(pool: &PgPool, event_id: i64, email: &str) -> i64 {
    let organiser = create_account(pool, Role::Organiser, email).await;
    sqlx::query("update event set organiser_id = $1 where event_id = $2")
        .bind(organiser)
        .bind(event_id)
        .execute(pool)
        .await
        .expect("the event handed over");
    organiser
}

/// An event and its time slots, as stored.
pub struct TestEvent {
    pub event_id: i64,
    pub slot_ids: Vec<i64>,
}

/// A published event next week by a new organiser, with `capacity` seats or
/// (slot minutes, seats per slot) time slots over its two hours.
pub async fn published_event(
    pool: &PgPool,
    capacity: Option<i32>,
    slots: Option<(i32, i32)>,
) -> TestEvent {
    let organiser: i64 = sqlx::query_scalar(
        "insert into account (role, display_name, email, password_hash)
         values ('organiser', 'Organiser', 'organiser-' || gen_random_uuid() || '@example.test', 'not a hash')
         returning account_id",
    )
    .fetch_one(pool)
    .await
    .expect("organiser");
    let event_id: i64 = sqlx::query_scalar(
        "insert into event (organiser_id, status, employer, sector, kind, starts_at, ends_at,
                            signup_deadline, address, languages, capacity, slot_minutes,
                            slot_seats, published_at)
         values ($1, 'published', 'Test Oy', 'retail', 'recruitment-day',
                 now() + interval '7 days', now() + interval '7 days 2 hours',
                 now() + interval '6 days', 'Testikatu 1, Helsinki', '{fi}', $2, $3, $4, now())
         returning event_id",
    )
    .bind(organiser)
    .bind(capacity)
    .bind(slots.map(|s| s.0))
    .bind(slots.map(|s| s.1))
    .fetch_one(pool)
    .await
    .expect("event");
    sqlx::query(
        "insert into event_text (event_id, locale, title, description)
         values ($1, 'fi', 'Rekrytointipäivä', 'Tule tapaamaan meitä.')",
    )
    .bind(event_id)
    .execute(pool)
    .await
    .expect("event text");
    let slot_ids = match slots {
        Some((minutes, seats)) => sqlx::query_scalar(
            "insert into event_slot (event_id, starts_at, ends_at, seats)
             select $1, e.starts_at + make_interval(mins => $2 * i),
                    e.starts_at + make_interval(mins => $2 * (i + 1)), $3
             from event e, generate_series(0, 7) i where e.event_id = $1
             order by i
             returning slot_id",
        )
        .bind(event_id)
        .bind(minutes)
        .bind(seats)
        .fetch_all(pool)
        .await
        .expect("slots"),
        None => Vec::new(),
    };
    TestEvent { event_id, slot_ids }
}

/// A valid in-person event next spring with 20 seats, field by field as the
/// organiser's form sends it.
pub const EVENT_FORM: &[(&str, &str)] = &[
    ("title_fi", "Kaupan rekrytointipäivä"),
    (
        "description_fi",
        "Tule tapaamaan kauppojen esihenkilöitä.\n\nOta CV mukaan.",
    ),
    ("title_en", "Retail recruitment day"),
    ("description_en", "Meet shop managers."),
    ("employer", "Kauppa Oy"),
    ("sector", "retail"),
    ("kind", "recruitment-day"),
    ("date", "2027-04-14"),
    ("start", "10:00"),
    ("end", "12:00"),
    ("deadline_date", "13.4.2027"),
    ("deadline_time", ""),
    ("format", "in-person"),
    ("address", "Kauppakatu 1, Helsinki"),
    ("directions", "Raitiovaunu 4"),
    ("online_url", ""),
    ("access[step-free]", "yes"),
    ("access[hearing-loop]", "yes"),
    ("access_notes", "Hissi sisäpihalla."),
    ("lang[fi]", "yes"),
    ("lang[en]", "yes"),
    ("seating", "seats"),
    ("capacity", "20"),
    ("slot_minutes", ""),
    ("slot_seats", ""),
    ("question1_fi", "Mikä työ kiinnostaa?"),
    ("question1_en", "Which job interests you?"),
];
