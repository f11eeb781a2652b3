//! The player's life in the browser: moving between steps in place, and
//! answers kept in IndexedDB until the server has saved them or refused them
//! for good. Each answer carries an id made here, so a resend after a lost
//! reply is saved only once.

use leptos::prelude::*;

use super::player_data::PlayerTexts;

/// Why answers wait although the browser is online.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holdup {
    None,
    /// The session has ended: the answers are sent once the person signs in.
    SignIn,
    /// The service is busy or failing: the answers are sent again shortly.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    TryAgain,
}

/// What the status line says: offline, answers waiting, all sent.
#[derive(Clone, Copy)]
pub struct Status {
    online: RwSignal<bool>,
    /// Answers given and not yet confirmed by the server: counted up when
    /// given (or found waiting from an earlier visit), down when confirmed.
    waiting: RwSignal<usize>,
    /// The server has confirmed an answer sent from this page.
    sent: RwSignal<bool>,
    holdup: RwSignal<Holdup>,
    /// Answers the server refused for good (the module changed under them).
    refused: RwSignal<usize>,
    /// The last step is done: the completion page to go to once all is sent.
    finished: RwSignal<Option<String>>,
}

impl Status {
    pub fn new() -> Self {
        Self {
            online: RwSignal::new(true),
            waiting: RwSignal::new(0),
            sent: RwSignal::new(false),
            holdup: RwSignal::new(Holdup::None),
            refused: RwSignal::new(0),
            finished: RwSignal::new(None),
        }
    }

    /// The sentence for the status line. Online, nothing is said while an
    /// answer is on its way, and "all saved" once the server has them all.
    pub fn message(&self, texts: &StoredValue<PlayerTexts>) -> String {
        let waiting = self.waiting.get();
        let refused = self.refused.get();
        texts.with_value(|t| {
            let count = |text: &str, n: usize| text.replace("{count}", &n.to_string());
            let mut parts = Vec::new();
            if !self.online.get() {
                parts.push(t.offline.clone());
                if waiting > 0 {
                    parts.push(count(&t.waiting, waiting));
                    if self.finished.with(Option::is_some) {
                        parts.push(t.finished_offline.clone());
                    }
                }
            } else if waiting > 0 {
                match self.holdup.get() {
                    Holdup::SignIn => parts.push(count(&t.sign_in_to_send, waiting)),
                    Holdup::TryAgain => parts.push(count(&t.trying_again, waiting)),
                    Holdup::None => {}
                }
            } else if self.sent.get() && refused == 0 {
                parts.push(t.all_sent.clone());
            }
            if refused > 0 {
                parts.push(count(&t.refused, refused));
            }
            parts.join(" ")
        })
    }

    /// Answers wait for the person to sign in again.
    pub fn needs_sign_in(&self) -> bool {
        self.online.get() && self.waiting.get() > 0 && self.holdup.get() == Holdup::SignIn
    }
}

#[cfg(feature = "hydrate")]
pub use browser::{PlayerLink, show_step, start, submit};

#[cfg(feature = "hydrate")]
mod browser {
    use std::collections::HashMap;

    use leptos::{html, prelude::*, task::spawn_local};
    use serde::{Deserialize, Serialize};
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{FormData, HtmlFormElement};

    use super::{Holdup, Status};
    use crate::{
        browser_store,
        error::AppError,
        modules::{
            answer::check_answer,
            player::Player,
            player_data::{OFFLINE_COPY, PlayerTexts, step_path},
            save_step,
            types::{Answer, StepContent},
        },
    };

    const STORE: &str = crate::browser_store::ANSWERS;
    /// Step pages kept for reading offline; the service worker answers from
    /// it (and keeps the app's own files as it fetches them).
    const PAGE_CACHE: &str = "askel-offline-pages";

    /// An answer on its way to the server.
    #[derive(Clone, Debug, Serialize, Deserialize)]
    struct Pending {
        owner: i64,
        module_id: String,
        step_id: String,
        answer_id: String,
        answer: Answer,
        /// Milliseconds since 1970 when it was given, to send in that order.
        given_at: f64,
        /// Given blank on a page that showed no stored answer (an offline
        /// copy): must not overwrite one given before.
        #[serde(default)]
        only_if_new: bool,
    }

    /// What the offline side needs of the player.
    pub struct PlayerLink {
        pub owner: i64,
        pub module_id: String,
        pub status: Status,
        pub answers: RwSignal<HashMap<String, Answer>>,
        pub current: RwSignal<usize>,
        pub step_ids: Vec<String>,
        pub heading: NodeRef<html::H1>,
        pub texts: StoredValue<PlayerTexts>,
    }

    /// The first wait before sending again after a failure; it doubles up to
    /// the longest, so a phone on a bad line or a busy service is not hammered.
    const FIRST_RETRY_MS: u64 = 5_000;
    const LONGEST_RETRY_MS: u64 = 300_000;

    /// What became of an answer sent (or of a queue: how its sending stopped).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Reply {
        /// Saved now, or saved before (a replay).
        Saved,
        /// Refused for good: the module or step is gone, or the answer no
        /// longer fits it. Sending it again cannot help.
        Refused,
        /// The session has ended (or someone else signed in since): kept until
        /// the person signs in again.
        SignIn,
        /// The service is busy, restarting or failing: kept and sent later.
        TryLater,
        /// The request or its answer did not get through.
        Unreachable,
    }

    impl From<Result<(), AppError>> for Reply {
        fn from(result: Result<(), AppError>) -> Self {
            match result {
                Ok(()) => Reply::Saved,
                Err(AppError::Unauthorized) => Reply::SignIn,
                Err(AppError::Transport) => Reply::Unreachable,
                Err(AppError::Unavailable | AppError::RateLimited | AppError::Internal) => {
                    Reply::TryLater
                }
                Err(
                    AppError::NotFound
                    | AppError::Forbidden
                    | AppError::BadRequest
                    | AppError::Validation { .. }
                    | AppError::Conflict { .. },
                ) => Reply::Refused,
            }
        }
    }

    thread_local! {
        static OWNER: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
        /// Answers kept in memory when this browser has no IndexedDB (some
        /// private windows): lost if the page closes, but not on a refusal.
        static MEMORY: std::cell::RefCell<Vec<Pending>> = const { std::cell::RefCell::new(Vec::new()) };
        /// The wait before the next retry, and whether one is set.
        static RETRY_MS: std::cell::Cell<u64> = const { std::cell::Cell::new(FIRST_RETRY_MS) };
        static RETRY_SET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        /// One flush sends at a time, so no answer is sent (or counted) twice.
        static FLUSHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        /// An answer was stored while a flush was sending: look again.
        static AGAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Wakes the player up in the browser: online state, answers still
    /// waiting from before, the back button, and the module's pages cached.
    pub fn start(link: PlayerLink) {
        OWNER.with(|o| o.set(link.owner));
        let status = link.status;
        status.online.set(navigator_online());
        let on_online = window_event_listener(leptos::ev::online, move |_| {
            status.online.set(true);
            spawn_local(flush(status));
        });
        let on_offline =
            window_event_listener(leptos::ev::offline, move |_| status.online.set(false));
        // Back from another tab (perhaps after signing in there): try again.
        let on_visible = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                spawn_local(flush(status));
            }
        });
        let current = link.current;
        let ids = link.step_ids.clone();
        let module_id = link.module_id.clone();
        let heading = link.heading;
        let texts = link.texts;
        let on_back = window_event_listener(leptos::ev::popstate, move |_| {
            let path = window().location().pathname().unwrap_or_default();
            // A jump within the page (an error summary's link) keeps the step.
            let moved = ids
                .iter()
                .position(|id| step_path(&module_id, id) == path)
                .filter(|n| *n != current.get_untracked());
            if let Some(n) = moved {
                current.set(n);
                after_render(move || focus_heading(heading, texts));
            }
        });
        on_cleanup(move || {
            on_online.remove();
            on_offline.remove();
            on_visible.remove();
            on_back.remove();
        });
        let answers = link.answers;
        let module_id = link.module_id.clone();
        // Copies without the person's answers: a reflection is never kept in
        // a cache. (The completion page lists answers and is only reached
        // online, once every answer is sent.)
        let pages: Vec<String> = link
            .step_ids
            .iter()
            .map(|id| format!("{}?{OFFLINE_COPY}", step_path(&module_id, id)))
            .collect();
        let owner = link.owner;
        spawn_local(async move {
            // Answers given offline on an earlier visit count already.
            let mine: Vec<Pending> = queued()
                .await
                .into_iter()
                .filter(|p| p.owner == owner)
                .collect();
            status.waiting.update(|w| *w += mine.len());
            for pending in mine.into_iter().filter(|p| p.module_id == module_id) {
                answers.update(|a| {
                    a.insert(pending.step_id, pending.answer);
                });
            }
            flush(status).await;
            cache_pages(&pages).await;
        });
    }

    fn navigator_online() -> bool {
        window().navigator().on_line()
    }

    fn after_render(f: impl FnOnce() + 'static) {
        request_animation_frame(f);
    }

    fn focus_heading(heading: NodeRef<html::H1>, texts: StoredValue<PlayerTexts>) {
        if let Some(h1) = heading.get_untracked() {
            let _ = h1.focus();
            // The same title the server gives the step's page.
            let step = h1.text_content().unwrap_or_default();
            document().set_title(&texts.with_value(|t| t.page_title.replace("{page}", &step)));
        }
    }

    /// Shows step `n` (or the completion page after the last) in place.
    pub fn show_step(player: Player, n: usize) {
        if n >= player.count() {
            finish(player);
            return;
        }
        player.error.set(None);
        player.draft.set(None);
        player.current.set(n);
        let path = player.path_of(n);
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&path));
        }
        let (heading, texts) = (player.heading, player.texts);
        after_render(move || focus_heading(heading, texts));
    }

    /// After the last step: the completion page once every answer is sent.
    fn finish(player: Player) {
        player
            .status
            .finished
            .set(Some(player.path_of(player.count())));
        spawn_local(flush(player.status));
    }

    /// Goes to the completion page if the last step is behind and every
    /// answer is confirmed: the page must show them all.
    fn leave_if_finished(status: Status) {
        if status.waiting.get_untracked() > 0 {
            return;
        }
        if let Some(done) = status.finished.get_untracked() {
            let _ = window().location().assign(&done);
        }
    }

    /// Checks and keeps the answer, then moves on: to the feedback of a
    /// question, or to the next step.
    pub fn submit(ev: leptos::ev::SubmitEvent, player: Player, n: usize) {
        ev.prevent_default();
        let Some(step) = player.step(n) else { return };
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        let given = read_form(&form);
        let answer = match check_answer(&step.content, given.clone()) {
            Ok(answer) => answer,
            Err(key) => {
                player.draft.set(Some(given));
                player.error.set(Some(key.to_owned()));
                let summary = player.summary;
                after_render(move || {
                    if let Some(summary) = summary.get_untracked() {
                        let _ = summary.focus();
                    }
                });
                return;
            }
        };
        player.error.set(None);
        player.draft.set(None);
        let pending = Pending {
            owner: OWNER.with(std::cell::Cell::get),
            module_id: player.module_id.get_value(),
            step_id: step.id.clone(),
            answer_id: browser_store::new_key(),
            only_if_new: !player.answers_shown && answer.is_empty(),
            answer: answer.clone(),
            given_at: js_sys::Date::now(),
        };
        player.answers.update(|a| {
            a.insert(step.id.clone(), answer);
        });
        let status = player.status;
        let is_question = matches!(step.content, StepContent::Question { .. });
        // Counted from the click on, so the page never says "all saved" while
        // this answer is on its way.
        status.waiting.update(|w| *w += 1);
        spawn_local(async move {
            keep(pending).await;
            flush(status).await;
        });
        if is_question {
            // The new answer redraws the step with its feedback.
            let feedback = player.feedback;
            after_render(move || {
                if let Some(heading) = feedback.get_untracked() {
                    let _ = heading.focus();
                }
            });
        } else {
            show_step(player, n + 1);
        }
    }

    fn read_form(form: &HtmlFormElement) -> Answer {
        let Ok(data) = FormData::new_with_form(form) else {
            return Answer::default();
        };
        let text = data.get("text").as_string().unwrap_or_default();
        let choices = data
            .get_all("choices[]")
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        Answer {
            choices,
            text,
            shared: data.get("shared").as_string().as_deref() == Some("yes"),
        }
    }

    /// Sends every waiting answer of this person, oldest first, then goes
    /// to the completion page if that is where the person is heading. While
    /// a flush is sending, another only asks it to look again.
    async fn flush(status: Status) {
        if FLUSHING.replace(true) {
            AGAIN.set(true);
            return;
        }
        let stopped = loop {
            AGAIN.set(false);
            let reply = send_queued(status).await;
            if !(reply == Reply::Saved && AGAIN.get()) {
                break reply;
            }
        };
        FLUSHING.set(false);
        match stopped {
            Reply::Saved | Reply::Refused => {
                RETRY_MS.set(FIRST_RETRY_MS);
                leave_if_finished(status);
            }
            Reply::SignIn => {}
            Reply::TryLater | Reply::Unreachable => retry_later(status),
        }
    }

    /// Sends again after a wait that doubles with every failure in a row.
    fn retry_later(status: Status) {
        if RETRY_SET.replace(true) {
            return;
        }
        let wait = RETRY_MS.get();
        RETRY_MS.set((wait * 2).min(LONGEST_RETRY_MS));
        set_timeout(
            move || {
                RETRY_SET.set(false);
                spawn_local(flush(status));
            },
            std::time::Duration::from_millis(wait),
        );
    }

    /// Sends what the store holds now, oldest first, and forgets each answer
    /// once the server has saved or finally refused it. Stops at the first
    /// answer that has to wait, and says why.
    async fn send_queued(status: Status) -> Reply {
        let owner = OWNER.with(std::cell::Cell::get);
        let mine = queued().await.into_iter().filter(|p| p.owner == owner);
        let (latest, replaced) = latest_per_step(mine.collect());
        // The server would keep the later answer anyway: no need to pay for
        // sending the earlier ones.
        for pending in replaced {
            forget(&pending.answer_id).await;
            status.waiting.update(|w| *w = w.saturating_sub(1));
        }
        for pending in latest {
            let reply = send(&pending).await;
            status.online.set(reply != Reply::Unreachable);
            status.holdup.set(match reply {
                Reply::SignIn => Holdup::SignIn,
                Reply::TryLater => Holdup::TryAgain,
                _ => Holdup::None,
            });
            match reply {
                Reply::Saved => status.sent.set(true),
                Reply::Refused => status.refused.update(|n| *n += 1),
                stop => return stop,
            }
            forget(&pending.answer_id).await;
            status.waiting.update(|w| *w = w.saturating_sub(1));
        }
        Reply::Saved
    }

    /// Splits answers (oldest first) into the last one given to each step,
    /// in order, and the ones it replaces.
    fn latest_per_step(queue: Vec<Pending>) -> (Vec<Pending>, Vec<Pending>) {
        let mut latest: Vec<Pending> = Vec::with_capacity(queue.len());
        let mut replaced = Vec::new();
        for pending in queue {
            let same_step = latest
                .iter()
                .position(|p| p.module_id == pending.module_id && p.step_id == pending.step_id);
            if let Some(earlier) = same_step {
                replaced.push(latest.remove(earlier));
            }
            latest.push(pending);
        }
        (latest, replaced)
    }

    /// Sends one answer with its age and owner, so the server can order it
    /// against answers from other devices and refuse it to anyone else.
    async fn send(pending: &Pending) -> Reply {
        let age = (js_sys::Date::now() - pending.given_at).max(0.0);
        save_step(
            pending.module_id.clone(),
            pending.step_id.clone(),
            pending.answer_id.clone(),
            Some(pending.answer.choices.clone()),
            Some(pending.answer.text.clone()),
            pending.answer.shared.then(|| "yes".to_owned()),
            Some(age as u64),
            Some(pending.owner),
            pending.only_if_new.then(|| "yes".to_owned()),
        )
        .await
        .into()
    }

    /// Keeps a copy of every page of the module, for reading it offline.
    async fn cache_pages(pages: &[String]) {
        let Ok(caches) = window().caches() else {
            return;
        };
        let Ok(cache) = wasm_bindgen_futures::JsFuture::from(caches.open(PAGE_CACHE)).await else {
            return;
        };
        let cache: web_sys::Cache = cache.unchecked_into();
        let urls = js_sys::Array::new();
        for page in pages {
            urls.push(&JsValue::from_str(page));
        }
        let _ = wasm_bindgen_futures::JsFuture::from(cache.add_all_with_str_sequence(&urls)).await;
    }

    /// Stores the answer until the server has it: in IndexedDB, or in memory
    /// if this browser has none.
    async fn keep(pending: Pending) {
        let stored = match serde_json::to_string(&pending) {
            Ok(json) => browser_store::put(STORE, &pending.answer_id, &json).await,
            Err(_) => false,
        };
        if !stored {
            MEMORY.with_borrow_mut(|kept| kept.push(pending));
        }
    }

    async fn forget(answer_id: &str) {
        MEMORY.with_borrow_mut(|kept| kept.retain(|p| p.answer_id != answer_id));
        browser_store::delete(STORE, answer_id).await;
    }

    /// Every waiting answer, in the order they were given.
    async fn queued() -> Vec<Pending> {
        let mut pending: Vec<Pending> = browser_store::all(STORE)
            .await
            .iter()
            .filter_map(|json| serde_json::from_str::<Pending>(json).ok())
            .chain(MEMORY.with_borrow(Clone::clone))
            .collect();
        // The store is ordered by (random) answer id; a changed answer must
        // reach the server after the one it replaces.
        pending.sort_by(|a, b| a.given_at.total_cmp(&b.given_at));
        pending
    }
}
