//! Modules on the server: what a jobseeker sees of them and saving their
//! answers. Every function reads and writes the signed-in person's own data,
//! except [`assign`], which a coach uses for someone on their caseload.

use uuid::Uuid;

use super::{
    answer::{FIELD_ANSWER, check_answer},
    db,
    types::{Answer, ModuleCard, ModuleText, ModuleWithAnswers, Status, StepContent},
};
use crate::{
    accounts::{Role, require_role},
    audit::{AuditAction, db::record},
    context::pool,
    error::AppError,
    glossary::{explained_in, link::Linker, types::Word},
    i18n::{Locale, use_locale},
};

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

/// The module list of the signed-in jobseeker.
pub async fn list() -> Result<Vec<ModuleCard>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let locale = use_locale();
    let rows = db::module_rows(&mut conn, me.account_id, locale).await?;
    Ok(rows
        .into_iter()
        .map(|r| ModuleCard {
            status: Status::of(count(r.done), count(r.steps)),
            steps: count(r.steps),
            module_id: r.module_id,
            title: r.title,
            summary: r.summary,
            minutes: r.minutes,
            fallback: r.fallback.as_deref().and_then(Locale::from_tag),
            assigned: r.assigned,
            due_on: r.due_on.map(|d| crate::i18n::calendar_date(d, locale)),
        })
        .collect())
}

/// `module_id` in the reader's language, with the signed-in jobseeker's answers.
pub async fn module(module_id: &str) -> Result<ModuleWithAnswers, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let (mut text, fallback) = db::module_text(&mut conn, module_id, use_locale())
        .await?
        .ok_or(AppError::NotFound)?;
    let words = link_words(&mut text, fallback.unwrap_or(use_locale()), use_locale())?;
    let answers = db::answers(&mut conn, me.account_id, module_id).await?;
    Ok(ModuleWithAnswers {
        module_id: module_id.to_owned(),
        text,
        fallback,
        answers,
        words,
    })
}

/// Links the glossary's words in each step's text, each word once per step,
/// in the glossary for a `reader` of a module `shown_in` a language; returns
/// every word linked, explained. A question's feedback is not linked: it
/// shows only after answering, and its words would be listed before.
fn link_words(
    text: &mut ModuleText,
    shown_in: Locale,
    reader: Locale,
) -> Result<Vec<Word>, AppError> {
    let glossary = crate::context::glossary()?;
    let Some(glossary_words) = glossary.words(explained_in(shown_in, reader)) else {
        return Ok(Vec::new());
    };
    let mut words: Vec<Word> = Vec::new();
    for step in &mut text.steps {
        let mut linker = Linker::new(glossary_words);
        step.body = step.body.as_deref().map(|body| linker.html(body));
        let linked = linker.linked();
        step.words = linked.iter().map(|word| word.id.clone()).collect();
        for word in linked {
            if !words.iter().any(|w| w.id == word.id) {
                words.push(word);
            }
        }
    }
    Ok(words)
}

/// Where to go after saving an answer.
#[derive(Debug)]
pub struct Saved {
    /// The step after this one; `None` after the last.
    pub next: Option<String>,
    /// A question shows its feedback before moving on.
    pub is_question: bool,
}

/// How an answer reached the server.
#[derive(Debug)]
pub struct Sent {
    /// Made by the browser (or the plain form): a repeat is saved once.
    pub answer_id: String,
    /// How long before sending it was given, by the sender's own clock: an
    /// age rather than a time, so a phone whose clock is wrong still orders
    /// its answers right against answers from other devices.
    pub given_ms_ago: u64,
    /// The account the player was showing when the answer was given.
    pub owner: Option<i64>,
    /// Given on a page that did not show the stored answer (an offline
    /// copy): saved only where there is none yet.
    pub only_if_new: bool,
}

/// Answers older than this count as given this long ago: a phone cannot
/// push an answer behind everything stored.
const OLDEST_REPLAY_MS: u64 = 365 * 24 * 60 * 60 * 1000;

/// Saves the signed-in jobseeker's answer to a step, once per `answer_id`,
/// unless an answer given later is stored already.
pub async fn save_answer(
    module_id: &str,
    step_id: &str,
    sent: &Sent,
    given: Answer,
) -> Result<Saved, AppError> {
    // Another person has signed in on this phone since the answer was given
    // (whatever their role): it waits for its owner to sign in again.
    let signed_in = crate::accounts::require_signed_in()?;
    if sent
        .owner
        .is_some_and(|owner| owner != signed_in.account_id)
    {
        return Err(AppError::Unauthorized);
    }
    let me = require_role(&[Role::Jobseeker])?;
    let answer_id = Uuid::parse_str(&sent.answer_id).map_err(|_| AppError::BadRequest)?;
    let mut tx = crate::accounts::begin_own_write(me.account_id).await?;
    // Any language will do: every language has the same steps and options.
    let (text, _) = db::module_text(&mut tx, module_id, Locale::En)
        .await?
        .ok_or(AppError::NotFound)?;
    let n = text
        .steps
        .iter()
        .position(|s| s.id == step_id)
        .ok_or(AppError::NotFound)?;
    let step = &text.steps[n];
    let answer =
        check_answer(&step.content, given).map_err(|key| AppError::field(FIELD_ANSWER, key))?;
    db::save_answer(
        &mut tx,
        me.account_id,
        module_id,
        step_id,
        &db::Given {
            answer_id,
            given_ms_ago: sent.given_ms_ago.min(OLDEST_REPLAY_MS),
            only_if_new: sent.only_if_new,
        },
        &answer,
    )
    .await?;
    tx.commit().await?;
    Ok(Saved {
        next: text.steps.get(n + 1).map(|s| s.id.clone()),
        is_question: matches!(step.content, StepContent::Question { .. }),
    })
}

/// A new id for an answer given through a plain form, so that sending the
/// same form twice saves it once.
pub fn new_answer_id() -> String {
    Uuid::new_v4().to_string()
}

/// A coach assigns a module to a jobseeker on their caseload, with an
/// optional due date (`YYYY-MM-DD`, as date inputs send it).
pub async fn assign(jobseeker_id: i64, module_id: &str, due_on: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Coach])?;
    let due_on = match due_on.trim() {
        "" => None,
        date => Some(
            crate::i18n::parse_day(date)
                .ok_or_else(|| AppError::field(super::FIELD_DUE, "module-error-due-date"))?,
        ),
    };
    let mut tx = pool()?.begin().await?;
    // Someone not on the caseload is answered like a module that does not
    // exist: the coach learns nothing about people who are not theirs.
    if !db::assign(&mut tx, me.account_id, jobseeker_id, module_id, due_on).await? {
        return Err(AppError::NotFound);
    }
    record(
        &mut tx,
        Some(me.account_id),
        Some(jobseeker_id),
        AuditAction::ModuleAssigned,
        Some(module_id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
