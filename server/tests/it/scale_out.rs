//! Two `askel` processes on one database, every request alternating between
//! them as a round-robin load balancer would: they behave as one service.

use crate::process;
use crate::support;

use std::{path::PathBuf, time::Duration};

use process::{Askel, Reply, answer_id, database_url, sessions_for};
use sqlx::PgPool;
use tokio::task::JoinSet;

/// A mail folder of the test's own, emptied first.
fn mail_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("askel-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mail folder");
    dir
}

/// Sends `body` to `path` as each person (session `tokens`), every person
/// twice at once, through each of the two processes, so every request races
/// its twin on the other process.
async fn post_twice_through_both(
    ports: [u16; 2],
    tokens: &[String],
    path: &'static str,
    body: impl Fn(usize) -> String,
) -> Vec<Reply> {
    let mut tasks = JoinSet::new();
    for (i, token) in tokens.iter().enumerate() {
        for port in ports {
            let (token, body) = (token.clone(), body(i));
            tasks.spawn(async move { process::post_to(port, path, &token, &body).await });
        }
    }
    let mut replies = Vec::new();
    while let Some(reply) = tasks.join_next().await {
        replies.push(reply.expect("task ran").expect("an HTTP answer"));
    }
    replies
}

async fn count(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(pool)
        .await
        .expect("counted")
}

#[sqlx::test]
async fn two_processes_behind_a_round_robin_behave_as_one(pool: PgPool) {
    support::load_modules(&pool).await;
    let url = database_url(&pool).await;
    let mail = mail_dir("scale-out");
    let (a, b) = (
        Askel::start(&url, &mail).await,
        Askel::start(&url, &mail).await,
    );
    // Starts in three hours: the reminders are due at once.
    let event = support::published_event(&pool, Some(40), None).await;
    sqlx::query(
        "update event set starts_at = now() + interval '3 hours', ends_at = now() + interval '5 hours',
                          signup_deadline = now() + interval '2 hours'
         where event_id = $1",
    )
    .bind(event.event_id)
    .execute(&pool)
    .await
    .expect("event moved");
    let people = support::insert_jobseekers(&pool, 60).await;
    let tokens = sessions_for(&pool, &people).await;

    // A session opened through one process is good on the other.
    for server in [&a, &b] {
        let page = server
            .get("/modules", Some(&tokens[0]))
            .await
            .expect("page");
        assert_eq!(page.status, 200, "{}", page.head);
    }

    // Sign-ups: 60 people for 40 seats, each person's two requests racing.
    let event_id = event.event_id;
    let replies = post_twice_through_both([a.port, b.port], &tokens, "/api/event-sign-up", |_| {
        format!("event={event_id}")
    })
    .await;
    for reply in &replies {
        assert!(matches!(reply.status, 200 | 409), "{reply:?}");
    }
    let by_status = |status: &'static str| {
        format!(
            "select count(*) from event_signup where event_id = {event_id} and status = '{status}'"
        )
    };
    assert_eq!(count(&pool, &by_status("confirmed")).await, 40);
    assert_eq!(count(&pool, &by_status("waiting")).await, 20);

    // Module answers: the same answer through both processes is saved once.
    let replies = post_twice_through_both([a.port, b.port], &tokens, "/api/module-answer", |i| {
        format!(
            "module=cv&step=welcome&answer_id={}",
            answer_id(people[i], 1)
        )
    })
    .await;
    for reply in &replies {
        assert_eq!(reply.status, 200, "{reply:?}");
    }
    assert_eq!(
        count(
            &pool,
            "select count(*) from module_answer where step_id = 'welcome'"
        )
        .await,
        60
    );

    // Reminders and mail: both workers run; each reminder is queued once and
    // every message is delivered once, by one of them.
    let reminded = by_status("confirmed") + " and reminded_at is not null";
    let unsent = "select count(*) from outbox where sent_at is null";
    for _ in 0..600 {
        if count(&pool, &reminded).await == 40 && count(&pool, unsent).await == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(count(&pool, &reminded).await, 40, "every seat reminded");
    assert_eq!(count(&pool, unsent).await, 0, "all mail sent");
    let duplicates = "select count(*) from (select recipient, subject from outbox
                      group by recipient, subject having count(*) > 1) twice";
    assert_eq!(count(&pool, duplicates).await, 0, "no message queued twice");
    let queued = count(&pool, "select count(*) from outbox").await;
    assert!(queued >= 40, "{queued} messages");
    let delivered = std::fs::read_dir(&mail).expect("mail folder").count();
    assert_eq!(delivered as i64, queued, "each message delivered once");
    let _ = std::fs::remove_dir_all(&mail);
}
