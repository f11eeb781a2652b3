//! Cookies: read from the request, and set so that scripts cannot read them
//! (`HttpOnly`), other sites cannot send them with a form (`SameSite=Lax`), and
//! they never travel unencrypted when the site runs on TLS (`Secure`).

/// The value of cookie `name` in a `Cookie` header; `None` when absent or empty.
pub fn cookie_value<'a>(cookie_header: &'a str, name: &str) -> Option<&'a str> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
        .filter(|value| !value.is_empty())
}

/// The name a cookie travels under. Over TLS every cookie but the language
/// choice gets the `__Host-` prefix: the browser then accepts it only with
/// `Secure`, `Path=/` and no `Domain`, so no other host under the same domain
/// (and no plain-http page) can set or overwrite a session. The language
/// cookie keeps its name: it holds a language code, nothing to protect, and
/// is read by name before any session is.
pub fn wire_name(name: &str, secure: bool) -> String {
    if secure && name != crate::i18n::LANGUAGE_COOKIE {
        format!("__Host-{name}")
    } else {
        name.to_owned()
    }
}

#[cfg(feature = "ssr")]
pub use server::{clear_cookie, clear_site_data, request_cookie, set_cookie};

#[cfg(feature = "ssr")]
mod server {
    use http::{HeaderValue, header, request::Parts};
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    use crate::context::CookiePolicy;

    fn secure() -> bool {
        use_context::<CookiePolicy>().is_some_and(|policy| policy.secure)
    }

    /// Cookie `name` of the request being answered.
    pub fn request_cookie(name: &str) -> Option<String> {
        let parts = use_context::<Parts>()?;
        let name = super::wire_name(name, secure());
        parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .find_map(|header| super::cookie_value(header, &name).map(str::to_owned))
    }

    /// Sets cookie `name` on the response; without `max_age` it ends with the
    /// browser session.
    pub fn set_cookie(name: &str, value: &str, max_age: Option<u32>) {
        let Some(response) = use_context::<ResponseOptions>() else {
            return;
        };
        let secure = secure();
        let name = super::wire_name(name, secure);
        let max_age = max_age
            .map(|age| format!("; Max-Age={age}"))
            .unwrap_or_default();
        let secure = if secure { "; Secure" } else { "" };
        let cookie = format!("{name}={value}{max_age}; Path=/; HttpOnly; SameSite=Lax{secure}");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.append_header(header::SET_COOKIE, value);
        }
    }

    /// Removes cookie `name` from the browser.
    pub fn clear_cookie(name: &str) {
        set_cookie(name, "", Some(0));
    }

    /// Asks the browser to drop the pages it cached from this site, so the
    /// next person on a shared computer cannot page back through the last
    /// one's. Works without JavaScript. Not "storage": answers waiting in
    /// IndexedDB to be sent are the person's and stay until the server has
    /// them (they are tied to the account and never shown to anyone else);
    /// the offline page copies hold no answers. Not "cookies": the language
    /// choice is not personal, and the known-device mark is what keeps a
    /// stranger from locking the person out.
    pub fn clear_site_data() {
        if let Some(response) = use_context::<ResponseOptions>() {
            response.append_header(
                header::HeaderName::from_static("clear-site-data"),
                HeaderValue::from_static("\"cache\""),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cookie_value;

    #[test]
    fn a_cookie_is_found_among_others() {
        let cases = [
            ("askel_session=abc", Some("abc")),
            ("askel_lang=sv; askel_session=abc; x=y", Some("abc")),
            ("askel_session=", None),
            ("other_askel_session=abc", None),
            ("", None),
        ];
        for (header, expected) in cases {
            assert_eq!(
                cookie_value(header, "askel_session"),
                expected,
                "{header:?}"
            );
        }
    }
}
