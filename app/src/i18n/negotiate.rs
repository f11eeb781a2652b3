use super::Locale;

/// The cookie the language switcher sets.
pub const LANGUAGE_COOKIE: &str = "askel_lang";
/// One year: the choice should outlive a browser restart, not follow a stranger
/// on a shared computer forever.
pub const LANGUAGE_COOKIE_MAX_AGE: u32 = 365 * 24 * 60 * 60;

/// Picks the locale for a request: an explicit `?lang=` in the URL first, then the
/// language the person chose earlier (cookie), then the browser's preference
/// (`Accept-Language`, by quality, by primary language only: a browser set
/// to Finnish gets standard Finnish, Easy Finnish only when chosen), then
/// Finnish.
pub fn negotiate_locale(
    query: Option<&str>,
    cookie_header: Option<&str>,
    accept_language: Option<&str>,
) -> Locale {
    query
        .and_then(locale_from_query)
        .or_else(|| cookie_header.and_then(locale_from_cookies))
        .or_else(|| accept_language.and_then(locale_from_accept_language))
        .unwrap_or_default()
}

/// The locale named by `?lang=` in a query string.
pub fn locale_from_query(query: &str) -> Option<Locale> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .and_then(|(_, value)| Locale::from_tag(value))
}

fn locale_from_cookies(header: &str) -> Option<Locale> {
    crate::cookies::cookie_value(header, LANGUAGE_COOKIE).and_then(Locale::from_tag)
}

fn locale_from_accept_language(header: &str) -> Option<Locale> {
    let mut ranked: Vec<(f32, Locale)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let locale = Locale::from_primary_language(parts.next()?.trim())?;
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (quality > 0.0).then_some((quality, locale))
        })
        .collect();
    // A stable sort keeps the header's order among equal qualities.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked.first().map(|(_, locale)| *locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_url_cookie_header_default() {
        let cases = [
            (
                Some("lang=sv"),
                Some("askel_lang=en"),
                Some("en"),
                Locale::Sv,
            ),
            (Some("x=1&lang=en"), None, None, Locale::En),
            (Some("lang=xx"), Some("askel_lang=sv"), None, Locale::Sv),
            (None, Some("a=b; askel_lang=en"), Some("sv"), Locale::En),
            (
                None,
                Some("askel_lang=zz"),
                Some("sv-FI,fi;q=0.5"),
                Locale::Sv,
            ),
            (None, None, Some("de,en;q=0.8,sv;q=0.9"), Locale::Sv),
            (None, None, Some("en;q=0,sv;q=0.1"), Locale::Sv),
            (None, None, Some("de, fr"), Locale::Fi),
            (None, None, Some("en;q=abc"), Locale::Fi),
            (Some("lang=fi-selko"), None, Some("fi"), Locale::Selko),
            (None, Some("askel_lang=fi-selko"), Some("en"), Locale::Selko),
            (None, None, Some("fi-selko"), Locale::Fi),
            (None, None, Some("de,ar-SY;q=0.9,en;q=0.5"), Locale::Ar),
            (None, None, Some("uk-UA,ru;q=0.9"), Locale::Uk),
            (None, None, Some("so,fi;q=0.2"), Locale::So),
            (None, None, Some("et-EE"), Locale::Et),
            (None, None, None, Locale::Fi),
        ];
        for (query, cookie, accept, expected) in cases {
            assert_eq!(
                negotiate_locale(query, cookie, accept),
                expected,
                "query {query:?} cookie {cookie:?} accept {accept:?}"
            );
        }
    }
}
