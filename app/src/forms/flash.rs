//! Without JavaScript a form post is answered with a redirect back to the page.
//! What the page must show next (the person's input, errors, a thank-you) travels
//! in a short-lived cookie instead of the URL, so nothing typed ends up in
//! browser history or access logs, and nothing typed is lost.

use serde::{Deserialize, Serialize};

use crate::error::{AppError, FieldError};

#[cfg(feature = "ssr")]
const FLASH_COOKIE: &str = "askel_flash";

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
                values,
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
        self.values
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
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
pub use server::{answer_form_post, set_error_status};

#[cfg(feature = "ssr")]
mod server {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    use http::{HeaderValue, header, request::Parts};
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    use super::{FLASH_COOKIE, FormOutcome};
    use crate::{context::CookiePolicy, error::AppError, forms::local_return_path};

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
        if let Err(error) = result {
            set_error_status(error.status_code());
        }
        if !is_plain_form_post() {
            return;
        }
        let flash = FormOutcome::from_result(form, values, result);
        let anchor = if flash.done {
            form.to_owned()
        } else {
            format!("{form}-error-summary")
        };
        let path = local_return_path(return_to).unwrap_or("/");
        let encoded = serde_json::to_vec(&flash)
            .map(|json| URL_SAFE_NO_PAD.encode(json))
            .unwrap_or_default();
        set_cookie(&format!("{FLASH_COOKIE}={encoded}; Max-Age=120"));
        leptos_axum::redirect(&format!("{path}#{anchor}"));
    }

    /// Sets the status of a failed WASM call. A plain form post keeps its
    /// redirect back to the page instead.
    pub fn set_error_status(status: http::StatusCode) {
        if let (false, Some(response)) = (is_plain_form_post(), use_context::<ResponseOptions>()) {
            response.set_status(status);
        }
    }

    pub(super) fn take(form: &str) -> Option<FormOutcome> {
        let parts = use_context::<Parts>()?;
        let flash = parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|header| header.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == FLASH_COOKIE)
            .and_then(|(_, value)| URL_SAFE_NO_PAD.decode(value).ok())
            .and_then(|json| serde_json::from_slice::<FormOutcome>(&json).ok())
            .filter(|flash| flash.form == form)?;
        set_cookie(&format!("{FLASH_COOKIE}=; Max-Age=0"));
        Some(flash)
    }

    fn set_cookie(cookie: &str) {
        let Some(response) = use_context::<ResponseOptions>() else {
            return;
        };
        let secure = use_context::<CookiePolicy>().is_some_and(|policy| policy.secure);
        let attributes = if secure {
            "; Path=/; HttpOnly; SameSite=Lax; Secure"
        } else {
            "; Path=/; HttpOnly; SameSite=Lax"
        };
        if let Ok(value) = HeaderValue::from_str(&format!("{cookie}{attributes}")) {
            response.append_header(header::SET_COOKIE, value);
        }
    }
}
