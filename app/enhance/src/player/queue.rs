//! Answers kept in IndexedDB until the server has saved them or refused them
//! for good. Each answer carries an id made here, so a resend after a lost
//! reply is saved only once; its age and its owner go with it, so a late
//! replay never overwrites a newer answer and never lands in another
//! person's account signed in on the same phone since.

use std::cell::{Cell, RefCell};

use js_sys::{Array, JSON, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue, prelude::Closure};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{Headers, Request, RequestInit, Response, UrlSearchParams};

use super::status::{self, Holdup};
use crate::store;

/// The server function answers are saved with (`modules::save_step`).
const SAVE_URL: &str = "/api/module-answer";

/// The first wait before sending again after a failure; it doubles up to
/// the longest, so a phone on a bad line or a busy service is not hammered.
const FIRST_RETRY_MS: i32 = 5_000;
const LONGEST_RETRY_MS: i32 = 300_000;

/// What a person answered to a step.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    pub choices: Vec<String>,
    pub text: String,
    pub shared: bool,
}

impl Answer {
    pub fn is_blank(&self) -> bool {
        self.choices.is_empty() && self.text.trim().is_empty()
    }
}

/// An answer on its way to the server, stored as the islands' player stored
/// it (JSON with these field names), so answers kept before are still sent.
#[derive(Clone, Debug)]
pub struct Pending {
    pub owner: f64,
    pub module_id: String,
    pub step_id: String,
    pub answer_id: String,
    pub answer: Answer,
    /// Milliseconds since 1970 when it was given, to send in that order.
    pub given_at: f64,
    /// Given blank on a page that showed no stored answer (an offline
    /// copy): must not overwrite one given before.
    pub only_if_new: bool,
}

/// What became of an answer sent (or of a queue: how its sending stopped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reply {
    /// Saved now, or saved before (a replay).
    Saved,
    /// The answer does not fit its step (422): the person must change it.
    Invalid,
    /// Refused for good: the module or step is gone. Sending it again cannot help.
    Refused,
    /// The session has ended (or someone else signed in since): kept until
    /// the person signs in again.
    SignIn,
    /// The service is busy, restarting or failing: kept and sent later.
    TryLater,
    /// The request or its answer did not get through.
    Unreachable,
}

impl Reply {
    fn of_status(status: u16) -> Reply {
        match status {
            200..=299 => Reply::Saved,
            401 => Reply::SignIn,
            422 => Reply::Invalid,
            400 | 403 | 404 | 409 => Reply::Refused,
            _ => Reply::TryLater,
        }
    }
}

thread_local! {
    /// Whose answers this page sends: the person the page was made for.
    static OWNER: Cell<f64> = const { Cell::new(0.0) };
    /// Answers kept in memory when this browser has no IndexedDB (some
    /// private windows): lost if the page closes, but not on a refusal.
    static MEMORY: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    /// The wait before the next retry, and whether one is set.
    static RETRY_MS: Cell<i32> = const { Cell::new(FIRST_RETRY_MS) };
    static RETRY_SET: Cell<bool> = const { Cell::new(false) };
    /// One flush sends at a time, so no answer is sent (or counted) twice.
    static FLUSHING: Cell<bool> = const { Cell::new(false) };
    /// An answer was stored while a flush was sending: look again.
    static AGAIN: Cell<bool> = const { Cell::new(false) };
    /// What the last flush's answers came to, by answer id (the last few).
    static OUTCOMES: RefCell<Vec<(String, Reply)>> = const { RefCell::new(Vec::new()) };
}

/// How many outcomes are remembered: a person gives one answer at a time.
const OUTCOMES_KEPT: usize = 16;

pub fn set_owner(owner: f64) {
    OWNER.set(owner);
}

pub fn owner() -> f64 {
    OWNER.get()
}

/// Counts this person's answers still waiting from an earlier visit.
pub async fn count_earlier() {
    let owner = OWNER.get();
    let mine = queued().await.iter().filter(|p| p.owner == owner).count();
    status::add_waiting(mine);
}

/// Stores the answer until the server has it: in IndexedDB, or in memory
/// if this browser has none.
pub async fn keep(pending: Pending) {
    let stored = match to_json(&pending) {
        Some(json) => store::put(store::ANSWERS, &pending.answer_id, &json).await,
        None => false,
    };
    if !stored {
        MEMORY.with_borrow_mut(|kept| kept.push(pending));
    }
}

/// What became of the answer `answer_id` in the last flushes, if it was sent.
pub fn outcome(answer_id: &str) -> Option<Reply> {
    OUTCOMES.with_borrow(|o| o.iter().find(|(id, _)| id == answer_id).map(|(_, r)| *r))
}

/// Sends every waiting answer of this person, oldest first. A flush asked
/// for while one is sending waits for it and looks again, so an answer just
/// given has been tried when this returns.
pub async fn flush() -> Reply {
    if FLUSHING.get() {
        AGAIN.set(true);
    }
    while FLUSHING.replace(true) {
        super::sleep(50).await;
    }
    let stopped = loop {
        AGAIN.set(false);
        let reply = send_queued().await;
        if !(reply == Reply::Saved && AGAIN.get()) {
            break reply;
        }
    };
    FLUSHING.set(false);
    match stopped {
        Reply::Saved | Reply::Refused | Reply::Invalid => {
            RETRY_MS.set(FIRST_RETRY_MS);
            super::leave_if_finished();
        }
        Reply::SignIn => {}
        Reply::TryLater | Reply::Unreachable => retry_later(),
    }
    stopped
}

/// Flushes without waiting for it (an event handler).
pub fn flush_soon() {
    spawn_local(async {
        flush().await;
    });
}

/// Sends again after a wait that doubles with every failure in a row.
fn retry_later() {
    if RETRY_SET.replace(true) {
        return;
    }
    let wait = RETRY_MS.get();
    RETRY_MS.set(wait.saturating_mul(2).min(LONGEST_RETRY_MS));
    let again = Closure::once_into_js(|| {
        RETRY_SET.set(false);
        flush_soon();
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(again.unchecked_ref(), wait);
    }
}

/// Sends what the store holds now, oldest first, and forgets each answer
/// once the server has saved or finally refused it. Stops at the first
/// answer that has to wait, and says why.
async fn send_queued() -> Reply {
    let owner = OWNER.get();
    let mine = queued()
        .await
        .into_iter()
        .filter(|p| p.owner == owner)
        .collect();
    let (latest, replaced) = latest_per_step(mine);
    // The server would keep the later answer anyway: no need to pay for
    // sending the earlier ones.
    for pending in replaced {
        forget(&pending.answer_id).await;
        status::replaced();
    }
    for pending in latest {
        let reply = send(&pending).await;
        remember(&pending.answer_id, reply);
        status::set_online(reply != Reply::Unreachable);
        status::set_holdup(match reply {
            Reply::SignIn => Holdup::SignIn,
            Reply::TryLater => Holdup::TryAgain,
            _ => Holdup::None,
        });
        match reply {
            Reply::Saved | Reply::Refused | Reply::Invalid => {
                forget(&pending.answer_id).await;
                status::answered(reply == Reply::Saved);
            }
            stop => return stop,
        }
    }
    Reply::Saved
}

fn remember(answer_id: &str, reply: Reply) {
    OUTCOMES.with_borrow_mut(|o| {
        o.retain(|(id, _)| id != answer_id);
        o.push((answer_id.to_owned(), reply));
        let over = o.len().saturating_sub(OUTCOMES_KEPT);
        o.drain(..over);
    });
}

/// Splits answers (oldest first) into the last one given to each step,
/// in order, and the ones it replaces. A blank answer given on an offline
/// copy (`only_if_new`, which showed none of the waiting answers) replaces
/// nothing: it is the one dropped, so reading on offline never erases an
/// answer still on its way.
fn latest_per_step(queue: Vec<Pending>) -> (Vec<Pending>, Vec<Pending>) {
    let mut latest: Vec<Pending> = Vec::with_capacity(queue.len());
    let mut replaced = Vec::new();
    for pending in queue {
        let same_step = latest
            .iter()
            .position(|p| p.module_id == pending.module_id && p.step_id == pending.step_id);
        match same_step {
            Some(_) if pending.only_if_new && pending.answer.is_blank() => replaced.push(pending),
            Some(earlier) => {
                replaced.extend(latest.get(earlier).cloned());
                latest.retain(|p| {
                    !(p.module_id == pending.module_id && p.step_id == pending.step_id)
                });
                latest.push(pending);
            }
            None => latest.push(pending),
        }
    }
    (latest, replaced)
}

/// Sends one answer as the server function's form fields, with its age and
/// owner, so the server can order it against answers from other devices
/// and refuse it to anyone else.
async fn send(pending: &Pending) -> Reply {
    let Ok(body) = UrlSearchParams::new() else {
        return Reply::TryLater;
    };
    let age = (js_sys::Date::now() - pending.given_at).max(0.0).round();
    body.append("module", &pending.module_id);
    body.append("step", &pending.step_id);
    body.append("answer_id", &pending.answer_id);
    for choice in &pending.answer.choices {
        body.append("choices[]", choice);
    }
    body.append("text", &pending.answer.text);
    if pending.answer.shared {
        body.append("shared", "yes");
    }
    body.append("given_ms_ago", &crate::number_text(age));
    body.append("owner", &crate::number_text(pending.owner));
    if pending.only_if_new {
        body.append("only_if_new", "yes");
    }
    match post(&body).await {
        Some(response) => Reply::of_status(response.status()),
        None => Reply::Unreachable,
    }
}

async fn post(body: &UrlSearchParams) -> Option<Response> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(body);
    // A bad line must not hold the queue for minutes: the answer is sent
    // again later, and its id keeps it saved once.
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(
        super::WAIT_MS,
    )));
    let headers = Headers::new().ok()?;
    // Data back, not a page: a plain form post would be redirected.
    headers.set("Accept", "application/json").ok()?;
    init.set_headers(&headers);
    let request = Request::new_with_str_and_init(SAVE_URL, &init).ok()?;
    let window = web_sys::window()?;
    JsFuture::from(window.fetch_with_request(&request))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

async fn forget(answer_id: &str) {
    MEMORY.with_borrow_mut(|kept| kept.retain(|p| p.answer_id != answer_id));
    store::delete(store::ANSWERS, answer_id).await;
}

/// Every waiting answer, in the order they were given.
async fn queued() -> Vec<Pending> {
    let mut pending: Vec<Pending> = store::all(store::ANSWERS)
        .await
        .iter()
        .filter_map(|json| from_json(json))
        .chain(MEMORY.with_borrow(Clone::clone))
        .collect();
    // The store is ordered by (random) answer id; a changed answer must
    // reach the server after the one it replaces.
    pending.sort_by(|a, b| a.given_at.total_cmp(&b.given_at));
    pending
}

fn to_json(p: &Pending) -> Option<String> {
    let answer = Object::new();
    let choices: Array = p
        .answer
        .choices
        .iter()
        .map(|c| JsValue::from_str(c))
        .collect();
    set(&answer, "choices", &choices)?;
    set(&answer, "text", &JsValue::from_str(&p.answer.text))?;
    set(&answer, "shared", &JsValue::from_bool(p.answer.shared))?;
    let object = Object::new();
    set(&object, "owner", &JsValue::from_f64(p.owner))?;
    set(&object, "module_id", &JsValue::from_str(&p.module_id))?;
    set(&object, "step_id", &JsValue::from_str(&p.step_id))?;
    set(&object, "answer_id", &JsValue::from_str(&p.answer_id))?;
    set(&object, "answer", &answer)?;
    set(&object, "given_at", &JsValue::from_f64(p.given_at))?;
    set(&object, "only_if_new", &JsValue::from_bool(p.only_if_new))?;
    JSON::stringify(&object).ok().map(String::from)
}

fn set(object: &Object, key: &str, value: &JsValue) -> Option<()> {
    Reflect::set(object, &JsValue::from_str(key), value)
        .ok()
        .filter(|done| *done)
        .map(|_| ())
}

fn from_json(json: &str) -> Option<Pending> {
    let object = JSON::parse(json).ok()?;
    let get = |from: &JsValue, key: &str| Reflect::get(from, &JsValue::from_str(key)).ok();
    let text = |from: &JsValue, key: &str| get(from, key)?.as_string();
    let answer = get(&object, "answer")?;
    let choices = get(&answer, "choices")
        .map(|c| {
            Array::from(&c)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Some(Pending {
        owner: get(&object, "owner")?.as_f64()?,
        module_id: text(&object, "module_id")?,
        step_id: text(&object, "step_id")?,
        answer_id: text(&object, "answer_id")?,
        answer: Answer {
            choices,
            text: text(&answer, "text").unwrap_or_default(),
            shared: get(&answer, "shared")
                .and_then(|s| s.as_bool())
                .unwrap_or(false),
        },
        given_at: get(&object, "given_at")?.as_f64()?,
        only_if_new: get(&object, "only_if_new")
            .and_then(|s| s.as_bool())
            .unwrap_or(false),
    })
}

#[cfg(test)]
mod tests {
    use super::{Answer, Pending, Reply, latest_per_step};

    fn given(step: &str, at: f64, text: &str, only_if_new: bool) -> Pending {
        Pending {
            owner: 1.0,
            module_id: "cv".into(),
            step_id: step.into(),
            answer_id: step.to_owned() + &at.to_string(),
            answer: Answer {
                text: text.into(),
                ..Answer::default()
            },
            given_at: at,
            only_if_new,
        }
    }

    fn ids(queue: &[Pending]) -> Vec<&str> {
        queue.iter().map(|p| p.answer_id.as_str()).collect()
    }

    #[test]
    fn only_the_last_answer_to_a_step_is_sent_and_a_blank_one_from_a_copy_replaces_nothing() {
        let queue = vec![
            given("a", 1.0, "first", false),
            given("b", 2.0, "mine", false),
            given("a", 3.0, "changed", false),
            // Pressed Continue on the offline copy of b, which showed no answer.
            given("b", 4.0, "", true),
            given("c", 5.0, "", true),
        ];
        let (latest, replaced) = latest_per_step(queue);
        assert_eq!(ids(&latest), ["b2", "a3", "c5"]);
        assert_eq!(ids(&replaced), ["a1", "b4"]);
    }

    #[test]
    fn a_reply_is_told_by_its_status() {
        let cases = [
            (200, Reply::Saved),
            (204, Reply::Saved),
            (401, Reply::SignIn),
            (422, Reply::Invalid),
            (404, Reply::Refused),
            (409, Reply::Refused),
            (403, Reply::Refused),
            (400, Reply::Refused),
            (429, Reply::TryLater),
            (500, Reply::TryLater),
            (503, Reply::TryLater),
        ];
        for (status, reply) in cases {
            assert_eq!(Reply::of_status(status), reply, "{status}");
        }
    }
}
