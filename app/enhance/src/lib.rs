//! The browser side of Askel's pages that need no Leptos island: the module
//! player and reading aloud. What the server rendered is the page, and works
//! without JavaScript; this only makes it do more. Built with wasm-bindgen and web-sys alone it costs a phone a
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

mod player;
mod read_aloud;
pub mod store;

/// Runs once the WASM is loaded. The islands' bundle uses [`store`] through
/// the `app` crate, without the `start` feature: this is not theirs to run.
#[cfg_attr(feature = "start", wasm_bindgen::prelude::wasm_bindgen(start))]
pub fn start() {
    read_aloud::start();
    player::start();
}

/// The page's document (there is always one where this runs).
fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// A whole number as text, by the browser: Rust's own formatting would add
/// its machinery to the download.
fn number_text(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}
