//! A module as its pages and the player see it: localized text with its
//! Markdown already rendered to HTML on the server, and a person's answers.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

/// One module in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleText {
    pub title: String,
    pub summary: String,
    pub steps: Vec<Step>,
}

/// One page of a module.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Stable id: answers are stored against it.
    pub id: String,
    pub title: String,
    /// Introductory HTML, rendered from the content's Markdown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    pub content: StepContent,
    /// The ids of the words of the glossary linked in this step's texts
    /// (set as the step is served, see [`ModuleWithAnswers::words`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
}

/// What a step asks of the reader.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum StepContent {
    /// Read and continue.
    Text,
    /// Watch (with captions) or read the transcript.
    Video {
        video: String,
        captions: String,
        /// HTML.
        transcript: String,
    },
    /// Answer, then see feedback.
    Question {
        answer: AnswerType,
        question: String,
        #[serde(default)]
        options: Vec<Choice>,
        /// HTML shown after answering.
        feedback: String,
    },
    /// Tick what you have done.
    Checklist { items: Vec<Item> },
    /// Write for yourself, share with the coach if you like.
    Reflection { prompt: String },
}

impl StepContent {
    /// The name stored in `module_step.kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            StepContent::Text => "text",
            StepContent::Video { .. } => "video",
            StepContent::Question { .. } => "question",
            StepContent::Checklist { .. } => "checklist",
            StepContent::Reflection { .. } => "reflection",
        }
    }
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnswerType {
    Single,
    Multiple,
    Text,
}

/// An option of a choice question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    /// Shown after answering when this option was chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
}

/// A line of a checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub text: String,
}

/// A person's answer to a step. A text or video step is answered empty: it
/// only says the step is done.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// Chosen options, or ticked checklist items.
    pub choices: Vec<String>,
    /// A free-text answer or reflection.
    pub text: String,
    /// A reflection the person shares with their coach.
    pub shared: bool,
}

impl Answer {
    /// Nothing chosen and nothing written (a step read, or left blank).
    pub fn is_empty(&self) -> bool {
        self.choices.is_empty() && self.text.trim().is_empty()
    }
}

/// The longest free-text answer or reflection, in characters.
pub const MAX_ANSWER_CHARS: usize = 4000;

/// Where a person is with a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    NotStarted,
    InProgress { done: u32, steps: u32 },
    Completed,
}

impl Status {
    /// The status of a module of `steps` steps with `done` of them done.
    pub fn of(done: u32, steps: u32) -> Self {
        match done {
            0 => Status::NotStarted,
            d if d >= steps => Status::Completed,
            d => Status::InProgress { done: d, steps },
        }
    }
}

/// A card in the module list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleCard {
    pub module_id: String,
    pub title: String,
    pub summary: String,
    pub minutes: i32,
    pub steps: u32,
    pub status: Status,
    /// The language of the text, when the reader's has no version of it.
    pub fallback: Option<Locale>,
    pub assigned: bool,
    /// The due date as the reader writes dates, e.g. 1.12.2026.
    pub due_on: Option<String>,
}

/// A module with the signed-in jobseeker's answers to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleWithAnswers {
    pub module_id: String,
    pub text: ModuleText,
    /// The language it is shown in, when the reader's has no version of it.
    pub fallback: Option<Locale>,
    pub answers: HashMap<String, Answer>,
    /// Every word of the glossary linked in the steps, explained.
    pub words: Vec<crate::glossary::types::Word>,
}

impl ModuleWithAnswers {
    /// The first step not yet done, or `None` when every step is.
    pub fn first_unfinished(&self) -> Option<&str> {
        self.text
            .steps
            .iter()
            .find(|s| !self.answers.contains_key(&s.id))
            .map(|s| s.id.as_str())
    }

    /// How many of the current steps are done.
    pub fn done(&self) -> usize {
        self.text
            .steps
            .iter()
            .filter(|s| self.answers.contains_key(&s.id))
            .count()
    }
}
