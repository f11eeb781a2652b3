//! What a file sent in a conversation may be: a photo of a document or a
//! PDF, recognised by its own first bytes. The name and the type the browser
//! sent are never trusted: a web page renamed `photo.jpg` is refused, and
//! what is kept is served as the type its bytes showed, as a download.

/// The types taken, as their bytes show them.
const TAKEN: [(&str, &str); 4] = [
    ("image/jpeg", "jpg"),
    ("image/png", "png"),
    ("image/webp", "webp"),
    ("application/pdf", "pdf"),
];

/// The longest file name kept, in characters (the database allows 120).
const MAX_NAME: usize = 100;

/// What `bytes` are, when they are a file Askel takes.
pub fn sniffed_type(bytes: &[u8]) -> Option<&'static str> {
    let found = infer::get(bytes)?.mime_type();
    TAKEN
        .iter()
        .find(|(taken, _)| *taken == found)
        .map(|(taken, _)| *taken)
}

/// The file name extension of a taken `content_type`.
pub fn extension(content_type: &str) -> &'static str {
    TAKEN
        .iter()
        .find(|(taken, _)| *taken == content_type)
        .map_or("bin", |(_, extension)| *extension)
}

/// Whether `content_type` is a photo (else a PDF).
pub fn is_photo(content_type: &str) -> bool {
    content_type.starts_with("image/")
}

/// The name to keep for a file sent as `sent` whose bytes are
/// `content_type`: without any folder, trimmed, at most [`MAX_NAME`]
/// characters, ending in the extension its type has (so a saved download
/// opens in the right program).
pub fn kept_name(sent: &str, content_type: &str) -> String {
    let base = sent.rsplit(['/', '\\']).next().unwrap_or_default().trim();
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem).trim();
    let extension = extension(content_type);
    let stem: String = stem.chars().take(MAX_NAME - extension.len() - 1).collect();
    let stem = if stem.trim().is_empty() {
        "askel"
    } else {
        stem.trim()
    };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn files_are_known_by_their_bytes_not_their_names() {
        assert_eq!(sniffed_type(PNG), Some("image/png"));
        assert_eq!(sniffed_type(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(
            sniffed_type(b"\xFF\xD8\xFF\xE0\0\x10JFIF"),
            Some("image/jpeg")
        );
        assert_eq!(sniffed_type(b"<!doctype html><script>"), None);
        assert_eq!(sniffed_type(b"GIF89a"), None);
        assert_eq!(sniffed_type(b"PK\x03\x04"), None);
        assert_eq!(sniffed_type(b""), None);
    }

    #[test]
    fn kept_names_lose_folders_and_take_their_types_extension() {
        let cases = [
            ("scan.pdf", "application/pdf", "scan.pdf"),
            (
                "C:\\Users\\Maija\\todistus.PDF",
                "application/pdf",
                "todistus.pdf",
            ),
            ("../../etc/passwd", "image/png", "passwd.png"),
            ("page.html", "image/jpeg", "page.jpg"),
            ("", "image/webp", "askel.webp"),
            (".pdf", "application/pdf", "askel.pdf"),
            (
                "шкільний атестат.jpeg",
                "image/jpeg",
                "шкільний атестат.jpg",
            ),
        ];
        for (sent, content_type, kept) in cases {
            assert_eq!(kept_name(sent, content_type), kept, "{sent}");
        }
        let long = "ä".repeat(300);
        assert_eq!(kept_name(&long, "image/png").chars().count(), MAX_NAME);
    }
}
