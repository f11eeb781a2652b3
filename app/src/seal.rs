//! Sealing for values the browser keeps but must neither read nor change (the
//! flash): ChaCha20-Poly1305 under a key derived from the session key, with
//! what the value is bound to (e.g. the page it is for) as associated data, so
//! a sealed value opens only where it was meant to.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use sha2::Sha256;

/// A sealing key for one `purpose`, derived from the server's secret: a key
/// used for one thing (code hashes) is never used as is for another.
fn derived_key(secret: &[u8], purpose: &str) -> LessSafeKey {
    // HMAC takes a key of any length, and its 32 bytes are ChaCha20's key size.
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC accepts any key length");
    mac.update(purpose.as_bytes());
    let bytes = mac.finalize().into_bytes();
    LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, &bytes).expect("a 32-byte key"))
}

/// `plain` sealed for `purpose` and bound to `bound_to`, as cookie-safe text.
pub fn seal(secret: &[u8], purpose: &str, bound_to: &str, plain: &[u8]) -> String {
    // A random 96-bit nonce per value: flashes are few and short-lived, far
    // below the 2^32 values per key where collisions start to matter.
    let nonce: [u8; NONCE_LEN] = rand::random();
    let mut sealed = plain.to_vec();
    derived_key(secret, purpose)
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(bound_to.as_bytes()),
            &mut sealed,
        )
        .expect("ChaCha20-Poly1305 seals any length a cookie holds");
    let mut out = nonce.to_vec();
    out.append(&mut sealed);
    URL_SAFE_NO_PAD.encode(out)
}

/// What [`seal`] sealed, if `text` was sealed with this secret and purpose
/// and bound to `bound_to`, unchanged.
pub fn open(secret: &[u8], purpose: &str, bound_to: &str, text: &str) -> Option<Vec<u8>> {
    let mut bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
    if bytes.len() < NONCE_LEN {
        return None;
    }
    let mut sealed = bytes.split_off(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(&bytes).ok()?;
    let plain = derived_key(secret, purpose)
        .open_in_place(nonce, Aad::from(bound_to.as_bytes()), &mut sealed)
        .ok()?;
    Some(plain.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_only_with_its_key_purpose_and_binding() {
        let sealed = seal(b"secret", "flash", "/coach/jobseekers/1", b"K7M-4PX-Q9R");
        assert!(!sealed.contains("K7M"));
        let mut tampered = sealed.clone().into_bytes();
        let last = tampered.len() - 3;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(tampered).expect("ASCII");
        let cases = [
            (
                &b"secret"[..],
                "flash",
                "/coach/jobseekers/1",
                &sealed[..],
                true,
            ),
            (b"secret", "flash", "/coach/jobseekers/2", &sealed, false),
            (b"other", "flash", "/coach/jobseekers/1", &sealed, false),
            (b"secret", "other", "/coach/jobseekers/1", &sealed, false),
            (b"secret", "flash", "/coach/jobseekers/1", &tampered, false),
            (b"secret", "flash", "/coach/jobseekers/1", "", false),
            (
                b"secret",
                "flash",
                "/coach/jobseekers/1",
                "not base64!",
                false,
            ),
        ];
        for (secret, purpose, bound_to, text, opens) in cases {
            let opened = open(secret, purpose, bound_to, text);
            assert_eq!(opened.is_some(), opens, "{purpose} {bound_to} {text}");
            if opens {
                assert_eq!(opened.as_deref(), Some(&b"K7M-4PX-Q9R"[..]));
            }
        }
    }
}
