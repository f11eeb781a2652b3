//! Matching on the server for the signed-in jobseeker: the open jobs ranked
//! by how well they fit, one job with what they have and would still need,
//! and saving jobs and saying "I'm interested".

use std::collections::{BTreeMap, BTreeSet};

use time::OffsetDateTime;

use super::{
    db::{self, Filter, Interest, ListedJob, OpenJob, Standing},
    fit::{Fit, JobNeeds, Need, PersonFacts, fit},
};
use crate::{
    accounts::{Role, begin_own_write, require_role},
    audit::{AuditAction, db::record_each},
    caseload::server::{open_jobseeker, require_on_caseload},
    context::pool,
    error::AppError,
    i18n::Locale,
    jobs::{
        input::JobInput,
        posting_db::{self as jobs_db, Reader, StoredJob},
    },
    profile::types::ShownSkill,
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
    let jobs = db::open_jobs(&mut conn, locale.nearest_written().code(), filter).await?;
    let places = db::open_places(&mut conn).await?;
    Ok(Listing {
        has_facts: facts != PersonFacts::default(),
        jobs: rank(&facts, jobs),
        places,
    })
}

/// For a coach: every open job `filter` lets through, newest first.
pub async fn open_jobs_for_coach(filter: &Filter, locale: Locale) -> Result<Listing, AppError> {
    require_role(&[Role::Coach])?;
    let mut conn = pool()?.acquire().await?;
    let mut jobs = db::open_jobs(&mut conn, locale.nearest_written().code(), filter).await?;
    jobs.sort_by_key(|job| std::cmp::Reverse(job.job_id));
    let places = db::open_places(&mut conn).await?;
    let nobody = PersonFacts::default();
    Ok(Listing {
        jobs: jobs
            .into_iter()
            .map(|job| RankedJob {
                fit: fit(&nobody, &job.needs),
                job,
            })
            .collect(),
        places,
        has_facts: false,
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
    let chain = locale.chain_codes();
    let modules = db::module_titles(&mut conn, &chain).await?;
    let assessments = db::assessment_titles(&mut conn, &chain).await?;
    let events = db::employer_events(
        &mut conn,
        job.input.employer_id,
        locale.nearest_written().code(),
    )
    .await?;
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

/// A candidacy recorded, or why not: a closed job says so, a draft is not there.
fn recorded(interest: Interest) -> Result<(), AppError> {
    match interest {
        Interest::Recorded => Ok(()),
        Interest::Closed => Err(AppError::Conflict {
            key: "match-error-job-closed".into(),
        }),
        Interest::Missing => Err(AppError::NotFound),
    }
}

/// "I'm interested": the coach sees it; with `share`, the employer may see
/// the person's skills for this job from now until they stop it.
pub async fn interested(job_id: i64, share: bool) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    recorded(db::express_interest(&mut tx, me.account_id, job_id, share).await?)?;
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
    let saved = db::saved_jobs(&mut conn, me.account_id, locale.nearest_written().code()).await?;
    let interests =
        db::interests(&mut conn, me.account_id, locale.nearest_written().code()).await?;
    Ok((saved, interests))
}

/// How many of the best-fitting jobs a coach sees for one person.
const BEST_FOR_COACH: usize = 20;

/// For a coach: the open jobs that fit one jobseeker on their caseload best,
/// with their name and the jobs already suggested to them. The read is audited.
pub struct JobsForJobseeker {
    pub name: String,
    pub jobs: Vec<RankedJob>,
    pub proposed: BTreeSet<i64>,
}

pub async fn jobs_for_jobseeker(
    jobseeker: i64,
    locale: Locale,
) -> Result<JobsForJobseeker, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker, "jobs that fit").await?;
    let facts = db::person_facts(&mut tx, jobseeker).await?;
    let jobs = db::open_jobs(&mut tx, locale.nearest_written().code(), &Filter::default()).await?;
    let proposed = db::interests(&mut tx, jobseeker, locale.nearest_written().code())
        .await?
        .into_iter()
        .filter(|job| job.proposed)
        .map(|job| job.job_id)
        .collect();
    tx.commit().await?;
    let mut jobs = rank(&facts, jobs);
    jobs.truncate(BEST_FOR_COACH);
    Ok(JobsForJobseeker {
        name,
        jobs,
        proposed,
    })
}

/// A coach suggests an open job to a jobseeker on their caseload.
pub async fn propose(jobseeker: i64, job_id: i64) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker).await?;
    recorded(db::propose(&mut tx, coach.account_id, jobseeker, job_id).await?)?;
    tx.commit().await?;
    Ok(())
}

/// A coach makes one thing a job asks for, which the person lacks, a step
/// of their plan ("Hygiene passport – for the job Cook at Keittiö Oy"),
/// written in the person's language.
pub async fn gap_to_plan(jobseeker: i64, job_id: i64, need: &str) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker).await?;
    let job = jobs_db::stored(&mut tx, Reader::Jobseeker(jobseeker), job_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let facts = db::person_facts(&mut tx, jobseeker).await?;
    let missing = fit(&facts, &needs_of(&job.input)).missing;
    let need = missing
        .iter()
        .find(|n| n.code() == need)
        .ok_or(AppError::NotFound)?;
    let locale = crate::caseload::person_db::profile(&mut tx, jobseeker)
        .await?
        .and_then(|p| Locale::from_tag(&p.locale))
        .unwrap_or_default();
    let vocabulary = crate::context::vocabulary()?;
    let shown = crate::jobs::shown::shown(&job, locale)?;
    let what = crate::i18n::translate_args(
        locale,
        "match-plan-step",
        &[
            (
                "need",
                super::views::need_label(need, vocabulary.texts(locale), locale).into(),
            ),
            ("job", shown.title.into()),
            ("employer", job.employer.clone().into()),
        ],
    );
    let step = crate::plan::db::StepFields {
        goal_id: None,
        what: what.chars().take(crate::plan::input::MAX_WHAT).collect(),
        who: "jobseeker".into(),
        due_on: None,
        status: "todo".into(),
    };
    // Pressed twice (or by two coaches at once), the step is made once.
    db::serialize_person(&mut tx, jobseeker).await?;
    let planned = crate::plan::db::steps(&mut tx, jobseeker).await?;
    if planned
        .iter()
        .any(|s| s.what == step.what && matches!(s.status.as_str(), "todo" | "doing"))
    {
        return Err(AppError::Conflict {
            key: "match-error-already-planned".into(),
        });
    }
    crate::plan::db::add_step(&mut tx, jobseeker, &step, coach.account_id).await?;
    tx.commit().await?;
    Ok(())
}

/// A candidate for a job with how they fit it.
#[derive(Clone, Debug)]
pub struct RankedCandidate {
    pub candidate: db::Candidate,
    pub fit: Fit,
}

/// For the job's staff: the candidates who share their skills for it, and
/// how many people in the service have every must-have skill (none under
/// [`SMALLEST_COUNT`], which could point at someone). The names read are audited.
pub struct Candidates {
    pub candidates: Vec<RankedCandidate>,
    pub matching: Option<i64>,
}

/// Fewer people than this are shown as "fewer than five".
pub const SMALLEST_COUNT: i64 = 5;

pub async fn candidates(job_id: i64) -> Result<Candidates, AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut tx = pool()?.begin().await?;
    let job = jobs_db::stored(&mut tx, Reader::Staff(me.account_id), job_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let needs = needs_of(&job.input);
    let candidates = db::candidates(&mut tx, job_id, None).await?;
    let shown: Vec<i64> = candidates.iter().map(|c| c.account_id).collect();
    // Everyone's facts in three queries, not three per candidate.
    let facts = db::facts_of(&mut tx, &shown).await?;
    let nothing = PersonFacts::default();
    let ranked = candidates
        .into_iter()
        .map(|candidate| RankedCandidate {
            fit: fit(facts.get(&candidate.account_id).unwrap_or(&nothing), &needs),
            candidate,
        })
        .collect();
    record_each(
        &mut tx,
        me.account_id,
        &shown,
        AuditAction::ViewedPersonalData,
        &format!("candidates job {job_id}"),
    )
    .await?;
    // A draft's must-haves could be set to single out a small group.
    let matching = match job.status {
        crate::jobs::types::JobStatus::Published => db::must_match_count(&mut tx, job_id).await?,
        _ => None,
    };
    tx.commit().await?;
    Ok(Candidates {
        candidates: ranked,
        matching,
    })
}

/// The job's staff record what came of a candidate.
pub async fn set_stage(job_id: i64, candidate: i64, stage: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let stage = match stage {
        "" => None,
        known if super::STAGES.contains(&known) => Some(known),
        _ => return Err(AppError::field("stage", "match-error-stage")),
    };
    let mut tx = pool()?.begin().await?;
    jobs_db::stored(&mut tx, Reader::Staff(me.account_id), job_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    if !db::set_stage(&mut tx, job_id, candidate, stage).await? {
        return Err(AppError::NotFound);
    }
    // What an employer writes about a person is theirs to see in their data.
    crate::audit::db::record(
        &mut tx,
        Some(me.account_id),
        Some(candidate),
        AuditAction::CandidateStageSet,
        Some(&format!("job {job_id} {}", stage.unwrap_or("none"))),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A candidate's name and skills as they share them for the job; the read
/// is audited. Anyone not sharing for it now is not found.
pub async fn candidate_skills(
    job_id: i64,
    candidate: i64,
    locale: Locale,
) -> Result<(String, Vec<ShownSkill>), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut tx = pool()?.begin().await?;
    jobs_db::stored(&mut tx, Reader::Staff(me.account_id), job_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let person = db::candidates(&mut tx, job_id, Some(candidate))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let skills = crate::profile::server::skills_as_shared(&mut tx, candidate, locale).await?;
    crate::audit::db::record(
        &mut tx,
        Some(me.account_id),
        Some(candidate),
        AuditAction::ViewedPersonalData,
        Some(&format!("shared-skills job {job_id}")),
    )
    .await?;
    tx.commit().await?;
    Ok((person.name, skills))
}

/// One person on a coach's caseload and how they fit a job.
#[derive(Clone, Debug)]
pub struct FittingPerson {
    pub account_id: i64,
    pub name: String,
    pub fit: Fit,
    pub proposed: bool,
}

/// For a coach: an open job and the people on their caseload who fit it
/// best (every must-have met first), at most [`BEST_FOR_COACH`]. Each person
/// shown is written to the audit log.
pub struct PeopleForJob {
    pub job: StoredJob,
    pub people: Vec<FittingPerson>,
}

pub async fn people_for_job(job_id: i64) -> Result<PeopleForJob, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let job = jobs_db::stored(&mut tx, Reader::Public, job_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let needs = needs_of(&job.input);
    let names = db::caseload_names(&mut tx, coach.account_id).await?;
    let ids: Vec<i64> = names.keys().copied().collect();
    let facts = db::facts_of(&mut tx, &ids).await?;
    let proposed = db::proposed_for_job(&mut tx, job_id, &ids).await?;
    let mut people: Vec<FittingPerson> = names
        .into_iter()
        .map(|(account_id, name)| FittingPerson {
            fit: fit(
                facts.get(&account_id).unwrap_or(&PersonFacts::default()),
                &needs,
            ),
            proposed: proposed.contains(&account_id),
            account_id,
            name,
        })
        .collect();
    people.sort_by(|a, b| {
        (b.fit.all_musts, b.fit.score)
            .cmp(&(a.fit.all_musts, a.fit.score))
            .then_with(|| a.name.cmp(&b.name))
    });
    people.truncate(BEST_FOR_COACH);
    let shown: Vec<i64> = people.iter().map(|p| p.account_id).collect();
    record_each(
        &mut tx,
        coach.account_id,
        &shown,
        AuditAction::ViewedPersonalData,
        &format!("fit for job {job_id}"),
    )
    .await?;
    tx.commit().await?;
    Ok(PeopleForJob { job, people })
}

/// The module people do before meeting employers when no gap points to one.
const MEETING_MODULE: &str = "interview";

/// What a jobseeker prepares for an event where employers meet people for
/// their open jobs.
#[derive(Clone, Debug)]
pub struct Preparation {
    /// The event's open jobs, best fit first, each with what they have and need.
    pub jobs: Vec<RankedJob>,
    /// Cards the jobs ask for that the person holds: to bring along.
    pub bring: Vec<String>,
    /// One module to do before the day: (id, title in the reader's language).
    pub module: Option<(String, String)>,
}

/// How the signed-in jobseeker can prepare for `event_id`; `None` when no
/// open job is linked to it.
pub async fn prepare_for_event(
    event_id: i64,
    locale: Locale,
) -> Result<Option<Preparation>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let filter = Filter {
        event: Some(event_id),
        ..Filter::default()
    };
    let jobs = db::open_jobs(&mut conn, locale.nearest_written().code(), &filter).await?;
    if jobs.is_empty() {
        return Ok(None);
    }
    let facts = db::person_facts(&mut conn, me.account_id).await?;
    let jobs = rank(&facts, jobs);
    let bring: BTreeSet<String> = jobs
        .iter()
        .flat_map(|r| &r.job.needs.certificates)
        .filter(|card| facts.certificates.contains(*card))
        .cloned()
        .collect();
    let done = db::completed_modules(&mut conn, me.account_id).await?;
    let titles = db::module_titles(&mut conn, &locale.chain_codes()).await?;
    Ok(Some(Preparation {
        module: module_before_the_day(&jobs, &done, &titles)?,
        jobs,
        bring: bring.into_iter().collect(),
    }))
}

/// The first module not done yet that builds a skill the jobs still ask
/// for, the best-fitting job's must-haves first; else the one on meeting
/// employers, if that is not done either.
fn module_before_the_day(
    jobs: &[RankedJob],
    done: &BTreeSet<String>,
    titles: &BTreeMap<String, String>,
) -> Result<Option<(String, String)>, AppError> {
    let vocabulary = crate::context::vocabulary()?;
    let missing = jobs
        .iter()
        .flat_map(|r| &r.fit.missing)
        .filter_map(|need| match need {
            Need::Skill { id, .. } => Some(id),
            _ => None,
        });
    let building = missing.flat_map(|id| {
        vocabulary
            .skills
            .iter()
            .filter(move |s| &s.id == id)
            .flat_map(|s| s.modules.iter().map(String::as_str))
    });
    Ok(building
        .chain([MEETING_MODULE])
        .find(|module| !done.contains(*module) && titles.contains_key(*module))
        .map(|module| (module.to_owned(), titles[module].clone())))
}

/// For an organiser's door list: of the skills the event's open jobs ask
/// for, those each of `people` has, named in `locale`. The caller passes
/// only people who share their skills for the event now.
pub async fn skills_for_event_jobs(
    conn: &mut sqlx::PgConnection,
    event_id: i64,
    people: &[i64],
    locale: Locale,
) -> Result<BTreeMap<i64, Vec<String>>, AppError> {
    if people.is_empty() {
        return Ok(BTreeMap::new());
    }
    let filter = Filter {
        event: Some(event_id),
        ..Filter::default()
    };
    let jobs = db::open_jobs(&mut *conn, locale.nearest_written().code(), &filter).await?;
    let asked: BTreeSet<&String> = jobs
        .iter()
        .flat_map(|j| j.needs.must.iter().chain(&j.needs.nice))
        .collect();
    if asked.is_empty() {
        return Ok(BTreeMap::new());
    }
    let vocabulary = crate::context::vocabulary()?;
    let labels = &vocabulary.texts(locale).skills;
    Ok(db::facts_of(conn, people)
        .await?
        .into_iter()
        .map(|(person, facts)| {
            let mut names: Vec<String> = facts
                .skills
                .iter()
                .filter(|skill| asked.contains(skill))
                .map(|skill| {
                    labels
                        .get(skill)
                        .map_or_else(|| skill.clone(), |l| l.label.clone())
                })
                .collect();
            crate::i18n::sort_by_name(&mut names, locale, String::as_str);
            (person, names)
        })
        .collect())
}
