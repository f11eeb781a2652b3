use leptos::{html, prelude::*};

use super::{
    SubmitFeedback,
    feedback_fields::{CommentField, HelpfulFieldset},
    types::{FIELD_COMMENT, FIELD_HELPFUL, FORM, FeedbackTexts},
};
use crate::{
    forms::FormOutcome,
    ui::{ErrorSummary, SummaryItem},
};

/// The feedback form. A plain HTML form that posts to the server function; with
/// WASM it submits in place, keeps focus sensible and announces the outcome.
#[island]
pub fn FeedbackForm(page: String, texts: FeedbackTexts, initial: FormOutcome) -> impl IntoView {
    let action = ServerAction::<SubmitFeedback>::new();
    let page = StoredValue::new(page);
    let typed = StoredValue::new(initial.clone());
    let state = Memo::new(move |_| match action.value().get() {
        None => initial.clone(),
        // After a WASM submission the typed values are still in the form itself.
        Some(result) => FormOutcome::from_result(FORM, Vec::new(), &result),
    });
    let summary = NodeRef::<html::Div>::new();
    let thanks = NodeRef::<html::P>::new();
    Effect::new(move |_| {
        if action.value().with(|v| v.is_some()) {
            request_animation_frame(move || {
                let _ = summary
                    .get()
                    .map(|el| el.focus())
                    .or_else(|| thanks.get().map(|el| el.focus()));
            });
        }
    });
    // Set once WASM runs, so styles and tests can tell an enhanced form from a plain one.
    let enhanced = RwSignal::new(false);
    Effect::new(move |_| enhanced.set(true));
    let texts = StoredValue::new(texts);
    // After the answer the question stays as the heading that names the section.
    let answered = move || {
        view! {
            <h2 id="feedback-question">{texts.with_value(|t| t.question.clone())}</h2>
            <p class="notice" role="status" tabindex="-1" node_ref=thanks>
                {texts.with_value(|t| t.thanks.clone())}
            </p>
        }
    };
    view! {
        <Show when=move || !state.with(|s| s.done) fallback=answered>
            <ActionForm
                action
                attr:novalidate=""
                attr:class="form"
                attr:data-enhanced=move || enhanced.get().then_some("true")
            >
                <Summary state texts summary/>
                <input type="hidden" name="page" value=page.get_value()/>
                <HelpfulFieldset state texts checked=typed.with_value(|t| t.value(FIELD_HELPFUL))/>
                <CommentField state texts comment=typed.with_value(|t| t.value(FIELD_COMMENT))/>
                <button type="submit" class="button">{texts.with_value(|t| t.submit.clone())}</button>
                <p class="form-status" aria-live="polite">
                    {move || action.pending().get().then(|| texts.with_value(|t| t.sending.clone()))}
                </p>
            </ActionForm>
        </Show>
    }
}

#[component]
fn Summary(
    state: Memo<FormOutcome>,
    texts: StoredValue<FeedbackTexts>,
    summary: NodeRef<html::Div>,
) -> impl IntoView {
    let items = move || {
        state.with(|s| {
            let fields = s.errors.iter().map(|e| SummaryItem {
                target: Some(field_target(&e.field)),
                message: texts.with_value(|t| t.message(&e.key)),
            });
            let problem = s.problem.iter().map(|key| SummaryItem {
                target: None,
                message: texts.with_value(|t| t.message(key)),
            });
            fields.chain(problem).collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !items().is_empty()>
            <ErrorSummary
                title=texts.with_value(|t| t.error_summary_title.clone())
                items=items()
                id=format!("{FORM}-error-summary")
                node_ref=summary
            />
        </Show>
    }
}

/// The id a summary link for `field` points at (the first radio of a group).
fn field_target(field: &str) -> String {
    if field == FIELD_HELPFUL {
        format!("{FORM}-{field}-yes")
    } else {
        format!("{FORM}-{field}")
    }
}
