use leptos::prelude::*;

/// A data table with its caption, in a box that scrolls sideways when the
/// table is wider than a phone (WCAG allows tables to keep their columns).
/// The box is a named, focusable region so keyboard users can scroll it too.
#[component]
pub fn DataTable(
    #[prop(into)] id: String,
    caption: String,
    #[prop(optional)] caption_hidden: bool,
    children: Children,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class="data-table" id=id>
                <caption id=caption_id class:visually-hidden=caption_hidden>{caption}</caption>
                {children()}
            </table>
        </div>
    }
}
