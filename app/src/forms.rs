//! Pieces every form shares: where a plain form post may send the person back to,
//! and the "flash" that carries a no-JavaScript post's outcome to the next page.

#[cfg(feature = "ssr")]
pub mod db;
mod flash;

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

#[cfg(test)]
mod tests {
    use super::*;

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
