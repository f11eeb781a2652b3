//! Guessing is slowed down without locking people out: limits live in
//! PostgreSQL (so every process shares them), count failures only, key
//! accounts on the normalised contact, spare a browser that signed in before,
//! and tell clients apart behind a trusted reverse proxy.

use crate::support;

use app::{
    accounts::{Identifier, Role},
    i18n::Locale,
};
use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode},
};
use server::{AppState, Config, app, cli::CreateUser};
use sqlx::PgPool;
use support::{
    PASSWORD, cookie_pair, create_account, form_post, from_peer, send, test_app, test_state,
    with_cookie,
};

fn sign_in_post(contact: &str, password: &str) -> Request<Body> {
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("contact", contact)
        .append_pair("password", password)
        .finish();
    form_post("/api/sign-in", &body, false)
}

async fn sign_in_status(app: &Router, request: Request<Body>) -> StatusCode {
    send(app, request).await.status()
}

async fn create_phone_account(pool: &PgPool, phone: &str) {
    let request = CreateUser {
        role: Role::Jobseeker,
        name: "Phone person".into(),
        contact: Identifier::parse(phone).expect("phone"),
        locale: Locale::Fi,
    };
    server::cli::insert(pool, request, PASSWORD.into())
        .await
        .expect("account created");
}

#[sqlx::test]
async fn every_spelling_of_a_phone_number_shares_one_allowance(pool: PgPool) {
    create_phone_account(&pool, "040 123 4567").await;
    let app = test_app(pool, false);
    let spellings = [
        "0401234567",
        "040 123 4567",
        "+358401234567",
        "+358 40 123 4567",
        "040-123 4567",
    ];
    for spelling in spellings.iter().cycle().take(10) {
        let status = sign_in_status(&app, sign_in_post(spelling, "wrong guess")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{spelling}");
    }
    for spelling in spellings {
        let status = sign_in_status(&app, sign_in_post(spelling, PASSWORD)).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{spelling}");
    }
}

#[sqlx::test]
async fn only_failures_use_up_the_allowance(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "often@example.fi").await;
    let app = test_app(pool, false);
    // A person signing in many times a day (a shared computer, a coach
    // showing them how) is never slowed down by their own successes.
    for _ in 0..25 {
        let request = from_peer(
            sign_in_post("often@example.fi", PASSWORD),
            "192.0.2.10:5000",
        );
        assert_eq!(sign_in_status(&app, request).await, StatusCode::OK);
    }
}

#[sqlx::test]
async fn a_strangers_guesses_do_not_lock_the_person_out_of_their_own_phone(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool, false);
    // Maija signed in on her phone last week: it carries a known-device cookie.
    let response = send(&app, sign_in_post("maija@example.fi", PASSWORD)).await;
    let device = cookie_pair(&response, "askel_device").expect("known-device cookie");
    // A stranger uses up the account's allowance from elsewhere.
    for _ in 0..10 {
        let status = sign_in_status(&app, sign_in_post("maija@example.fi", "guess")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let stranger = sign_in_status(&app, sign_in_post("maija@example.fi", PASSWORD)).await;
    assert_eq!(stranger, StatusCode::TOO_MANY_REQUESTS);
    // Her phone still gets in, and its own mistakes have their own allowance.
    let phone = |password: &str| with_cookie(sign_in_post("maija@example.fi", password), &device);
    assert_eq!(
        sign_in_status(&app, phone("typo")).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(sign_in_status(&app, phone(PASSWORD)).await, StatusCode::OK);
    // A device cookie sealed for another account, or altered, counts for nothing.
    let forged = device.replacen('=', "=x", 1);
    let request = with_cookie(sign_in_post("maija@example.fi", PASSWORD), &forged);
    assert_eq!(
        sign_in_status(&app, request).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[sqlx::test]
async fn two_processes_share_one_allowance(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "shared@example.fi").await;
    // Two app instances on one database, as two processes behind a balancer:
    // configured alike, with the same session key.
    let process = || {
        let config = Config::from_lookup(|name| match name {
            "DATABASE_URL" => Some("postgres://unused".into()),
            "ASKEL_SESSION_KEY" => Some("k".repeat(64)),
            _ => None,
        })
        .expect("valid configuration");
        app(AppState::new(
            &config,
            pool.clone(),
            support::vocabulary(),
            support::glossary(),
        ))
    };
    let (first, second) = (process(), process());
    for n in 0..10 {
        let app = if n % 2 == 0 { &first } else { &second };
        let status = sign_in_status(app, sign_in_post("shared@example.fi", "guess")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    for app in [&first, &second] {
        let status = sign_in_status(app, sign_in_post("shared@example.fi", PASSWORD)).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    }
}

/// Fails sign-ins for unknown contacts from `peer` (through `forwarded_for`
/// when given) until refused; returns how many were answered first. The
/// allowance is 60, refilled by one every 2 s while the loop runs (slowly
/// on a busy machine), so a few more may pass.
/// What [`failures_until_refused`] may return.
const ALLOWANCE: std::ops::RangeInclusive<usize> = 60..=66;

async fn failures_until_refused(app: &Router, peer: &str, forwarded_for: Option<&str>) -> usize {
    for n in 0..100 {
        let mut request = from_peer(
            sign_in_post(&format!("nobody{n}@example.fi"), "guess"),
            peer,
        );
        if let Some(client) = forwarded_for {
            request
                .headers_mut()
                .insert("x-forwarded-for", client.parse().expect("header"));
        }
        if send(app, request).await.status() == StatusCode::TOO_MANY_REQUESTS {
            return n;
        }
    }
    100
}

#[sqlx::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_allowance(pool: PgPool) {
    let mut state = test_state(pool.clone(), false);
    state.trusted_proxies = vec!["10.0.0.5/32".parse().expect("network")].into();
    let app = app(state);
    // One client behind the proxy fails 60 times: it alone is refused.
    let refused_after = failures_until_refused(&app, "10.0.0.5:443", Some("198.51.100.7")).await;
    assert!(ALLOWANCE.contains(&refused_after), "{refused_after}");
    create_account(&pool, Role::Jobseeker, "other@example.fi").await;
    let mut other = from_peer(sign_in_post("other@example.fi", PASSWORD), "10.0.0.5:443");
    other
        .headers_mut()
        .insert("x-forwarded-for", "203.0.113.9".parse().expect("header"));
    assert_eq!(sign_in_status(&app, other).await, StatusCode::OK);
    // The same header from a peer that is not a trusted proxy is not believed:
    // its failures count against the peer, whatever it claims to forward.
    let refused_after = failures_until_refused(&app, "192.0.2.50:1000", Some("198.51.100.8")).await;
    assert!(ALLOWANCE.contains(&refused_after), "{refused_after}");
    let claimed = from_peer(
        sign_in_post("other@example.fi", PASSWORD),
        "192.0.2.50:1000",
    );
    assert_eq!(
        sign_in_status(&app, claimed).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[sqlx::test]
async fn an_ipv6_host_cannot_escape_by_changing_its_address_within_its_64(pool: PgPool) {
    let app = test_app(pool, false);
    let refused_after = failures_until_refused(&app, "[2001:db8:1:2::1]:1000", None).await;
    assert!(ALLOWANCE.contains(&refused_after), "{refused_after}");
    let next = from_peer(
        sign_in_post("x@example.fi", "guess"),
        "[2001:db8:1:2:ffff::7]:1000",
    );
    assert_eq!(
        sign_in_status(&app, next).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    let neighbour = from_peer(
        sign_in_post("x@example.fi", "guess"),
        "[2001:db8:1:3::1]:1000",
    );
    assert_eq!(
        sign_in_status(&app, neighbour).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[sqlx::test]
async fn feedback_from_one_network_is_limited(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let post = || {
        from_peer(
            form_post("/api/feedback", "page=%2F&helpful=yes", false),
            "192.0.2.77:1",
        )
    };
    for _ in 0..20 {
        assert_eq!(send(&app, post()).await.status(), StatusCode::OK);
    }
    assert_eq!(
        send(&app, post()).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    let stored: i64 = sqlx::query_scalar("select count(*) from page_feedback")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(stored, 20);
}

#[sqlx::test]
async fn the_limits_table_holds_no_contact_and_forgets_whole_allowances(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let long = format!("{}@example.fi", "a".repeat(5000));
    for contact in ["maija@example.fi", long.as_str(), "040 765 4321"] {
        send(
            &app,
            from_peer(sign_in_post(contact, "guess"), "192.0.2.1:1"),
        )
        .await;
    }
    let keys: Vec<(String, Vec<u8>)> = sqlx::query_as("select limit_name, key from rate_limit")
        .fetch_all(&pool)
        .await
        .expect("rows");
    // One network row and one per contact, each key 32 bytes of HMAC.
    assert_eq!(keys.len(), 4, "{keys:?}");
    assert!(keys.iter().all(|(_, key)| key.len() == 32));
    let dump: String =
        sqlx::query_scalar("select string_agg(encode(key, 'escape'), '') from rate_limit")
            .fetch_one(&pool)
            .await
            .expect("dump");
    assert!(
        !dump.contains("maija") && !dump.contains("192.0.2.1"),
        "{dump}"
    );
    // The hourly purge forgets rows whose allowance is whole again, and only those.
    sqlx::query(
        "update rate_limit set whole_at = now() - interval '1 second' where limit_name = 'network'",
    )
    .execute(&pool)
    .await
    .expect("aged");
    let purged = app::retention::purge(&pool).await.expect("purged");
    assert_eq!(purged.rate_limits, 1);
    let left: i64 = sqlx::query_scalar("select count(*) from rate_limit")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(left, 3);
}

#[sqlx::test]
async fn a_wrong_current_password_is_limited_apart_from_strangers(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "self@example.fi").await;
    let app = test_app(pool, false);
    let cookie = support::sign_in(&app, "self@example.fi").await;
    // Strangers use up the sign-in allowance ...
    for _ in 0..10 {
        send(&app, sign_in_post("self@example.fi", "guess")).await;
    }
    // ... and the signed-in person can still change their password.
    let body = format!(
        "current_password={}&new_password=uusi+salasana+kahville",
        form_urlencoded::byte_serialize(PASSWORD.as_bytes()).collect::<String>()
    );
    let change = with_cookie(form_post("/api/change-password", &body, false), &cookie);
    assert_eq!(send(&app, change).await.status(), StatusCode::OK);
}

#[sqlx::test]
async fn account_endpoints_read_only_a_few_kilobytes(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let padded = |bytes: usize| {
        format!(
            "contact=a%40example.fi&password=guess&pad={}",
            "x".repeat(bytes)
        )
    };
    let small = send(&app, form_post("/api/sign-in", &padded(4000), false)).await;
    assert_eq!(small.status(), StatusCode::UNPROCESSABLE_ENTITY);
    for path in [
        "/api/sign-in",
        "/api/join",
        "/api/request-password-reset",
        "/api/reset-password",
    ] {
        let large = send(
            &app,
            form_post(&format!("{path}?lang=fi"), &padded(9000), true),
        )
        .await;
        assert_eq!(large.status(), StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        let page = support::text(large).await;
        assert!(page.contains("liian pitkä"), "{page}");
    }
    // A body that claims to be something else is not read at all.
    let mut json = form_post("/api/sign-in", &padded(9000), false);
    json.headers_mut()
        .insert("content-type", "application/json".parse().expect("header"));
    assert_eq!(
        send(&app, json).await.status(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
}

/// Asks for Maija's reset link from `peer`, through `forwarded_for` if given.
async fn ask_for_reset_link(app: &Router, peer: &str, forwarded_for: Option<&str>) -> StatusCode {
    let mut request = from_peer(
        form_post(
            "/api/request-password-reset",
            "email=maija%40example.fi",
            false,
        ),
        peer,
    );
    if let Some(client) = forwarded_for {
        request
            .headers_mut()
            .insert("x-forwarded-for", client.parse().expect("header"));
    }
    send(app, request).await.status()
}

#[sqlx::test]
async fn a_stranger_asking_for_reset_links_cannot_keep_the_person_from_theirs(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    for _ in 0..5 {
        assert_eq!(
            ask_for_reset_link(&app, "203.0.113.66:1", None).await,
            StatusCode::OK
        );
    }
    assert_eq!(
        ask_for_reset_link(&app, "203.0.113.66:1", None).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Maija, from her own network, still gets her link.
    assert_eq!(
        ask_for_reset_link(&app, "192.0.2.10:1", None).await,
        StatusCode::OK
    );
}

#[sqlx::test]
async fn behind_a_trusted_proxy_reset_links_are_counted_per_client(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let mut state = test_state(pool.clone(), false);
    state.trusted_proxies = vec!["10.0.0.5/32".parse().expect("network")].into();
    let app = app(state);
    let proxy = "10.0.0.5:443";
    // A stranger behind the proxy uses up the links for their network…
    for _ in 0..5 {
        assert_eq!(
            ask_for_reset_link(&app, proxy, Some("198.51.100.7")).await,
            StatusCode::OK
        );
    }
    assert_eq!(
        ask_for_reset_link(&app, proxy, Some("198.51.100.7")).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // …and Maija, coming through the same proxy from her own, gets hers.
    assert_eq!(
        ask_for_reset_link(&app, proxy, Some("203.0.113.9")).await,
        StatusCode::OK
    );
    // A peer that is not a trusted proxy is counted as itself, whatever
    // client it claims to forward for.
    let peer = "192.0.2.50:1000";
    for n in 0..5 {
        let claimed = format!("198.51.100.{}", 20 + n);
        assert_eq!(
            ask_for_reset_link(&app, peer, Some(&claimed)).await,
            StatusCode::OK
        );
    }
    assert_eq!(
        ask_for_reset_link(&app, peer, Some("198.51.100.99")).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}
