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

use std::{cell::RefCell, time::Duration};

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, prelude::Closure};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

use super::{
    highlight,
    listen::{Control, ListenState, speaks},
    page_text::{self, Piece},
};

/// How long to wait for Chromium, which lists its voices only after a while.
const VOICES_WAIT: Duration = Duration::from_millis(1_500);

/// The reading under way.
struct Run {
    control: Control,
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
}

fn synthesis() -> Option<SpeechSynthesis> {
    let found = Reflect::get(&window(), &JsValue::from_str("speechSynthesis")).ok()?;
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

/// Looks for a voice now, again whenever the browser's list changes, and
/// says there is none if there is still none after a while. Stops reading
/// and listening when the control goes (leaving a step).
pub fn look(control: Control) {
    let Some(synth) = synthesis() else {
        control.state.set(ListenState::NoVoice);
        return;
    };
    check_voices(control);
    let on_change = Closure::<dyn Fn()>::new(move || check_voices(control));
    let _ =
        synth.add_event_listener_with_callback("voiceschanged", on_change.as_ref().unchecked_ref());
    let listener = StoredValue::new_local(on_change);
    set_timeout(
        move || {
            if control.state.try_get_untracked() == Some(ListenState::Unknown) {
                control.state.try_set(ListenState::NoVoice);
            }
        },
        VOICES_WAIT,
    );
    on_cleanup(move || {
        if reads(control) {
            end_run();
        }
        if let Some(synth) = synthesis() {
            listener.try_with_value(|on_change| {
                let _ = synth.remove_event_listener_with_callback(
                    "voiceschanged",
                    on_change.as_ref().unchecked_ref(),
                );
            });
        }
    });
}

/// Whether the reading under way is this control's.
fn reads(control: Control) -> bool {
    RUN.with_borrow(|run| {
        run.as_ref()
            .is_some_and(|r| r.control.state == control.state)
    })
}

fn check_voices(control: Control) {
    let Some(lang) = control.lang.try_get_value() else {
        return;
    };
    let Some(lang) = lang.or_else(page_lang) else {
        return;
    };
    let Some(found) = synthesis().and_then(|synth| voice_for(&synth, &lang)) else {
        return;
    };
    control.voice.try_set_value(Some(found));
    let waiting = matches!(
        control.state.try_get_untracked(),
        Some(ListenState::Unknown | ListenState::NoVoice)
    );
    if waiting {
        control.state.try_set(ListenState::Idle);
    }
}

/// The page's language, from `<html lang>`.
fn page_lang() -> Option<String> {
    document().document_element()?.get_attribute("lang")
}

/// The main button: listen, pause or resume.
pub fn press(control: Control) {
    let Some(synth) = synthesis() else {
        control.state.set(ListenState::NoVoice);
        return;
    };
    match control.state.get_untracked() {
        ListenState::Idle => begin(control, &synth),
        ListenState::Reading => pause(control, &synth),
        ListenState::Paused => {
            control.state.set(ListenState::Reading);
            speak_current();
        }
        ListenState::Unknown | ListenState::NoVoice => {}
    }
}

/// Pauses between sentences: the sentence being read is cancelled and read
/// again from its start on Continue. `speechSynthesis.pause()` is not used:
/// on Android's Chrome and Firefox it ends the sentence like a cancel, which
/// would lose the place or read on while the button says Continue.
fn pause(control: Control, synth: &SpeechSynthesis) {
    RUN.with_borrow_mut(|run| {
        if let Some(run) = run.as_mut() {
            detach(run.spoken.take());
        }
    });
    hush(synth);
    control.state.set(ListenState::Paused);
}

/// The stop button; the focus goes back to the main button, as this one hides.
pub fn stop(control: Control) {
    end_run();
    control.state.set(ListenState::Idle);
    focus_main(control);
}

/// Reads the target's text from its first sentence.
fn begin(control: Control, synth: &SpeechSynthesis) {
    let Some(voice) = control.voice.get_value() else {
        control.state.set(ListenState::NoVoice);
        return;
    };
    let pieces = page_text::pieces(&control.target.get_value());
    if pieces.is_empty() {
        return;
    }
    control.acted.set(true);
    end_run();
    hush(synth);
    RUN.set(Some(Run {
        control,
        voice,
        pieces,
        at: 0,
        spoken: None,
    }));
    control.state.set(ListenState::Reading);
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
    control.state.try_set(ListenState::Idle);
    let on_stop = control
        .stop_button
        .get_untracked()
        .is_some_and(|button| document().active_element() == Some(button.into()));
    if on_stop {
        focus_main(control);
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
    run.control.state.try_set(ListenState::Idle);
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

fn focus_main(control: Control) {
    if let Some(button) = control.main_button.get_untracked() {
        let _ = button.focus();
    }
}
