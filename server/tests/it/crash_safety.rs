//! `kill -9` in the middle of work: after a restart nothing a person was told
//! is saved is missing, and no seat is given twice.

use crate::process;
use crate::support;

use std::collections::HashSet;

use process::{Askel, Reply, answer_id, database_url, post_to, sessions_for};
use sqlx::PgPool;
use tokio::task::JoinSet;

type Replies = JoinSet<(usize, std::io::Result<Reply>)>;

/// One request per person, all at once, to the process on `port`.
fn post_all(
    port: u16,
    tokens: &[String],
    path: &'static str,
    body: impl Fn(usize) -> String,
) -> Replies {
    let mut tasks = JoinSet::new();
    for (i, token) in tokens.iter().enumerate() {
        let (token, body) = (token.clone(), body(i));
        tasks.spawn(async move { (i, post_to(port, path, &token, &body).await) });
    }
    tasks
}

/// Kills `server` once `kill_after` of the requests have been answered;
/// returns the people whose request was answered 200 (told "saved").
async fn kill_midway(
    server: &mut Askel,
    mut replies: Replies,
    kill_after: usize,
) -> HashSet<usize> {
    let total = replies.len();
    let (mut told_saved, mut answered) = (HashSet::new(), 0);
    while let Some(joined) = replies.join_next().await {
        let (i, reply) = joined.expect("task ran");
        if let Ok(reply) = reply {
            answered += 1;
            assert!(reply.status < 500, "{reply:?}");
            if reply.status == 200 {
                told_saved.insert(i);
            }
        }
        if answered == kill_after {
            server.kill9();
        }
    }
    assert!(
        answered < total,
        "the process died after all {total} were answered"
    );
    told_saved
}

/// Every request answered, none with a server error.
async fn all_answered(mut replies: Replies) {
    while let Some(joined) = replies.join_next().await {
        let (_, reply) = joined.expect("task ran");
        let reply = reply.expect("an HTTP answer");
        assert!(matches!(reply.status, 200 | 409), "{reply:?}");
    }
}

async fn signed_up(pool: &PgPool, event: i64, status: &str) -> Vec<i64> {
    sqlx::query_scalar("select account_id from event_signup where event_id = $1 and status = $2")
        .bind(event)
        .bind(status)
        .fetch_all(pool)
        .await
        .expect("sign-ups")
}

fn mail_dir() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("askel-crash-{}", std::process::id()))
}

#[sqlx::test]
async fn sign_ups_told_saved_survive_a_kill_and_no_seat_is_given_twice(pool: PgPool) {
    let url = database_url(&pool).await;
    let event = support::published_event(&pool, Some(300), None).await;
    let people = support::insert_jobseekers(&pool, 500).await;
    let tokens = sessions_for(&pool, &people).await;
    let body = |_| format!("event={}", event.event_id);

    let mut server = Askel::start(&url, &mail_dir()).await;
    let replies = post_all(server.port, &tokens, "/api/event-sign-up", body);
    let told = kill_midway(&mut server, replies, 150).await;

    let server = Askel::start(&url, &mail_dir()).await;
    let confirmed = signed_up(&pool, event.event_id, "confirmed").await;
    let waiting = signed_up(&pool, event.event_id, "waiting").await;
    let stored: HashSet<i64> = confirmed.iter().chain(&waiting).copied().collect();
    assert!(told.len() >= 150, "{} told", told.len());
    for i in &told {
        assert!(
            stored.contains(&people[*i]),
            "person {i} was told they were signed up"
        );
    }
    assert!(confirmed.len() <= 300, "{} seats given", confirmed.len());

    // Everyone tries again after the restart: the event fills exactly.
    all_answered(post_all(server.port, &tokens, "/api/event-sign-up", body)).await;
    assert_eq!(
        signed_up(&pool, event.event_id, "confirmed").await.len(),
        300
    );
    assert_eq!(signed_up(&pool, event.event_id, "waiting").await.len(), 200);
}

#[sqlx::test]
async fn answers_told_saved_survive_a_kill_and_are_saved_once(pool: PgPool) {
    let url = database_url(&pool).await;
    let people = support::insert_jobseekers(&pool, 300).await;
    let tokens = sessions_for(&pool, &people).await;
    let body = |i: usize| {
        format!(
            "module=cv&step=welcome&answer_id={}",
            answer_id(people[i], 1)
        )
    };

    let mut server = Askel::start(&url, &mail_dir()).await;
    let replies = post_all(server.port, &tokens, "/api/module-answer", body);
    let told = kill_midway(&mut server, replies, 100).await;

    let server = Askel::start(&url, &mail_dir()).await;
    let saved: Vec<i64> =
        sqlx::query_scalar("select account_id from module_answer where step_id = 'welcome'")
            .fetch_all(&pool)
            .await
            .expect("answers");
    let saved: HashSet<i64> = saved.into_iter().collect();
    assert!(told.len() >= 100, "{} told", told.len());
    for i in &told {
        assert!(
            saved.contains(&people[*i]),
            "person {i} was told their answer was saved"
        );
    }

    // The player sends every answer it still holds again: each is saved once.
    all_answered(post_all(server.port, &tokens, "/api/module-answer", body)).await;
    let answers: i64 =
        sqlx::query_scalar("select count(*) from module_answer where step_id = 'welcome'")
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!(answers, 300);
}
