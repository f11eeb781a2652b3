//! While PostgreSQL restarts, pages answer a 503 "try again" in the reader's
//! language, quickly, and once it is back the same process serves again by
//! itself. The test runs a PostgreSQL cluster of its own (scripts/pg.sh with
//! ASKEL_PG_DIR), so stopping it disturbs no other test.

use crate::process;

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::{Duration, Instant},
};

use process::{Askel, Reply, answer_id, sessions_for};
use sqlx::PgPool;

/// A cluster under a folder of its own, stopped and removed when dropped.
struct Cluster(PathBuf);

impl Cluster {
    fn pg(&self, command: &str) -> String {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/pg.sh");
        let output = Command::new(script)
            .arg(command)
            .env("ASKEL_PG_DIR", &self.0)
            .output()
            .expect("pg.sh runs");
        assert!(output.status.success(), "pg.sh {command}: {output:?}");
        String::from_utf8(output.stdout)
            .expect("text")
            .trim()
            .to_owned()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.pg("stop");
        if let Ok(real) = std::fs::canonicalize(&self.0) {
            let _ = std::fs::remove_dir_all(real);
        }
        let _ = std::fs::remove_file(&self.0);
        let _ = std::fs::remove_dir_all(&self.0);
        let _ = std::fs::remove_dir_all(self.0.with_extension("mail"));
    }
}

const FINNISH_TRY_AGAIN: &str = "Askel ei ole hetkeen käytettävissä";

/// The outage answer, quickly: a 503 with `Retry-After` whose body has
/// `expected`. A post is refused by the session check before its handler
/// runs, so the WASM client also gets the page; it keeps the answer queued.
fn assert_try_again(what: &str, reply: &Reply, took: Duration, expected: &str) {
    assert_eq!(reply.status, 503, "{what}: {reply:?}");
    let head = reply.head.to_ascii_lowercase();
    assert!(head.contains("retry-after:"), "{what}: {head}");
    assert!(reply.body.contains(expected), "{what}: {}", reply.body);
    assert!(took < Duration::from_secs(15), "{what} took {took:?}");
}

async fn timed(reply: impl Future<Output = std::io::Result<Reply>>) -> (Reply, Duration) {
    let started = Instant::now();
    let reply = reply.await.expect("an HTTP answer");
    (reply, started.elapsed())
}

#[tokio::test]
async fn while_the_database_restarts_pages_say_try_again_and_then_recover() {
    let cluster =
        Cluster(std::env::temp_dir().join(format!("askel-restart-{}", std::process::id())));
    cluster.pg("start");
    let url = cluster.pg("url");
    let pool = PgPool::connect(&url).await.expect("own cluster");
    let mail = cluster.0.with_extension("mail");
    let server = Askel::start(&url, &mail).await;
    let people = support_jobseeker(&pool).await;
    let token = sessions_for(&pool, &[people]).await.remove(0);
    pool.close().await;
    let (events, _) = timed(server.get("/events", Some(&token))).await;
    assert_eq!(events.status, 200, "{events:?}");

    cluster.pg("stop");
    let (reply, took) = timed(server.get("/events", Some(&token))).await;
    assert_try_again("events list", &reply, took, FINNISH_TRY_AGAIN);
    let (reply, took) = timed(server.get("/modules", Some(&token))).await;
    assert_try_again("modules, signed in", &reply, took, FINNISH_TRY_AGAIN);
    let answer = format!("module=cv&step=welcome&answer_id={}", answer_id(people, 1));
    let (reply, took) = timed(server.post("/api/module-answer", &token, &answer)).await;
    assert_try_again("a module answer", &reply, took, FINNISH_TRY_AGAIN);

    cluster.pg("start");
    let back = Instant::now();
    loop {
        let reply = server
            .post("/api/module-answer", &token, &answer)
            .await
            .expect("answer");
        if reply.status == 200 {
            break;
        }
        assert_eq!(reply.status, 503, "{reply:?}");
        assert!(back.elapsed() < Duration::from_secs(30), "not back in 30 s");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (page, _) = timed(server.get("/modules", Some(&token))).await;
    assert_eq!(page.status, 200, "{}", page.head);
}

/// One jobseeker in the test's own cluster.
async fn support_jobseeker(pool: &PgPool) -> i64 {
    sqlx::query_scalar(
        "insert into account (role, display_name, email, password_hash, locale)
         values ('jobseeker', 'Restart Person', 'restart@example.test', 'not a hash', 'fi')
         returning account_id",
    )
    .fetch_one(pool)
    .await
    .expect("jobseeker")
}
