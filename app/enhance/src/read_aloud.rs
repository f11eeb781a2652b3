//! "Listen": reads a page's main text aloud with the browser's speech
//! synthesis, for people who find reading hard. It speaks in the page's
//! language, one sentence at a time with that sentence highlighted, can be
//! paused, resumed and stopped with real buttons, and says what it is doing
//! in a status line.
//!
//! The server renders the control hidden (`app/src/read_aloud/listen.rs`),
//! so without JavaScript there is none, and where the browser has no voice
//! for the language a short note says so instead of a button that would not
//! work.

mod control;
mod highlight;
mod page_text;
mod sentences;
mod speech;

/// Wakes every control on the page, and any that a page's script adds later
/// (the module player draws each step's).
pub fn start() {
    control::wake_all();
    control::watch_page();
    control::listen_for_presses();
}
