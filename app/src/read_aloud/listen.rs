//! The control: one button that listens, pauses and resumes (it keeps the
//! focus while its name changes), a stop button while speaking, and a status
//! line that says what happened once the person has pressed something.

use leptos::{html, prelude::*};
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

/// Where the control stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
// Set by the browser only: the server renders `Unknown`.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub(super) enum ListenState {
    /// Before WASM has looked for a voice: nothing is shown.
    Unknown,
    NoVoice,
    Idle,
    Reading,
    Paused,
}

impl ListenState {
    fn name(self) -> &'static str {
        match self {
            ListenState::Unknown => "unknown",
            ListenState::NoVoice => "no-voice",
            ListenState::Idle => "idle",
            ListenState::Reading => "reading",
            ListenState::Paused => "paused",
        }
    }

    fn speaking(self) -> bool {
        matches!(self, ListenState::Reading | ListenState::Paused)
    }
}

impl ListenTexts {
    fn main_button(&self, state: ListenState) -> String {
        match state {
            ListenState::Reading => self.pause.clone(),
            ListenState::Paused => self.resume.clone(),
            _ => self.listen.clone(),
        }
    }

    /// The status line: empty until the person has pressed a button, so
    /// nothing is announced when the page loads.
    fn status(&self, state: ListenState, acted: bool) -> String {
        match state {
            ListenState::Reading => self.reading.clone(),
            ListenState::Paused => self.paused.clone(),
            ListenState::Idle if acted => self.stopped.clone(),
            _ => String::new(),
        }
    }
}

/// What one control knows, shared with the browser code.
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub(super) struct Control {
    /// The language of the text read ("fi"), when it is not the page's.
    pub(super) lang: StoredValue<Option<String>>,
    /// The id of the element whose text is read.
    pub(super) target: StoredValue<String>,
    pub(super) state: RwSignal<ListenState>,
    /// The language tag of the voice found ("fi-FI"), which is spoken with.
    pub(super) voice: StoredValue<Option<String>>,
    pub(super) acted: RwSignal<bool>,
    pub(super) main_button: NodeRef<html::Button>,
    pub(super) stop_button: NodeRef<html::Button>,
}

/// Reads the text of the element `target` aloud, in `lang` or else the
/// page's language. Hidden until WASM has found a voice (without JavaScript
/// nothing can speak); the module player, already an island, uses it
/// directly.
#[component]
pub fn ListenControls(
    #[prop(optional_no_strip)] lang: Option<String>,
    target: String,
    texts: ListenTexts,
) -> impl IntoView {
    let control = Control {
        lang: StoredValue::new(lang),
        target: StoredValue::new(target),
        state: RwSignal::new(ListenState::Unknown),
        voice: StoredValue::new(None),
        acted: RwSignal::new(false),
        main_button: NodeRef::new(),
        stop_button: NodeRef::new(),
    };
    // A module kept offline before the control existed has no texts for it:
    // a button without a name would be worse than none, and then nothing
    // should look for voices either.
    let named = !texts.listen.is_empty();
    // After hydration: the server rendered `Unknown`.
    #[cfg(feature = "hydrate")]
    if named {
        Effect::new(move |_| super::speech::look(control));
    }
    let texts = StoredValue::new(texts);
    let state = control.state;
    let press = move |_| {
        #[cfg(feature = "hydrate")]
        super::speech::press(control);
    };
    let stop = move |_| {
        #[cfg(feature = "hydrate")]
        super::speech::stop(control);
    };
    named.then(|| view! {
        <div class="listen" data-listen=move || state.get().name() hidden=move || state.get() == ListenState::Unknown>
            <button type="button" class="button button--secondary" node_ref=control.main_button
                hidden=move || !matches!(state.get(), ListenState::Idle | ListenState::Reading | ListenState::Paused)
                on:click=press>
                {move || texts.with_value(|t| t.main_button(state.get()))}
            </button>
            <button type="button" class="button button--secondary" node_ref=control.stop_button
                hidden=move || !state.get().speaking() on:click=stop>
                {texts.with_value(|t| t.stop.clone())}
            </button>
            <p class="listen__note" hidden=move || state.get() != ListenState::NoVoice>
                {texts.with_value(|t| t.no_voice.clone())}
            </p>
            <p class="listen__status" role="status">
                {move || texts.with_value(|t| t.status(state.get(), control.acted.get()))}
            </p>
        </div>
    })
}

/// [`ListenControls`] as an island of its own, for server-rendered pages:
/// reads the page's `<main>` in the page's language.
#[island]
pub fn Listen(texts: ListenTexts) -> impl IntoView {
    view! { <ListenControls target=MAIN.to_owned() texts/> }
}

/// The id of every page's `<main>` (see `ui::layout`).
pub const MAIN: &str = "main";

/// "Listen" for a server-rendered page, with its texts.
#[component]
pub fn ListenToPage() -> impl IntoView {
    view! { <Listen texts=listen_texts()/> }
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

/// Whether a voice whose language tag is `voice` ("fi-FI", "fi_FI") speaks
/// `lang` ("fi"): the primary subtags are the same, whatever their case.
#[cfg_attr(
    not(feature = "hydrate"),
    allow(dead_code, reason = "only the browser has voices; tests use it too")
)]
pub(super) fn speaks(voice: &str, lang: &str) -> bool {
    let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or_default().to_owned();
    let wanted = primary(lang);
    !wanted.is_empty() && primary(voice).eq_ignore_ascii_case(&wanted)
}

#[cfg(test)]
mod tests {
    use super::{ListenState, ListenTexts, speaks};

    #[test]
    fn a_voice_speaks_its_primary_language() {
        let cases = [
            ("fi-FI", "fi", true),
            ("fi_FI", "fi", true),
            ("FI-fi", "fi", true),
            ("sv-FI", "sv", true),
            ("en-US", "fi", false),
            ("fil-PH", "fi", false),
            ("ar", "ar", true),
            ("", "fi", false),
            ("fi-FI", "", false),
        ];
        for (voice, lang, expected) in cases {
            assert_eq!(speaks(voice, lang), expected, "{voice} for {lang}");
        }
    }

    #[test]
    fn nothing_is_announced_before_the_person_acts() {
        let texts = ListenTexts {
            reading: "Luetaan".into(),
            paused: "Tauko".into(),
            stopped: "Lopetettu".into(),
            ..ListenTexts::default()
        };
        let cases = [
            (ListenState::Unknown, false, ""),
            (ListenState::Idle, false, ""),
            (ListenState::NoVoice, true, ""),
            (ListenState::Reading, true, "Luetaan"),
            (ListenState::Paused, true, "Tauko"),
            (ListenState::Idle, true, "Lopetettu"),
        ];
        for (state, acted, expected) in cases {
            assert_eq!(texts.status(state, acted), expected, "{state:?}");
        }
    }
}
