//! Every form post and server function call passes through here before any
//! parser sees it, so text is cleaned in one place for all of them, today's
//! and tomorrow's: PostgreSQL refuses NUL in text (which used to surface as a
//! 500), other control characters garble door lists, CSV files and email, and
//! bidirectional overrides make a name on a door list read as someone else's.
//! They are removed rather than refused because nobody can see them to take
//! them out; the marks right-to-left writing needs (U+200E, U+200F) stay.

use app::i18n::{Locale, translate};
use axum::{
    body::{Body, to_bytes},
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// The largest form body read. The longest field Askel accepts (an event's
/// description, a reflection) is a few thousand characters, so this is far
/// above any real form and far below what would strain memory.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// The largest body the endpoints anyone can reach without signing in
/// accept, whatever its type: their forms hold a name, a contact, a password
/// and a code, so a flood of large bodies is refused before it is read.
const MAX_ACCOUNT_FORM_BYTES: usize = 8 * 1024;

const ACCOUNT_ENDPOINTS: [&str; 5] = [
    "/api/sign-in",
    "/api/join",
    "/api/request-password-reset",
    "/api/reset-password",
    "/api/confirm-email",
];

fn body_limit(path: &str) -> usize {
    if ACCOUNT_ENDPOINTS.contains(&path) {
        MAX_ACCOUNT_FORM_BYTES
    } else {
        MAX_FORM_BYTES
    }
}

/// Cleans the text of a posted form; a body over its limit gets a
/// localized 413 and one that is not a URL-encoded form a 415, before
/// anything reads it.
pub async fn clean_form_text(request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let locale = request
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    // Every server function reads its arguments as a URL-encoded form
    // whatever the body is said to be, so a body said to be something else
    // would reach them uncleaned: it is refused unread.
    if !is_url_encoded_form(request.headers()) {
        return (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            translate(locale, "error-bad-request"),
        )
            .into_response();
    }
    let limit = body_limit(request.uri().path());
    let (mut parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, limit).await else {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            translate(locale, "error-too-large"),
        )
            .into_response();
    };
    let body = match cleaned_form(&bytes) {
        Some(cleaned) => Body::from(cleaned),
        None => Body::from(bytes),
    };
    // The length changed with the text; the body is now in memory anyway.
    parts.headers.remove(header::CONTENT_LENGTH);
    let response = next.run(Request::from_parts(parts, body)).await;
    if is_unreadable_form_answer(&response) {
        return (
            StatusCode::BAD_REQUEST,
            translate(locale, "error-bad-request"),
        )
            .into_response();
    }
    response
}

/// Leptos answers a plain form post it cannot read into the server
/// function's arguments (a field twice, a number that is not one) by sending
/// the browser back where it came from, or to the home page, with no word of
/// what happened: the person would think it was saved. Such an answer is a
/// failed call's redirect that no server function wrote, so it carries no
/// flash (every function that answers a form leaves one).
fn is_unreadable_form_answer(response: &Response) -> bool {
    // Over TLS the flash travels as `__Host-askel_flash`.
    let flash = [false, true].map(|tls| {
        format!(
            "{}=",
            app::cookies::wire_name(app::forms::FLASH_COOKIE, tls)
        )
    });
    let leaves_flash = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|cookie| cookie.to_str().ok())
        .any(|cookie| flash.iter().any(|name| cookie.starts_with(name.as_str())));
    response.status().is_redirection()
        && response.headers().contains_key("serverfnerror")
        && !leaves_flash
}

fn is_url_encoded_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value.split(';').next().is_some_and(|kind| {
                kind.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            })
        })
}

/// The form re-encoded with every name and value cleaned, or `None` when
/// nothing needed cleaning (the common case, sent on untouched). Bytes that
/// are not UTF-8 are read as U+FFFD, here as by every form parser.
fn cleaned_form(body: &[u8]) -> Option<String> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body)
        .map(|(name, value)| (clean_text(&name), clean_text(&value)))
        .collect();
    let unchanged = form_urlencoded::parse(body).zip(&pairs).all(
        |((name, value), (clean_name, clean_value))| name == *clean_name && value == *clean_value,
    );
    if unchanged {
        return None;
    }
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.extend_pairs(&pairs);
    Some(out.finish())
}

/// `typed` with control characters removed (line breaks kept, as `\n`, and
/// tabs) and bidirectional embeddings, overrides and isolates removed.
fn clean_text(typed: &str) -> String {
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
    fn only_a_form_that_needs_it_is_rewritten() {
        assert_eq!(cleaned_form(b"name=Maija+Virtanen&comment=Hei%21"), None);
        assert_eq!(
            cleaned_form(b"name=Mai%00ja&comment=%E2%80%AEx%0D%0Ay").as_deref(),
            Some("name=Maija&comment=x%0Ay")
        );
        // Not UTF-8: every parser reads U+FFFD, so there is nothing to clean.
        assert_eq!(cleaned_form(b"name=%FF%FE"), None);
        assert_eq!(
            cleaned_form(b"name=%FF%00").as_deref(),
            Some("name=%EF%BF%BD")
        );
        assert_eq!(cleaned_form(b"").as_deref(), None);
    }

    #[test]
    fn only_url_encoded_forms_are_read() {
        let with = |kind: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, kind.parse().expect("header"));
            is_url_encoded_form(&headers)
        };
        assert!(with("application/x-www-form-urlencoded"));
        assert!(with("Application/X-WWW-Form-Urlencoded; charset=UTF-8"));
        assert!(!with("multipart/form-data; boundary=x"));
        assert!(!with("application/json"));
        assert!(!is_url_encoded_form(&HeaderMap::new()));
    }
}
