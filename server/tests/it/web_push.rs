//! Web Push: a browser subscribes at a listed push service only, a notice
//! reaches it encrypted to its key and signed with the server's VAPID key,
//! a subscription the service says is gone is forgotten, and the
//! subscriptions are in "Download my data" and gone with the account.

use std::sync::{Arc, Mutex};

use app::accounts::Role;
use axum::{
    Router,
    body::Bytes,
    extract::Path,
    http::{HeaderMap, StatusCode},
    routing::post,
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use p256::ecdsa::{Signature, VerifyingKey, signature::Verifier};
use server::mail::{Couriers, Mailer, deliver_due};
use sqlx::PgPool;

use crate::{
    notifications::scratch_dir,
    support::{
        assign_to_coach, create_account, delete_own_account, page, page_after, post_as, sign_in,
        test_app_configured, test_config,
    },
};

/// The app and the worker are configured alike, as one process is: the
/// VAPID key is derived from the session key.
fn push_config(origin: &str) -> Vec<(&'static str, String)> {
    vec![
        ("ASKEL_PUSH_SERVICES", origin.to_owned()),
        ("ASKEL_SESSION_KEY", "k".repeat(64)),
    ]
}

/// What the push service was sent: the path's last part, the headers, the body.
type Received = Arc<Mutex<Vec<(String, HeaderMap, Vec<u8>)>>>;

/// A push service on a free port: 201 for every address but `/push/gone`,
/// which answers 410 as a service does for a browser that unsubscribed, and
/// `/push/forbidden`, which answers 403 as for a token it does not accept.
async fn push_service() -> (String, Received) {
    let received: Received = Arc::default();
    let record = {
        let received = received.clone();
        move |Path(who): Path<String>, headers: HeaderMap, body: Bytes| async move {
            let status = match who.as_str() {
                "gone" => StatusCode::GONE,
                "forbidden" => StatusCode::FORBIDDEN,
                _ => StatusCode::CREATED,
            };
            received
                .lock()
                .expect("lock")
                .push((who, headers, body.to_vec()));
            status
        }
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let origin = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        axum::serve(listener, Router::new().route("/push/{who}", post(record)))
            .await
            .expect("push service");
    });
    (origin, received)
}

/// A browser's push keys: its P-256 key pair and auth secret.
struct Browser {
    secret: p256::SecretKey,
    auth: [u8; 16],
}

impl Browser {
    fn new() -> Self {
        let secret = loop {
            if let Ok(key) = p256::SecretKey::from_slice(&rand::random::<[u8; 32]>()) {
                break key;
            }
        };
        Self {
            secret,
            auth: rand::random(),
        }
    }

    /// The form the island posts, as `PushSubscription.toJSON()` gives it.
    fn form(&self, endpoint: &str) -> String {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        let public = self.secret.public_key().to_encoded_point(false);
        format!(
            "endpoint={}&p256dh={}&auth={}",
            crate::support::encode(endpoint),
            URL_SAFE_NO_PAD.encode(public.as_bytes()),
            URL_SAFE_NO_PAD.encode(self.auth)
        )
    }

    fn read(&self, body: Vec<u8>) -> serde_json::Value {
        let auth = web_push_native::Auth::from(self.auth);
        let plain = web_push_native::decrypt(body, &self.secret, &auth).expect("decrypts");
        serde_json::from_slice(&plain).expect("JSON")
    }
}

/// Maija (no quiet hours) on Kaisa's caseload, signed in to an app that
/// sends to `origin`'s push service; returns the app and both cookies.
async fn maija_and_kaisa(pool: &PgPool, origin: &str) -> (Router, i64, String, String) {
    let maija = create_account(pool, Role::Jobseeker, "maija@example.fi").await;
    let kaisa = create_account(pool, Role::Coach, "kaisa@example.fi").await;
    assign_to_coach(pool, maija, kaisa).await;
    sqlx::query("update account set quiet_from = 0, quiet_until = 0 where account_id = $1")
        .bind(maija)
        .execute(pool)
        .await
        .expect("no quiet hours");
    let app = test_app_configured(pool.clone(), &push_config(origin));
    let maija_cookie = sign_in(&app, "maija@example.fi").await;
    let kaisa_cookie = sign_in(&app, "kaisa@example.fi").await;
    (app, maija, maija_cookie, kaisa_cookie)
}

async fn kaisa_writes(app: &Router, kaisa: &str, maija: i64, n: u8) {
    let key = format!("6d7e1a0b-8a43-4c39-9c52-3c1f1d5c0a{n:02}");
    let body = format!("jobseeker={maija}&body=Salainen+asia+{n}&key={key}");
    let sent = post_as(app, kaisa, "/api/send-coach-message", &body).await;
    assert!(sent.status().as_u16() < 400, "{}", sent.status());
}

fn couriers(pool: &PgPool, origin: &str) -> Couriers {
    Couriers {
        mail: Mailer::Files {
            transport: lettre::AsyncFileTransport::new(scratch_dir("push-mail")),
            from: "Askel <askel@example.fi>".parse().expect("from"),
        },
        sms: server::sms::Texter::Files {
            dir: scratch_dir("push-sms"),
        },
        push: server::push::Pusher::from_config(&test_config(&push_config(origin)), pool.clone())
            .expect("pusher"),
    }
}

async fn subscriptions(pool: &PgPool, account: i64) -> Vec<String> {
    sqlx::query_scalar("select endpoint from push_subscription where account_id = $1")
        .bind(account)
        .fetch_all(pool)
        .await
        .expect("subscriptions")
}

#[sqlx::test]
async fn a_notice_reaches_the_browser_encrypted_to_its_key_and_signed(pool: PgPool) {
    let (origin, received) = push_service().await;
    let (app, maija, mine, kaisa) = maija_and_kaisa(&pool, &origin).await;
    let browser = Browser::new();
    let endpoint = format!("{origin}/push/maija");
    let saved = post_as(&app, &mine, "/api/push-subscribe", &browser.form(&endpoint)).await;
    assert!(saved.status().as_u16() < 400, "{}", saved.status());
    assert_eq!(
        subscriptions(&pool, maija).await,
        std::slice::from_ref(&endpoint)
    );
    let settings = page(&app, &mine, "/account/notifications?lang=en").await;
    assert!(
        settings.contains("One phone or browser shows your notifications."),
        "{settings}"
    );

    kaisa_writes(&app, &kaisa, maija, 1).await;
    let payload: String = sqlx::query_scalar("select body from outbox where channel = 'push'")
        .fetch_one(&pool)
        .await
        .expect("a push notice queued");
    assert!(!payload.contains("Salainen"), "no words of the message");
    deliver_due(&pool, &couriers(&pool, &origin))
        .await
        .expect("delivered");

    let received = received.lock().expect("lock").clone();
    assert_eq!(received.len(), 1, "once");
    let (who, headers, body) = received[0].clone();
    assert_eq!(who, "maija");
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("content-encoding"), "aes128gcm");
    let mut notice = browser.read(body);
    // Worth showing for four hours from now (no quiet hours), then dropped.
    let until = notice["until"].take().as_i64().expect("until");
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    assert!(
        (now + 4 * 3600 - 60..=now + 4 * 3600).contains(&until),
        "{until}"
    );
    let ttl: i64 = header("ttl").parse().expect("a TTL");
    assert!((4 * 3600 - 60..=4 * 3600).contains(&ttl), "{ttl}");
    assert_eq!(
        notice,
        serde_json::json!({
            "title": "Askel",
            "body": "You have a new message in Askel",
            "url": "/messages",
            "lang": "en",
            "dir": "ltr",
            "until": null,
        })
    );

    // The VAPID token: signed by the key browsers subscribe with, for this
    // push service's origin (its port too), not yet expired.
    let authorization = header("authorization");
    let (token, key) = authorization
        .strip_prefix("vapid t=")
        .and_then(|rest| rest.split_once(", k="))
        .expect("vapid t=…, k=…");
    let served_key = server::push::settings(&test_config(&push_config(&origin))).public_key;
    assert_eq!(URL_SAFE_NO_PAD.decode(key).expect("key"), served_key);
    let (signed, signature) = token.rsplit_once('.').expect("a JWT");
    let signature = Signature::from_slice(&URL_SAFE_NO_PAD.decode(signature).expect("b64"))
        .expect("a signature");
    VerifyingKey::from_sec1_bytes(&served_key)
        .expect("key")
        .verify(signed.as_bytes(), &signature)
        .expect("the token verifies");
    let claims: serde_json::Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(signed.split_once('.').expect("claims").1)
            .expect("b64"),
    )
    .expect("JSON");
    assert_eq!(claims["aud"], origin.as_str());
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let exp = claims["exp"].as_i64().expect("exp");
    assert!(exp > now && exp <= now + 24 * 3600, "{claims}");
}

#[sqlx::test]
async fn only_a_listed_push_service_and_real_keys_are_accepted(pool: PgPool) {
    let (origin, _) = push_service().await;
    let (app, maija, mine, _) = maija_and_kaisa(&pool, &origin).await;
    let browser = Browser::new();
    for endpoint in [
        "https://evil.example/push/1".to_owned(),
        "http://169.254.169.254/latest/meta-data/".to_owned(),
        format!("{origin}.evil.example/push/1"),
    ] {
        let refused = post_as(&app, &mine, "/api/push-subscribe", &browser.form(&endpoint)).await;
        assert_eq!(refused.status(), 400, "{endpoint}");
    }
    let short_key = format!("endpoint={origin}/push/1&p256dh=BAAA&auth=AAAAAAAAAAAAAAAAAAAAAA");
    let refused = post_as(&app, &mine, "/api/push-subscribe", &short_key).await;
    assert_eq!(refused.status(), 400);
    assert!(subscriptions(&pool, maija).await.is_empty());

    // At most five browsers: the sixth replaces the first.
    for n in 1..=6 {
        let endpoint = format!("{origin}/push/phone-{n}");
        post_as(&app, &mine, "/api/push-subscribe", &browser.form(&endpoint)).await;
    }
    let kept = subscriptions(&pool, maija).await;
    assert_eq!(kept.len(), 5);
    assert!(
        !kept.contains(&format!("{origin}/push/phone-1")),
        "{kept:?}"
    );
}

#[sqlx::test]
async fn a_subscription_the_service_calls_gone_is_forgotten_a_refused_one_kept(pool: PgPool) {
    let (origin, received) = push_service().await;
    let (app, maija, mine, kaisa) = maija_and_kaisa(&pool, &origin).await;
    let browser = Browser::new();
    for who in ["gone", "forbidden"] {
        let endpoint = format!("{origin}/push/{who}");
        post_as(&app, &mine, "/api/push-subscribe", &browser.form(&endpoint)).await;
    }
    kaisa_writes(&app, &kaisa, maija, 1).await;
    deliver_due(&pool, &couriers(&pool, &origin))
        .await
        .expect("delivered");
    assert_eq!(received.lock().expect("lock").len(), 2);
    // 410: forgotten, and nothing to try again.
    assert_eq!(
        subscriptions(&pool, maija).await,
        [format!("{origin}/push/forbidden")]
    );
    // 403 may be the server's own fault (clock, key): kept, tried again later.
    let waiting: Vec<Option<String>> = sqlx::query_scalar(
        "select last_error from outbox where channel = 'push' and sent_at is null",
    )
    .fetch_all(&pool)
    .await
    .expect("waiting");
    assert_eq!(waiting, [Some("push service answered 403".to_owned())]);
}

#[sqlx::test]
async fn a_notice_past_its_time_is_dropped_unsent(pool: PgPool) {
    let (origin, received) = push_service().await;
    let (app, maija, mine, kaisa) = maija_and_kaisa(&pool, &origin).await;
    let endpoint = format!("{origin}/push/late");
    post_as(
        &app,
        &mine,
        "/api/push-subscribe",
        &Browser::new().form(&endpoint),
    )
    .await;
    kaisa_writes(&app, &kaisa, maija, 1).await;
    // As if its sending had failed for four hours.
    sqlx::query(
        "update outbox set body = jsonb_set(body::jsonb, '{until}', to_jsonb(extract(epoch from now())::bigint - 1))::text
         where channel = 'push'",
    )
    .execute(&pool)
    .await
    .expect("aged");
    deliver_due(&pool, &couriers(&pool, &origin))
        .await
        .expect("delivered");
    assert!(received.lock().expect("lock").is_empty(), "not sent");
    assert_eq!(
        subscriptions(&pool, maija).await,
        [endpoint],
        "the browser kept"
    );
}

#[sqlx::test]
async fn a_browser_shows_one_accounts_notices_the_last_to_turn_them_on(pool: PgPool) {
    let (origin, _) = push_service().await;
    let (app, maija, mine, kaisa) = maija_and_kaisa(&pool, &origin).await;
    let endpoint = format!("{origin}/push/shared-phone");
    let form = Browser::new().form(&endpoint);
    post_as(&app, &mine, "/api/push-subscribe", &form).await;
    kaisa_writes(&app, &kaisa, maija, 1).await;
    let known = |cookie: String| {
        let app = app.clone();
        let body = format!("endpoint={}", crate::support::encode(&endpoint));
        async move {
            let answer = post_as(&app, &cookie, "/api/push-known?lang=en", &body).await;
            crate::support::text(answer).await
        }
    };
    assert!(known(mine.clone()).await.contains("true"));
    // Kaisa turns notices on in the same browser: Maija's row and its
    // waiting notice go; the browser says "on" for Kaisa only.
    post_as(&app, &kaisa, "/api/push-subscribe", &form).await;
    assert!(subscriptions(&pool, maija).await.is_empty());
    assert!(known(kaisa.clone()).await.contains("true"));
    assert!(known(mine.clone()).await.contains("false"));
    let orphans: i64 = sqlx::query_scalar(
        "select count(*) from outbox o where channel = 'push'
         and not exists (select 1 from push_subscription s where s.subscription_id::text = o.recipient)",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(
        orphans, 1,
        "Maija's notice names a row that is gone: never sent to Kaisa's browser"
    );
}

#[sqlx::test]
async fn subscriptions_are_exported_by_service_stopped_everywhere_and_deleted(pool: PgPool) {
    let (origin, _) = push_service().await;
    let (app, maija, mine, _) = maija_and_kaisa(&pool, &origin).await;
    let browser = Browser::new();
    for n in 1..=2 {
        let endpoint = format!("{origin}/push/phone-{n}");
        post_as(&app, &mine, "/api/push-subscribe", &browser.form(&endpoint)).await;
    }
    let export = page(&app, &mine, "/api/my-data").await;
    let data: serde_json::Value = serde_json::from_str(&export).expect("JSON");
    let browsers = data["notification_browsers"].as_array().expect("listed");
    assert_eq!(browsers.len(), 2);
    let host = origin.trim_start_matches("http://");
    assert_eq!(browsers[0]["push_service"], host);
    assert!(
        !export.contains("phone-1"),
        "the address itself is not shown"
    );

    // One browser turned off, then "stop on every phone" (a plain form).
    let one = format!(
        "endpoint={}",
        crate::support::encode(&format!("{origin}/push/phone-1"))
    );
    post_as(&app, &mine, "/api/push-unsubscribe", &one).await;
    assert_eq!(subscriptions(&pool, maija).await.len(), 1);
    let stopped = post_as(&app, &mine, "/api/stop-push", "").await;
    assert_eq!(stopped.status(), 302);
    assert!(subscriptions(&pool, maija).await.is_empty());
    let settings = page_after(&app, &stopped, "/account/notifications?lang=en", &mine).await;
    assert!(
        settings.contains("No phone or browser shows your notifications now."),
        "{settings}"
    );

    post_as(
        &app,
        &mine,
        "/api/push-subscribe",
        &browser.form(&format!("{origin}/push/3")),
    )
    .await;
    assert_eq!(subscriptions(&pool, maija).await.len(), 1);
    let deleted = delete_own_account(&app, &mine).await;
    assert!(deleted.status().as_u16() < 400);
    assert!(
        subscriptions(&pool, maija).await.is_empty(),
        "gone with the account"
    );
}
