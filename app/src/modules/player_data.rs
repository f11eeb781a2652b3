//! What the step page hands the player: the module, the person's answers,
//! and every text the player and its browser side show, already translated.

use std::collections::HashMap;

use super::types::{Answer, Step};

/// What the player draws a step from.
#[derive(Clone, Debug)]
pub struct PlayerData {
    pub module_id: String,
    pub module_title: String,
    /// The module's language when it is not the reader's (a fallback).
    pub content_lang: Option<String>,
    pub steps: Vec<Step>,
    pub answers: HashMap<String, Answer>,
    /// The step shown first.
    pub current: usize,
    /// The id a plain form post saves its answer with.
    pub answer_id: String,
    /// Whose answers wait offline in this browser, so another person signing
    /// in on the same phone never sends them as theirs.
    pub owner: i64,
    /// False on a copy kept for reading offline, which holds none of the
    /// person's answers: a blank answer given there must not overwrite one
    /// they gave before.
    pub answers_shown: bool,
    /// What a plain form post typed before it failed, and the message id of why.
    pub draft: Option<(Answer, String)>,
    /// The language of the captions, e.g. `fi`.
    pub captions_lang: String,
    pub texts: PlayerTexts,
}

/// Translated texts of the player.
#[derive(Clone, Debug)]
pub struct PlayerTexts {
    /// "Step 3 of 8", for the step shown.
    pub position: String,
    pub fallback_notice: String,
    pub all_modules: String,
    pub back: String,
    pub continue_label: String,
    pub check_answer: String,
    pub save_changed: String,
    pub your_answer: String,
    pub right: String,
    pub not_right: String,
    pub change_answer: String,
    pub transcript: String,
    pub captions_label: String,
    pub video_fallback: String,
    pub reflection_hint: String,
    pub share_with_coach: String,
    pub error_summary_title: String,
    pub error_prefix: String,
    pub offline: String,
    /// Contains `{count}`.
    pub waiting: String,
    pub all_sent: String,
    pub finished_offline: String,
    /// Answers wait for the person to sign in again; contains `{count}`.
    pub sign_in_to_send: String,
    /// The link to the sign-in page that brings them back.
    pub sign_in: String,
    /// The service failed for now, answers go again soon; contains `{count}`.
    pub trying_again: String,
    /// Answers refused for good; contains `{count}`.
    pub refused: String,
    /// Fluent id → translation, for every problem an answer can have.
    pub messages: Vec<(String, String)>,
    /// The heading of the words explained under a step.
    pub words_heading: String,
    /// Every word of the glossary linked in the module's steps, in the
    /// module's language.
    pub words: Vec<crate::glossary::types::Word>,
    /// The read-aloud control's texts.
    pub listen: crate::read_aloud::ListenTexts,
}

impl PlayerTexts {
    /// The words linked in `step`, in the order they appear.
    pub fn words_of(&self, step: &Step) -> Vec<crate::glossary::types::Word> {
        step.words
            .iter()
            .filter_map(|id| self.words.iter().find(|w| &w.id == id).cloned())
            .collect()
    }

    /// The translation of an answer problem's message id.
    pub fn message(&self, key: &str) -> String {
        self.messages
            .iter()
            .find(|(id, _)| id == key)
            .map(|(_, text)| text.clone())
            .unwrap_or_else(|| key.to_owned())
    }
}

/// The query that asks for a step page without the person's answers, the
/// copy the player keeps for reading offline.
pub const OFFLINE_COPY: &str = "for=offline";

/// The address of a step's page.
pub fn step_path(module_id: &str, step_id: &str) -> String {
    format!("/modules/{module_id}/steps/{step_id}")
}

/// The address of a module's completion page.
pub fn done_path(module_id: &str) -> String {
    format!("/modules/{module_id}/done")
}
