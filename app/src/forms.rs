//! Pieces every form shares: where a plain form post may send the person back to,
//! and the "flash" that carries a no-JavaScript post's outcome to the next page.

#[cfg(feature = "ssr")]
pub mod db;
mod flash;
#[cfg(feature = "ssr")]
pub mod upload;

#[cfg(feature = "ssr")]
pub use flash::{
    FLASH_COOKIE, answer_form_post, answer_form_post_to, answer_form_post_with, set_error_status,
};
pub use flash::{FormOutcome, take_flash};

/// The longest return path we accept back from a form.
const MAX_RETURN_PATH: usize = 512;

/// Keeps a form's "return to" path on this site: it must be an absolute path, not
/// a protocol-relative or backslash URL that browsers would treat as another host,
/// and already percent-encoded (printable ASCII only), as it becomes a header.
pub fn local_return_path(path: &str) -> Option<&str> {
    let is_local = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= MAX_RETURN_PATH
        && path.chars().all(|c| c.is_ascii_graphic());
    is_local.then_some(path)
}

/// `typed` with control characters removed (line breaks kept, as `\n`, and
/// tabs) and bidirectional embeddings, overrides and isolates removed. The
/// server's `form_text` cleans every URL-encoded form with it; a file
/// upload's fields are cleaned where they are read.
pub fn clean_text(typed: &str) -> String {
    let unified = typed.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .chars()
        .filter(|&c| matches!(c, '\n' | '\t') || !(c.is_control() || is_bidi_control(c)))
        .collect()
}

/// U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_direction_overrides_go_and_the_rest_stays() {
        let cases = [
            ("Maija Virtanen", "Maija Virtanen"),
            ("Mai\0ja", "Maija"),
            ("line one\r\nline two\rthree", "line one\nline two\nthree"),
            ("tab\there\u{7}\u{1b}[31m", "tab\there[31m"),
            ("\u{202E}nenatriV", "nenatriV"),
            ("a\u{2066}b\u{2069}c", "abc"),
            ("\u{85}next line", "next line"),
            ("مرحبا\u{200F} Askel", "مرحبا\u{200F} Askel"),
            ("Пётр Ämmälä", "Пётр Ämmälä"),
        ];
        for (typed, kept) in cases {
            assert_eq!(clean_text(typed), kept, "{typed:?}");
        }
    }

    #[test]
    fn only_same_site_paths_are_return_paths() {
        let cases = [
            ("/", true),
            ("/modules?lang=sv#top", true),
            ("//evil.example", false),
            ("/\\evil.example", false),
            ("https://evil.example/", false),
            ("", false),
            ("/a\nb", false),
            ("/ä", false),
            ("/a b", false),
            ("/%C3%A4", true),
        ];
        for (path, ok) in cases {
            assert_eq!(local_return_path(path).is_some(), ok, "path {path:?}");
        }
        assert!(local_return_path(&format!("/{}", "a".repeat(MAX_RETURN_PATH))).is_none());
    }
}
