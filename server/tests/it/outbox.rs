//! The outbox worker: single delivery with workers racing, and back-off on failure.

use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use app::outbox::{Email, db::enqueue};
use server::mail::{Deliver, deliver_due};
use sqlx::PgPool;

/// Remembers every recipient it "sent" to; slow enough that workers overlap.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<String>>>);

impl Deliver for Recorder {
    async fn deliver(&self, email: &Email) -> Result<(), String> {
        tokio::time::sleep(Duration::from_millis(5)).await;
        self.0.lock().expect("recorder lock").push(email.to.clone());
        Ok(())
    }
}

struct Broken;

impl Deliver for Broken {
    async fn deliver(&self, _email: &Email) -> Result<(), String> {
        Err("connection refused".into())
    }
}

async fn enqueue_many(pool: &PgPool, count: usize) {
    let mut conn = pool.acquire().await.expect("connection");
    for n in 0..count {
        let email = Email {
            to: format!("person{n}@example.fi"),
            subject: "Hei".into(),
            body: format!("secret link {n}"),
            unsubscribe: None,
        };
        enqueue(&mut conn, &email).await.expect("enqueued");
    }
}

#[sqlx::test]
async fn two_racing_workers_send_every_message_exactly_once(pool: PgPool) {
    enqueue_many(&pool, 40).await;
    let recorder = Recorder::default();
    let (a, b) = tokio::join!(deliver_due(&pool, &recorder), deliver_due(&pool, &recorder));
    let (a, b) = (a.expect("worker a"), b.expect("worker b"));
    assert_eq!(a + b, 40);
    assert!(a > 0 && b > 0, "both workers took part: {a} and {b}");

    let mut sent = recorder.0.lock().expect("lock").clone();
    sent.sort();
    sent.dedup();
    assert_eq!(sent.len(), 40, "no duplicates, none missing");
    let unsent_or_kept: i64 =
        sqlx::query_scalar("select count(*) from outbox where sent_at is null or body <> ''")
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!(unsent_or_kept, 0, "all sent, bodies blanked");

    // Nothing is sent again.
    assert_eq!(deliver_due(&pool, &recorder).await.expect("again"), 0);
}

#[sqlx::test]
async fn a_failed_delivery_is_retried_later_with_back_off(pool: PgPool) {
    enqueue_many(&pool, 1).await;
    assert_eq!(deliver_due(&pool, &Broken).await.expect("worker"), 0);
    let (attempts, error, wait): (i32, Option<String>, f64) = sqlx::query_as(
        "select attempts, last_error, extract(epoch from next_attempt_at - now())::float8 from outbox",
    )
    .fetch_one(&pool)
    .await
    .expect("row");
    assert_eq!(attempts, 1);
    assert_eq!(error.as_deref(), Some("connection refused"));
    assert!(
        (55.0..=61.0).contains(&wait),
        "first retry in a minute, not {wait}"
    );

    // Not due yet: a working mailer does not send it early.
    let recorder = Recorder::default();
    assert_eq!(deliver_due(&pool, &recorder).await.expect("worker"), 0);
    sqlx::query("update outbox set next_attempt_at = now(), attempts = 3")
        .execute(&pool)
        .await
        .expect("make due");
    assert_eq!(deliver_due(&pool, &Broken).await.expect("worker"), 0);
    let wait: f64 = sqlx::query_scalar(
        "select extract(epoch from next_attempt_at - now())::float8 from outbox",
    )
    .fetch_one(&pool)
    .await
    .expect("wait");
    assert!(
        (470.0..=481.0).contains(&wait),
        "fourth retry in 8 minutes, not {wait}"
    );
}

#[sqlx::test]
async fn a_message_is_given_up_after_the_last_attempt(pool: PgPool) {
    enqueue_many(&pool, 1).await;
    sqlx::query("update outbox set attempts = 11")
        .execute(&pool)
        .await
        .expect("many attempts");
    deliver_due(&pool, &Broken).await.expect("worker");
    let (given_up, body): (bool, String) =
        sqlx::query_as("select next_attempt_at = 'infinity', body from outbox")
            .fetch_one(&pool)
            .await
            .expect("row");
    assert!(given_up);
    // The body may hold a one-time link nobody will receive: not kept.
    assert_eq!(body, "");
}

/// Checks, while "sending", that no connection of the worker sits in an
/// open transaction: a slow mail server must not hold one.
struct Watchful(PgPool, Arc<Mutex<Vec<i64>>>);

impl Deliver for Watchful {
    async fn deliver(&self, _email: &Email) -> Result<(), String> {
        let open: i64 = sqlx::query_scalar(
            "select count(*) from pg_stat_activity
             where datname = current_database() and state like 'idle in transaction%'",
        )
        .fetch_one(&self.0)
        .await
        .map_err(|e| e.to_string())?;
        self.1.lock().expect("lock").push(open);
        tokio::time::sleep(Duration::from_millis(20)).await;
        Ok(())
    }
}

#[sqlx::test]
async fn no_transaction_is_open_while_the_mail_server_answers(pool: PgPool) {
    enqueue_many(&pool, 3).await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sent = deliver_due(&pool, &Watchful(pool.clone(), seen.clone()))
        .await
        .expect("worker");
    assert_eq!(sent, 3);
    assert_eq!(*seen.lock().expect("lock"), [0, 0, 0]);
}

#[sqlx::test]
async fn a_message_leased_by_a_worker_that_died_is_sent_after_the_lease(pool: PgPool) {
    enqueue_many(&pool, 1).await;
    // A worker leased it and died before sending: nobody else takes it now.
    let leased = app::outbox::db::claim_next(&pool).await.expect("claim");
    assert!(leased.is_some());
    let recorder = Recorder::default();
    assert_eq!(deliver_due(&pool, &recorder).await.expect("worker"), 0);
    // Once the lease has run out, another worker sends it.
    sqlx::query("update outbox set next_attempt_at = now() - interval '1 second'")
        .execute(&pool)
        .await
        .expect("lease over");
    assert_eq!(deliver_due(&pool, &recorder).await.expect("worker"), 1);
    assert_eq!(*recorder.0.lock().expect("lock"), ["person0@example.fi"]);
}
