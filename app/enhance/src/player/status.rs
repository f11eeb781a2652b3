//! The player's status line: "You are offline", "2 answers waiting", "All
//! answers sent", and the way back in when the session ended while answers
//! wait. Its texts come translated in the player's `data-text-*`
//! attributes; the line itself (a live region) stays on the page while the
//! steps change around it.

use std::cell::{Cell, RefCell};

use web_sys::Element;

use crate::document;

/// Why answers wait although the browser is online.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holdup {
    None,
    /// The session has ended: the answers are sent once the person signs in.
    SignIn,
    /// The service is busy or failing: the answers are sent again shortly.
    TryAgain,
}

/// What the line knows.
struct Status {
    online: Cell<bool>,
    /// Answers given and not yet confirmed by the server: counted up when
    /// given (or found waiting from an earlier visit), down when confirmed.
    waiting: Cell<usize>,
    /// The server has confirmed an answer sent from this page.
    sent: Cell<bool>,
    holdup: Cell<Holdup>,
    /// Answers the server refused for good (the module changed under them).
    refused: Cell<usize>,
    /// The last step is done: the completion page to go to once all is sent.
    finished: RefCell<Option<String>>,
}

thread_local! {
    static STATUS: Status = const {
        Status {
            online: Cell::new(true),
            waiting: Cell::new(0),
            sent: Cell::new(false),
            holdup: Cell::new(Holdup::None),
            refused: Cell::new(0),
            finished: RefCell::new(None),
        }
    };
}

pub fn set_online(online: bool) {
    STATUS.with(|s| s.online.set(online));
    show();
}

pub fn add_waiting(n: usize) {
    STATUS.with(|s| s.waiting.set(s.waiting.get() + n));
    show();
}

/// An answer left the queue: saved (`sent`) or refused for good.
pub fn answered(saved: bool) {
    STATUS.with(|s| {
        s.waiting.set(s.waiting.get().saturating_sub(1));
        if saved {
            s.sent.set(true);
        } else {
            s.refused.set(s.refused.get() + 1);
        }
    });
    show();
}

/// An answer replaced by a later one to the same step, never sent.
pub fn replaced() {
    STATUS.with(|s| s.waiting.set(s.waiting.get().saturating_sub(1)));
    show();
}

pub fn set_holdup(holdup: Holdup) {
    STATUS.with(|s| s.holdup.set(holdup));
    show();
}

pub fn waiting() -> usize {
    STATUS.with(|s| s.waiting.get())
}

pub fn finish(done: String) {
    STATUS.with(|s| s.finished.replace(Some(done)));
    show();
}

pub fn finished() -> Option<String> {
    STATUS.with(|s| s.finished.borrow().clone())
}

/// The translated text `name` of the player on the page.
fn text(player: &Element, name: &str) -> String {
    player.get_attribute(name).unwrap_or_default()
}

/// `text` with its `{count}` filled in.
fn count(text: &str, n: usize) -> String {
    text.replace("{count}", &crate::number_text(n as f64))
}

/// The sentence for the status line. Online, nothing is said while an
/// answer is on its way, and "all saved" once the server has them all.
fn message(s: &Status, player: &Element) -> String {
    let (waiting, refused) = (s.waiting.get(), s.refused.get());
    let mut parts = Vec::new();
    if !s.online.get() {
        parts.push(text(player, "data-text-offline"));
        if waiting > 0 {
            parts.push(count(&text(player, "data-text-waiting"), waiting));
            if s.finished.borrow().is_some() {
                parts.push(text(player, "data-text-finished-offline"));
            }
        }
    } else if waiting > 0 {
        match s.holdup.get() {
            Holdup::SignIn => {
                parts.push(count(&text(player, "data-text-sign-in-to-send"), waiting))
            }
            Holdup::TryAgain => parts.push(count(&text(player, "data-text-trying-again"), waiting)),
            Holdup::None => {}
        }
    } else if s.sent.get() && refused == 0 {
        parts.push(text(player, "data-text-all-sent"));
    }
    if refused > 0 {
        parts.push(count(&text(player, "data-text-refused"), refused));
    }
    parts.join(" ")
}

/// Answers wait for the person to sign in again.
fn needs_sign_in(s: &Status) -> bool {
    s.online.get() && s.waiting.get() > 0 && s.holdup.get() == Holdup::SignIn
}

/// Draws the line: only what changed, so nothing is announced again.
pub fn show() {
    let Some(document) = document() else { return };
    let (Ok(Some(player)), Ok(Some(line))) = (
        document.query_selector(super::PLAYER),
        document.query_selector(".player__status"),
    ) else {
        return;
    };
    let (said, sign_in) = STATUS.with(|s| (message(s, &player), needs_sign_in(s)));
    // The way back in returns to the step shown now.
    let here = player.get_attribute("data-here").unwrap_or_default();
    let back = String::from("/sign-in?next=") + &String::from(js_sys::encode_uri_component(&here));
    let shown_link = line
        .query_selector("a")
        .ok()
        .flatten()
        .and_then(|a| a.get_attribute("href"));
    let wanted_link = sign_in.then_some(back);
    if line.text_content().unwrap_or_default() == joined(&said, sign_in, &player)
        && shown_link == wanted_link
    {
        return;
    }
    line.set_text_content(Some(&said));
    if let (Some(back), Ok(link)) = (wanted_link, document.create_element("a")) {
        let _ = link.set_attribute("href", &back);
        link.set_text_content(Some(&text(&player, "data-text-sign-in")));
        let _ = line.append_with_str_1(" ");
        let _ = line.append_with_node_1(&link);
    }
}

/// The line's whole text as `show` would draw it.
fn joined(said: &str, sign_in: bool, player: &Element) -> String {
    if sign_in {
        String::from(said) + " " + &text(player, "data-text-sign-in")
    } else {
        String::from(said)
    }
}
