use leptos::prelude::*;

use super::types::{FIELD_COMMENT, FIELD_HELPFUL, FORM, FeedbackTexts};
use crate::{forms::FormOutcome, ui::FieldMessage};

/// The field's problem as (element id, message), when it has one.
fn field_problem(
    state: Memo<FormOutcome>,
    texts: StoredValue<FeedbackTexts>,
    field: &'static str,
) -> Signal<Option<(String, String)>> {
    Signal::derive(move || {
        state
            .with(|s| s.field_error(field).map(str::to_owned))
            .map(|key| {
                (
                    format!("{FORM}-{field}-error"),
                    texts.with_value(|t| t.message(&key)),
                )
            })
    })
}

fn message_view(
    problem: Signal<Option<(String, String)>>,
    texts: StoredValue<FeedbackTexts>,
) -> impl IntoView {
    move || {
        problem.get().map(|(id, message)| {
            view! { <FieldMessage id prefix=texts.with_value(|t| t.error_prefix.clone()) message/> }
        })
    }
}

/// Yes / no radios in a fieldset whose legend is the question itself.
#[component]
pub(super) fn HelpfulFieldset(
    state: Memo<FormOutcome>,
    texts: StoredValue<FeedbackTexts>,
    checked: String,
) -> impl IntoView {
    let problem = field_problem(state, texts, FIELD_HELPFUL);
    let choice = move |value: &'static str, label: String| {
        let id = format!("{FORM}-{FIELD_HELPFUL}-{value}");
        view! {
            <div class="choice">
                <input type="radio" id=id.clone() name=FIELD_HELPFUL value=value checked=checked == value/>
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <fieldset
            class="field"
            class:field--invalid=move || problem.with(Option::is_some)
            aria-describedby=move || problem.get().map(|(id, _)| id)
        >
            <legend>
                <h2 id="feedback-question" class="field__legend-heading">{texts.with_value(|t| t.question.clone())}</h2>
            </legend>
            {message_view(problem, texts)}
            <div class="choices choices--inline">
                {choice("yes", texts.with_value(|t| t.yes.clone()))}
                {choice("no", texts.with_value(|t| t.no.clone()))}
            </div>
        </fieldset>
    }
}

/// The optional free-text comment, with a hint not to share personal details.
#[component]
pub(super) fn CommentField(
    state: Memo<FormOutcome>,
    texts: StoredValue<FeedbackTexts>,
    comment: String,
) -> impl IntoView {
    let problem = field_problem(state, texts, FIELD_COMMENT);
    let id = format!("{FORM}-{FIELD_COMMENT}");
    let hint_id = format!("{id}-hint");
    let described_by = {
        let hint_id = hint_id.clone();
        move || match problem.get() {
            Some((error_id, _)) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    view! {
        <div class="field" class:field--invalid=move || problem.with(Option::is_some)>
            <label for=id.clone()>{texts.with_value(|t| t.comment_label.clone())}</label>
            <p class="hint" id=hint_id>{texts.with_value(|t| t.comment_hint.clone())}</p>
            {message_view(problem, texts)}
            <textarea
                id=id
                name=FIELD_COMMENT
                rows="4"
                aria-describedby=described_by
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
            >
                {comment}
            </textarea>
        </div>
    }
}
