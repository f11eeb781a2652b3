//! One-time codes that people read aloud, type from paper, or follow in a link.
//!
//! The alphabet leaves out look-alikes (0/O, 1/I/L) and U, so a code survives a
//! phone call and handwriting. Codes are stored only as an HMAC with the server
//! key: a copy of the database reveals no usable code.

use hmac::{Hmac, Mac};
use rand::Rng;
use sha2::Sha256;

const ALPHABET: &[u8; 30] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";
/// A typed code: 30^9 ≈ 2^44 possibilities, shown as three groups of three.
pub const SHORT_CODE_LEN: usize = 9;
/// A code that only travels inside a link: 30^26 ≈ 2^127.
pub const LINK_CODE_LEN: usize = 26;
const GROUP: usize = 3;

/// A fresh random code of `len` characters.
pub fn generate(len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// Shows a short code in groups that are easy to read aloud: `K7M-4PX-Q9R`.
pub fn display(code: &str) -> String {
    code.as_bytes()
        .chunks(GROUP)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// Reads a code as typed: any case, with or without spaces and dashes. `None`
/// when it cannot be a code at all.
pub fn normalize(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let valid = matches!(code.len(), SHORT_CODE_LEN | LINK_CODE_LEN)
        && code.bytes().all(|b| ALPHABET.contains(&b));
    valid.then_some(code)
}

/// What is stored for `code`: HMAC-SHA-256 under the server's secret key.
pub fn keyed_hash(key: &[u8], code: &str) -> Vec<u8> {
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(code.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_only_unambiguous_characters_and_read_back() {
        for _ in 0..200 {
            let code = generate(SHORT_CODE_LEN);
            assert_eq!(code.len(), SHORT_CODE_LEN);
            assert!(!code.contains(['0', 'O', '1', 'I', 'L', 'U']), "{code}");
            let shown = display(&code);
            assert_eq!(shown.len(), 11);
            assert_eq!(normalize(&shown.to_lowercase()), Some(code.clone()));
            assert_eq!(normalize(&shown.replace('-', " ")), Some(code));
        }
    }

    #[test]
    fn a_short_code_has_at_least_forty_bits() {
        let bits = (ALPHABET.len() as f64).log2() * SHORT_CODE_LEN as f64;
        assert!(bits >= 40.0, "{bits} bits");
    }

    #[test]
    fn malformed_codes_are_refused() {
        for input in ["", "ABC", "ABC-DEF-GH0", "ABC-DEF-GHJK", "ÄBC-DEF-GHJ"] {
            assert_eq!(normalize(input), None, "{input:?}");
        }
    }

    #[test]
    fn the_stored_hash_depends_on_the_key() {
        assert_ne!(
            keyed_hash(b"one", "ABCDEFGHJ"),
            keyed_hash(b"two", "ABCDEFGHJ")
        );
        assert_eq!(keyed_hash(b"one", "ABCDEFGHJ").len(), 32);
    }
}
