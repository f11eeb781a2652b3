//! Jobs on the server for employers' staff: organisers who are members of an
//! employer write, publish and close its jobs. A job of an employer they are
//! not staff of is not found, whatever the request holds; every change is a
//! line in the job's history with who made it.

use time::OffsetDateTime;

use super::{
    input::{self, Allowed, Typed},
    posting_db::{self as db, Change, OwnJob, Reader, StoredJob},
    types::JobStatus,
};
use crate::{
    accounts::{Role, require_role},
    context::{pool, vocabulary},
    error::AppError,
    forms::{self, db::DraftForm},
    i18n::{Locale, helsinki_local},
};

/// The staff member's employers and the jobs of all of them.
pub async fn own_jobs(locale: Locale) -> Result<(Vec<(i64, String)>, Vec<OwnJob>), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut conn = pool()?.acquire().await?;
    let employers = db::memberships(&mut conn, me.account_id).await?;
    let jobs = db::own_jobs(&mut conn, me.account_id, locale).await?;
    Ok((employers, jobs))
}

/// What the job form needs: the employers and upcoming events the person
/// may choose from, and the form's values (as typed after a failed save,
/// else the saved job's, else empty).
pub struct FormData {
    pub employers: Vec<(i64, String)>,
    pub events: Vec<(i64, String)>,
    pub typed: Typed,
}

pub async fn form_data(job_id: Option<i64>, locale: Locale) -> Result<FormData, AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut conn = pool()?.acquire().await?;
    let employers = db::memberships(&mut conn, me.account_id).await?;
    if employers.is_empty() {
        return Err(AppError::Conflict {
            key: "job-error-no-employer".into(),
        });
    }
    // Whose job it is is checked before anything kept from a failed save is shown.
    let stored = match job_id {
        Some(job_id) => {
            let job = db::stored(&mut conn, Reader::Staff(me.account_id), job_id, false)
                .await?
                .ok_or(AppError::NotFound)?;
            refuse_imported(&job)?;
            Some(job)
        }
        None => None,
    };
    let linked = stored.as_ref().and_then(|job| job.input.event_id);
    let events = db::linkable_events(&mut conn, me.account_id, linked, locale).await?;
    let kept = forms::db::kept(&mut conn, me.account_id, DraftForm::Job, job_id).await?;
    let typed = match (kept, stored) {
        (Some(kept), _) => kept,
        (None, Some(job)) => input::typed_of(&job.input),
        (None, None) => new_job_defaults(&employers),
    };
    Ok(FormData {
        employers,
        events,
        typed,
    })
}

/// A new job's form: for the first employer, a job rather than a work task.
fn new_job_defaults(employers: &[(i64, String)]) -> Typed {
    let mut typed = Typed::new();
    if let Some((employer, _)) = employers.first() {
        typed.insert("employer".into(), employer.to_string());
    }
    typed.insert("kind".into(), "job".into());
    typed
}

/// Creates a draft (no `job_id`) or changes the staff member's job, with a
/// line in its history naming the parts that changed.
pub async fn save(job_id: Option<i64>, typed: &Typed) -> Result<i64, AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut tx = pool()?.begin().await?;
    let employers: Vec<i64> = db::memberships(&mut tx, me.account_id)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let before = match job_id {
        Some(job_id) => {
            let job = db::stored(&mut tx, Reader::Staff(me.account_id), job_id, true)
                .await?
                .ok_or(AppError::NotFound)?;
            refuse_imported(&job)?;
            Some(job)
        }
        None => None,
    };
    let linked = before.as_ref().and_then(|b| b.input.event_id);
    let events: Vec<i64> = db::linkable_events(&mut tx, me.account_id, linked, Locale::Fi)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let vocabulary = vocabulary()?;
    let allowed = Allowed {
        vocabulary: &vocabulary,
        employers: &employers,
        events: &events,
    };
    let job = input::read(typed, &allowed)?;
    let saved = db::save(&mut tx, me.account_id, job_id, &job).await?;
    match before {
        None => db::record_change(&mut tx, saved, me.account_id, "created", None).await?,
        Some(before) => {
            // People agreed to show their skills to the job's employer, not
            // to whichever employer it moves to.
            if before.input.employer_id != job.employer_id {
                crate::matching::db::end_job_shares(&mut tx, saved).await?;
            }
            let parts = input::changed_parts(&before.input, &job);
            if !parts.is_empty() {
                let detail = parts.join(",");
                db::record_change(&mut tx, saved, me.account_id, "edited", Some(&detail)).await?;
            }
        }
    }
    forms::db::forget(&mut tx, me.account_id, DraftForm::Job, job_id).await?;
    tx.commit().await?;
    Ok(saved)
}

/// A job from a feed is changed where it was written, at the job board:
/// the next import would undo a change made here. Its staff may still close it.
fn refuse_imported(job: &StoredJob) -> Result<(), AppError> {
    match job.source {
        Some(_) => Err(AppError::Conflict {
            key: "job-error-imported".into(),
        }),
        None => Ok(()),
    }
}

/// Keeps what was typed into a form that could not be saved, to show it again.
pub async fn keep_typed(job_id: Option<i64>, typed: &Typed) -> Result<(), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut conn = pool()?.acquire().await?;
    forms::db::keep(&mut conn, me.account_id, DraftForm::Job, job_id, typed).await
}

/// The staff member's job with its history.
pub async fn job_with_history(job_id: i64) -> Result<(StoredJob, Vec<Change>), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut conn = pool()?.acquire().await?;
    let job = db::stored(&mut conn, Reader::Staff(me.account_id), job_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let history = db::history(&mut conn, job_id).await?;
    Ok((job, history))
}

/// Opens a draft or a closed job to people and matching. A job whose last
/// day to apply has passed cannot be opened: nobody could apply.
pub async fn publish(job_id: i64) -> Result<(), AppError> {
    change_status(job_id, JobStatus::Published, |job| {
        let today = helsinki_local(OffsetDateTime::now_utc()).date();
        match job.status {
            JobStatus::Published => Err("job-error-already-published"),
            // Published here, it would close again at the feed's next run.
            _ if job.closed_by_feed => Err("job-error-closed-by-feed"),
            _ if job.input.apply_by.is_some_and(|day| day < today) => {
                Err("job-error-apply-by-passed")
            }
            _ => Ok(()),
        }
    })
    .await
}

/// Closes a published job: it leaves people's lists and matching.
pub async fn close(job_id: i64) -> Result<(), AppError> {
    change_status(job_id, JobStatus::Closed, |job| match job.status {
        JobStatus::Published => Ok(()),
        _ => Err("job-error-not-published"),
    })
    .await
}

/// Moves the staff member's job to `status` when `allowed` says it may go,
/// with a line in its history; else a conflict explained by its message.
async fn change_status(
    job_id: i64,
    status: JobStatus,
    allowed: impl Fn(&StoredJob) -> Result<(), &'static str>,
) -> Result<(), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut tx = pool()?.begin().await?;
    let job = db::stored(&mut tx, Reader::Staff(me.account_id), job_id, true)
        .await?
        .ok_or(AppError::NotFound)?;
    allowed(&job).map_err(|key| AppError::Conflict { key: key.into() })?;
    db::set_status(&mut tx, job_id, status).await?;
    db::record_change(&mut tx, job_id, me.account_id, status.as_str(), None).await?;
    tx.commit().await?;
    Ok(())
}
