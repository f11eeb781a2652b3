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

#[cfg(feature = "ssr")]
pub use server::{clear_cookie, request_cookie, set_cookie};

#[cfg(feature = "ssr")]
mod server {
    use http::{HeaderValue, header, request::Parts};
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    use crate::context::CookiePolicy;

    /// Cookie `name` of the request being answered.
    pub fn request_cookie(name: &str) -> Option<String> {
        let parts = use_context::<Parts>()?;
        parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .find_map(|header| super::cookie_value(header, name).map(str::to_owned))
    }

    /// Sets cookie `name` on the response; without `max_age` it ends with the
    /// browser session.
    pub fn set_cookie(name: &str, value: &str, max_age: Option<u32>) {
        let Some(response) = use_context::<ResponseOptions>() else {
            return;
        };
        let secure = use_context::<CookiePolicy>().is_some_and(|policy| policy.secure);
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
