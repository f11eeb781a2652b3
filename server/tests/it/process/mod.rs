//! Real `askel` processes, for what only a process shows: two of them on one
//! database, `kill -9` in the middle of work, a database that restarts. Each
//! is spoken to over loopback HTTP/1.1, one connection per request.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the helpers"
)]

use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use sqlx::PgPool;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

/// Every process of a test shares this key, as the processes of one service
/// must: a session or a code made by one is good on the other.
const SESSION_KEY: &str = "process-test-key-0123456789abcdef0123456789abcdef0123456789abcdef";

/// One running `askel`; killed when dropped.
pub struct Askel {
    child: Child,
    pub port: u16,
}

impl Askel {
    /// Starts `askel` on a free port against `database_url`, writing its mail
    /// to `mail_dir`, and waits until it answers its health check.
    pub async fn start(database_url: &str, mail_dir: &Path) -> Askel {
        Self::start_with(database_url, mail_dir, &[]).await
    }

    /// As [`Askel::start`], with `settings` added to its environment.
    pub async fn start_with(
        database_url: &str,
        mail_dir: &Path,
        settings: &[(&str, &str)],
    ) -> Askel {
        let port = free_port();
        let child = Command::new(env!("CARGO_BIN_EXE_askel"))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", database_url)
            .env("ASKEL_ADDR", format!("127.0.0.1:{port}"))
            .env("ASKEL_SESSION_KEY", SESSION_KEY)
            .env("ASKEL_MAIL_DIR", mail_dir)
            .env("ASKEL_CONTENT_DIR", content_dir())
            .env("RUST_LOG", "error")
            .envs(settings.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("askel starts");
        let askel = Askel { child, port };
        askel.wait_until_healthy(Duration::from_secs(60)).await;
        askel
    }

    /// Waits until `/healthz` answers 200.
    pub async fn wait_until_healthy(&self, limit: Duration) {
        let started = Instant::now();
        loop {
            if let Ok(reply) = self.get("/healthz", None).await
                && reply.status == 200
            {
                return;
            }
            assert!(
                started.elapsed() < limit,
                "askel on port {} was not healthy in {limit:?}",
                self.port
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Ends the process at once, as a power cut or the OOM killer would.
    pub fn kill9(&mut self) {
        self.child.kill().expect("SIGKILL sent");
        self.child.wait().expect("reaped");
    }

    /// A GET, as a browser with the session `cookie` (and Finnish) sends it.
    pub async fn get(&self, path: &str, cookie: Option<&str>) -> std::io::Result<Reply> {
        request(self.port, "GET", path, cookie, None).await
    }

    /// A form post as the WASM client sends it (the answer is data).
    pub async fn post(&self, path: &str, cookie: &str, body: &str) -> std::io::Result<Reply> {
        post_to(self.port, path, cookie, body).await
    }
}

impl Drop for Askel {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Status, head and body of one HTTP answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: String,
}

/// A form post as the WASM client sends it, to the process on `port`.
pub async fn post_to(port: u16, path: &str, cookie: &str, body: &str) -> std::io::Result<Reply> {
    request(port, "POST", path, Some(cookie), Some(body)).await
}

async fn request(
    port: u16,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: Option<&str>,
) -> std::io::Result<Reply> {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\
         Accept-Language: fi\r\nSec-Fetch-Site: same-origin\r\n"
    );
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: askel_session={cookie}\r\n"));
    }
    if let Some(body) = body {
        head.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\n\
             Content-Length: {}\r\n",
            body.len()
        ));
    }
    head.push_str("\r\n");
    head.push_str(body.unwrap_or(""));
    let exchange = async {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
        stream.write_all(head.as_bytes()).await?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await?;
        Ok::<_, std::io::Error>(answer)
    };
    let answer = tokio::time::timeout(Duration::from_secs(30), exchange)
        .await
        .map_err(|_| std::io::Error::other("no answer in 30 s"))??;
    parse(&String::from_utf8_lossy(&answer))
}

fn parse(answer: &str) -> std::io::Result<Reply> {
    let (head, body) = answer
        .split_once("\r\n\r\n")
        .ok_or_else(|| std::io::Error::other(format!("not an HTTP answer: {answer:?}")))?;
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status in {head:?}")))?;
    Ok(Reply {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    })
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("bound address").port()
}

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// The URL of the database `pool` is connected to, for a process to use.
pub async fn database_url(pool: &PgPool) -> String {
    let name: String = sqlx::query_scalar("select current_database()")
        .fetch_one(pool)
        .await
        .expect("database name");
    with_database(
        &std::env::var("DATABASE_URL").expect("DATABASE_URL is set by make test"),
        &name,
    )
}

/// `url` pointing at database `name` instead.
pub fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a URL");
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let query = rest.find('?').map_or("", |at| &rest[at..]);
    format!("{scheme}://{}/{name}{query}", &rest[..authority_end])
}

/// Sessions put straight into the database, one per account: the token to
/// send as the `askel_session` cookie, in the order of `accounts`.
pub async fn sessions_for(pool: &PgPool, accounts: &[i64]) -> Vec<String> {
    let tokens: Vec<String> = accounts
        .iter()
        .map(|id| format!("process-test-session-{id}"))
        .collect();
    sqlx::query(
        "insert into session (session_id, account_id, expires_at)
         select sha256(convert_to(token, 'UTF8')), account_id, now() + interval '1 day'
         from unnest($1::text[], $2::bigint[]) as t(token, account_id)",
    )
    .bind(&tokens)
    .bind(accounts)
    .execute(pool)
    .await
    .expect("sessions inserted");
    tokens
}

/// A fresh answer id, as the module player makes one.
pub fn answer_id(account: i64, n: u32) -> String {
    format!(
        "00000000-0000-4000-8000-{:06x}{:06x}",
        account & 0xff_ffff,
        n & 0xff_ffff
    )
}
