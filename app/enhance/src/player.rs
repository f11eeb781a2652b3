//! The module player in the browser. The server renders every step as a
//! page with a plain form, which works without JavaScript
//! (`app/src/modules/player.rs`); this makes it move between steps without
//! reloading (the next step's page is fetched and its `<main>` put in place,
//! the focus on its heading), and keeps answers given offline, or while the
//! service is away, until the server has them. Offline, the service worker
//! answers with the copies of the module's pages kept here when it opened.

mod queue;
mod status;

use wasm_bindgen::{JsCast, JsValue, prelude::Closure};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{Element, Event, FormData, HtmlElement, HtmlFormElement};

use crate::{document, store};
use queue::{Answer, Pending, Reply};

/// The player's root, as the server renders it, with what it needs to know in
/// its `data-` attributes.
const PLAYER: &str = ".player[data-module]";
/// Step pages kept for reading offline; the service worker answers from it.
const PAGE_CACHE: &str = "askel-offline-pages";
/// The query that asks for a step page without the person's answers
/// (`player_data::OFFLINE_COPY`).
const OFFLINE_COPY: &str = "?for=offline";
/// How long a request may take before the player stops waiting for it
/// (milliseconds): on a bad line an answer is sent again later, and a page
/// is read from the copies kept for offline.
const WAIT_MS: u32 = 10_000;

thread_local! {
    /// An answer is being kept and sent: a second press of the button
    /// (a double click) is not a second answer.
    static SENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Counts the moves to another page: a page fetched for an older move
    /// (Back pressed twice quickly) is not put in place.
    static MOVES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Where the focus goes once a page is in place.
#[derive(Clone, Copy)]
enum Focus {
    Heading,
    Feedback,
}

/// How the address bar follows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum History {
    Push,
    Replace,
    /// The browser moved already (back or forward).
    Keep,
}

/// Wakes the player on a step page: online state, answers still waiting
/// from before, links and the back button, and the module's pages cached.
pub fn start() {
    let Some(player) = player() else { return };
    queue::set_owner(
        player
            .get_attribute("data-owner")
            .and_then(|o| o.parse::<i64>().ok())
            .map_or(0.0, |o| o as f64),
    );
    status::set_online(navigator_online());
    on_window("online", |_| {
        status::set_online(true);
        queue::flush_soon();
    });
    on_window("offline", |_| status::set_online(false));
    // Back from another tab (perhaps after signing in there): try again.
    on_document("visibilitychange", |_| {
        if document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible) {
            queue::flush_soon();
        }
    });
    on_window("popstate", |_| {
        if let Some(here) = location_path() {
            // A jump within the page (an error summary's link) keeps the step.
            if here != shown_path() {
                spawn_local(go(here, History::Keep, Focus::Heading));
            }
        }
    });
    on_document("submit", on_submit);
    on_document("click", on_click);
    let pages: Vec<String> = player
        .get_attribute("data-steps")
        .unwrap_or_default()
        .split_whitespace()
        .map(|path| String::from(path) + OFFLINE_COPY)
        .collect();
    // Set once started, so tests can tell the enhanced player from the plain one.
    let _ = player.set_attribute("data-enhanced", "true");
    spawn_local(async move {
        queue::count_earlier().await;
        queue::flush().await;
        cache_pages(&pages).await;
    });
}

fn player() -> Option<Element> {
    document()?.query_selector(PLAYER).ok().flatten()
}

fn on_window(event: &str, act: impl Fn(Event) + 'static) {
    let handler = Closure::<dyn Fn(Event)>::new(act);
    if let Some(window) = web_sys::window()
        && window
            .add_event_listener_with_callback(event, handler.as_ref().unchecked_ref())
            .is_ok()
    {
        handler.forget();
    }
}

fn on_document(event: &str, act: impl Fn(Event) + 'static) {
    let handler = Closure::<dyn Fn(Event)>::new(act);
    if let Some(document) = document()
        && document
            .add_event_listener_with_callback(event, handler.as_ref().unchecked_ref())
            .is_ok()
    {
        handler.forget();
    }
}

fn navigator_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

fn location_path() -> Option<String> {
    web_sys::window()?.location().pathname().ok()
}

/// The step the player shows: its page's address, as the server gave it.
fn shown_path() -> String {
    player()
        .and_then(|p| p.get_attribute("data-here"))
        .unwrap_or_default()
}

/// Waits `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The step's form posted: checks and keeps the answer, sends it, then
/// moves on, to the feedback of a question or to the next step.
fn on_submit(event: Event) {
    let Some(form) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
        .filter(|f| f.closest(PLAYER).ok().flatten().is_some())
    else {
        return;
    };
    event.prevent_default();
    if SENDING.get() {
        return;
    }
    let answer = read_form(&form);
    if !fits(&form, &answer) {
        show_problem();
        return;
    }
    let Some(player) = player() else { return };
    let field = |name: &str| {
        FormData::new_with_form(&form)
            .ok()
            .and_then(|d| d.get(name).as_string())
    };
    let answers_shown = player.get_attribute("data-answers-shown").as_deref() == Some("true");
    let pending = Pending {
        owner: queue::owner(),
        module_id: field("module").unwrap_or_default(),
        step_id: field("step").unwrap_or_default(),
        answer_id: store::new_key(),
        only_if_new: !answers_shown && answer.is_blank(),
        answer,
        given_at: js_sys::Date::now(),
    };
    let next = form.get_attribute("data-next").unwrap_or_default();
    let is_question = form.has_attribute("data-question");
    // Counted from the click on, so the page never says "all saved" while
    // this answer is on its way.
    status::add_waiting(1);
    SENDING.set(true);
    spawn_local(async move {
        let answer_id = pending.answer_id.clone();
        queue::keep(pending).await;
        if !is_question {
            // On at once; the answer goes on its way meanwhile.
            queue::flush_soon();
            move_on(next).await;
            SENDING.set(false);
            return;
        }
        // A question's feedback is the server's page, once it has the answer.
        queue::flush().await;
        match queue::outcome(&answer_id) {
            // The server says what is wrong, as it does without JavaScript.
            Some(Reply::Invalid) => form.submit().unwrap_or_default(),
            Some(Reply::Saved) => go(shown_path(), History::Replace, Focus::Feedback).await,
            _ => move_on(next).await,
        }
        SENDING.set(false);
    });
}

/// To the next step, or after the last to the completion page once every
/// answer is sent.
async fn move_on(next: String) {
    if next.contains("/steps/") {
        go(next, History::Push, Focus::Heading).await;
    } else {
        status::finish(next);
        queue::flush().await;
    }
}

/// Goes to the completion page if the last step is behind and every answer
/// is confirmed: the page must show them all.
fn leave_if_finished() {
    if status::waiting() > 0 {
        return;
    }
    if let (Some(done), Some(window)) = (status::finished(), web_sys::window()) {
        let _ = window.location().assign(&done);
    }
}

/// A link in the player to another step (back, or on after feedback) moves
/// in place; one to the completion page waits for the answers.
fn on_click(event: Event) {
    let Some(link) = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .filter(|a| a.closest(PLAYER).ok().flatten().is_some())
    else {
        return;
    };
    let Some(player) = player() else { return };
    let module = player.get_attribute("data-module").unwrap_or_default();
    let href = link.get_attribute("href").unwrap_or_default();
    let steps = String::from("/modules/") + &module + "/steps/";
    let done = String::from("/modules/") + &module + "/done";
    if href.starts_with(&steps) {
        event.prevent_default();
        spawn_local(go(href, History::Push, Focus::Heading));
    } else if href == done {
        event.prevent_default();
        spawn_local(move_on(href));
    }
}

fn read_form(form: &HtmlFormElement) -> Answer {
    let Ok(data) = FormData::new_with_form(form) else {
        return Answer::default();
    };
    Answer {
        choices: data
            .get_all("choices[]")
            .iter()
            .filter_map(|v| v.as_string())
            .collect(),
        text: data.get("text").as_string().unwrap_or_default(),
        shared: data.get("shared").as_string().as_deref() == Some("yes"),
    }
}

/// Whether the answer gives what the step asks for (`data-needs`: one
/// choice, some, or a text), as the server checks it; anything more the
/// server checks on its own.
fn fits(form: &HtmlFormElement, answer: &Answer) -> bool {
    match form.get_attribute("data-needs").as_deref() {
        Some("one") => answer.choices.len() == 1,
        Some("some") => !answer.choices.is_empty(),
        Some("text") => !answer.text.trim().is_empty(),
        _ => true,
    }
}

/// Shows the problem the server rendered hidden for this step: the error
/// summary, focused, and the message at the field.
fn show_problem() {
    let Some(document) = document() else { return };
    if let Ok(problems) = document.query_selector_all(".player__problem") {
        for n in 0..problems.length() {
            if let Some(problem) = problems.item(n).and_then(|p| p.dyn_into::<Element>().ok()) {
                let _ = problem.remove_attribute("hidden");
            }
        }
    }
    if let Ok(Some(field)) = document.query_selector("[data-problem-field]") {
        let _ = field.set_attribute("aria-invalid", "true");
        if let Some(ids) = field.get_attribute("data-problem-field") {
            let _ = field.set_attribute("aria-describedby", &ids);
        }
        if let Ok(Some(around)) = field.closest(".field") {
            let _ = around.class_list().add_1("field--invalid");
        }
    }
    if let Some(summary) = document
        .query_selector(".player__problem .error-summary")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
}

/// Puts the page at `path` in place of this one: its `<main>` and title,
/// keeping the status line (a live region) and what it says. Anything but a
/// step page of the player (a sign-in page after the session ended, the
/// service worker's offline page) is loaded as a page instead.
async fn go(path: String, history: History, focus: Focus) {
    let this_move = MOVES.get().wrapping_add(1);
    MOVES.set(this_move);
    let page = fetch_page(&path).await;
    if MOVES.get() != this_move {
        return;
    }
    let Some(page) = page else {
        assign(&path);
        return;
    };
    let (Some(document), Some(new_main)) = (document(), page.get_element_by_id("main")) else {
        assign(&path);
        return;
    };
    let Some(main) = document.get_element_by_id("main") else {
        return;
    };
    // Another person signed in meanwhile (in another tab): their page is
    // loaded as a page, so no answer is kept as the last person's.
    let owner = new_main
        .query_selector(PLAYER)
        .ok()
        .flatten()
        .and_then(|p| p.get_attribute("data-owner"))
        .and_then(|o| o.parse::<i64>().ok());
    if owner.map(|o| o as f64) != Some(queue::owner()) {
        assign(&path);
        return;
    }
    if let (Ok(Some(line)), Ok(Some(new_line))) = (
        main.query_selector(".player__status"),
        new_main.query_selector(".player__status"),
    ) {
        let _ = new_line.replace_with_with_node_1(&line);
    }
    main.set_text_content(None);
    while let Some(child) = new_main.first_child() {
        if main.append_child(&child).is_err() {
            break;
        }
    }
    document.set_title(&page.title());
    if let Some(window) = web_sys::window()
        && let Ok(browser) = window.history()
    {
        let _ = match history {
            History::Push => browser.push_state_with_url(&JsValue::NULL, "", Some(&path)),
            History::Replace => browser.replace_state_with_url(&JsValue::NULL, "", Some(&path)),
            History::Keep => Ok(()),
        };
    }
    if let Some(player) = player() {
        let _ = player.set_attribute("data-enhanced", "true");
    }
    status::show();
    let target = match focus {
        Focus::Feedback => document.get_element_by_id("feedback-heading"),
        Focus::Heading => None,
    }
    .or_else(|| main.query_selector("h1").ok().flatten());
    if let Some(heading) = target.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}

/// The page at `path`, parsed: from the server, or when it cannot answer
/// (offline, failing, too slow) the copy kept for offline reading; `None`
/// when there is neither, or the server sent another page (a sign-in).
async fn fetch_page(path: &str) -> Option<web_sys::Document> {
    let response = match from_server(path).await {
        Some(response) if response.redirected() => return None,
        Some(response) if response.ok() => response,
        _ => kept_copy(path).await?,
    };
    let html = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    web_sys::DomParser::new()
        .ok()?
        .parse_from_string(&html, web_sys::SupportedType::TextHtml)
        .ok()
}

async fn from_server(path: &str) -> Option<web_sys::Response> {
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(WAIT_MS)));
    let window = web_sys::window()?;
    JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// The copy of the step page at `path` kept for offline reading.
async fn kept_copy(path: &str) -> Option<web_sys::Response> {
    let caches = web_sys::window()?.caches().ok()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(PAGE_CACHE))
        .await
        .ok()?
        .unchecked_into();
    let kept = JsFuture::from(cache.match_with_str(&(String::from(path) + OFFLINE_COPY)))
        .await
        .ok()?;
    kept.dyn_into().ok()
}

fn assign(path: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(path);
    }
}

/// Keeps a copy of every page of the module, for reading it offline.
async fn cache_pages(pages: &[String]) {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    let Ok(cache) = JsFuture::from(caches.open(PAGE_CACHE)).await else {
        return;
    };
    let cache: web_sys::Cache = cache.unchecked_into();
    let urls: js_sys::Array = pages.iter().map(|p| JsValue::from_str(p)).collect();
    let _ = JsFuture::from(cache.add_all_with_str_sequence(&urls)).await;
}
