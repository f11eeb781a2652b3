//! Every request runs under a reactive owner of its own, kept until its
//! response is rendered to the end.
//!
//! leptos_axum's file and server-function handlers make their owner with
//! `Owner::new()`, which hangs it under whatever owner the worker thread last
//! left current: possibly a page still rendering for someone else. The file
//! handler then looked up *that page's* response options and sent its headers
//! (its Content-Security-Policy, its `no-store`) with the file, and the page
//! went out without them: the browser blocked its inline hydration script and
//! its islands never started. Polling each request under a fresh root owner
//! keeps every request's context its own.

use std::{
    future::poll_fn,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
    time::Duration,
};

use app::i18n::Locale;
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use http_body_util::BodyExt;
use hyper::body::{Body as _, Frame, SizeHint};
use leptos::prelude::Owner;
use tokio::sync::{Semaphore, mpsc, oneshot};

/// Runs the rest of the stack for `request` under a new root owner.
pub async fn isolate(request: Request, next: Next) -> Response {
    let owner = Owner::new_root(None);
    let mut handling = std::pin::pin!(next.run(request));
    poll_fn(move |cx| owner.with(|| handling.as_mut().poll(cx))).await
}

/// How long a response whose client has left may go on being rendered.
const ABANDONED_RENDER_LIMIT: Duration = Duration::from_secs(30);

/// At most this many responses are rendered on for clients that have left;
/// beyond it they are dropped midway as before, so leaving is not a way to
/// pile up work.
const ABANDONED_RENDERS: usize = 64;

/// Renders abandoned responses to their end; shared by all requests.
#[derive(Clone)]
pub struct Abandoned(Arc<Semaphore>);

impl Default for Abandoned {
    fn default() -> Self {
        Self(Arc::new(Semaphore::new(ABANDONED_RENDERS)))
    }
}

/// Handles `request` in a task of its own that renders the response to its
/// end even when the client goes away midway (a closed tab, a lost
/// connection, a background fetch cancelled).
///
/// Dropping a Leptos render midway frees its reactive owner on the thread
/// where the connection ended while the render's effects and resources run on
/// in other tasks. reactive_graph 0.2 then panics ("already disposed") or, far
/// worse, blocks a worker thread for good: `Owner::with_context` keeps a read
/// lock on the current owner while the last reference to an ancestor drops,
/// and that drop write-locks the same owner (rewritten only in
/// reactive_graph 0.3, Leptos 0.9). Reading the rest of the body and throwing
/// it away keeps every owner alive until nothing uses it; and a form sent just
/// before the connection dropped is still handled to the end.
pub async fn finish_abandoned(
    State(abandoned): State<Abandoned>,
    request: Request,
    next: Next,
) -> Response {
    let (reply, response) = oneshot::channel();
    tokio::spawn(async move {
        let (parts, body) = next.run(request).await.into_parts();
        let (frames, forwarded) = mpsc::channel(4);
        let forwarded = Forwarded {
            frames: forwarded,
            remaining: body.size_hint(),
        };
        let reply = reply.send(Response::from_parts(parts, Body::new(forwarded)));
        if reply.is_ok() {
            forward(body, frames, abandoned).await;
        } else {
            drain(body, abandoned).await;
        }
    });
    // The task ended without a response only if the handler panicked.
    response
        .await
        .unwrap_or_else(|_| crate::sessions::try_again_later(Locale::default()))
}

/// Passes `body` on frame by frame at the client's pace, and drains the rest
/// if the client leaves.
async fn forward(mut body: Body, frames: mpsc::Sender<BodyFrame>, abandoned: Abandoned) {
    while let Some(frame) = body.frame().await {
        if frames.send(frame).await.is_err() {
            return drain(body, abandoned).await;
        }
    }
}

/// Reads `body` to its end for no one, within the limits.
async fn drain(mut body: Body, abandoned: Abandoned) {
    let Ok(_permit) = abandoned.0.try_acquire_owned() else {
        tracing::warn!("too many responses left unread: one is dropped midway");
        return;
    };
    let read_to_end = async { while body.frame().await.is_some() {} };
    if tokio::time::timeout(ABANDONED_RENDER_LIMIT, read_to_end)
        .await
        .is_err()
    {
        tracing::warn!("a response left unread was still rendering: dropped midway");
    }
}

type BodyFrame = Result<Frame<Bytes>, axum::Error>;

/// A response body fed from the task that renders it. It keeps the size
/// the rendered body announced, so a response of known length still goes
/// out with its `Content-Length` rather than in chunks.
struct Forwarded {
    frames: mpsc::Receiver<BodyFrame>,
    remaining: SizeHint,
}

impl hyper::body::Body for Forwarded {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let polled = self.frames.poll_recv(cx);
        if let Poll::Ready(Some(Ok(frame))) = &polled
            && let Some(data) = frame.data_ref()
        {
            let sent = data.len() as u64;
            let mut remaining = SizeHint::new();
            remaining.set_lower(self.remaining.lower().saturating_sub(sent));
            if let Some(upper) = self.remaining.upper() {
                remaining.set_upper(upper.saturating_sub(sent));
            }
            self.remaining = remaining;
        }
        polled
    }

    fn size_hint(&self) -> SizeHint {
        self.remaining
    }
}
