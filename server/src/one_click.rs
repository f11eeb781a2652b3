//! The mail program's own "unsubscribe" button (RFC 8058). Every notice
//! email names `/unsubscribe/one-click?c=email&k=…` in its List-Unsubscribe
//! header and says `List-Unsubscribe=One-Click` in List-Unsubscribe-Post; the
//! mail provider then posts exactly that from its own servers, with no
//! cookie and from no page of ours, so this is the one post the cross-site
//! check lets through (`csrf.rs`): it reads no session, and all it can do is
//! stop email for the account whose random stop key it names.

use app::i18n::{Locale, translate};
use axum::{
    Extension,
    body::Bytes,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use sqlx::PgPool;

/// The stop link's channel and key, as in `/unsubscribe`.
#[derive(Deserialize)]
pub struct Link {
    c: String,
    k: String,
}

/// Whether `body` says `List-Unsubscribe=One-Click`, URL-encoded or as a
/// form with parts (RFC 8058 allows both and prefers the latter).
fn says_one_click(body: &[u8]) -> bool {
    let encoded = form_urlencoded::parse(body)
        .any(|(name, value)| name == "List-Unsubscribe" && value == "One-Click");
    let text = String::from_utf8_lossy(body);
    let in_parts = text.contains("name=\"List-Unsubscribe\"")
        && text.lines().any(|line| line.trim() == "One-Click");
    encoded || in_parts
}

/// Stops the link's channel; a made-up key is a 404, another body a 400.
pub async fn stop(
    State(pool): State<PgPool>,
    locale: Option<Extension<Locale>>,
    Query(link): Query<Link>,
    body: Bytes,
) -> Response {
    let locale = locale.map(|Extension(locale)| locale).unwrap_or_default();
    if !says_one_click(&body) {
        return (
            StatusCode::BAD_REQUEST,
            translate(locale, "error-bad-request"),
        )
            .into_response();
    }
    match app::notifications::server::set_by_link_in(&pool, &link.c, &link.k, false).await {
        Ok(()) => translate(locale, "notify-stop-saved").into_response(),
        Err(error) => (error.status_code(), translate(locale, error.message_key())).into_response(),
    }
}

/// Someone opened the address itself: the page with the button.
pub async fn show(Query(link): Query<Link>) -> Redirect {
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("c", &link.c)
        .append_pair("k", &link.k)
        .finish();
    Redirect::to(&format!("{}?{query}", app::notifications::UNSUBSCRIBE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_one_click_body_is_read_url_encoded_or_in_parts() {
        assert!(says_one_click(b"List-Unsubscribe=One-Click"));
        let parts = b"--b\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b--\r\n";
        assert!(says_one_click(parts));
        assert!(!says_one_click(b"List-Unsubscribe=Later"));
        assert!(!says_one_click(b""));
    }
}
