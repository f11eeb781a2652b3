//! Matching on the server for the signed-in jobseeker: the open jobs ranked
//! by how well they fit, one job with what they have and would still need,
//! and saving jobs and saying "I'm interested".

use std::collections::BTreeMap;

use time::OffsetDateTime;

use super::{
    db::{self, Filter, Interest, ListedJob, OpenJob, Standing},
    fit::{Fit, JobNeeds, PersonFacts, fit},
};
use crate::{
    accounts::{Role, begin_own_write, require_role},
    context::pool,
    error::AppError,
    i18n::Locale,
    jobs::{
        input::JobInput,
        posting_db::{self as jobs_db, Reader, StoredJob},
    },
};

/// An open job with how well the person fits it.
#[derive(Clone, Debug)]
pub struct RankedJob {
    pub job: OpenJob,
    pub fit: Fit,
}

/// Open jobs that fit best first: by score, then those whose every
/// must-have is met, then the soonest last day to apply, then the newest.
pub fn rank(facts: &PersonFacts, jobs: Vec<OpenJob>) -> Vec<RankedJob> {
    let mut ranked: Vec<RankedJob> = jobs
        .into_iter()
        .map(|job| RankedJob {
            fit: fit(facts, &job.needs),
            job,
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.fit
            .score
            .cmp(&a.fit.score)
            .then(b.fit.all_musts.cmp(&a.fit.all_musts))
            .then_with(|| match (a.job.apply_by, b.job.apply_by) {
                (Some(a), Some(b)) => a.cmp(&b),
                (a, b) => a.is_none().cmp(&b.is_none()),
            })
            .then(b.job.job_id.cmp(&a.job.job_id))
    });
    ranked
}

/// "Jobs for you": every open job `filter` lets through, ranked for the
/// signed-in jobseeker, and the places the filter offers.
pub struct Listing {
    pub jobs: Vec<RankedJob>,
    pub places: Vec<String>,
    /// Whether the person has told Askel anything it can match on yet.
    pub has_facts: bool,
}

pub async fn jobs_for_me(filter: &Filter, locale: Locale) -> Result<Listing, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let facts = db::person_facts(&mut conn, me.account_id).await?;
    let jobs = db::open_jobs(&mut conn, locale.code(), filter).await?;
    let places = db::open_places(&mut conn).await?;
    Ok(Listing {
        has_facts: facts != PersonFacts::default(),
        jobs: rank(&facts, jobs),
        places,
    })
}

/// What a job asks for, as stored.
pub fn needs_of(job: &JobInput) -> JobNeeds {
    let skills = |must: bool| {
        job.skills
            .iter()
            .filter(|(_, m)| *m == must)
            .map(|(id, _)| id.clone())
            .collect()
    };
    JobNeeds {
        must: skills(true),
        nice: skills(false),
        certificates: job.certificates.clone(),
        languages: job.languages.clone(),
    }
}

/// One job for the signed-in jobseeker, with how they fit it, where they
/// stand with it, and where to build what they lack.
pub struct JobForMe {
    pub job: StoredJob,
    pub fit: Fit,
    pub standing: Standing,
    pub modules: BTreeMap<String, String>,
    pub assessments: BTreeMap<String, String>,
    /// Upcoming events where this employer meets people.
    pub events: Vec<(i64, String, OffsetDateTime)>,
}

pub async fn job_for_me(job_id: i64, locale: Locale) -> Result<JobForMe, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let job = jobs_db::stored(&mut conn, Reader::Jobseeker(me.account_id), job_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let facts = db::person_facts(&mut conn, me.account_id).await?;
    let fit = fit(&facts, &needs_of(&job.input));
    let standing = db::standing(&mut conn, me.account_id, job_id).await?;
    let modules = db::module_titles(&mut conn, locale.code()).await?;
    let assessments = db::assessment_titles(&mut conn, locale.code()).await?;
    let events = db::employer_events(&mut conn, job.input.employer_id, locale.code()).await?;
    Ok(JobForMe {
        job,
        fit,
        standing,
        modules,
        assessments,
        events,
    })
}

/// Keeps a published job in the person's saved jobs.
pub async fn save(job_id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    if !db::save_job(&mut tx, me.account_id, job_id).await? {
        return Err(AppError::Conflict {
            key: "match-error-cannot-save".into(),
        });
    }
    tx.commit().await?;
    Ok(())
}

pub async fn forget(job_id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    db::forget_job(&mut tx, me.account_id, job_id).await?;
    tx.commit().await?;
    Ok(())
}

/// "I'm interested": the coach sees it; with `share`, the employer may see
/// the person's skills for this job from now until they stop it.
pub async fn interested(job_id: i64, share: bool) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    match db::express_interest(&mut tx, me.account_id, job_id, share).await? {
        Interest::Recorded => {}
        Interest::Closed => {
            return Err(AppError::Conflict {
                key: "match-error-job-closed".into(),
            });
        }
        Interest::Missing => return Err(AppError::NotFound),
    }
    tx.commit().await?;
    Ok(())
}

/// Takes the interest back, and any consent with it.
pub async fn withdraw(job_id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    db::withdraw_interest(&mut tx, me.account_id, job_id).await?;
    tx.commit().await?;
    Ok(())
}

/// Stops showing the employer the person's skills for the job.
pub async fn stop_sharing(job_id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    db::stop_sharing(&mut tx, me.account_id, job_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The person's saved jobs and the jobs they are interested in.
pub async fn my_lists(locale: Locale) -> Result<(Vec<ListedJob>, Vec<ListedJob>), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let saved = db::saved_jobs(&mut conn, me.account_id, locale.code()).await?;
    let interests = db::interests(&mut conn, me.account_id, locale.code()).await?;
    Ok((saved, interests))
}
