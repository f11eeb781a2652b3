//! The server's own limits, which hold even without a reverse proxy in
//! front: a client that sends its request head too slowly is cut off, and
//! no more connections are served at once than configured.

use crate::process;

use std::time::{Duration, Instant};

use process::{Askel, database_url};
use sqlx::PgPool;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

/// Reads until the server closes the connection; what it sent.
async fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> Option<String> {
    let mut answer = Vec::new();
    tokio::time::timeout(limit, stream.read_to_end(&mut answer))
        .await
        .ok()?
        .ok()?;
    Some(String::from_utf8_lossy(&answer).into_owned())
}

async fn health_check(stream: &mut TcpStream) {
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: askel\r\nConnection: close\r\n\r\n")
        .await
        .expect("sent");
}

#[sqlx::test]
async fn slow_clients_are_cut_off_and_connections_are_capped(pool: PgPool) {
    let mail = std::env::temp_dir().join(format!("askel-http-limits-{}", std::process::id()));
    let askel = Askel::start_with(
        &database_url(&pool).await,
        &mail,
        &[("ASKEL_MAX_CONNECTIONS", "2")],
    )
    .await;
    let connect = || TcpStream::connect(("127.0.0.1", askel.port));

    // Two connections that say nothing take both places.
    let mut idle_one = connect().await.expect("connected");
    let idle_two = connect().await.expect("connected");
    let mut third = connect().await.expect("queued by the kernel");
    health_check(&mut third).await;
    assert_eq!(
        read_until_closed(&mut third, Duration::from_secs(2)).await,
        None,
        "a third connection is not served while two are open"
    );
    // One place frees: the waiting request is answered.
    drop(idle_two);
    let answer = read_until_closed(&mut third, Duration::from_secs(5))
        .await
        .expect("answered once a place is free");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");

    // A client that never finishes its request head is cut off after the
    // header-read timeout (10 s), not kept forever.
    let started = Instant::now();
    idle_one
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: askel\r\n")
        .await
        .expect("half a head sent");
    let cut_off = read_until_closed(&mut idle_one, Duration::from_secs(20)).await;
    assert!(cut_off.is_some(), "the connection was closed");
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(15), "{waited:?}");
    let _ = std::fs::remove_dir_all(mail);
}
