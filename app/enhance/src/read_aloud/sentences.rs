//! Where the sentences of a block of text begin and end, so that each is
//! spoken, and highlighted, on its own.
//!
//! A simple rule is enough: Askel's texts are short plain-language sentences
//! that an editor has written, not arbitrary prose, and a sentence split in
//! the wrong place only costs a short pause. The browser's own segmenter
//! (`Intl.Segmenter`) is not in stable web-sys or js-sys, and a Unicode
//! segmentation crate would add its tables to every phone's download.

use std::ops::Range;

/// Marks that end a sentence: full stop, exclamation and question marks,
/// the ellipsis, the Arabic question mark, the Urdu full stop and the
/// ideographic full stop.
const ENDS: &[char] = &['.', '!', '?', '…', '؟', '۔', '。'];

/// Closing quotes and brackets that stay with the sentence they close.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』'];

/// The sentences of `text`: byte ranges into it, without the whitespace
/// around them, none empty.
///
/// A sentence ends after a stop (and any closing quotes or brackets) that
/// is followed by whitespace and a word that does not begin with a small
/// letter: so "23.11.2026", "3.5" and "esim. passi" stay whole. Scripts
/// without capitals (Arabic) split at every such stop. The ideographic full
/// stop ends a sentence without whitespace, as those scripts use none.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !ENDS.contains(&c) {
            continue;
        }
        while let Some(&(_, next)) = chars.peek()
            && (ENDS.contains(&next) || CLOSERS.contains(&next))
        {
            chars.next();
        }
        let end = chars.peek().map_or(text.len(), |&(at, _)| at);
        if c == '。' || new_sentence_follows(text.get(end..).unwrap_or_default()) {
            push_trimmed(&mut found, text, start..end);
            start = end;
        }
    }
    push_trimmed(&mut found, text, start..text.len());
    found
}

/// Whether `rest`, what follows a stop, begins a new sentence.
fn new_sentence_follows(rest: &str) -> bool {
    let after_space = rest.trim_start();
    if after_space.len() == rest.len() && !rest.is_empty() {
        return false;
    }
    !after_space.chars().next().is_some_and(char::is_lowercase)
}

fn push_trimmed(found: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let Some(piece) = text.get(range.clone()) else {
        return;
    };
    let start = range.start + (piece.len() - piece.trim_start().len());
    let end = range.start + piece.trim_end().len();
    if start < end {
        found.push(start..end);
    }
}

#[cfg(test)]
mod tests {
    use super::sentences;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_sentences_in_every_script() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Tapaaminen on 23.11.2026 klo 9.30. Ota mukaan henkilökortti.",
                &[
                    "Tapaaminen on 23.11.2026 klo 9.30.",
                    "Ota mukaan henkilökortti.",
                ],
            ),
            (
                "Do you have a CV? Let's write one together!",
                &["Do you have a CV?", "Let's write one together!"],
            ),
            (
                "هل لديك سيرة ذاتية؟ لنكتب واحدة معًا.",
                &["هل لديك سيرة ذاتية؟", "لنكتب واحدة معًا."],
            ),
            ("Hei. Tämä lause jatkuu", &["Hei.", "Tämä lause jatkuu"]),
            (
                "Hän sanoi: ”Hei!” Sitten hän lähti.",
                &["Hän sanoi: ”Hei!”", "Sitten hän lähti."],
            ),
            (
                "Palkka nousi 3.5 prosenttia.",
                &["Palkka nousi 3.5 prosenttia."],
            ),
            (
                "Ota mukaan esim. passi. Tule 9. helmikuuta.",
                &["Ota mukaan esim. passi.", "Tule 9. helmikuuta."],
            ),
            ("Odota… Nyt?! Valmis.", &["Odota…", "Nyt?!", "Valmis."]),
            (
                "\n  Rivi yksi.\n\n  Rivi kaksi.  ",
                &["Rivi yksi.", "Rivi kaksi."],
            ),
            ("  \n\t ", &[]),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(split(text), *expected, "{text:?}");
        }
    }
}
