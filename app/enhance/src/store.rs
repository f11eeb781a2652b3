//! What the browser keeps until the server has it, in IndexedDB, wrapped in
//! futures: one database, a store per kind of thing kept, each value a JSON
//! text under its own key. The module player keeps answers here, and the
//! conversation (an island, which uses this module through the `app` crate)
//! the messages written offline.

use std::cell::RefCell;

use js_sys::{Array, Promise};
use wasm_bindgen::{JsCast, JsValue, prelude::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "askel";
/// Raised with each new store: opening creates the stores a browser's copy
/// lacks, and keeps what they hold.
const VERSION: u32 = 2;
pub const ANSWERS: &str = "answers";
pub const MESSAGES: &str = "messages";
const STORES: [&str; 2] = [ANSWERS, MESSAGES];

thread_local! {
    /// Opened once: a value then goes to its store within the click's own
    /// turn, before anything could unload the page.
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// A new random key (a version 4 UUID) for something kept: older phones, and
/// pages outside a secure context, have no `crypto.randomUUID`. Keys only
/// need to differ, not be secret.
pub fn new_key() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid_text(bytes)
}

/// `bytes` as a version 4 UUID's text, e.g. `0f8e…-…`.
fn uuid_text(mut bytes: [u8; 16]) -> String {
    if let Some(version) = bytes.get_mut(6) {
        *version = (*version & 0x0f) | 0x40;
    }
    if let Some(variant) = bytes.get_mut(8) {
        *variant = (*variant & 0x3f) | 0x80;
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(36);
    for (n, byte) in bytes.iter().enumerate() {
        if matches!(n, 4 | 6 | 8 | 10) {
            text.push('-');
        }
        for nibble in [byte >> 4, byte & 0x0f] {
            text.push(char::from(
                HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
            ));
        }
    }
    text
}

/// Keeps `json` under `key` in `store`: false when this browser has no
/// IndexedDB (some private windows), for the caller to keep it in memory.
pub async fn put(store: &str, key: &str, json: &str) -> bool {
    with_store(store, IdbTransactionMode::Readwrite, |s| {
        s.put_with_key(&JsValue::from_str(json), &JsValue::from_str(key))
    })
    .await
    .is_some()
}

pub async fn delete(store: &str, key: &str) {
    with_store(store, IdbTransactionMode::Readwrite, |s| {
        s.delete(&JsValue::from_str(key))
    })
    .await;
}

/// Every value in `store`, in the order of their keys.
pub async fn all(store: &str) -> Vec<String> {
    with_store(store, IdbTransactionMode::Readonly, IdbObjectStore::get_all)
        .await
        .map(|all| Array::from(&all))
        .unwrap_or_default()
        .iter()
        .filter_map(|value| value.as_string())
        .collect()
}

async fn request_done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let request = request.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let blocked = reject.clone();
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        // A tab with the older version open holds an upgrade back: not
        // waited for (the caller keeps the value in memory meanwhile).
        if let Some(open) = request.dyn_ref::<IdbOpenDbRequest>() {
            let on_blocked = Closure::once_into_js(move || {
                let _ = blocked.call0(&JsValue::NULL);
            });
            open.set_onblocked(Some(on_blocked.unchecked_ref()));
        }
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

async fn database() -> Option<IdbDatabase> {
    if let Some(db) = DB.with_borrow(Clone::clone) {
        return Some(db);
    }
    let db = open_database().await?;
    DB.with_borrow_mut(|kept| *kept = Some(db.clone()));
    Some(db)
}

async fn open_database() -> Option<IdbDatabase> {
    let factory = web_sys::window()?.indexed_db().ok().flatten()?;
    let open = factory.open_with_u32(DATABASE, VERSION).ok()?;
    let upgrading = open.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading
            .result()
            .and_then(|db| db.dyn_into::<IdbDatabase>())
        {
            let names = db.object_store_names();
            for store in STORES {
                if !names.contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        }
    });
    open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = request_done(&open)
        .await
        .ok()?
        .dyn_into::<IdbDatabase>()
        .ok()?;
    // A newer version opened in another tab: this one lets go, and opens
    // again (at that version) when it next keeps something.
    let closing = db.clone();
    let on_version_change = Closure::<dyn Fn()>::new(move || {
        closing.close();
        DB.with_borrow_mut(|kept| *kept = None);
    });
    db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    on_version_change.forget();
    Some(db)
}

async fn with_store(
    store: &str,
    mode: IdbTransactionMode,
    act: impl FnOnce(&IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Option<JsValue> {
    let db = database().await?;
    let store = db
        .transaction_with_str_and_mode(store, mode)
        .and_then(|tx| tx.object_store(store))
        .ok()?;
    let request = act(&store).ok()?;
    request_done(&request).await.ok()
}

#[cfg(test)]
mod tests {
    use super::uuid_text;

    #[test]
    fn a_key_is_a_version_4_uuid() {
        let text = uuid_text([0xff; 16]);
        assert_eq!(text, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_text([0; 16]), "00000000-0000-4000-8000-000000000000");
    }
}
