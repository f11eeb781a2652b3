//! Pages and answers whose client goes away midway (a closed tab, a lost
//! connection, a cancelled background fetch) neither panic the server nor
//! stop any of its threads.

use crate::support;

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use app::accounts::Role;
use axum::Router;
use http_body_util::BodyExt;
use sqlx::PgPool;
use support::{create_account, form_post, get, load_modules, send, sign_in, test_app, with_cookie};

/// Requests made, each given up at a different moment.
const ROUNDS: u64 = 6000;

/// The name of the threads that serve them, so that the panics counted are
/// theirs and not those of the tests running beside this one.
const THREADS: &str = "given-up-midway";

#[sqlx::test]
async fn responses_given_up_midway_neither_panic_nor_block_the_server(pool: PgPool) {
    let panics = count_panics_of_threads_named(THREADS);
    load_modules(&pool).await;
    create_account(&pool, Role::Jobseeker, "gone@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "gone@example.fi").await;
    // Two worker threads, as on the server, so that a response is dropped on
    // one thread while its rendering goes on in the other.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name(THREADS)
        .enable_all()
        .build()
        .expect("runtime");
    let left_running = tokio::task::spawn_blocking(move || {
        runtime.block_on(give_up_midway(app, cookie));
        let left_running = wait_for_tasks_to_end(&runtime);
        // A worker thread that is stuck would hang an orderly shutdown.
        runtime.shutdown_background();
        left_running
    })
    .await
    .expect("requests made");
    assert_eq!(left_running, 0, "tasks stuck after their clients left");
    assert_eq!(panics.load(Ordering::SeqCst), 0, "panics");
}

#[sqlx::test]
async fn an_answer_whose_sender_left_at_once_is_still_saved(pool: PgPool) {
    load_modules(&pool).await;
    let id = create_account(&pool, Role::Jobseeker, "tunnel@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "tunnel@example.fi").await;
    let answer = "module=strengths&step=my-strength&answer_id=0b8e2f4a-5c1d-4e6f-8a9b-1c2d3e4f5a6b&text=Patient";
    // The phone went into a tunnel right after sending: the request is given
    // up at its first pause.
    let mut sent = Box::pin(send(
        &app,
        with_cookie(form_post("/api/module-answer", answer, false), &cookie),
    ));
    let first_poll =
        std::future::poll_fn(|cx| std::task::Poll::Ready(sent.as_mut().poll(cx))).await;
    assert!(first_poll.is_pending());
    drop(sent);
    let mut saved = None;
    for _ in 0..100 {
        saved =
            sqlx::query_scalar::<_, String>("select text from module_answer where account_id = $1")
                .bind(id)
                .fetch_optional(&pool)
                .await
                .expect("answers");
        if saved.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(saved.as_deref(), Some("Patient"));
}

#[sqlx::test]
async fn a_response_of_known_length_keeps_it(pool: PgPool) {
    use hyper::body::Body as _;
    let app = test_app(pool, false);
    let response = send(&app, get("/healthz", &[])).await;
    let announced = response.body().size_hint().exact();
    let body = support::text(response).await;
    assert_eq!(announced, Some(body.len() as u64), "{body}");
}

#[sqlx::test]
async fn beyond_the_requests_in_flight_one_is_asked_to_try_again(pool: PgPool) {
    let mut state = support::test_state(pool, false);
    state.in_flight = server::reactive_owner::InFlight::with_room_for(1);
    let app = server::app(state);
    // One request whose body is still arriving holds the only place…
    let (mut sending, body) = http_body_util::channel::Channel::<axum::body::Bytes>::new(1);
    let request = axum::http::Request::post("/api/feedback")
        .header(
            axum::http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(axum::body::Body::new(body))
        .expect("request");
    let slow = tokio::spawn({
        let app = app.clone();
        async move { send(&app, request).await.status() }
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    // …so another is asked, in its language, to try again soon.
    let busy = send(&app, get("/healthz", &[])).await;
    assert_eq!(busy.status(), axum::http::StatusCode::SERVICE_UNAVAILABLE);
    assert!(busy.headers().contains_key(axum::http::header::RETRY_AFTER));
    sending
        .send_data(axum::body::Bytes::from_static(b"page=%2F&helpful=yes"))
        .await
        .expect("the rest of the body");
    drop(sending);
    assert!(!slow.await.expect("answered").is_server_error());
    let free = send(&app, get("/healthz", &[])).await;
    assert_eq!(free.status(), axum::http::StatusCode::OK);
}

/// Counts, from now on, the panics of the threads called `name`.
fn count_panics_of_threads_named(name: &'static str) -> Arc<AtomicUsize> {
    let panics = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&panics);
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some(name) {
            counter.fetch_add(1, Ordering::SeqCst);
        }
        report(info);
    }));
    panics
}

/// Module steps (pages and their offline copies) asked for a few at a time and given up at moments spread over the time they take to render.
async fn give_up_midway(app: Router, cookie: String) {
    let mut requests = std::collections::VecDeque::new();
    for round in 0..ROUNDS {
        if requests.len() >= 6 {
            let request: tokio::task::JoinHandle<()> = requests.pop_front().expect("one running");
            request.await.expect("request");
        }
        let (app, cookie) = (app.clone(), cookie.clone());
        requests.push_back(tokio::spawn(async move {
            let path = if round % 2 == 0 {
                "/modules/cv/steps/welcome?for=offline"
            } else {
                "/modules/cv/steps/parts"
            };
            let read_whole = async {
                let response = send(&app, with_cookie(get(path, &[]), &cookie)).await;
                let mut body = response.into_body();
                while body.frame().await.is_some() {}
            };
            let moment = Duration::from_micros(round % 60 * 100);
            let _ = tokio::time::timeout(moment, read_whole).await;
        }));
    }
    for request in requests {
        request.await.expect("request");
    }
}

/// How many tasks are still alive once they have had time to end: renders
/// whose client left go on for up to 30 s (`ABANDONED_RENDER_LIMIT`), and on
/// a machine busy with the other tests the last of a backlog of them can take
/// that long. A task stuck for good is still alive a minute on.
fn wait_for_tasks_to_end(runtime: &tokio::runtime::Runtime) -> usize {
    let metrics = runtime.metrics();
    for _ in 0..600 {
        if metrics.num_alive_tasks() == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    metrics.num_alive_tasks()
}
