//! Speaking with the browser's speech synthesis, one sentence at a time: the
//! next is spoken when the last has ended, so the highlight follows the
//! voice, and a pause or a stop is never behind a queue.
//!
//! There is one voice per page, so there is one reading (`RUN`). Its three
//! handlers are made once and set on the sentence being spoken; a reading
//! that is stopped or replaced first takes them off its sentence, so the
//! events a cancelled sentence still fires reach nobody.
//!
//! Voices are handled as plain objects (`Reflect`), never as
//! `SpeechSynthesisVoice`, and the utterance gets the voice's language tag,
//! not the voice: the browser chooses the voice for it.

use std::{cell::RefCell, rc::Rc};

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue, prelude::Closure};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

use super::{
    control::{self, Control, State},
    highlight,
    page_text::{self, Piece},
};
use crate::document;

/// How long to wait for Chromium, which lists its voices only after a while
/// (milliseconds).
const VOICES_WAIT_MS: i32 = 1_500;

/// The reading under way.
struct Run {
    control: Rc<Control>,
    /// The voice's language tag, given to each sentence.
    voice: String,
    pieces: Vec<Piece>,
    /// The piece being spoken.
    at: usize,
    spoken: Option<SpeechSynthesisUtterance>,
}

/// What a spoken sentence tells: kept for the page's life (three closures).
struct Handlers {
    start: Closure<dyn Fn()>,
    end: Closure<dyn Fn()>,
    error: Closure<dyn Fn()>,
}

thread_local! {
    static RUN: RefCell<Option<Run>> = const { RefCell::new(None) };
    static HANDLERS: Handlers = Handlers {
        start: Closure::new(on_start),
        end: Closure::new(on_end),
        error: Closure::new(|| finish(false)),
    };
    /// Looks again in every control when the browser's list of voices
    /// changes: set on the synthesis once, kept for the page's life.
    static ON_VOICES: Closure<dyn Fn()> = Closure::new(|| control::all().iter().for_each(|c| check_voices(c)));
}

fn synthesis() -> Option<SpeechSynthesis> {
    let found = Reflect::get(
        web_sys::window()?.as_ref(),
        &JsValue::from_str("speechSynthesis"),
    )
    .ok()?;
    found.is_object().then(|| found.unchecked_into())
}

/// The language tag of a voice that speaks `lang`, if the browser has one.
fn voice_for(synth: &SpeechSynthesis, lang: &str) -> Option<String> {
    synth.get_voices().iter().find_map(|voice| {
        let tag = Reflect::get(&voice, &JsValue::from_str("lang"))
            .ok()?
            .as_string()?;
        // Some Android browsers write `fi_FI`, which is no language tag.
        speaks(&tag, lang).then(|| tag.replace('_', "-"))
    })
}

/// Whether a voice whose language tag is `voice` ("fi-FI", "fi_FI") speaks
/// `lang` ("fi"): the primary subtags are the same, whatever their case.
fn speaks(voice: &str, lang: &str) -> bool {
    let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or_default().to_owned();
    let wanted = primary(lang);
    !wanted.is_empty() && primary(voice).eq_ignore_ascii_case(&wanted)
}

/// Looks for a voice now and whenever the browser's list changes, and says
/// there is none if there is still none after a while.
pub fn look(control: &Rc<Control>) {
    let Some(synth) = synthesis() else {
        control.set_state(State::NoVoice);
        return;
    };
    check_voices(control);
    thread_local! {
        static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if !LISTENING.replace(true) {
        ON_VOICES.with(|on_change| {
            let _ = synth.add_event_listener_with_callback(
                "voiceschanged",
                on_change.as_ref().unchecked_ref(),
            );
        });
    }
    let waited = control.clone();
    let give_up = Closure::once_into_js(move || {
        if waited.state() == State::Unknown {
            waited.set_state(State::NoVoice);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            give_up.unchecked_ref(),
            VOICES_WAIT_MS,
        );
    }
}

/// Ends the reading when its control has left the page (the player moved
/// to another step).
pub fn end_if_gone() {
    let gone = RUN.with_borrow(|run| run.as_ref().is_some_and(|r| !r.control.is_on_page()));
    if gone {
        end_run();
    }
}

fn check_voices(control: &Control) {
    let Some(lang) = control.lang.clone().or_else(page_lang) else {
        return;
    };
    let Some(found) = synthesis().and_then(|synth| voice_for(&synth, &lang)) else {
        return;
    };
    control.voice.replace(Some(found));
    if matches!(control.state(), State::Unknown | State::NoVoice) {
        control.set_state(State::Idle);
    }
}

/// The page's language, from `<html lang>`.
fn page_lang() -> Option<String> {
    document()?.document_element()?.get_attribute("lang")
}

/// The main button: listen, pause or resume.
pub fn press(control: &Rc<Control>) {
    let Some(synth) = synthesis() else {
        control.set_state(State::NoVoice);
        return;
    };
    match control.state() {
        State::Idle => begin(control, &synth),
        State::Reading => pause(control, &synth),
        State::Paused => {
            control.set_state(State::Reading);
            speak_current();
        }
        State::Unknown | State::NoVoice => {}
    }
}

/// Pauses between sentences: the sentence being read is cancelled and read
/// again from its start on Continue. `speechSynthesis.pause()` is not used:
/// on Android's Chrome and Firefox it ends the sentence like a cancel, which
/// would lose the place or read on while the button says Continue.
fn pause(control: &Control, synth: &SpeechSynthesis) {
    RUN.with_borrow_mut(|run| {
        if let Some(run) = run.as_mut() {
            detach(run.spoken.take());
        }
    });
    hush(synth);
    control.set_state(State::Paused);
}

/// The stop button; the focus goes back to the main button, as this one hides.
pub fn stop(control: &Control) {
    end_run();
    control.set_state(State::Idle);
    control.focus_main();
}

/// Reads the target's text from its first sentence.
fn begin(control: &Rc<Control>, synth: &SpeechSynthesis) {
    let Some(voice) = control.voice.borrow().clone() else {
        control.set_state(State::NoVoice);
        return;
    };
    let pieces = page_text::pieces(&control.target);
    if pieces.is_empty() {
        return;
    }
    control.acted();
    end_run();
    hush(synth);
    RUN.set(Some(Run {
        control: control.clone(),
        voice,
        pieces,
        at: 0,
        spoken: None,
    }));
    control.set_state(State::Reading);
    speak_current();
}

/// Speaks the run's current piece (or ends the run after the last).
fn speak_current() {
    let utterance = RUN.with_borrow_mut(|run| {
        let run = run.as_mut()?;
        let synth = synthesis()?;
        while let Some(piece) = run.pieces.get(run.at) {
            if let Some(voice) = voice_of(&synth, &run.voice, piece) {
                let utterance = SpeechSynthesisUtterance::new_with_text(&piece.text).ok()?;
                utterance.set_lang(&voice);
                HANDLERS.with(|h| {
                    utterance.set_onstart(Some(h.start.as_ref().unchecked_ref()));
                    utterance.set_onend(Some(h.end.as_ref().unchecked_ref()));
                    utterance.set_onerror(Some(h.error.as_ref().unchecked_ref()));
                });
                run.spoken = Some(utterance.clone());
                return Some(utterance);
            }
            run.at += 1;
        }
        None
    });
    match (utterance, synthesis()) {
        (Some(utterance), Some(synth)) => synth.speak(&utterance),
        _ => finish(true),
    }
}

/// The voice a piece is spoken with: the page's, or for a piece in another
/// language (an event written in Finnish on an Arabic page) one of that
/// language. `None` skips the piece: read by a voice of another language,
/// it would be noise.
fn voice_of(synth: &SpeechSynthesis, page_voice: &str, piece: &Piece) -> Option<String> {
    match &piece.lang {
        Some(lang) if !speaks(page_voice, lang) => voice_for(synth, lang),
        _ => Some(page_voice.to_owned()),
    }
}

fn on_start() {
    let current = RUN.with_borrow(|run| {
        let run = run.as_ref()?;
        run.pieces
            .get(run.at)
            .map(|p| (p.range.clone(), p.block.clone()))
    });
    if let Some((range, block)) = current {
        highlight::show(&range, &block);
        keep_in_view(&block);
    }
}

/// Scrolls the sentence's block into view if it is not, without moving the
/// focus: on a phone the reading soon goes below the screen.
fn keep_in_view(block: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    block.scroll_into_view_with_scroll_into_view_options(&options);
}

fn on_end() {
    let more = RUN.with_borrow_mut(|run| {
        let run = run.as_mut()?;
        detach(run.spoken.take());
        run.at += 1;
        Some(run.at < run.pieces.len())
    });
    match more {
        Some(true) => speak_current(),
        Some(false) => finish(true),
        None => {}
    }
}

/// The reading ended by itself (`done`) or failed: back to the start.
fn finish(done: bool) {
    let Some(run) = RUN.take() else {
        return;
    };
    detach(run.spoken);
    highlight::clear();
    if !done && let Some(synth) = synthesis() {
        hush(&synth);
    }
    let control = run.control;
    let on_stop = control.stop_has_focus();
    control.set_state(State::Idle);
    if on_stop {
        control.focus_main();
    }
}

/// Stops the reading under way, whichever control began it.
fn end_run() {
    let Some(run) = RUN.take() else {
        return;
    };
    detach(run.spoken);
    if let Some(synth) = synthesis() {
        hush(&synth);
    }
    highlight::clear();
    run.control.set_state(State::Idle);
}

/// Takes the handlers off a sentence, so that what it fires once cancelled
/// reaches nobody.
fn detach(utterance: Option<SpeechSynthesisUtterance>) {
    if let Some(utterance) = utterance {
        utterance.set_onstart(None);
        utterance.set_onend(None);
        utterance.set_onerror(None);
    }
}

/// Silences the voice. Chromium stays paused after `cancel()`, and would
/// not speak the next reading, so it is resumed with nothing to say.
fn hush(synth: &SpeechSynthesis) {
    synth.cancel();
    synth.resume();
}

#[cfg(test)]
mod tests {
    use super::speaks;

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
}
