use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The current page as a same-site path with its query, for forms to return to.
pub fn current_page() -> String {
    let location = use_location();
    with_query(
        &location.pathname.get_untracked(),
        &location.search.get_untracked(),
        |_| true,
    )
}

/// The current page without its `lang` parameter, which would otherwise
/// override the language the person just chose.
pub fn current_page_without_lang() -> String {
    let location = use_location();
    with_query(
        &location.pathname.get_untracked(),
        &location.search.get_untracked(),
        |pair| pair.split('=').next() != Some("lang"),
    )
}

/// A numeric part of the page's address (e.g. `:jobseeker`); 0, which no row
/// has, when it is not a number, so the page answers "not found".
pub fn id_param(name: &str) -> i64 {
    leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get(name).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

fn with_query(path: &str, search: &str, keep: impl Fn(&str) -> bool) -> String {
    let query: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && keep(p))
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::with_query;

    #[test]
    fn queries_are_kept_or_filtered() {
        let not_lang = |p: &str| !p.starts_with("lang=");
        let cases = [
            ("/", "", "/"),
            ("/", "?lang=sv", "/"),
            ("/events", "lang=sv&page=2", "/events?page=2"),
            ("/events", "?page=2&lang=fi&q=a", "/events?page=2&q=a"),
        ];
        for (path, search, expected) in cases {
            assert_eq!(
                with_query(path, search, not_lang),
                expected,
                "{path} {search}"
            );
        }
        assert_eq!(with_query("/", "lang=sv", |_| true), "/?lang=sv");
    }
}
