//! Every form post and server function call passes through here before any
//! parser sees it, so text is cleaned in one place for all of them, today's
//! and tomorrow's: PostgreSQL refuses NUL in text (which used to surface as a
//! 500), other control characters garble door lists, CSV files and email, and
//! bidirectional overrides make a name on a door list read as someone else's.
//! They are removed rather than refused because nobody can see them to take
//! them out; the marks right-to-left writing needs (U+200E, U+200F) stay.

use app::{
    forms::clean_text,
    i18n::{Locale, translate},
};
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

/// The endpoints that take a form with a file (`multipart/form-data`), and
/// the largest such body: the file's limit, its few words and the form's
/// framing, with room to spare, so a file a little over its limit gets the
/// form's own localized error, not this layer's.
fn is_upload_endpoint(path: &str) -> bool {
    app::messages::FILE_ENDPOINTS.contains(&path)
}
const MAX_UPLOAD_BYTES: usize = app::messages::MAX_FILE_BYTES + 6 * 1024 * 1024;

/// How many uploads are read at once: each is held in memory whole, so
/// this bounds what uploads can take of it; more wait their turn.
static UPLOADS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(8);

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
    if is_upload_endpoint(request.uri().path()) {
        return pass_upload(request, next, locale).await;
    }
    // The mail program's one-click post may be a form with parts (RFC 8058
    // says it should): read whole, small, by its own handler.
    if request.uri().path() == app::notifications::ONE_CLICK {
        let (parts, body) = request.into_parts();
        let Ok(bytes) = to_bytes(body, MAX_ACCOUNT_FORM_BYTES).await else {
            return (
                StatusCode::PAYLOAD_TOO_LARGE,
                translate(locale, "error-too-large"),
            )
                .into_response();
        };
        return next
            .run(Request::from_parts(parts, Body::from(bytes)))
            .await;
    }
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
    refuse_unreadable(response, locale)
}

/// `response`, unless it is Leptos's silent answer to a form it could not
/// read: then a localized 400.
fn refuse_unreadable(response: Response, locale: Locale) -> Response {
    if is_unreadable_form_answer(&response) {
        return (
            StatusCode::BAD_REQUEST,
            translate(locale, "error-bad-request"),
        )
            .into_response();
    }
    response
}

/// Passes on a form with a file, read whole within its limit (a localized
/// 413 past it), once its `multipart/form-data` boundary is known to be
/// there: Leptos reads the body assuming one. Its text is cleaned where
/// the fields are read (`app::forms::upload`).
async fn pass_upload(request: Request, next: Next, locale: Locale) -> Response {
    let has_boundary = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| multer::parse_boundary(value).is_ok());
    if !has_boundary {
        return (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            translate(locale, "error-bad-request"),
        )
            .into_response();
    }
    // Only someone signed in sends a file: without a session, the body is
    // not read at all (nor does it wait for a turn).
    if !has_session_cookie(request.headers()) {
        let unauthorized = app::error::AppError::Unauthorized;
        let message = translate(locale, unauthorized.message_key());
        return (StatusCode::UNAUTHORIZED, message).into_response();
    }
    let Ok(_turn) = UPLOADS.acquire().await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_UPLOAD_BYTES).await else {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            translate(locale, "error-too-large"),
        )
            .into_response();
    };
    let response = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    refuse_unreadable(response, locale)
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

/// Whether the request carries a session cookie (checked for real later).
fn has_session_cookie(headers: &HeaderMap) -> bool {
    let names = [false, true].map(|tls| {
        format!(
            "{}=",
            app::cookies::wire_name(app::accounts::session::SESSION_COOKIE, tls)
        )
    });
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .any(|cookie| {
            names
                .iter()
                .any(|name| cookie.trim_start().starts_with(name.as_str()))
        })
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

#[cfg(test)]
mod tests {
    use super::*;

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
