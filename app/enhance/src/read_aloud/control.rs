//! The control as the server rendered it: one button that listens, pauses
//! and resumes (it keeps the focus while its name changes), a stop button
//! while speaking, and a status line that says what happened once the person
//! has pressed something. Its texts come translated in its `data-text-*`
//! attributes; this keeps its buttons, note and status line in step with the
//! reading.

use std::{
    cell::{Cell, RefCell},
    rc::Rc,
};

use wasm_bindgen::{JsCast, prelude::Closure};
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit};

use super::speech;
use crate::document;

/// The control's class; its state is in `data-listen`.
const CONTROL: &str = ".listen";
/// A control the server rendered and nothing has woken yet.
const ASLEEP: &str = ".listen[data-listen='unknown']";
const MAIN_BUTTON: &str = ".listen__main";
const STOP_BUTTON: &str = ".listen__stop";

/// Where a control stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Before a voice was looked for: nothing is shown.
    Unknown,
    NoVoice,
    Idle,
    Reading,
    Paused,
}

impl State {
    fn name(self) -> &'static str {
        match self {
            State::Unknown => "unknown",
            State::NoVoice => "no-voice",
            State::Idle => "idle",
            State::Reading => "reading",
            State::Paused => "paused",
        }
    }

    fn speaking(self) -> bool {
        matches!(self, State::Reading | State::Paused)
    }
}

/// What the main button and the status line can say.
#[derive(Default)]
struct Texts {
    listen: String,
    pause: String,
    resume: String,
    reading: String,
    paused: String,
    stopped: String,
}

impl Texts {
    fn read(root: &Element) -> Self {
        let text = |name: &str| root.get_attribute(name).unwrap_or_default();
        Texts {
            listen: text("data-text-listen"),
            pause: text("data-text-pause"),
            resume: text("data-text-resume"),
            reading: text("data-text-reading"),
            paused: text("data-text-paused"),
            stopped: text("data-text-stopped"),
        }
    }

    fn main_button(&self, state: State) -> &str {
        match state {
            State::Reading => &self.pause,
            State::Paused => &self.resume,
            _ => &self.listen,
        }
    }

    /// The status line: empty until the person has pressed a button, so
    /// nothing is announced when the page loads.
    fn status(&self, state: State, acted: bool) -> &str {
        match state {
            State::Reading => &self.reading,
            State::Paused => &self.paused,
            State::Idle if acted => &self.stopped,
            _ => "",
        }
    }
}

/// One control on the page.
pub struct Control {
    root: Element,
    main: HtmlElement,
    stop: Element,
    note: Element,
    status: Element,
    /// The language of the text read ("fi"), when it is not the page's.
    pub lang: Option<String>,
    /// The id of the element whose text is read.
    pub target: String,
    texts: Texts,
    state: Cell<State>,
    /// The language tag of the voice found ("fi-FI"), which is spoken with.
    pub voice: RefCell<Option<String>>,
    acted: Cell<bool>,
}

thread_local! {
    /// The controls on the page; one gone from it is dropped at the next change.
    static CONTROLS: RefCell<Vec<Rc<Control>>> = const { RefCell::new(Vec::new()) };
}

impl Control {
    fn new(root: Element) -> Option<Self> {
        let part = |selector: &str| root.query_selector(selector).ok().flatten();
        Some(Control {
            main: part(MAIN_BUTTON)?.dyn_into().ok()?,
            stop: part(STOP_BUTTON)?,
            note: part(".listen__note")?,
            status: part(".listen__status")?,
            lang: root.get_attribute("data-lang"),
            target: root.get_attribute("data-target")?,
            texts: Texts::read(&root),
            state: Cell::new(State::Unknown),
            voice: RefCell::new(None),
            acted: Cell::new(false),
            root,
        })
    }

    pub fn state(&self) -> State {
        self.state.get()
    }

    pub fn set_state(&self, state: State) {
        self.state.set(state);
        self.show();
    }

    /// The person has pressed something: the status line may speak.
    pub fn acted(&self) {
        self.acted.set(true);
    }

    /// Whether the control is still on the page: the module player puts
    /// each step's page, with a control of its own, in place of the last.
    pub fn is_on_page(&self) -> bool {
        self.root.is_connected()
    }

    pub fn focus_main(&self) {
        let _ = self.main.focus();
    }

    pub fn stop_has_focus(&self) -> bool {
        document().and_then(|d| d.active_element()).as_ref() == Some(&self.stop)
    }

    /// Draws the state: what is hidden, the main button's name, the status.
    fn show(&self) {
        let state = self.state.get();
        let _ = self.root.set_attribute("data-listen", state.name());
        set_hidden(&self.root, state == State::Unknown);
        set_hidden(
            &self.main,
            !matches!(state, State::Idle | State::Reading | State::Paused),
        );
        set_hidden(&self.stop, !state.speaking());
        set_hidden(&self.note, state != State::NoVoice);
        set_text(&self.main, self.texts.main_button(state));
        set_text(&self.status, self.texts.status(state, self.acted.get()));
    }
}

fn set_hidden(element: &Element, hidden: bool) {
    let _ = if hidden {
        element.set_attribute("hidden", "")
    } else {
        element.remove_attribute("hidden")
    };
}

/// Changes a text only when it changes, so a status line is not announced
/// again for nothing.
fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Wakes every control on the page not yet woken, to look for a voice.
pub fn wake_all() {
    let Some(found) = document().and_then(|d| d.query_selector_all(ASLEEP).ok()) else {
        return;
    };
    for n in 0..found.length() {
        let Some(root) = found
            .item(n)
            .and_then(|node| node.dyn_into::<Element>().ok())
        else {
            continue;
        };
        let known = CONTROLS.with_borrow(|controls| controls.iter().any(|c| c.root == root));
        if let (false, Some(control)) = (known, Control::new(root)) {
            let control = Rc::new(control);
            CONTROLS.with_borrow_mut(|controls| controls.push(control.clone()));
            speech::look(&control);
        }
    }
}

/// Follows the page as a script changes it: a control gone stops its
/// reading, and a new one is woken.
pub fn watch_page() {
    let on_change = Closure::<dyn Fn()>::new(|| {
        CONTROLS.with_borrow_mut(|controls| controls.retain(|c| c.is_on_page()));
        speech::end_if_gone();
        wake_all();
    });
    let (Ok(observer), Some(body)) = (
        MutationObserver::new(on_change.as_ref().unchecked_ref()),
        document().and_then(|d| d.body()),
    ) else {
        return;
    };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if observer.observe_with_options(&body, &options).is_ok() {
        // Watches for the page's whole life.
        on_change.forget();
    }
}

/// One listener for every control's buttons, however many come and go.
pub fn listen_for_presses() {
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let Some(clicked) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let pressed = |selector: &str| clicked.closest(selector).ok().flatten();
        let (main, stop) = (pressed(MAIN_BUTTON), pressed(STOP_BUTTON));
        if main.is_none() && stop.is_none() {
            return;
        }
        let Some(control) = pressed(CONTROL).and_then(|root| control_of(&root)) else {
            return;
        };
        if main.is_some() {
            speech::press(&control);
        } else if stop.is_some() {
            speech::stop(&control);
        }
    });
    if let Some(document) = document() {
        let added =
            document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        if added.is_ok() {
            on_click.forget();
        }
    }
}

fn control_of(root: &Element) -> Option<Rc<Control>> {
    CONTROLS.with_borrow(|controls| controls.iter().find(|c| &c.root == root).cloned())
}

/// Every control on the page, for a change in the browser's voices.
pub fn all() -> Vec<Rc<Control>> {
    CONTROLS.with_borrow(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::{State, Texts};

    #[test]
    fn nothing_is_announced_before_the_person_acts() {
        let texts = Texts {
            reading: "Luetaan".into(),
            paused: "Tauko".into(),
            stopped: "Lopetettu".into(),
            ..Texts::default()
        };
        let cases = [
            (State::Unknown, false, ""),
            (State::Idle, false, ""),
            (State::NoVoice, true, ""),
            (State::Reading, true, "Luetaan"),
            (State::Paused, true, "Tauko"),
            (State::Idle, true, "Lopetettu"),
        ];
        for (state, acted, expected) in cases {
            assert_eq!(texts.status(state, acted), expected, "{state:?}");
        }
    }
}
