//! The text to read, taken from the page when the person presses "Listen":
//! the target's visible text, block by block (a paragraph, a list item, a
//! heading), cut into sentences, each with the DOM range it covers.
//!
//! A range counts in UTF-16 code units and Rust strings in UTF-8 bytes: each
//! block keeps, for every text node in it, where the node's text begins in
//! the block's text, and a byte position is turned into the node and its
//! UTF-16 offset only at the end.

use web_sys::{Element, Node, Range};

use super::sentences::sentences;
use crate::document;

/// `NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT`: text, and the `<br>`s
/// between it.
const SHOW_ELEMENTS_AND_TEXT: u32 = 0x1 | 0x4;

/// Elements whose text is not read: not shown as text, a control, or the
/// way elsewhere rather than the page's text (with the classes below).
const SKIPPED: &[&str] = &[
    "script", "style", "button", "noscript", "template", "textarea", "select", "video", "audio",
    "nav", "svg",
];

/// Classes of what is not read: this control, and the links back.
const SKIPPED_CLASSES: &[&str] = &["listen", "back-link", "player__back"];

/// One sentence: what is said, and where it is on the page.
pub struct Piece {
    pub text: String,
    pub range: Range,
    /// The block it is in, marked where highlights are not known.
    pub block: Element,
    /// The language it is written in (the nearest `lang`): an event's text
    /// may be in Finnish on an Arabic page.
    pub lang: Option<String>,
}

/// The sentences of the element with the id `target`, in reading order.
pub fn pieces(target: &str) -> Vec<Piece> {
    let Some(document) = document() else {
        return Vec::new();
    };
    let Some(root) = document.get_element_by_id(target) else {
        return Vec::new();
    };
    let Ok(walker) = document.create_tree_walker_with_what_to_show(&root, SHOW_ELEMENTS_AND_TEXT)
    else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut block: Option<Block> = None;
    while let Ok(Some(node)) = walker.next_node() {
        if node.node_type() == Node::ELEMENT_NODE {
            // A line break parts words as a space would.
            if node.node_name().eq_ignore_ascii_case("br")
                && let Some(current) = block.as_mut()
            {
                current.text.push(' ');
            }
            continue;
        }
        let Some(element) = block_of(&node, &root) else {
            continue;
        };
        let lang = node
            .parent_element()
            .and_then(|parent| parent.closest("[lang]").ok().flatten())
            .and_then(|e| e.get_attribute("lang"));
        match &mut block {
            Some(current) if current.element == element && current.lang == lang => {
                current.push(node)
            }
            _ => {
                if let Some(done) = block.take() {
                    done.cut(&document, &mut found);
                }
                let mut next = Block::new(element, lang);
                next.push(node);
                block = Some(next);
            }
        }
    }
    if let Some(done) = block {
        done.cut(&document, &mut found);
    }
    found
}

/// The block a text node belongs to (its nearest ancestor not laid out
/// inline), or `None` when it is not read.
fn block_of(text: &Node, root: &Element) -> Option<Element> {
    let mut block = None;
    let mut child: Option<Element> = None;
    let mut at = text.parent_element();
    while let Some(element) = at {
        if is_skipped(&element, child.as_ref()) {
            return None;
        }
        if block.is_none() && !is_inline(&element) {
            block = Some(element.clone());
        }
        if &element == root {
            break;
        }
        at = element.parent_element();
        child = Some(element);
    }
    block.or_else(|| text.parent_element())
}

/// Whether `element` is laid out in a line of text (a link, an emphasis), so
/// its words run on with those around it.
fn is_inline(element: &Element) -> bool {
    web_sys::window()
        .and_then(|window| window.get_computed_style(element).ok().flatten())
        .and_then(|style| style.get_property_value("display").ok())
        .is_some_and(|display| display.starts_with("inline") || display == "contents")
}

/// Whether the text under `element` (reached through its `child`) is not
/// read: hidden, a control, a status line, this control itself, or a closed
/// `<details>` other than its summary.
fn is_skipped(element: &Element, child: Option<&Element>) -> bool {
    let name = element.local_name();
    SKIPPED.contains(&name.as_str())
        || element.has_attribute("hidden")
        || element.get_attribute("aria-hidden").as_deref() == Some("true")
        // A status line says what just happened ("All your answers are
        // saved"), which screen readers announce; it is not the page's text.
        || element.get_attribute("role").as_deref() == Some("status")
        || SKIPPED_CLASSES
            .iter()
            .any(|class| element.class_list().contains(class))
        || (name == "details"
            && !element.has_attribute("open")
            && child.is_none_or(|c| c.local_name() != "summary"))
}

/// The text of one block, and where each of its text nodes begins in it.
struct Block {
    element: Element,
    /// The language of its text (a change of language starts a new block).
    lang: Option<String>,
    text: String,
    /// Each text node, with the byte range of its text in `text`.
    parts: Vec<(Node, std::ops::Range<usize>)>,
}

impl Block {
    fn new(element: Element, lang: Option<String>) -> Self {
        Block {
            element,
            lang,
            text: String::new(),
            parts: Vec::new(),
        }
    }

    fn push(&mut self, node: Node) {
        let start = self.text.len();
        self.text.push_str(&node.node_value().unwrap_or_default());
        self.parts.push((node, start..self.text.len()));
    }

    /// Cuts the block into sentences, each with its range.
    fn cut(self, document: &web_sys::Document, found: &mut Vec<Piece>) {
        for sentence in sentences(&self.text) {
            let range = document.create_range().ok().and_then(|range| {
                let (node, offset) = self.point(sentence.start, false)?;
                range.set_start(node, offset).ok()?;
                let (node, offset) = self.point(sentence.end, true)?;
                range.set_end(node, offset).ok()?;
                Some(range)
            });
            if let (Some(range), Some(said)) = (range, self.text.get(sentence)) {
                let text = said.split_whitespace().collect::<Vec<_>>().join(" ");
                found.push(Piece {
                    text,
                    range,
                    block: self.element.clone(),
                    lang: self.lang.clone(),
                });
            }
        }
    }

    /// The text node and UTF-16 offset of the byte `at` of the block's text:
    /// the node it begins (or, for an `end`, the node it ends).
    fn point(&self, at: usize, end: bool) -> Option<(&Node, u32)> {
        let (node, bytes) = self.parts.iter().find(|(_, bytes)| {
            if end {
                bytes.start < at && at <= bytes.end
            } else {
                bytes.start <= at && at < bytes.end
            }
        })?;
        let before = self.text.get(bytes.start..at)?;
        let units = u32::try_from(before.encode_utf16().count()).ok()?;
        Some((node, units))
    }
}
