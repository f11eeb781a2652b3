//! The fields of a long staff form (an event, a job), each made in one line
//! with the value to show: as saved, or as typed before a failed save.

use leptos::prelude::*;

use super::{Choice, FormState, SelectField, TextAreaField, TextField};
use crate::i18n::t;

/// A long form's state and the values its fields show.
#[derive(Clone)]
pub struct TypedFields {
    pub state: FormState,
    pub values: Vec<(String, String)>,
}

impl TypedFields {
    pub fn value(&self, field: &str) -> String {
        self.values
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// The codes of a checklist (`group[code]` = `yes`) that are ticked.
    pub fn ticked(
        &self,
        group: &str,
        codes: impl IntoIterator<Item = impl AsRef<str>>,
    ) -> Vec<String> {
        codes
            .into_iter()
            .map(|code| code.as_ref().to_owned())
            .filter(|code| self.value(&format!("{group}[{code}]")) == "yes")
            .collect()
    }

    /// A text field labelled by message `label`.
    pub fn text(&self, name: &'static str, label: &str) -> impl IntoView + use<> {
        view! { <TextField state=self.state.clone() name label=t(label) value=self.value(name)/> }
    }

    /// An input of `kind` with a hint, both labelled by messages.
    pub fn hinted(
        &self,
        name: &'static str,
        label: &str,
        hint: &str,
        kind: &'static str,
    ) -> impl IntoView + use<> {
        view! { <TextField state=self.state.clone() name label=t(label) hint=t(hint) kind value=self.value(name)/> }
    }

    /// A text area of `rows` lines.
    pub fn area(&self, name: &'static str, label: &str, rows: u8) -> impl IntoView + use<> {
        view! { <TextAreaField state=self.state.clone() name label=t(label) value=self.value(name) rows/> }
    }

    /// A select of `options`, with a first empty option labelled by message
    /// `any` when the field may be left unchosen.
    pub fn select(
        &self,
        name: &'static str,
        label: &str,
        options: Vec<Choice>,
        any: Option<&str>,
    ) -> impl IntoView + use<> {
        let (state, label, selected) = (self.state.clone(), t(label), self.value(name));
        match any {
            Some(any) => {
                view! { <SelectField state name label options any=t(any) selected/> }.into_any()
            }
            None => view! { <SelectField state name label options selected/> }.into_any(),
        }
    }
}
