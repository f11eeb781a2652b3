use leptos::{html, prelude::*};
use serde::{Deserialize, Serialize};

use super::{
    SubmitFeedback,
    feedback_fields::{CommentField, HelpfulFieldset},
    types::{FIELD_COMMENT, FIELD_HELPFUL, FORM, FeedbackTexts, FeedbackValues},
};
use crate::{
    error::{AppError, FieldError},
    forms::FormFlash,
    ui::{ErrorSummary, SummaryItem},
};

/// What the form shows: the typed values, their problems, or the thank-you.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackFormState {
    values: FeedbackValues,
    errors: Vec<FieldError>,
    problem: Option<String>,
    done: bool,
}

impl From<FormFlash> for FeedbackFormState {
    fn from(flash: FormFlash) -> Self {
        let values = FeedbackValues {
            helpful: flash.value(FIELD_HELPFUL),
            comment: flash.value(FIELD_COMMENT),
        };
        Self {
            values,
            errors: flash.errors,
            problem: flash.problem,
            done: flash.done,
        }
    }
}

impl FeedbackFormState {
    /// The state after a WASM submission; the typed values stay in the form itself.
    fn after(result: Result<(), AppError>) -> Self {
        match result {
            Ok(()) => Self {
                done: true,
                ..Self::default()
            },
            Err(error) => Self {
                values: FeedbackValues::default(),
                errors: error.field_errors().to_vec(),
                problem: error
                    .field_errors()
                    .is_empty()
                    .then(|| error.message_key().to_owned()),
                done: false,
            },
        }
    }

    pub(super) fn error_key(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.key.clone())
    }
}

/// The feedback form. A plain HTML form that posts to the server function; with
/// WASM it submits in place, keeps focus sensible and announces the outcome.
#[island]
pub fn FeedbackForm(
    page: String,
    texts: FeedbackTexts,
    initial: FeedbackFormState,
) -> impl IntoView {
    let action = ServerAction::<SubmitFeedback>::new();
    let page = StoredValue::new(page);
    let values = StoredValue::new(initial.values.clone());
    let state = Memo::new(move |_| match action.value().get() {
        None => initial.clone(),
        Some(result) => FeedbackFormState::after(result),
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
                <HelpfulFieldset state texts checked=values.with_value(|v| v.helpful.clone())/>
                <CommentField state texts comment=values.with_value(|v| v.comment.clone())/>
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
    state: Memo<FeedbackFormState>,
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
