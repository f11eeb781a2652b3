//! The HTTP server around the app, with the limits `axum::serve` leaves out:
//! a client must send its request head within a time limit (a slow-loris
//! client cannot hold a connection open forever), no more than a set number
//! of connections are served at once (more wait in the kernel's listen queue
//! instead of exhausting memory or file descriptors), every request must be
//! answered within a time limit, and a shutdown lets requests in flight end.

use std::{sync::Arc, time::Duration};

use axum::{Router, extract::ConnectInfo, extract::Request};
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::{conn::auto::Builder, graceful::GracefulShutdown},
    service::TowerToHyperService,
};
use tokio::{net::TcpListener, sync::Semaphore};
use tower::ServiceExt;

/// How long a client has to send a request's head once it has connected (or
/// between requests on a kept-alive connection).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest any request may take, reading its body included. The slowest
/// real page (the whole-service report) takes well under a second.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// An upload's whole time, body included: 10 MB from a phone on a slow
/// connection (half a megabit a second) takes nearly three minutes.
pub const UPLOAD_TIMEOUT: Duration = Duration::from_secs(300);
/// Requests in flight on one HTTP/2 connection.
const MAX_STREAMS_PER_CONNECTION: u32 = 64;
/// How long a shutdown waits for requests in flight.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// Serves `router` on `listener` until `shutdown` completes, at most
/// `max_connections` connections at a time.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    max_connections: usize,
    shutdown: impl Future<Output = ()>,
) {
    let permits = Arc::new(Semaphore::new(max_connections));
    let graceful = GracefulShutdown::new();
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_concurrent_streams(MAX_STREAMS_PER_CONNECTION);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors or similar: wait, do not spin.
                    tracing::warn!(%error, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service =
            router
                .clone()
                .map_request(move |mut request: Request<hyper::body::Incoming>| {
                    request.extensions_mut().insert(ConnectInfo(peer));
                    request
                });
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(service))
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that went away or timed out is no error of ours.
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still running after the shutdown grace period");
    }
}
