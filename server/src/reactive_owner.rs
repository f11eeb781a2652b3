//! Every request runs under a reactive owner of its own.
//!
//! leptos_axum's file and server-function handlers make their owner with
//! `Owner::new()`, which hangs it under whatever owner the worker thread last
//! left current: possibly a page still rendering for someone else. The file
//! handler then looked up *that page's* response options and sent its headers
//! (its Content-Security-Policy, its `no-store`) with the file, and the page
//! went out without them: the browser blocked its inline hydration script and
//! its islands never started. Polling each request under a fresh root owner
//! keeps every request's context its own.

use std::future::poll_fn;

use axum::{extract::Request, middleware::Next, response::Response};
use leptos::prelude::Owner;

/// Runs the rest of the stack for `request` under a new root owner.
pub async fn isolate(request: Request, next: Next) -> Response {
    let owner = Owner::new_root(None);
    let mut handling = std::pin::pin!(next.run(request));
    poll_fn(move |cx| owner.with(|| handling.as_mut().poll(cx))).await
}
