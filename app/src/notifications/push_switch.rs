//! "Notifications on this phone": turning Web Push on and off in the
//! browser the person is using (an island: subscribing needs the browser's
//! push manager), and a plain form that stops it in every browser.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The settings page's form that stops notices in every browser.
pub const FORM_PUSH: &str = "push";

/// Lets this browser show the signed-in person's notices (called by the
/// island with the browser's subscription).
#[server(prefix = "/api", endpoint = "push-subscribe")]
pub async fn save_push_subscription(
    endpoint: String,
    p256dh: String,
    auth: String,
) -> Result<(), crate::error::AppError> {
    let result = super::server::save_push(&endpoint, &p256dh, &auth).await;
    crate::context::answer_call(&result);
    result
}

/// Whether this browser's subscription shows the signed-in person's
/// notices (it may be stopped, or another account's on a shared phone).
#[server(prefix = "/api", endpoint = "push-known")]
pub async fn push_known(endpoint: String) -> Result<bool, crate::error::AppError> {
    let result = super::server::push_known(&endpoint).await;
    crate::context::answer_call(&result);
    result
}

/// Stops this browser showing the signed-in person's notices.
#[server(prefix = "/api", endpoint = "push-unsubscribe")]
pub async fn drop_push_subscription(endpoint: String) -> Result<(), crate::error::AppError> {
    let result = super::server::drop_push(Some(&endpoint)).await;
    crate::context::answer_call(&result);
    result
}

/// Stops every browser showing the signed-in person's notices: a plain form,
/// for a phone that was lost or passed on.
#[server(prefix = "/api", endpoint = "stop-push")]
pub async fn stop_push_everywhere() -> Result<(), crate::error::AppError> {
    let result = super::server::drop_push(None).await;
    crate::forms::answer_form_post(FORM_PUSH, Vec::new(), &result, super::SETTINGS);
    result
}

/// The island's texts, translated on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushTexts {
    pub turn_on: String,
    pub turn_off: String,
    pub on: String,
    pub off: String,
    pub working: String,
    pub blocked: String,
    pub failed: String,
    pub unsupported: String,
}

/// What the settings page tells the island.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushData {
    /// The server's VAPID public key, which the browser subscribes with.
    pub public_key: Vec<u8>,
    pub texts: PushTexts,
}

/// Where this browser stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
// Set by the browser only: the server renders `Unknown`.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub enum PushState {
    /// Before WASM has looked: nothing is shown.
    Unknown,
    Unsupported,
    Off,
    Working,
    On,
    /// The person (or the browser) said no to notifications.
    Blocked,
    /// Turning on did not work; it can be tried again.
    Failed,
}

impl PushState {
    fn name(self) -> &'static str {
        match self {
            PushState::Unknown => "unknown",
            PushState::Unsupported => "unsupported",
            PushState::Off => "off",
            PushState::Working => "working",
            PushState::On => "on",
            PushState::Blocked => "blocked",
            PushState::Failed => "failed",
        }
    }
}

impl PushTexts {
    fn say(&self, state: PushState) -> String {
        match state {
            PushState::Unknown => String::new(),
            PushState::Unsupported => self.unsupported.clone(),
            PushState::Off => self.off.clone(),
            PushState::Working => self.working.clone(),
            PushState::On => self.on.clone(),
            PushState::Blocked => self.blocked.clone(),
            PushState::Failed => self.failed.clone(),
        }
    }
}

/// The switch for this browser; hidden until WASM has found out whether the
/// browser can show notices at all (without JavaScript it cannot).
#[island]
pub fn PushSwitch(data: PushData) -> impl IntoView {
    let state = RwSignal::new(PushState::Unknown);
    let texts = StoredValue::new(data.texts.clone());
    let key = StoredValue::new(data.public_key.clone());
    #[cfg(feature = "hydrate")]
    browser::look(state);
    #[cfg(not(feature = "hydrate"))]
    let _ = (data, key);
    let can_turn_on = move || {
        matches!(
            state.get(),
            PushState::Off | PushState::Failed | PushState::Blocked
        )
    };
    let turn_on = move |_| {
        #[cfg(feature = "hydrate")]
        browser::turn_on(key.get_value(), state);
    };
    let turn_off = move |_| {
        #[cfg(feature = "hydrate")]
        browser::turn_off(state);
    };
    view! {
        <div class="push-switch" data-push=move || state.get().name() hidden=move || state.get() == PushState::Unknown>
            <p role="status">{move || texts.with_value(|t| t.say(state.get()))}</p>
            <button type="button" class="button" hidden=move || !can_turn_on() on:click=turn_on>
                {texts.with_value(|t| t.turn_on.clone())}
            </button>
            <button type="button" class="button button--secondary" hidden=move || state.get() != PushState::On on:click=turn_off>
                {texts.with_value(|t| t.turn_off.clone())}
            </button>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use js_sys::{Function, Reflect, Uint8Array};
    use leptos::{prelude::*, task::spawn_local};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Notification, NotificationPermission, PushManager, PushSubscriptionOptionsInit};

    use super::{PushState, drop_push_subscription, push_known, save_push_subscription};

    /// A subscription as `PushSubscription.toJSON()` gives it.
    #[derive(serde::Deserialize)]
    struct Subscription {
        endpoint: String,
        keys: Keys,
    }

    #[derive(serde::Deserialize)]
    struct Keys {
        p256dh: String,
        auth: String,
    }

    fn has(target: &JsValue, name: &str) -> bool {
        Reflect::has(target, &JsValue::from_str(name)).unwrap_or(false)
    }

    /// The push manager of the service worker's registration, once it runs.
    async fn push_manager() -> Option<PushManager> {
        let window = window();
        let navigator = window.navigator();
        let supported = has(&window, "PushManager")
            && has(&window, "Notification")
            && has(&navigator, "serviceWorker");
        if !supported {
            return None;
        }
        let ready = navigator.service_worker().ready().ok()?;
        let registration: web_sys::ServiceWorkerRegistration =
            JsFuture::from(ready).await.ok()?.dyn_into().ok()?;
        registration.push_manager().ok()
    }

    /// This browser's subscription, if it has one.
    async fn current(manager: &PushManager) -> Option<JsValue> {
        let found = JsFuture::from(manager.get_subscription().ok()?)
            .await
            .ok()?;
        (!found.is_null() && !found.is_undefined()).then_some(found)
    }

    /// What the subscription's `method` (`unsubscribe`, `toJSON`) answers.
    async fn call(subscription: &JsValue, method: &str) -> Option<JsValue> {
        let function: Function = Reflect::get(subscription, &JsValue::from_str(method))
            .ok()?
            .dyn_into()
            .ok()?;
        let answer = function.call0(subscription).ok()?;
        match answer.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.ok(),
            Err(value) => Some(value),
        }
    }

    fn parsed(subscription: &JsValue) -> Option<Subscription> {
        let json = js_sys::JSON::stringify(subscription).ok()?.as_string()?;
        serde_json::from_str(&json).ok()
    }

    /// Finds out where this browser stands: on only when the server sends
    /// this person's notices to its subscription (it may have been stopped
    /// on every phone, or be another account's on a shared phone).
    pub fn look(state: RwSignal<PushState>) {
        spawn_local(async move {
            let Some(manager) = push_manager().await else {
                state.set(PushState::Unsupported);
                return;
            };
            if Notification::permission() == NotificationPermission::Denied {
                state.set(PushState::Blocked);
                return;
            }
            let known = match current(&manager).await.as_ref().and_then(parsed) {
                Some(Subscription { endpoint, .. }) => push_known(endpoint).await.unwrap_or(false),
                None => false,
            };
            state.set(if known { PushState::On } else { PushState::Off });
        });
    }

    pub fn turn_on(public_key: Vec<u8>, state: RwSignal<PushState>) {
        state.set(PushState::Working);
        spawn_local(async move {
            state.set(subscribe(public_key).await);
        });
    }

    async fn subscribe(public_key: Vec<u8>) -> PushState {
        let asked = match Notification::request_permission() {
            Ok(promise) => JsFuture::from(promise).await.ok(),
            Err(_) => None,
        };
        if asked.and_then(|answer| answer.as_string()).as_deref() != Some("granted") {
            return PushState::Blocked;
        }
        let Some(manager) = push_manager().await else {
            return PushState::Unsupported;
        };
        let options = PushSubscriptionOptionsInit::new();
        options.set_user_visible_only(true);
        options.set_application_server_key(&Uint8Array::from(public_key.as_slice()).into());
        let made = match manager.subscribe_with_options(&options) {
            Ok(promise) => JsFuture::from(promise).await.ok(),
            Err(_) => None,
        };
        let Some(subscription) = made else {
            return PushState::Failed;
        };
        let Some(Subscription { endpoint, keys }) = parsed(&subscription) else {
            return PushState::Failed;
        };
        match save_push_subscription(endpoint, keys.p256dh, keys.auth).await {
            Ok(()) => PushState::On,
            Err(_) => {
                // The server will not send to it: do not leave it behind.
                call(&subscription, "unsubscribe").await;
                PushState::Failed
            }
        }
    }

    pub fn turn_off(state: RwSignal<PushState>) {
        state.set(PushState::Working);
        spawn_local(async move {
            let Some(manager) = push_manager().await else {
                state.set(PushState::Unsupported);
                return;
            };
            if let Some(subscription) = current(&manager).await {
                if let Some(Subscription { endpoint, .. }) = parsed(&subscription)
                    && drop_push_subscription(endpoint).await.is_err()
                {
                    state.set(PushState::On);
                    return;
                }
                call(&subscription, "unsubscribe").await;
            }
            state.set(PushState::Off);
        });
    }
}
