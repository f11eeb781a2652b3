//! The conversation while it is open, with WASM: new messages and read
//! receipts appear without a reload, and a message written without a
//! connection stays on the phone (IndexedDB) until the server has it, each
//! with its state: on your phone, sending, sent, or not sent (its words back
//! in the box).
//!
//! **Polling, not server-sent events.** The page asks `message-updates`
//! with the version it shows (the newest message and how many of the
//! reader's are read); the answer is nothing, or the list as the server
//! renders it. Every 5 seconds after something changed, twice as long after
//! each quiet answer up to a minute, and never while the page is hidden (so
//! a message is marked read only when someone can see it). A stream would
//! hold a connection per open page on phones whose networks drop idle
//! connections, through proxies that buffer, and would need the two server
//! processes to tell each other of every message; a poll is one small request
//! a minute when nothing happens and works through all of that.
//!
//! Without WASM the form posts and the page reloads, as before.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The island's texts, translated on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveTexts {
    pub you: String,
    pub on_phone: String,
    pub sending: String,
    pub sent: String,
    pub refused: String,
    pub sign_in: String,
}

/// Where a message written on this page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
// Set by the browser only: the server renders none.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub enum Stage {
    /// Kept in the browser, waiting for a connection.
    OnPhone,
    Sending,
    /// The server has it; the list shows it from the next update on.
    Sent,
    /// The server refused it for good; the text is back in the box.
    Refused,
    /// The session ended: sent once the person signs in again.
    SignIn,
}

/// A message written on this page, not yet in the server's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub key: String,
    pub body: String,
    pub stage: Stage,
}

/// What the conversation page tells the island.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveData {
    /// Whose page it is: what they wrote offline is sent only for them.
    pub owner: i64,
    /// The coach's page names the jobseeker; the jobseeker's own does not.
    pub jobseeker: Option<i64>,
    /// The version the page shows (see `db::version`).
    pub version: String,
    pub texts: LiveTexts,
}

impl LiveTexts {
    /// What is said of a message at `stage`.
    pub fn stage(&self, stage: Stage) -> String {
        match stage {
            Stage::OnPhone => self.on_phone.clone(),
            Stage::Sending => self.sending.clone(),
            Stage::Sent => self.sent.clone(),
            Stage::Refused => self.refused.clone(),
            Stage::SignIn => self.sign_in.clone(),
        }
    }
}

impl LiveData {
    /// The island's data for `owner`'s page at `version`, texts in the
    /// page's language.
    #[cfg(feature = "ssr")]
    pub fn new(owner: i64, jobseeker: Option<i64>, version: String) -> Self {
        use crate::i18n::t;
        Self {
            owner,
            jobseeker,
            version,
            texts: LiveTexts {
                you: t("message-you"),
                on_phone: t("message-live-on-phone"),
                sending: t("message-live-sending"),
                sent: t("message-live-sent"),
                refused: t("message-live-refused"),
                sign_in: t("message-live-sign-in"),
            },
        }
    }
}

#[island]
pub fn LiveConversation(data: LiveData) -> impl IntoView {
    let written = RwSignal::new(Vec::<Written>::new());
    let announced = RwSignal::new(String::new());
    let texts = StoredValue::new(data.texts.clone());
    #[cfg(feature = "hydrate")]
    browser::start(data, written, announced);
    #[cfg(not(feature = "hydrate"))]
    let _ = data;
    // Set once WASM runs, so tests can tell the live page from the plain one.
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let stage_text = move |stage: Stage| texts.with_value(|t| t.stage(stage));
    view! {
        <div class="live" data-live=move || live.get().then_some("true")>
            <ol class="plain-list written" hidden=move || written.with(Vec::is_empty)>
                <For each=move || written.get() key=|w| (w.key.clone(), w.stage as u8) let:w>
                    <li class="message message--ours" data-key=w.key.clone()>
                        <p class="message__meta">
                            <strong>{texts.with_value(|t| t.you.clone())}</strong>" · "{stage_text(w.stage)}
                        </p>
                        <p class="message__body" dir="auto">{w.body.clone()}</p>
                    </li>
                </For>
            </ol>
            <p class="visually-hidden" role="status">{move || announced.get()}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::{prelude::*, task::spawn_local};
    use serde::{Deserialize, Serialize};
    use wasm_bindgen::{JsCast, prelude::Closure};
    use web_sys::{HtmlFormElement, HtmlInputElement, HtmlTextAreaElement};

    use super::{LiveData, LiveTexts, Stage, Written};
    use crate::{
        browser_store::{self, MESSAGES},
        error::AppError,
        messages::{
            MAX_MESSAGE,
            server_fns::{
                FIELD_BODY, FIELD_KEY, message_updates, send_coach_message, send_my_message,
            },
            views::{CONVERSATION, WRITE},
        },
    };

    /// A message kept until the server has it.
    #[derive(Clone, Debug, Serialize, Deserialize)]
    struct Kept {
        owner: i64,
        jobseeker: Option<i64>,
        key: String,
        body: String,
        /// Milliseconds since 1970: they are sent in the order written.
        written_at: f64,
    }

    thread_local! {
        /// Messages kept in memory when this browser has no IndexedDB (some
        /// private windows): lost if the page closes, not on a refusal.
        static MEMORY: std::cell::RefCell<Vec<Kept>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    const FIRST_WAIT_MS: u32 = 5_000;
    const LONGEST_WAIT_MS: u32 = 60_000;

    /// The page's live state: shared by the listeners and the loops.
    #[derive(Clone, Copy)]
    struct Page {
        owner: i64,
        jobseeker: Option<i64>,
        version: StoredValue<String>,
        wait_ms: StoredValue<u32>,
        written: RwSignal<Vec<Written>>,
        /// The status line: each message's stage, and new messages, are said.
        announced: RwSignal<String>,
        texts: StoredValue<LiveTexts>,
        /// One send and one poll at a time, so nothing goes twice; a message
        /// written while one is sending is looked for again before it ends.
        sending: StoredValue<bool>,
        again: StoredValue<bool>,
        polling: StoredValue<bool>,
    }

    pub fn start(data: LiveData, written: RwSignal<Vec<Written>>, announced: RwSignal<String>) {
        let page = Page {
            owner: data.owner,
            jobseeker: data.jobseeker,
            version: StoredValue::new(data.version),
            texts: StoredValue::new(data.texts),
            wait_ms: StoredValue::new(FIRST_WAIT_MS),
            written,
            announced,
            sending: StoredValue::new(false),
            again: StoredValue::new(false),
            polling: StoredValue::new(false),
        };
        Effect::new(move |_| {
            take_over_form(page);
            let again = move || {
                spawn_local(flush(page));
                spawn_local(poll(page));
            };
            let on_online = window_event_listener(leptos::ev::online, move |_| {
                page.wait_ms.set_value(FIRST_WAIT_MS);
                again();
            });
            let on_visible = window_event_listener(leptos::ev::visibilitychange, move |_| {
                if is_visible() {
                    page.wait_ms.set_value(FIRST_WAIT_MS);
                    again();
                }
            });
            on_cleanup(move || {
                on_online.remove();
                on_visible.remove();
            });
            spawn_local(async move {
                // Written on an earlier visit without a connection: shown and sent.
                let kept = queued(page).await;
                page.written.update(|w| {
                    w.extend(kept.into_iter().map(|k| Written {
                        key: k.key,
                        body: k.body,
                        stage: Stage::OnPhone,
                    }))
                });
                flush(page).await;
                keep_polling(page).await;
            });
        });
    }

    fn is_visible() -> bool {
        document().visibility_state() == web_sys::VisibilityState::Visible
    }

    /// The send form: a message goes to the browser's store first, then to
    /// the server, and the form is ready for the next at once. An empty or
    /// too long one is posted as without WASM, for the server's error summary.
    fn take_over_form(page: Page) {
        let Some(form) = document()
            .query_selector(&send_form())
            .ok()
            .flatten()
            .and_then(|form| form.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let Some(form) = ev
                .current_target()
                .and_then(|target| target.dyn_into::<HtmlFormElement>().ok())
            else {
                return;
            };
            let field = |name: &str| {
                form.query_selector(&format!("[name='{name}']"))
                    .ok()
                    .flatten()
            };
            let (Some(body_field), Some(key_field)) = (
                field(FIELD_BODY).and_then(|f| f.dyn_into::<HtmlTextAreaElement>().ok()),
                field(FIELD_KEY).and_then(|f| f.dyn_into::<HtmlInputElement>().ok()),
            ) else {
                return;
            };
            let body = body_field.value().trim().to_owned();
            if body.is_empty() || body.chars().count() > MAX_MESSAGE {
                return;
            }
            ev.prevent_default();
            let kept = Kept {
                owner: page.owner,
                jobseeker: page.jobseeker,
                key: key_field.value(),
                body,
                written_at: js_sys::Date::now(),
            };
            body_field.set_value("");
            key_field.set_value(&browser_store::new_key());
            page.written.update(|w| {
                w.push(Written {
                    key: kept.key.clone(),
                    body: kept.body.clone(),
                    stage: Stage::OnPhone,
                })
            });
            spawn_local(async move {
                keep(&kept).await;
                flush(page).await;
            });
        });
        let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        // The form lives as long as the page.
        on_submit.forget();
    }

    /// The message form (not the one with a file).
    fn send_form() -> String {
        format!("section[aria-labelledby='{WRITE}'] form")
    }

    fn set_stage(page: Page, key: &str, stage: Stage) {
        page.written.update(|w| {
            if let Some(written) = w.iter_mut().find(|w| w.key == key) {
                written.stage = stage;
            }
        });
        announce(page, page.texts.with_value(|t| t.stage(stage)));
    }

    /// Says `text` on the status line: emptied first, so the same words
    /// twice in a row ("Sent", "Sent") are said twice.
    fn announce(page: Page, text: String) {
        page.announced.set(String::new());
        set_timeout(
            move || page.announced.set(text),
            std::time::Duration::from_millis(100),
        );
    }

    /// Sends what waits, oldest first, until the server has it all or the
    /// connection or session stops it.
    async fn flush(page: Page) {
        if page.sending.get_value() {
            page.again.set_value(true);
            return;
        }
        page.sending.set_value(true);
        loop {
            page.again.set_value(false);
            let stopped = send_queued(page).await;
            // Asked again meanwhile (a new message, the connection back):
            // look again, unless the connection is still down. Not looking
            // would leave a message waiting for the next poll, a minute on.
            let offline = !window().navigator().on_line();
            if !page.again.get_value() || (stopped && offline) {
                break;
            }
        }
        page.sending.set_value(false);
        spawn_local(poll(page));
    }

    /// Sends each waiting message once: true when the connection or the
    /// session stopped it (the rest wait for the next try).
    async fn send_queued(page: Page) -> bool {
        for kept in queued(page).await {
            set_stage(page, &kept.key, Stage::Sending);
            let sent = match kept.jobseeker {
                Some(jobseeker) => {
                    send_coach_message(jobseeker, Some(kept.body.clone()), Some(kept.key.clone()))
                        .await
                }
                None => send_my_message(Some(kept.body.clone()), Some(kept.key.clone())).await,
            };
            match sent {
                Ok(()) => {
                    forget(&kept.key).await;
                    set_stage(page, &kept.key, Stage::Sent);
                    // A poll may have brought the list with it already.
                    drop_delivered(page);
                    page.wait_ms.set_value(FIRST_WAIT_MS);
                }
                Err(AppError::Unauthorized) => {
                    set_stage(page, &kept.key, Stage::SignIn);
                    return true;
                }
                Err(
                    AppError::Transport
                    | AppError::Unavailable
                    | AppError::RateLimited
                    | AppError::Internal,
                ) => {
                    set_stage(page, &kept.key, Stage::OnPhone);
                    return true;
                }
                // Refused for good (no coach now, a full day, another
                // conversation): the words go back into the box.
                Err(_) => {
                    forget(&kept.key).await;
                    set_stage(page, &kept.key, Stage::Refused);
                    give_back(&kept.body);
                }
            }
        }
        false
    }

    fn give_back(body: &str) {
        let field = document()
            .query_selector(&format!("{} [name='{FIELD_BODY}']", send_form()))
            .ok()
            .flatten()
            .and_then(|f| f.dyn_into::<HtmlTextAreaElement>().ok());
        if let Some(field) = field.filter(|f| f.value().trim().is_empty()) {
            field.set_value(body);
        }
    }

    /// Asks for what changed, for as long as the page is open, and tries
    /// again to send what waits on the phone (a busy server, a dropped
    /// connection that no `online` event announces).
    async fn keep_polling(page: Page) {
        loop {
            // While a message waits on the phone, look every few seconds
            // whether the connection is back (no request while it is not):
            // a browser need not say so with an `online` event.
            let waiting = || {
                page.written
                    .with_untracked(|w| w.iter().any(|w| w.stage == Stage::OnPhone))
            };
            let wait = if waiting() {
                FIRST_WAIT_MS
            } else {
                page.wait_ms.get_value()
            };
            sleep(wait).await;
            if !window().navigator().on_line() {
                continue;
            }
            if waiting() {
                flush(page).await;
            } else {
                poll(page).await;
            }
        }
    }

    /// Shows the conversation as the server has it now, if it changed; the
    /// next wait is short after a change, longer after each quiet answer.
    async fn poll(page: Page) {
        if page.polling.get_value() || !is_visible() {
            return;
        }
        page.polling.set_value(true);
        let answer = message_updates(page.jobseeker, page.version.get_value()).await;
        let wait = page.wait_ms.get_value();
        match answer {
            Ok(Some(update)) => {
                let Some(list) = document().get_element_by_id(CONVERSATION) else {
                    page.polling.set_value(false);
                    return;
                };
                // Someone on a link in the list keeps their place: the list
                // is renewed at the next answer, once they have moved on.
                let focused = document()
                    .active_element()
                    .is_some_and(|active| list.contains(Some(&active)));
                if focused {
                    page.wait_ms.set_value(FIRST_WAIT_MS);
                    page.polling.set_value(false);
                    return;
                }
                list.set_inner_html(&update.html);
                page.version.set_value(update.version);
                if let Some(said) = update.announce {
                    announce(page, said);
                }
                drop_delivered(page);
                page.wait_ms.set_value(FIRST_WAIT_MS);
            }
            _ => page.wait_ms.set_value((wait * 2).min(LONGEST_WAIT_MS)),
        }
        page.polling.set_value(false);
    }

    /// Sent messages the server's list now shows (by their form's key) are
    /// shown there only.
    fn drop_delivered(page: Page) {
        let in_list = |key: &str| {
            document()
                .query_selector(&format!("#{CONVERSATION} li[data-key='{key}']"))
                .ok()
                .flatten()
                .is_some()
        };
        page.written
            .update(|w| w.retain(|w| !(w.stage == Stage::Sent && in_list(&w.key))));
    }

    async fn sleep(ms: u32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                i32::try_from(ms).unwrap_or(i32::MAX),
            );
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    async fn keep(kept: &Kept) {
        let stored = match serde_json::to_string(kept) {
            Ok(json) => browser_store::put(MESSAGES, &kept.key, &json).await,
            Err(_) => false,
        };
        if !stored {
            MEMORY.with_borrow_mut(|memory| memory.push(kept.clone()));
        }
    }

    async fn forget(key: &str) {
        MEMORY.with_borrow_mut(|memory| memory.retain(|k| k.key != key));
        browser_store::delete(MESSAGES, key).await;
    }

    /// This page's messages waiting to be sent, in the order written.
    async fn queued(page: Page) -> Vec<Kept> {
        let mut kept: Vec<Kept> = browser_store::all(MESSAGES)
            .await
            .iter()
            .filter_map(|json| serde_json::from_str::<Kept>(json).ok())
            .chain(MEMORY.with_borrow(Clone::clone))
            .filter(|k| k.owner == page.owner && k.jobseeker == page.jobseeker)
            .collect();
        kept.sort_by(|a, b| a.written_at.total_cmp(&b.written_at));
        kept
    }
}
