//! Server-rendered form pieces for forms that need no island: the state a
//! plain form post left behind, the error summary, and labelled fields with
//! hints and errors wired up for screen readers.

use leptos::prelude::*;

use super::{ErrorSummary, FieldMessage, SummaryItem};
use crate::{
    forms::{FormOutcome, take_flash},
    i18n::t,
};

/// A form on the page and what its last plain post left behind.
#[derive(Clone, Debug, Default)]
pub struct FormState {
    /// The form's name: the prefix of its element ids and the key of its flash.
    pub form: &'static str,
    /// Values, errors and success of the last post.
    pub outcome: FormOutcome,
}

impl FormState {
    /// The state of `form`, taking its flash from the request.
    pub fn take(form: &'static str) -> Self {
        Self {
            form,
            outcome: take_flash(form).unwrap_or_default(),
        }
    }

    /// The element id of `field`; the error summary links to it.
    pub fn field_id(&self, field: &str) -> String {
        format!("{}-{field}", self.form)
    }

    /// What was typed into `field` before the post.
    pub fn value(&self, field: &str) -> String {
        self.outcome.value(field)
    }

    /// What was typed into `field` before a refused post, even nothing;
    /// `None` when there was no such post.
    pub fn posted(&self, field: &str) -> Option<String> {
        self.outcome.posted(field).map(str::to_owned)
    }

    /// (element id, message) of `field`'s problem, if it has one.
    pub fn problem(&self, field: &str) -> Option<(String, String)> {
        self.outcome
            .field_error(field)
            .map(|key| (format!("{}-error", self.field_id(field)), t(key)))
    }

    /// Whether the last post succeeded.
    pub fn done(&self) -> bool {
        self.outcome.done
    }
}

/// The note that a form's last post succeeded, where a plain post lands
/// (`#form`): focusable, so the browser brings the reader to it.
pub fn done_notice(state: &FormState, message_key: &str) -> Option<impl IntoView + use<>> {
    let id = state.form;
    state
        .done()
        .then(|| view! { <p class="notice" id=id tabindex="-1">{t(message_key)}</p> })
}

/// The error summary of a form, when its last post failed.
#[component]
pub fn FormSummary(state: FormState) -> impl IntoView {
    let outcome = &state.outcome;
    let fields = outcome.errors.iter().map(|e| SummaryItem {
        target: Some(state.field_id(&e.field)),
        message: t(&e.key),
    });
    let problem = outcome.problem.iter().map(|key| SummaryItem {
        target: None,
        message: t(key),
    });
    let items: Vec<_> = fields.chain(problem).collect();
    (!items.is_empty()).then(|| {
        view! {
            <ErrorSummary
                title=t("form-error-summary-title")
                items
                id=format!("{}-error-summary", state.form)
            />
        }
    })
}

fn described_by(hint: Option<&str>, error: Option<&str>) -> Option<String> {
    let ids: Vec<&str> = hint.into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled `<input>` with an optional hint and its error message. Passwords
/// are never filled back in.
#[component]
pub fn TextField(
    state: FormState,
    name: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] value: Option<String>,
    #[prop(optional)] required: bool,
    /// For a file: the types to offer.
    #[prop(optional)]
    accept: Option<&'static str>,
) -> impl IntoView {
    let id = state.field_id(name);
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let problem = state.problem(name);
    let value = match kind {
        // A password is never sent back; a file cannot be.
        "password" | "file" => String::new(),
        _ => value.unwrap_or_else(|| state.value(name)),
    };
    let describedby = described_by(
        hint_id.as_deref(),
        problem.as_ref().map(|(error_id, _)| error_id.as_str()),
    );
    view! {
        <div class="field" class:field--invalid=problem.is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {problem.clone().map(|(id, message)| view! { <FieldMessage id prefix=t("form-error-prefix") message/> })}
            <input
                id=id
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                dir=text_direction(kind)
                required=required
                accept=accept
                aria-describedby=describedby
                aria-invalid=problem.is_some().then_some("true")
            />
        </div>
    }
}

/// The direction of what is typed into an input of `kind`: free text takes
/// the direction of its own first letters, so an Arabic name in a Finnish
/// form reads right to left; addresses and numbers stay left to right.
fn text_direction(kind: &str) -> Option<&'static str> {
    match kind {
        "text" | "search" => Some("auto"),
        "email" | "tel" | "url" => Some("ltr"),
        _ => None,
    }
}

/// A labelled `<textarea>` with an optional hint and its error message.
#[component]
pub fn TextAreaField(
    state: FormState,
    name: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] value: Option<String>,
    #[prop(default = 4)] rows: u8,
    /// The value's language when it is not the page's (a text written for
    /// someone else), for screen readers and the spelling checker.
    #[prop(default = None)]
    lang: Option<String>,
) -> impl IntoView {
    let id = state.field_id(name);
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let problem = state.problem(name);
    let value = value.unwrap_or_else(|| state.value(name));
    let describedby = described_by(
        hint_id.as_deref(),
        problem.as_ref().map(|(error_id, _)| error_id.as_str()),
    );
    view! {
        <div class="field" class:field--invalid=problem.is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {problem.clone().map(|(id, message)| view! { <FieldMessage id prefix=t("form-error-prefix") message/> })}
            <textarea id=id name=name rows=rows dir="auto" lang=lang aria-describedby=describedby
                aria-invalid=problem.is_some().then_some("true")>{value}</textarea>
        </div>
    }
}

/// One radio button of a [`RadioField`].
#[derive(Clone, Debug)]
pub struct Choice {
    /// The submitted value.
    pub value: String,
    /// The visible, localized label.
    pub label: String,
    /// The label's own language when it differs from the page's (e.g. "Svenska"
    /// on a Finnish page), so screen readers pronounce it right.
    pub lang: Option<&'static str>,
}

impl Choice {
    /// One choice per code of a vocabulary, each labelled by the Fluent
    /// message `<prefix>-<code>`.
    pub fn named(prefix: &str, codes: &[&str]) -> Vec<Choice> {
        codes
            .iter()
            .map(|code| Choice::new(*code, t(&format!("{prefix}-{code}"))))
            .collect()
    }

    /// A choice labelled in the page's language.
    pub fn new(value: impl Into<String>, label: String) -> Self {
        Self {
            value: value.into(),
            label,
            lang: None,
        }
    }
}

/// Choices of a [`SelectField`] under one label.
#[derive(Clone, Debug)]
pub struct ChoiceGroup {
    pub label: String,
    pub choices: Vec<Choice>,
}

/// A group of radio buttons in a fieldset. The first radio carries the field's
/// id, so the error summary's link lands on the group. On a page that asks
/// only this question, the legend is the page's heading.
#[component]
pub fn RadioField(
    state: FormState,
    name: &'static str,
    legend: String,
    #[prop(optional)] legend_is_heading: bool,
    /// Where the question stands (e.g. "Question 3 of 21"), read out with the
    /// heading; only with `legend_is_heading`.
    #[prop(optional)]
    caption: Option<String>,
    #[prop(optional)] hint: Option<String>,
    options: Vec<Choice>,
    #[prop(optional)] checked: Option<String>,
) -> impl IntoView {
    let id = state.field_id(name);
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let problem = state.problem(name);
    let checked = checked.unwrap_or_else(|| state.value(name));
    let describedby = described_by(
        hint_id.as_deref(),
        problem.as_ref().map(|(error_id, _)| error_id.as_str()),
    );
    let invalid = problem.is_some();
    let choices = options
        .into_iter()
        .enumerate()
        .map(|(n, choice)| {
            let value = choice.value;
            let choice_id = if n == 0 { id.clone() } else { format!("{id}-{value}") };
            let is_checked = checked == value;
            view! {
                <div class="choice">
                    <input type="radio" id=choice_id.clone() name=name value=value checked=is_checked/>
                    <label for=choice_id lang=choice.lang>{choice.label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:field--invalid=invalid aria-describedby=describedby>
            <legend>
                {if legend_is_heading {
                    view! {
                        <h1 class="field__legend-heading">
                            {caption.map(|c| view! { <span class="caption">{c}</span> })}
                            {legend}
                        </h1>
                    }
                    .into_any()
                } else {
                    legend.into_any()
                }}
            </legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {problem.map(|(id, message)| view! { <FieldMessage id prefix=t("form-error-prefix") message/> })}
            <div class="choices">{choices}</div>
        </fieldset>
    }
}

/// A labelled `<select>`; `any` names an empty first option meaning "no
/// choice" (e.g. "Any sector" in a filter).
#[component]
pub fn SelectField(
    state: FormState,
    name: &'static str,
    label: String,
    #[prop(default = None, into)] hint: Option<String>,
    options: Vec<Choice>,
    #[prop(optional)] any: Option<String>,
    #[prop(optional)] selected: Option<String>,
    /// Choices under a label each (`<optgroup>`), after `options`.
    #[prop(optional)]
    groups: Vec<ChoiceGroup>,
) -> impl IntoView {
    let id = state.field_id(name);
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let problem = state.problem(name);
    let selected = selected.unwrap_or_else(|| state.value(name));
    let describedby = described_by(
        hint_id.as_deref(),
        problem.as_ref().map(|(error_id, _)| error_id.as_str()),
    );
    let option_views = |choices: Vec<Choice>| {
        choices
            .into_iter()
            .map(|choice| {
                let is_selected = choice.value == selected;
                view! { <option value=choice.value selected=is_selected>{choice.label}</option> }
            })
            .collect_view()
    };
    let options = option_views(options);
    let groups = groups
        .into_iter()
        .map(|group| view! { <optgroup label=group.label>{option_views(group.choices)}</optgroup> })
        .collect_view();
    view! {
        <div class="field" class:field--invalid=problem.is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {problem.clone().map(|(id, message)| view! { <FieldMessage id prefix=t("form-error-prefix") message/> })}
            <select id=id name=name aria-describedby=describedby aria-invalid=problem.is_some().then_some("true")>
                {any.map(|label| view! { <option value="">{label}</option> })}
                {options}
                {groups}
            </select>
        </div>
    }
}

/// A single checkbox, e.g. to confirm something. It sends `yes` when ticked.
#[component]
pub fn CheckboxField(
    state: FormState,
    name: &'static str,
    label: String,
    #[prop(optional)] checked: bool,
) -> impl IntoView {
    let id = state.field_id(name);
    let problem = state.problem(name);
    let checked = checked || state.value(name) == "yes";
    let describedby = problem.as_ref().map(|(error_id, _)| error_id.clone());
    view! {
        <div class="field" class:field--invalid=problem.is_some()>
            {problem.clone().map(|(id, message)| view! { <FieldMessage id prefix=t("form-error-prefix") message/> })}
            <div class="choice">
                <input type="checkbox" id=id.clone() name=name value="yes" checked=checked
                    aria-describedby=describedby aria-invalid=problem.is_some().then_some("true")/>
                <label for=id>{label}</label>
            </div>
        </div>
    }
}

/// A group of checkboxes in a fieldset, each sent as `name[value]=yes` so
/// the server reads the ticked ones as a map. The first box carries the
/// group's id, so the error summary's link lands on the group.
#[component]
pub fn CheckboxGroup(
    state: FormState,
    name: &'static str,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    options: Vec<Choice>,
    /// The values ticked now.
    checked: Vec<String>,
) -> impl IntoView {
    let id = state.field_id(name);
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let problem = state.problem(name);
    let describedby = described_by(
        hint_id.as_deref(),
        problem.as_ref().map(|(error_id, _)| error_id.as_str()),
    );
    let invalid = problem.is_some();
    let boxes = options
        .into_iter()
        .enumerate()
        .map(|(n, choice)| {
            let box_id = if n == 0 { id.clone() } else { format!("{id}-{}", choice.value) };
            let is_checked = checked.contains(&choice.value);
            view! {
                <div class="choice">
                    <input type="checkbox" id=box_id.clone() name=format!("{name}[{}]", choice.value)
                        value="yes" checked=is_checked/>
                    <label for=box_id lang=choice.lang>{choice.label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:field--invalid=invalid aria-describedby=describedby>
            <legend>{legend}</legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {problem.map(|(id, message)| view! { <FieldMessage id prefix=t("form-error-prefix") message/> })}
            <div class="choices">{boxes}</div>
        </fieldset>
    }
}

/// A form that posts as plain HTML to a server function's URL; the browser's
/// own validation is off so every problem is explained the same way.
#[component]
pub fn PostForm(
    action: &'static str,
    /// For a form with a file.
    #[prop(optional)]
    multipart: bool,
    children: Children,
) -> impl IntoView {
    let enctype = multipart.then_some("multipart/form-data");
    view! {
        <form method="post" action=action enctype=enctype novalidate="" class="form">
            {children()}
        </form>
    }
}
