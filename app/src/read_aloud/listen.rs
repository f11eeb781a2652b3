//! The control, as the server renders it: hidden, since without JavaScript
//! nothing can speak. The browser side (`app/enhance`, a small WASM of its
//! own) shows it once it has found a voice, and keeps its buttons' names and
//! its status line in step with the reading, from the texts written here in
//! its `data-text-*` attributes.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The control's texts, translated on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListenTexts {
    pub listen: String,
    pub pause: String,
    pub resume: String,
    pub stop: String,
    pub reading: String,
    pub paused: String,
    pub stopped: String,
    /// Shown instead of the button when the browser has no voice for the language.
    pub no_voice: String,
}

/// Reads the text of the element `target` aloud, in `lang` or else the
/// page's language. `data-enhance` has the page load the WASM that wakes it.
#[component]
pub fn ListenControls(
    #[prop(optional_no_strip)] lang: Option<String>,
    target: String,
    texts: ListenTexts,
) -> impl IntoView {
    // A module kept offline before the control existed has no texts for it:
    // a button without a name would be worse than none.
    let name = texts.listen.clone();
    (!texts.listen.is_empty()).then(|| view! {
        <div class="listen" data-enhance="" data-listen="unknown" hidden data-target=target data-lang=lang
            data-text-listen=texts.listen data-text-pause=texts.pause data-text-resume=texts.resume
            data-text-reading=texts.reading data-text-paused=texts.paused data-text-stopped=texts.stopped>
            <button type="button" class="button button--secondary listen__main" hidden>{name}</button>
            <button type="button" class="button button--secondary listen__stop" hidden>{texts.stop}</button>
            <p class="listen__note" hidden>{texts.no_voice}</p>
            <p class="listen__status" role="status"></p>
        </div>
    })
}

/// The id of every page's `<main>` (see `ui::layout`).
pub const MAIN: &str = "main";

/// "Listen" for a server-rendered page, with its texts.
#[component]
pub fn ListenToPage() -> impl IntoView {
    view! { <ListenControls target=MAIN.to_owned() texts=listen_texts()/> }
}

/// The control's texts in the reader's language.
pub fn listen_texts() -> ListenTexts {
    use crate::i18n::t;
    ListenTexts {
        listen: t("listen-button"),
        pause: t("listen-pause"),
        resume: t("listen-resume"),
        stop: t("listen-stop"),
        reading: t("listen-reading"),
        paused: t("listen-paused"),
        stopped: t("listen-stopped"),
        no_voice: t("listen-no-voice"),
    }
}
