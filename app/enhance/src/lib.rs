//! The browser side of Askel's pages that need no Leptos island. What the
//! server rendered is the page, and works without JavaScript; this only makes
//! it do more. Built with wasm-bindgen and web-sys alone it costs a phone a
//! few kilobytes, where the islands' bundle (Leptos' reactive system,
//! rendering and server functions) costs some hundreds: most people on a
//! cheap phone with prepaid data should never need that one.
//!
//! `public/start.js` loads it only on a page with an element marked
//! `data-enhance`. It has no code that panics with a message (`unwrap`,
//! `expect`, indexing), which would bring Rust's formatting machinery into
//! the download: what cannot be done is left undone, and the page stays as
//! the server sent it.

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::string_slice
    )
)]

mod read_aloud;

use wasm_bindgen::prelude::wasm_bindgen;

/// Runs once the WASM is loaded.
#[wasm_bindgen(start)]
pub fn start() {
    read_aloud::start();
}

/// The page's document (there is always one where this runs).
fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
