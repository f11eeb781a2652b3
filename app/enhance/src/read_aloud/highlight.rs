//! Shows which sentence is being read: a CSS custom highlight of its range
//! where the browser has them (the text is not touched, so nothing moves and
//! screen readers hear nothing new), else the class `reading` on its block.
//!
//! The highlight API is reached through `Reflect`: web-sys has it only
//! behind its unstable-API flag.

use std::cell::RefCell;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Range};

/// The highlight's name, which the style sheet's `::highlight()` names too.
const NAME: &str = "askel-reading";
/// The fallback's class on the sentence's block.
const CLASS: &str = "reading";

thread_local! {
    /// The block that has the fallback's class.
    static MARKED: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Highlights `range`, or marks `block` where highlights are not known.
pub fn show(range: &Range, block: &Element) {
    clear();
    let shown = registry()
        .zip(new_highlight(range))
        .is_some_and(|(registry, highlight)| {
            call(
                &registry,
                "set",
                &Array::of2(&JsValue::from_str(NAME), &highlight),
            )
        });
    if !shown && block.class_list().add_1(CLASS).is_ok() {
        MARKED.set(Some(block.clone()));
    }
}

/// Takes the highlight (or the class) away.
pub fn clear() {
    if let Some(registry) = registry() {
        call(&registry, "delete", &Array::of1(&JsValue::from_str(NAME)));
    }
    if let Some(block) = MARKED.take() {
        let _ = block.class_list().remove_1(CLASS);
    }
}

/// `CSS.highlights`, if the browser has it.
fn registry() -> Option<JsValue> {
    let css = Reflect::get(web_sys::window()?.as_ref(), &JsValue::from_str("CSS")).ok()?;
    let registry = Reflect::get(&css, &JsValue::from_str("highlights")).ok()?;
    registry.is_object().then_some(registry)
}

/// `new Highlight(range)`, if the browser has it.
fn new_highlight(range: &Range) -> Option<JsValue> {
    let make: Function = Reflect::get(web_sys::window()?.as_ref(), &JsValue::from_str("Highlight"))
        .ok()?
        .dyn_into()
        .ok()?;
    Reflect::construct(&make, &Array::of1(range)).ok()
}

/// Calls `target.method(...args)`; whether it worked.
fn call(target: &JsValue, method: &str, args: &Array) -> bool {
    Reflect::get(target, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .is_some_and(|f| Reflect::apply(&f, target, args).is_ok())
}
