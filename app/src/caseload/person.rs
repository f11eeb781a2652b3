//! One jobseeker in the coach's workspace, on the server: everything the
//! overview shows, read in one transaction and audited once, and the
//! changes a coach makes (notes, outcomes, moving the person to another
//! coach). Only for the jobseekers on the signed-in coach's own caseload.

use super::{
    outcomes,
    person_db::{self, Note, Outcome, Profile, Reflection},
    server::{open_jobseeker, require_on_caseload},
};
use crate::{
    accounts::{Role, require_role},
    audit::{AuditAction, db::record},
    context::pool,
    error::AppError,
    events::coach::{CaseloadPlace, caseload_places},
    i18n::{helsinki_local, use_locale},
    modules::db::ModuleRow,
    plan::types::is_open_step,
    skills::views::FrameworkHistory,
};

/// Everything the overview of one jobseeker shows.
pub struct Overview {
    pub profile: Profile,
    pub outcomes: Vec<Outcome>,
    pub modules: Vec<ModuleRow>,
    pub reflections: Vec<Reflection>,
    pub skills: Vec<FrameworkHistory>,
    pub places: Vec<CaseloadPlace>,
    pub notes: Vec<Note>,
    pub open_steps: usize,
    pub coaches: Vec<(i64, String)>,
}

/// The overview of a jobseeker on the signed-in coach's caseload.
pub async fn overview(jobseeker: i64) -> Result<Overview, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let locale = use_locale();
    let mut tx = pool()?.begin().await?;
    open_jobseeker(&mut tx, coach.account_id, jobseeker, "overview").await?;
    let profile = person_db::profile(&mut tx, jobseeker)
        .await?
        .ok_or(AppError::NotFound)?;
    let steps = crate::plan::db::steps(&mut tx, jobseeker).await?;
    let overview = Overview {
        profile,
        outcomes: person_db::outcomes(&mut tx, jobseeker).await?,
        modules: crate::modules::db::module_rows(&mut tx, jobseeker, locale).await?,
        reflections: person_db::shared_reflections(&mut tx, jobseeker, locale).await?,
        skills: crate::skills::server::histories(&mut tx, jobseeker).await?,
        places: caseload_places(&mut tx, coach.account_id, Some(jobseeker), locale).await?,
        notes: person_db::notes(&mut tx, jobseeker, false).await?,
        open_steps: steps.iter().filter(|s| is_open_step(&s.status)).count(),
        coaches: person_db::other_coaches(&mut tx, coach.account_id).await?,
    };
    tx.commit().await?;
    Ok(overview)
}

/// The longest note, in characters.
pub const MAX_NOTE: usize = 4000;

/// The coach writes a note about a jobseeker: private to coaches unless
/// `shared`, when the jobseeker sees it on their plan.
pub async fn add_note(jobseeker: i64, body: &str, shared: bool) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker).await?;
    let body = body.trim();
    if body.is_empty() {
        return Err(AppError::field(
            super::person_fns::FIELD_BODY,
            "note-error-empty",
        ));
    }
    if body.chars().count() > MAX_NOTE {
        return Err(AppError::field(
            super::person_fns::FIELD_BODY,
            "note-error-long",
        ));
    }
    person_db::add_note(&mut tx, jobseeker, coach.account_id, body, shared).await?;
    tx.commit().await?;
    Ok(())
}

/// The coach records a jobseeker's situation from a date.
pub async fn record_outcome(jobseeker: i64, situation: &str, since: &str) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker).await?;
    let today = helsinki_local(time::OffsetDateTime::now_utc()).date();
    let (situation, since) = outcomes::checked(situation, since, today)?;
    person_db::record_outcome(&mut tx, jobseeker, coach.account_id, &situation, since).await?;
    tx.commit().await?;
    Ok(())
}

/// The coach moves a jobseeker to another coach's caseload. From then on
/// only the new coach sees them, and a sign-in code the first coach handed
/// over no longer works.
pub async fn transfer(jobseeker: i64, to_coach: &str) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker).await?;
    let Ok(to_coach) = to_coach.trim().parse::<i64>() else {
        return Err(AppError::field(
            super::person_fns::FIELD_COACH,
            "transfer-error-coach",
        ));
    };
    if !person_db::transfer(&mut tx, coach.account_id, jobseeker, to_coach).await? {
        return Err(AppError::field(
            super::person_fns::FIELD_COACH,
            "transfer-error-coach",
        ));
    }
    crate::accounts::db::cancel_handed_codes(&mut tx, jobseeker).await?;
    record(
        &mut tx,
        Some(coach.account_id),
        Some(jobseeker),
        AuditAction::JobseekerTransferred,
        Some(&to_coach.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
