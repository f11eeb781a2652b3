//! Words explained: working-life words a jobseeker meets in Finland
//! (employment services, work trial, pay subsidy…), explained in every
//! language. Read from `content/glossary/` at start-up; where a word appears in
//! a module's or an event's text it links to its explanation, listed under the
//! text and on the words page.

#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod link;
pub mod types;
pub mod views;

/// The glossary language for a `reader` of a text written in `text_in`:
/// the reader's own when it is the same language to a browser (an Easy
/// Finnish reader of a Finnish text gets the Easy Finnish explanations, which
/// also list the Finnish forms), else the text's, whose forms are in it.
#[cfg(feature = "ssr")]
pub fn explained_in(
    text_in: crate::i18n::Locale,
    reader: crate::i18n::Locale,
) -> crate::i18n::Locale {
    if reader.lang() == text_in.lang() {
        reader
    } else {
        text_in
    }
}
