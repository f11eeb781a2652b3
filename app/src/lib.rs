//! Askel's user interface: routes, pages, islands and server functions.
//!
//! Pages are rendered on the server and work as plain HTML; only the `#[island]`
//! components are shipped to the browser as WASM, to keep cheap phones fast.

#![recursion_limit = "256"]

pub mod accounts;
pub mod admin;
pub mod app;
pub mod audit;
#[cfg(feature = "hydrate")]
pub use enhance::store as browser_store;
pub mod caseload;
#[cfg(feature = "ssr")]
pub mod content_files;
pub mod context;
pub mod cookies;
pub mod cv;
#[cfg(feature = "ssr")]
pub mod downloads;
pub mod employer_contacts;
pub mod employers;
pub mod error;
pub mod events;
pub mod feedback;
pub mod follow_along;
pub mod forms;
pub mod glossary;
pub mod i18n;
pub mod job_search;
pub mod jobs;
pub mod matching;
pub mod meetings;
pub mod messages;
pub mod modules;
pub mod my_account;
pub mod notifications;
pub mod outbox;
#[cfg(feature = "ssr")]
pub mod personal_data;
pub mod plan;
pub mod profile;
pub mod read_aloud;
pub mod report;
#[cfg(feature = "ssr")]
pub mod retention;
#[cfg(feature = "ssr")]
pub mod seal;
pub mod site;
pub mod skills;
pub mod ui;
#[cfg(feature = "ssr")]
pub mod vocabulary;

pub use app::{App, shell};

/// Entry point of the WASM bundle: wakes up the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
