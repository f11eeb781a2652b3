//! Without JavaScript a form post is answered with a redirect back to the page.
//! What the page must show next (the person's input, errors, a thank-you) travels
//! in a short-lived cookie instead of the URL, so nothing typed ends up in
//! browser history or access logs, and nothing typed is lost.
//!
//! The cookie can hold personal data and one-time codes, so it is sealed with
//! a key derived from the session key and bound to the path of the page it is
//! for: the browser can neither read nor forge it, and a flash about one
//! jobseeker never shows on another one's page (`/coach/jobseekers/{id}`).

use serde::{Deserialize, Serialize};

use crate::error::{AppError, FieldError};

/// The cookie that carries a plain form post's outcome to the next page.
#[cfg(feature = "ssr")]
pub const FLASH_COOKIE: &str = "askel_flash";
/// What the flash's sealing key is derived for.
#[cfg(feature = "ssr")]
const FLASH_PURPOSE: &str = "askel flash cookie v1";
/// Seconds a flash waits for the page it was meant for.
#[cfg(feature = "ssr")]
const FLASH_MAX_AGE: u32 = 120;
/// Room for the flash in its cookie, below the 4 KiB browsers keep.
#[cfg(feature = "ssr")]
const MAX_FLASH_BYTES: usize = 3500;
/// The longest typed value kept when the flash must shrink to fit.
#[cfg(feature = "ssr")]
const MAX_KEPT_CHARS: usize = 1200;

/// The outcome of a form submission: what the form shows next. A plain form post
/// carries it to the page it returns to; an island derives it from its action.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormOutcome {
    /// Which form this belongs to, so another form on the page ignores it.
    pub form: String,
    /// The submitted values by field name, to refill the form after an error.
    pub values: Vec<(String, String)>,
    /// Field problems to show in the error summary and next to fields.
    pub errors: Vec<FieldError>,
    /// Fluent id of a problem that is not about one field (e.g. a fault on our side).
    pub problem: Option<String>,
    /// Whether the post succeeded.
    pub done: bool,
}

impl FormOutcome {
    /// The outcome of `result` for `form`, keeping the typed `values` on failure.
    pub fn from_result<T>(
        form: &str,
        values: Vec<(String, String)>,
        result: &Result<T, AppError>,
    ) -> Self {
        match result {
            Ok(_) => Self {
                form: form.to_owned(),
                done: true,
                ..Self::default()
            },
            Err(error) => Self {
                form: form.to_owned(),
                // What was typed refills the form it came from. When the
                // thing it was about is gone or not the sender's, that form
                // is not shown again, and the text must not reappear in the
                // same form about someone else.
                values: match error {
                    AppError::NotFound | AppError::Forbidden | AppError::Unauthorized => Vec::new(),
                    _ => values,
                },
                errors: error.field_errors().to_vec(),
                problem: error
                    .field_errors()
                    .is_empty()
                    .then(|| error.message_key().to_owned()),
                done: false,
            },
        }
    }

    /// The message id of `field`'s problem, if it has one.
    pub fn field_error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.key.as_str())
    }

    /// The submitted value of `field`, or an empty string.
    pub fn value(&self, field: &str) -> String {
        self.posted(field).unwrap_or_default().to_owned()
    }

    /// The submitted value of `field`, empty if it was sent empty; `None` if
    /// it was not sent (or the form was not refused).
    pub fn posted(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.as_str())
    }
}

/// Takes the flash left for `form` by a plain form post, and clears it so a reload
/// starts clean. Always `None` in the browser: flashes are read while rendering.
pub fn take_flash(form: &str) -> Option<FormOutcome> {
    #[cfg(feature = "ssr")]
    {
        server::take(form)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = form;
        None
    }
}

#[cfg(feature = "ssr")]
pub use server::{answer_form_post, answer_form_post_to, answer_form_post_with, set_error_status};

#[cfg(feature = "ssr")]
mod server {
    use http::{header, request::Parts};
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    use super::{
        FLASH_COOKIE, FLASH_MAX_AGE, FLASH_PURPOSE, FormOutcome, MAX_FLASH_BYTES, MAX_KEPT_CHARS,
    };
    use crate::{
        accounts::AuthSettings,
        cookies::{clear_cookie, request_cookie, set_cookie},
        error::AppError,
        forms::local_return_path,
        seal,
    };

    /// True when the request is an ordinary browser form submission (no WASM),
    /// which expects a page back rather than data.
    fn is_plain_form_post() -> bool {
        use_context::<Parts>()
            .and_then(|parts| parts.headers.get(header::ACCEPT).cloned())
            .and_then(|accept| accept.to_str().map(|a| a.contains("text/html")).ok())
            .unwrap_or(false)
    }

    /// Answers a form post. A plain (no-JavaScript) post gets a redirect back to
    /// `return_to` (a same-site path, else the home page) with the outcome in the
    /// flash: on success at `#{form}`, on failure at the error summary
    /// `#{form}-error-summary` with the typed `values` kept. A WASM caller gets
    /// the result itself, with a fitting status code.
    pub fn answer_form_post<T>(
        form: &str,
        values: Vec<(String, String)>,
        result: &Result<T, AppError>,
        return_to: &str,
    ) {
        answer_form_post_to(form, values, result, return_to, return_to);
    }

    /// Like [`answer_form_post`], but a plain post that succeeds goes on to
    /// `success_to` (e.g. the account page after signing in).
    pub fn answer_form_post_to<T>(
        form: &str,
        values: Vec<(String, String)>,
        result: &Result<T, AppError>,
        return_to: &str,
        success_to: &str,
    ) {
        let flash = FormOutcome::from_result(form, values, result);
        answer_form_post_with(flash, result.as_ref().err(), return_to, success_to);
    }

    /// Answers a form post with an outcome the caller built, e.g. a success
    /// that carries a new code for the page to show once.
    pub fn answer_form_post_with(
        flash: FormOutcome,
        error: Option<&AppError>,
        return_to: &str,
        success_to: &str,
    ) {
        if let Some(error) = error {
            set_error_status(error.status_code());
        }
        if !is_plain_form_post() {
            return;
        }
        let form = flash.form.clone();
        let target = match (flash.done, success_to == return_to) {
            (true, true) => format!("{}#{form}", local_path(return_to)),
            (true, false) => local_path(success_to).to_owned(),
            (false, _) => format!("{}#{form}-error-summary", local_path(return_to)),
        };
        if let Some(settings) = use_context::<AuthSettings>() {
            let page = page_of(&target);
            let encoded = encode_within_cookie_limit(flash, |json| {
                seal::seal(&settings.code_key, FLASH_PURPOSE, page, json)
            });
            set_cookie(FLASH_COOKIE, &encoded, Some(FLASH_MAX_AGE));
        }
        leptos_axum::redirect(&target);
    }

    /// The path a flash is bound to: the page's, without query or fragment,
    /// as the browser then asks for it.
    fn page_of(target: &str) -> &str {
        target.split(['?', '#']).next().unwrap_or(target)
    }

    fn local_path(path: &str) -> &str {
        local_return_path(path).unwrap_or("/")
    }

    /// Sets the status of a failed WASM call. A plain form post keeps its
    /// redirect back to the page instead.
    pub fn set_error_status(status: http::StatusCode) {
        if let (false, Some(response)) = (is_plain_form_post(), use_context::<ResponseOptions>()) {
            response.set_status(status);
        }
    }

    /// Browsers drop cookies over 4 KiB, which would lose the error as well as
    /// the input. Typed values are cut down until the flash fits; the limits our
    /// forms enforce are far below the cut, so only pasted walls of text shrink.
    pub(super) fn encode_within_cookie_limit(
        mut flash: FormOutcome,
        seal: impl Fn(&[u8]) -> String,
    ) -> String {
        let encode = |flash: &FormOutcome| {
            serde_json::to_vec(flash)
                .map(|json| seal(&json))
                .unwrap_or_default()
        };
        let mut encoded = encode(&flash);
        let mut keep = MAX_KEPT_CHARS;
        while encoded.len() > MAX_FLASH_BYTES && keep > 0 {
            for (_, value) in &mut flash.values {
                if let Some((cut, _)) = value.char_indices().nth(keep) {
                    value.truncate(cut);
                }
            }
            keep /= 2;
            encoded = encode(&flash);
        }
        if encoded.len() > MAX_FLASH_BYTES {
            flash.values.clear();
            encoded = encode(&flash);
        }
        encoded
    }

    /// The flash for `form`, if one was sealed for the page being rendered.
    /// One for another page stays for that page (until it expires).
    pub(super) fn take(form: &str) -> Option<FormOutcome> {
        let settings = use_context::<AuthSettings>()?;
        let page = use_context::<Parts>()?.uri.path().to_owned();
        let flash = request_cookie(FLASH_COOKIE)
            .and_then(|value| seal::open(&settings.code_key, FLASH_PURPOSE, &page, &value))
            .and_then(|json| serde_json::from_slice::<FormOutcome>(&json).ok())
            .filter(|flash| flash.form == form)?;
        clear_cookie(FLASH_COOKIE);
        Some(flash)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::{FormOutcome, MAX_FLASH_BYTES, server::encode_within_cookie_limit};
    use crate::seal;

    fn outcome(comment: &str) -> FormOutcome {
        FormOutcome {
            form: "feedback".into(),
            values: vec![
                ("helpful".into(), "yes".into()),
                ("comment".into(), comment.into()),
            ],
            ..FormOutcome::default()
        }
    }

    #[test]
    fn a_flash_always_fits_in_a_cookie_and_keeps_what_it_can() {
        for (comment, kept_chars) in [
            ("hyvä", 4),
            (&"ä".repeat(900)[..], 900),
            (&"ä".repeat(20_000)[..], 1200),
        ] {
            let encoded = encode_within_cookie_limit(outcome(comment), |json| {
                seal::seal(b"key", "flash", "/", json)
            });
            assert!(encoded.len() <= MAX_FLASH_BYTES, "{} bytes", encoded.len());
            let json = seal::open(b"key", "flash", "/", &encoded).expect("sealed");
            let decoded: FormOutcome = serde_json::from_slice(&json).expect("json");
            assert_eq!(decoded.value("comment").chars().count(), kept_chars);
            assert_eq!(decoded.value("helpful"), "yes");
        }
    }
}
