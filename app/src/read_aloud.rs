//! "Listen": reads a page's main text aloud with the browser's speech
//! synthesis, for people who find reading hard. The server renders the
//! control (here); the browser side, which speaks, is `app/enhance`.

mod listen;

pub use listen::{ListenControls, ListenTexts, ListenToPage, MAIN, listen_texts};
