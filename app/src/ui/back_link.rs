use leptos::prelude::*;

/// A link back to the page a sub-page belongs to, above its heading.
#[component]
pub fn BackLink(#[prop(into)] href: String, label: String) -> impl IntoView {
    view! { <p class="back-link"><a href=href>{label}</a></p> }
}

/// A heading at `level` (2 to 4), for parts shown both as a page of their
/// own and inside a bigger page.
#[component]
pub fn Heading(level: u8, children: Children) -> impl IntoView {
    match level {
        2 => view! { <h2>{children()}</h2> }.into_any(),
        3 => view! { <h3>{children()}</h3> }.into_any(),
        _ => view! { <h4>{children()}</h4> }.into_any(),
    }
}
