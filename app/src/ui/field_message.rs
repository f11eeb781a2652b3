use leptos::prelude::*;

/// The message next to an invalid field, referenced by the field's
/// `aria-describedby`. The prefix ("Error:") is for screen readers, as colour
/// alone must not carry the meaning.
#[component]
pub fn FieldMessage(
    /// Element id, referenced by the field.
    id: String,
    /// Visually hidden prefix, e.g. "Error:".
    prefix: String,
    /// The localized problem.
    message: String,
) -> impl IntoView {
    view! {
        <p class="field-error" id=id>
            <span class="visually-hidden">{prefix}" "</span>
            {message}
        </p>
    }
}
