//! "Listen": reads a page's main text aloud with the browser's speech
//! synthesis, for people who find reading hard. It speaks in the page's
//! language, one sentence at a time with that sentence highlighted, can be
//! paused, resumed and stopped with real buttons, and says what it is doing
//! in a status line.
//!
//! Only the browser can speak: the server renders the control hidden, so
//! without JavaScript there is none, and where the browser has no voice for
//! the language a short note says so instead of a button that would not work.

#[cfg(feature = "hydrate")]
mod highlight;
mod listen;
#[cfg(feature = "hydrate")]
mod page_text;
mod sentences;
#[cfg(feature = "hydrate")]
mod speech;

pub use listen::{Listen, ListenControls, ListenTexts, ListenToPage, MAIN, listen_texts};
