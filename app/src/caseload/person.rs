//! One jobseeker in the coach's workspace, on the server: everything the
//! overview shows, read in one transaction and audited once, and the
//! changes a coach makes (notes, outcomes, moving the person to another
//! coach). Only for the jobseekers on the signed-in coach's own caseload.

use sqlx::{Postgres, Transaction};

use super::{
    outcomes,
    person_db::{self, CoachChoice, Note, Outcome, Profile, Reflection, Version},
    person_fns::{FIELD_COACH_NAME, FORM_TRANSFER, FORM_TRANSFER_FIND},
    server::{open_jobseeker, require_on_caseload},
};
use crate::{
    accounts::{Role, require_role},
    audit::{AuditAction, db::record},
    context::pool,
    error::AppError,
    events::coach::{CaseloadPlace, caseload_places},
    forms::take_flash,
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
    /// Jobs the person said they are interested in.
    pub interests: Vec<crate::matching::db::ListedJob>,
    pub notes: Vec<Note>,
    pub open_steps: usize,
    /// Messages from the jobseeker the coaches have not read.
    pub unread_messages: i64,
    /// The coaches the jobseeker can be moved to.
    pub transfer: TransferChoices,
    pub employer_work: crate::employer_contacts::server::ForPerson,
    /// Follow-along check-ins not yet done.
    pub open_checkins: i64,
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
        outcomes: person_db::outcomes(&mut tx, jobseeker, None).await?,
        modules: crate::modules::db::module_rows(&mut tx, jobseeker, locale).await?,
        reflections: person_db::shared_reflections(&mut tx, jobseeker, locale).await?,
        skills: crate::skills::server::histories(&mut tx, jobseeker).await?,
        places: caseload_places(&mut tx, coach.account_id, Some(jobseeker), locale).await?,
        interests: crate::matching::db::interests(&mut tx, jobseeker, locale.code()).await?,
        notes: person_db::notes(&mut tx, jobseeker, false, None).await?,
        open_steps: steps.iter().filter(|s| is_open_step(&s.status)).count(),
        unread_messages: crate::messages::db::unread_from(&mut tx, jobseeker, true).await?,
        transfer: transfer_choices(&mut tx, coach.account_id).await?,
        employer_work: crate::employer_contacts::server::for_person(
            &mut tx,
            coach.account_id,
            jobseeker,
        )
        .await?,
        open_checkins: crate::follow_along::db::open_count(&mut tx, jobseeker).await?,
    };
    tx.commit().await?;
    Ok(overview)
}

/// The coaches offered for moving a jobseeker: the coach's own team and,
/// after a search by name, the coaches of the whole service whose name
/// matched. A country's service has hundreds of coaches, too many for one list.
pub struct TransferChoices {
    pub team: Vec<CoachChoice>,
    pub found: Option<FoundCoaches>,
    /// Whether the service has any other coach at all.
    pub others: bool,
}

/// The coaches whose name contains what the coach searched for.
pub struct FoundCoaches {
    pub name: String,
    pub coaches: Vec<CoachChoice>,
    /// Whether more matched than are listed.
    pub more: bool,
}

/// The most coaches listed for one search by name.
const MAX_FOUND_COACHES: usize = 20;
/// The shortest and longest name searched for, in characters.
const COACH_NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=100;

async fn transfer_choices(
    tx: &mut Transaction<'static, Postgres>,
    coach: i64,
) -> Result<TransferChoices, AppError> {
    let team = person_db::team_coaches(tx, coach).await?;
    // The search arrives in the sealed flash of its form post, so the name
    // never appears in the address; a move refused after a search brings it
    // back, so the coach chooses again from the same list.
    let searched = take_flash(FORM_TRANSFER_FIND)
        .filter(|flash| flash.done)
        .or_else(|| take_flash(FORM_TRANSFER).filter(|flash| !flash.done))
        .map(|flash| flash.value(FIELD_COACH_NAME))
        .filter(|name| !name.is_empty());
    let found = match searched.as_deref().map(coach_search_name) {
        Some(Ok(name)) => {
            let limit = i64::try_from(MAX_FOUND_COACHES + 1).unwrap_or(i64::MAX);
            let mut coaches = person_db::coaches_named(tx, coach, name, limit).await?;
            let more = coaches.len() > MAX_FOUND_COACHES;
            coaches.truncate(MAX_FOUND_COACHES);
            Some(FoundCoaches {
                name: name.to_owned(),
                coaches,
                more,
            })
        }
        _ => None,
    };
    let others = !team.is_empty() || person_db::other_coaches_exist(tx, coach).await?;
    Ok(TransferChoices {
        team,
        found,
        others,
    })
}

/// The name a coach searches for, trimmed, or why it cannot be searched.
pub fn coach_search_name(name: &str) -> Result<&str, AppError> {
    let name = name.trim();
    let length = name.chars().count();
    let problem = if length < *COACH_NAME_CHARS.start() {
        "transfer-find-error-short"
    } else if length > *COACH_NAME_CHARS.end() {
        "transfer-find-error-long"
    } else {
        return Ok(name);
    };
    Err(AppError::field(FIELD_COACH_NAME, problem))
}

/// Whether the signed-in coach may search for `name` among the coaches.
pub fn check_coach_search(name: &str) -> Result<(), AppError> {
    require_role(&[Role::Coach])?;
    coach_search_name(name).map(|_| ())
}

/// The longest note, in characters.
pub const MAX_NOTE: usize = 4000;

/// A transaction for a change the signed-in coach makes to a jobseeker on
/// their caseload, and the coach's id.
async fn change_on_caseload(
    jobseeker: i64,
) -> Result<(i64, Transaction<'static, Postgres>), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker).await?;
    Ok((coach.account_id, tx))
}

/// A note's text, trimmed, or why it cannot be saved.
fn checked_note(body: &str) -> Result<&str, AppError> {
    let body = body.trim();
    let problem = if body.is_empty() {
        "note-error-empty"
    } else if body.chars().count() > MAX_NOTE {
        "note-error-long"
    } else {
        return Ok(body);
    };
    Err(AppError::field(super::person_fns::FIELD_BODY, problem))
}

/// A note or outcome that is not the coach's own (or not there) is not found.
fn found(changed: bool) -> Result<(), AppError> {
    changed.then_some(()).ok_or(AppError::NotFound)
}

/// The coach writes a note about a jobseeker: private to coaches unless
/// `shared`, when the jobseeker sees it on their plan.
pub async fn add_note(jobseeker: i64, body: &str, shared: bool) -> Result<(), AppError> {
    let (coach, mut tx) = change_on_caseload(jobseeker).await?;
    person_db::add_note(&mut tx, jobseeker, coach, checked_note(body)?, shared).await?;
    if shared {
        crate::plan::server::tell_jobseeker(
            &mut tx,
            jobseeker,
            crate::plan::server::Added::SharedNote,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The author of a note corrects its text or whether it is shared.
pub async fn correct_note(
    jobseeker: i64,
    note: i64,
    body: &str,
    shared: bool,
) -> Result<(), AppError> {
    let (coach, mut tx) = change_on_caseload(jobseeker).await?;
    let body = checked_note(body)?;
    found(person_db::correct_note(&mut tx, jobseeker, note, coach, body, shared).await?)?;
    tx.commit().await?;
    Ok(())
}

/// The author of a note withdraws it.
pub async fn withdraw_note(jobseeker: i64, note: i64) -> Result<(), AppError> {
    let (coach, mut tx) = change_on_caseload(jobseeker).await?;
    found(person_db::withdraw_note(&mut tx, jobseeker, note, coach).await?)?;
    tx.commit().await?;
    Ok(())
}

/// A situation and date as typed, checked against today in Helsinki.
fn checked_outcome(situation: &str, since: &str) -> Result<(String, time::Date), AppError> {
    let today = helsinki_local(time::OffsetDateTime::now_utc()).date();
    outcomes::checked(situation, since, today)
}

/// The coach records a jobseeker's situation from a date.
pub async fn record_outcome(jobseeker: i64, situation: &str, since: &str) -> Result<(), AppError> {
    let (coach, mut tx) = change_on_caseload(jobseeker).await?;
    let (situation, since) = checked_outcome(situation, since)?;
    person_db::record_outcome(&mut tx, jobseeker, coach, &situation, since).await?;
    crate::follow_along::server::schedule(&mut tx, jobseeker).await?;
    tx.commit().await?;
    Ok(())
}

/// The coach who recorded an outcome corrects its situation or date.
pub async fn correct_outcome(
    jobseeker: i64,
    outcome: i64,
    situation: &str,
    since: &str,
) -> Result<(), AppError> {
    let (coach, mut tx) = change_on_caseload(jobseeker).await?;
    let (situation, since) = checked_outcome(situation, since)?;
    found(
        person_db::correct_outcome(&mut tx, jobseeker, outcome, coach, &situation, since).await?,
    )?;
    crate::follow_along::server::schedule(&mut tx, jobseeker).await?;
    tx.commit().await?;
    Ok(())
}

/// The coach who recorded an outcome withdraws it: the report and the
/// current situation no longer count it.
pub async fn withdraw_outcome(jobseeker: i64, outcome: i64) -> Result<(), AppError> {
    let (coach, mut tx) = change_on_caseload(jobseeker).await?;
    found(person_db::withdraw_outcome(&mut tx, jobseeker, outcome, coach).await?)?;
    crate::follow_along::server::schedule(&mut tx, jobseeker).await?;
    tx.commit().await?;
    Ok(())
}

/// A note or an outcome on its own page: with its earlier versions, and
/// whether the reader wrote it (and so may correct it).
pub struct Record<T> {
    pub name: String,
    pub record: T,
    pub versions: Vec<Version>,
    pub mine: bool,
}

/// A note about a jobseeker on the coach's caseload, with its history.
pub async fn note_record(jobseeker: i64, note: i64) -> Result<Record<Note>, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker, "note").await?;
    let record = person_db::notes(&mut tx, jobseeker, false, Some(note))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let versions = person_db::note_versions(&mut tx, jobseeker, Some(note)).await?;
    tx.commit().await?;
    Ok(Record {
        name,
        mine: record.written_by == Some(coach.account_id),
        record,
        versions,
    })
}

/// An outcome of a jobseeker on the coach's caseload, with its history.
pub async fn outcome_record(jobseeker: i64, outcome: i64) -> Result<Record<Outcome>, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker, "outcome").await?;
    let record = person_db::outcomes(&mut tx, jobseeker, Some(outcome))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let versions = person_db::outcome_versions(&mut tx, jobseeker, Some(outcome)).await?;
    tx.commit().await?;
    Ok(Record {
        name,
        mine: record.recorded_by == Some(coach.account_id),
        record,
        versions,
    })
}

/// The coach moves a jobseeker to another coach's caseload. From then on
/// only the new coach sees them, and a sign-in code the first coach handed
/// over no longer works.
pub async fn transfer(jobseeker: i64, to_coach: &str) -> Result<(), AppError> {
    let (coach, mut tx) = change_on_caseload(jobseeker).await?;
    let Ok(to_coach) = to_coach.trim().parse::<i64>() else {
        return Err(AppError::field(
            super::person_fns::FIELD_COACH,
            "transfer-error-coach",
        ));
    };
    if !person_db::transfer(&mut tx, coach, jobseeker, to_coach).await? {
        return Err(AppError::field(
            super::person_fns::FIELD_COACH,
            "transfer-error-coach",
        ));
    }
    crate::accounts::db::cancel_handed_codes(&mut tx, jobseeker).await?;
    crate::meetings::server::release_for_transfer(&mut tx, jobseeker, coach).await?;
    record(
        &mut tx,
        Some(coach),
        Some(jobseeker),
        AuditAction::JobseekerTransferred,
        Some(&to_coach.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
