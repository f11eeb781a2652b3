//! Self-assessments on the server. Every function reads and writes the
//! signed-in jobseeker's own assessments, except [`jobseeker_history`], which
//! a coach uses for someone on their caseload (and which is audited).

use time::{OffsetDateTime, format_description::well_known::Rfc3339};

use super::{
    db::{self, Assessment, HistoryEntry},
    scoring::{AreaScore, score, suggested_modules},
    types::{Area, Framework, Mode},
    views::{AreaName, FrameworkHistory, PastAssessment},
};
use crate::{
    accounts::{Role, db::is_on_caseload, require_role},
    audit::{AuditAction, db::record},
    context::pool,
    error::AppError,
    i18n::use_locale,
};

/// The field of a question's answer.
pub const FIELD_VALUE: &str = "value";
/// How many modules the results suggest.
const SUGGESTED: usize = 3;

/// A draft: its length, how far the person got, and where they go on.
#[derive(Debug)]
pub struct DraftProgress {
    pub mode: Mode,
    /// Questions answered or skipped, of `count`.
    pub done: usize,
    pub count: usize,
    /// The first question not seen yet; `None` when all are (the check page).
    pub next: Option<String>,
}

/// A framework and where the person stands with it.
#[derive(Debug)]
pub struct Overview {
    pub framework: Framework,
    pub draft: Option<DraftProgress>,
    /// The latest submitted assessment.
    pub latest: Option<HistoryEntry>,
}

/// Every framework, with the signed-in jobseeker's draft and latest results.
pub async fn overview() -> Result<Vec<Overview>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let mut all = Vec::new();
    for framework in db::frameworks(&mut conn, use_locale()).await? {
        let draft = db::draft(&mut conn, me.account_id, &framework.id).await?;
        let latest = db::history(&mut conn, me.account_id, &framework.id)
            .await?
            .pop();
        all.push(Overview {
            draft: draft.map(|d| progress(&framework, &d)),
            latest,
            framework,
        });
    }
    Ok(all)
}

fn progress(framework: &Framework, draft: &Assessment) -> DraftProgress {
    DraftProgress {
        mode: draft.mode,
        done: framework.asked_answers(draft.mode, &draft.answers).len(),
        count: framework.questions(draft.mode).len(),
        next: framework.next_unseen(draft.mode, &draft.answers),
    }
}

async fn framework_in_locale(
    conn: &mut sqlx::PgConnection,
    framework_id: &str,
) -> Result<Framework, AppError> {
    db::framework(conn, framework_id, use_locale())
        .await?
        .ok_or(AppError::NotFound)
}

/// Starts (or switches the mode of) the jobseeker's assessment; returns the
/// first question not yet answered, or `None` when all are (the check page).
pub async fn start(framework_id: &str, mode: &str) -> Result<Option<String>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mode =
        Mode::parse(mode).ok_or_else(|| AppError::field("mode", "skills-error-choose-mode"))?;
    let mut tx = crate::accounts::begin_own_write(me.account_id).await?;
    let framework = framework_in_locale(&mut tx, framework_id).await?;
    db::start(&mut tx, me.account_id, framework_id, mode).await?;
    // No draft after starting: the framework is retired.
    let draft = db::draft(&mut tx, me.account_id, framework_id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(framework.next_unseen(mode, &draft.answers))
}

/// The jobseeker's draft of `framework_id` with the framework, or `None`
/// when there is no draft (never started, or already sent).
pub async fn draft(framework_id: &str) -> Result<Option<(Framework, Assessment)>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let framework = framework_in_locale(&mut conn, framework_id).await?;
    let draft = db::draft(&mut conn, me.account_id, framework_id).await?;
    Ok(draft.map(|draft| (framework, draft)))
}

/// Saves an answer (`value` 1–4) or a skip (`None`) to a question of the
/// jobseeker's draft; returns the next question, `None` after the last.
pub async fn answer(
    framework_id: &str,
    statement_id: &str,
    value: Option<&str>,
) -> Result<Option<String>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let value = match value {
        None => None,
        Some(text) => Some(
            text.parse::<i16>()
                .ok()
                .filter(|v| (1..=4).contains(v))
                .ok_or_else(|| AppError::field(FIELD_VALUE, "skills-error-choose-answer"))?,
        ),
    };
    let mut tx = crate::accounts::begin_own_write(me.account_id).await?;
    let framework = framework_in_locale(&mut tx, framework_id).await?;
    let draft = db::draft(&mut tx, me.account_id, framework_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let questions = framework.questions(draft.mode);
    let n = questions
        .iter()
        .position(|q| q.statement.id == statement_id)
        .ok_or(AppError::NotFound)?;
    db::save_answer(&mut tx, draft.assessment_id, statement_id, value).await?;
    tx.commit().await?;
    Ok(questions.get(n + 1).map(|q| q.statement.id.clone()))
}

/// Submits the jobseeker's draft; returns the new assessment's id.
pub async fn submit(framework_id: &str) -> Result<i64, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = crate::accounts::begin_own_write(me.account_id).await?;
    let framework = framework_in_locale(&mut tx, framework_id).await?;
    let draft = db::draft(&mut tx, me.account_id, framework_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let answers = framework.asked_answers(draft.mode, &draft.answers);
    if answers.values().all(Option::is_none) {
        return Err(AppError::field("answers", "skills-error-nothing-answered"));
    }
    let scores = score(&framework, &answers);
    db::submit(&mut tx, draft.assessment_id, &scores).await?;
    tx.commit().await?;
    Ok(draft.assessment_id)
}

/// A submitted assessment's results.
#[derive(Debug)]
pub struct Results {
    pub framework: Framework,
    pub assessment: Assessment,
    pub scores: Vec<AreaScore>,
    /// Module ids for the weakest areas.
    pub suggested: Vec<String>,
}

/// The results of one of the jobseeker's submitted assessments.
pub async fn results(assessment_id: i64) -> Result<Results, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let assessment = db::submitted(&mut conn, me.account_id, assessment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let framework = framework_in_locale(&mut conn, &assessment.framework_id).await?;
    let scores = score(
        &framework,
        &framework.asked_answers(assessment.mode, &assessment.answers),
    );
    let suggested = suggested_modules(&framework, &scores, SUGGESTED);
    Ok(Results {
        framework,
        assessment,
        scores,
        suggested,
    })
}

/// The jobseeker's submitted assessments of `framework_id`, oldest first.
pub async fn history(framework_id: &str) -> Result<FrameworkHistory, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let framework = framework_in_locale(&mut conn, framework_id).await?;
    let entries = db::history(&mut conn, me.account_id, framework_id).await?;
    Ok(history_view(framework, entries))
}

/// A jobseeker's history of every framework, for their coach. Someone not on
/// the coach's caseload is answered as not found; every read is audited.
pub async fn jobseeker_history(jobseeker_id: i64) -> Result<Vec<FrameworkHistory>, AppError> {
    let me = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    if !is_on_caseload(&mut tx, me.account_id, jobseeker_id).await? {
        return Err(AppError::NotFound);
    }
    let all = histories(&mut tx, jobseeker_id).await?;
    record(
        &mut tx,
        Some(me.account_id),
        Some(jobseeker_id),
        AuditAction::ViewedPersonalData,
        Some("skills"),
    )
    .await?;
    tx.commit().await?;
    Ok(all)
}

/// Every framework's history of a jobseeker, in the reader's language. The
/// caller has checked that they may read it.
pub async fn histories(
    conn: &mut sqlx::PgConnection,
    jobseeker_id: i64,
) -> Result<Vec<FrameworkHistory>, sqlx::Error> {
    let mut all = Vec::new();
    for framework in db::frameworks(conn, use_locale()).await? {
        let entries = db::history(conn, jobseeker_id, &framework.id).await?;
        all.push(history_view(framework, entries));
    }
    Ok(all)
}

fn history_view(framework: Framework, entries: Vec<HistoryEntry>) -> FrameworkHistory {
    let assessments = entries
        .into_iter()
        .map(|entry| PastAssessment {
            assessment_id: entry.assessment_id,
            submitted_at: entry.submitted_at.format(&Rfc3339).unwrap_or_default(),
            submitted_on: submitted_on(entry.submitted_at),
            submitted_time: crate::i18n::helsinki_time(entry.submitted_at, use_locale()),
            scores: framework
                .areas
                .iter()
                .map(|area| entry.scores.get(&area.id).copied())
                .collect(),
        })
        .collect();
    FrameworkHistory {
        areas: framework.areas.iter().map(area_name).collect(),
        framework_id: framework.id,
        title: framework.title,
        assessments,
    }
}

/// An area's name as charts and tables label it.
pub fn area_name(area: &Area) -> AreaName {
    AreaName {
        id: area.id.clone(),
        number: area.number.clone(),
        name: area.name.clone(),
    }
}

/// When an assessment was submitted, as the pages show it (Helsinki time).
pub fn submitted_on(at: OffsetDateTime) -> String {
    crate::i18n::helsinki_date(at, use_locale())
}
