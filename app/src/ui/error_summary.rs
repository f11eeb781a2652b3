use leptos::{html, prelude::*};

/// One problem in an error summary: the text, and the id of the field to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryItem {
    /// The `id` of the field the link moves focus to; `None` for a problem that
    /// is not about one field.
    pub target: Option<String>,
    /// The localized explanation, the same as the field's own message.
    pub message: String,
}

/// The error-summary pattern: a focusable box at the top of a form that lists
/// every problem and links to each field. `node_ref` lets a form move focus here
/// after a failed submission.
#[component]
pub fn ErrorSummary(
    /// Localized heading, e.g. "There is a problem".
    title: String,
    /// The problems, in form order.
    items: Vec<SummaryItem>,
    /// The element id, also the URL fragment a plain form post returns to.
    id: String,
    #[prop(optional)] node_ref: NodeRef<html::Div>,
) -> impl IntoView {
    let heading_id = format!("{id}-title");
    view! {
        <div class="error-summary" id=id tabindex="-1" aria-labelledby=heading_id.clone() node_ref=node_ref>
            <h2 id=heading_id.clone() class="error-summary__title">{title}</h2>
            <ul class="error-summary__list">
                {items
                    .into_iter()
                    .map(|item| {
                        let content = match item.target {
                            Some(target) => {
                                view! { <a href=format!("#{target}")>{item.message}</a> }.into_any()
                            }
                            None => item.message.into_any(),
                        };
                        view! { <li>{content}</li> }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
