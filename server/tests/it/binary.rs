//! The `askel` binary itself: refuses bad settings with a clear message, and
//! stops cleanly on SIGTERM.

use std::{
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    process::{Command, Stdio},
    thread::sleep,
    time::{Duration, Instant},
};

fn askel() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_askel"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    command
}

#[test]
fn a_malformed_setting_is_named_and_stops_the_start() {
    let output = askel()
        .env("DATABASE_URL", "postgres://askel@localhost/askel")
        .env("ASKEL_TLS", "maybe")
        .output()
        .expect("askel runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("ASKEL_TLS must be true or false"),
        "{stderr}"
    );
}

#[test]
fn demo_data_needs_an_explicit_development_flag() {
    let output = askel()
        .arg("seed")
        .env("DATABASE_URL", "postgres://askel@localhost/askel")
        .output()
        .expect("askel runs");
    assert!(!output.status.success());
    // Logged, as every other failure is.
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("askel seed --development"), "{said}");
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("bound address").port()
}

fn health(port: u16) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
}

#[test]
fn serves_until_sigterm_then_exits_cleanly() {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL is set by make test");
    let port = free_port();
    let mut child = askel()
        .env("DATABASE_URL", database_url)
        .env("ASKEL_ADDR", format!("127.0.0.1:{port}"))
        .env(
            "ASKEL_CONTENT_DIR",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../content"),
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("askel starts");

    let started = Instant::now();
    let response = loop {
        if let Some(response) = health(port) {
            break response;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "askel did not answer in 30 s"
        );
        sleep(Duration::from_millis(100));
    };
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let stopping = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait works") {
            break status;
        }
        assert!(
            stopping.elapsed() < Duration::from_secs(10),
            "askel ignored SIGTERM"
        );
        sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit status {status}");
}
