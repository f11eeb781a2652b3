use leptos::prelude::*;

/// A link back to the page a sub-page belongs to, above its heading.
#[component]
pub fn BackLink(#[prop(into)] href: String, label: String) -> impl IntoView {
    view! { <p class="back-link"><a href=href>{label}</a></p> }
}
