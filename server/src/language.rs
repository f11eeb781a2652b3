//! Which language a request is served in, and the switcher that changes it.

use app::{
    context::CookiePolicy,
    cookies::cookie_value,
    forms::local_return_path,
    i18n::{LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, Locale, locale_from_query, negotiate_locale},
};
use axum::{
    extract::{Path, Query, Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, header},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

/// Negotiates the locale, hands it to the app as a request extension, and
/// labels the response with it. A `?lang=` in the address is a choice too:
/// it is remembered, so the pages a form post leads to stay in that language.
pub async fn negotiate(
    State(policy): State<CookiePolicy>,
    mut request: Request,
    next: Next,
) -> Response {
    let headers = request.headers();
    let header_str = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    let locale = negotiate_locale(
        request.uri().query(),
        header_str(header::COOKIE),
        header_str(header::ACCEPT_LANGUAGE),
    );
    // Only a page the person opens counts, not the service worker fetching
    // the offline page in every language.
    let is_navigation =
        header_str(HeaderName::from_static("sec-fetch-mode")).is_none_or(|mode| mode == "navigate");
    let chosen_in_url = request
        .uri()
        .query()
        .filter(|_| is_navigation)
        .and_then(locale_from_query)
        .filter(|chosen| {
            let cookie = header_str(header::COOKIE).unwrap_or_default();
            cookie_value(cookie, LANGUAGE_COOKIE) != Some(chosen.code())
        });
    request.extensions_mut().insert(locale);
    let mut response = next.run(request).await;
    if let Some(cookie) = chosen_in_url.and_then(|chosen| language_cookie(chosen, policy)) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(locale.code()),
    );
    headers.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

#[derive(Deserialize)]
pub struct ReturnTo {
    next: Option<String>,
}

/// `GET /language/{code}?next=/path`: remembers the choice and goes back.
pub async fn choose_language(
    State(policy): State<CookiePolicy>,
    Path(code): Path<String>,
    Query(query): Query<ReturnTo>,
) -> impl IntoResponse {
    let back = query
        .next
        .as_deref()
        .and_then(local_return_path)
        .unwrap_or("/")
        .to_owned();
    let mut headers = HeaderMap::new();
    if let Some(cookie) = Locale::from_tag(&code).and_then(|locale| language_cookie(locale, policy))
    {
        headers.insert(header::SET_COOKIE, cookie);
    }
    (headers, Redirect::to(&back))
}

fn language_cookie(locale: Locale, policy: CookiePolicy) -> Option<HeaderValue> {
    let secure = if policy.secure { "; Secure" } else { "" };
    let cookie = format!(
        "{LANGUAGE_COOKIE}={}; Max-Age={LANGUAGE_COOKIE_MAX_AGE}; Path=/; HttpOnly; SameSite=Lax{secure}",
        locale.code()
    );
    HeaderValue::from_str(&cookie).ok()
}
