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

use crate::http::{REQUEST_TIMEOUT, UPLOAD_TIMEOUT};
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

/// The requests being handled, rendering or being read to their end for a
/// client that left, shared by all requests. Beyond its room a request is
/// answered "busy, try again", so leaving midway is no way to pile up work.
#[derive(Clone)]
pub struct InFlight {
    permits: Arc<Semaphore>,
    room: u32,
}

impl InFlight {
    /// Room for `room` requests at once.
    pub fn with_room_for(room: u32) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(room as usize)),
            room,
        }
    }

    /// Waits, at most `within`, until no request is in flight; `false` when
    /// some still are.
    pub async fn all_done(&self, within: Duration) -> bool {
        tokio::time::timeout(within, self.permits.acquire_many(self.room))
            .await
            .is_ok()
    }
}

/// Handles `request` in a task of its own, within [`REQUEST_TIMEOUT`], that
/// renders the response to its end even when the client goes away midway
/// (a closed tab, a lost connection, a background fetch cancelled).
///
/// Dropping a Leptos render midway frees its reactive owner on the thread
/// where the connection ended while the render's effects and resources run on
/// in other tasks. reactive_graph 0.2 then panics ("already disposed") or, far
/// worse, blocks a worker thread for good: `Owner::with_context` keeps a read
/// lock on the current owner while the last reference to an ancestor drops,
/// and that drop write-locks the same owner (rewritten only in
/// reactive_graph 0.3, Leptos 0.9). Reading the rest of the body and throwing
/// it away keeps every owner alive until nothing uses it; and a form sent just
/// before the connection dropped is still handled to the end. Running out of
/// time stops the work itself (its transaction rolls back), not only the wait.
pub async fn finish_abandoned(
    State(in_flight): State<InFlight>,
    request: Request,
    next: Next,
) -> Response {
    let locale = request
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    let Ok(permit) = in_flight.permits.try_acquire_owned() else {
        tracing::warn!("too many requests in flight: one is asked to try again");
        return crate::sessions::try_again_later(locale);
    };
    let time = if app::messages::FILE_ENDPOINTS.contains(&request.uri().path()) {
        UPLOAD_TIMEOUT
    } else {
        REQUEST_TIMEOUT
    };
    let (reply, response) = oneshot::channel();
    tokio::spawn(async move {
        let _permit = permit;
        let Ok(answer) = tokio::time::timeout(time, next.run(request)).await else {
            tracing::warn!("a request ran out of time");
            let _ = reply.send(crate::sessions::try_again_later(locale));
            return;
        };
        let (parts, body) = answer.into_parts();
        let (frames, forwarded) = mpsc::channel(4);
        let forwarded = Forwarded {
            frames: forwarded,
            remaining: body.size_hint(),
            ended: false,
        };
        if reply
            .send(Response::from_parts(parts, Body::new(forwarded)))
            .is_ok()
        {
            forward(body, frames).await;
        } else {
            drain(body).await;
        }
    });
    // The task ended without a response only if the handler panicked.
    response
        .await
        .unwrap_or_else(|_| crate::sessions::try_again_later(locale))
}

/// Passes `body` on frame by frame at the client's pace, then its end (so a
/// render that fails midway is not taken for a whole page); drains the rest
/// if the client leaves.
async fn forward(mut body: Body, frames: mpsc::Sender<Option<BodyFrame>>) {
    while let Some(frame) = body.frame().await {
        let failed = frame.is_err();
        if frames.send(Some(frame)).await.is_err() {
            return drain(body).await;
        }
        if failed {
            // The client is told of the failure and reads no further.
            return;
        }
    }
    let _ = frames.send(None).await;
}

/// Reads `body` to its end (or its first failure) for no one, within a limit.
async fn drain(mut body: Body) {
    let read_to_end = async { while let Some(Ok(_)) = body.frame().await {} };
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
    /// Each frame, then `None` at the end.
    frames: mpsc::Receiver<Option<BodyFrame>>,
    remaining: SizeHint,
    ended: bool,
}

impl Forwarded {
    fn count_sent(&mut self, frame: &BodyFrame) {
        let Some(data) = frame.as_ref().ok().and_then(Frame::data_ref) else {
            return;
        };
        let sent = data.len() as u64;
        let mut remaining = SizeHint::new();
        remaining.set_lower(self.remaining.lower().saturating_sub(sent));
        if let Some(upper) = self.remaining.upper() {
            remaining.set_upper(upper.saturating_sub(sent));
        }
        self.remaining = remaining;
    }
}

impl hyper::body::Body for Forwarded {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.ended {
            return Poll::Ready(None);
        }
        match std::task::ready!(self.frames.poll_recv(cx)) {
            Some(Some(frame)) => {
                self.count_sent(&frame);
                Poll::Ready(Some(frame))
            }
            Some(None) => {
                self.ended = true;
                Poll::Ready(None)
            }
            // The rendering task stopped without reaching the end: a panic.
            None => {
                self.ended = true;
                let cut = std::io::Error::other("the response was cut short");
                Poll::Ready(Some(Err(axum::Error::new(cut))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.ended
    }

    fn size_hint(&self) -> SizeHint {
        self.remaining
    }
}

#[cfg(test)]
mod tests {
    use http_body_util::BodyExt;

    use super::*;

    fn forwarded(size: u64) -> (mpsc::Sender<Option<BodyFrame>>, Forwarded) {
        let (frames, received) = mpsc::channel(4);
        let body = Forwarded {
            frames: received,
            remaining: SizeHint::with_exact(size),
            ended: false,
        };
        (frames, body)
    }

    fn data(text: &'static str) -> Option<BodyFrame> {
        Some(Ok(Frame::data(Bytes::from_static(text.as_bytes()))))
    }

    #[tokio::test]
    async fn a_body_keeps_its_remaining_length_and_ends_when_told() {
        let (frames, mut body) = forwarded(10);
        frames.send(data("12345")).await.expect("sent");
        frames.send(data("67890")).await.expect("sent");
        frames.send(None).await.expect("sent");
        assert_eq!(body.size_hint().exact(), Some(10));
        body.frame().await.expect("a frame").expect("data");
        assert_eq!(body.size_hint().exact(), Some(5));
        body.frame().await.expect("a frame").expect("data");
        assert!(body.frame().await.is_none());
        assert!(body.is_end_stream());
    }

    #[tokio::test]
    async fn a_body_whose_rendering_stopped_midway_ends_in_an_error() {
        let (frames, mut body) = forwarded(10);
        frames.send(data("12345")).await.expect("sent");
        // The rendering task panicked: its sender is gone without the end.
        drop(frames);
        body.frame().await.expect("a frame").expect("data");
        assert!(body.frame().await.expect("a frame").is_err());
        assert!(body.frame().await.is_none());
    }
}
