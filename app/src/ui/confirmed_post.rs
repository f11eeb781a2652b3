//! A button that asks "are you sure?" before it posts.

use leptos::prelude::*;

use super::PostForm;

/// A button that opens an "are you sure?" step, whose own button posts
/// `value` as `field` to `action`. Taking something away is confirmed first
/// (WCAG 3.3.4), and works without JavaScript: `<details>` opens by itself.
#[component]
pub fn ConfirmedPost(
    action: &'static str,
    field: &'static str,
    value: String,
    /// The first button: "Remove Finnish".
    open: String,
    /// What happens, asked: "Remove Finnish from your profile?".
    question: String,
    /// The button that does it: "Yes, remove Finnish".
    confirm: String,
    /// One more field the post needs, such as whose item it is.
    #[prop(optional)]
    extra: Option<(&'static str, String)>,
) -> impl IntoView {
    view! {
        <details class="confirm">
            <summary class="button button--secondary">{open}</summary>
            <p>{question}</p>
            <PostForm action>
                <input type="hidden" name=field value=value/>
                {extra.map(|(name, value)| view! { <input type="hidden" name=name value=value/> })}
                <button type="submit" class="button button--warning">{confirm}</button>
            </PostForm>
        </details>
    }
}
