//! Jobs that employers' staff write and manage themselves, in PostgreSQL.
//! Every function that takes a staff member's account acts only on the jobs
//! of employers they are a member of.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

use super::{
    input::JobInput,
    types::{JobForm, JobKind, JobStatus},
};
use crate::{i18n::Locale, profile::types::LanguageLevel};

/// The employers `account_id` is staff of, by name.
pub async fn memberships(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows = sqlx::query!(
        "select e.employer_id, e.name from employer_member m
         join employer e using (employer_id)
         where m.account_id = $1
         order by lower(e.name), e.employer_id",
        account_id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.employer_id, r.name)).collect())
}

/// The events a job can point to ("meet us here"): the organiser's own
/// published ones not yet over, and the event the job points to now, whoever
/// runs it (a colleague's, or one over: a job keeps it), titled in `locale`
/// (or Finnish), soonest first.
pub async fn linkable_events(
    conn: &mut PgConnection,
    organiser_id: i64,
    linked: Option<i64>,
    locale: Locale,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select e.event_id, coalesce(l.title, f.title) as "title!"
           from event e
           join event_text f on f.event_id = e.event_id and f.locale = 'fi'
           left join event_text l on l.event_id = e.event_id and l.locale = $3
           where (e.organiser_id = $1 and e.status = 'published' and e.ends_at > now())
              or e.event_id = $2
           order by e.starts_at, e.event_id"#,
        organiser_id,
        linked,
        locale.nearest_written().code()
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.event_id, r.title)).collect())
}

/// One line of the staff member's list of jobs.
#[derive(Clone, Debug)]
pub struct OwnJob {
    pub job_id: i64,
    pub title: String,
    pub employer: String,
    pub kind: String,
    pub status: String,
    pub apply_by: Option<Date>,
}

/// Every job of the staff member's employers, newest first.
pub async fn own_jobs(
    conn: &mut PgConnection,
    account_id: i64,
    locale: Locale,
) -> Result<Vec<OwnJob>, sqlx::Error> {
    sqlx::query_as!(
        OwnJob,
        r#"select j.job_id, coalesce(l.title, f.title, '') as "title!", e.name as employer,
                  j.kind, j.status, j.apply_by
           from job j
           join employer_member m on m.employer_id = j.employer_id and m.account_id = $1
           join employer e on e.employer_id = j.employer_id
           left join job_text f on f.job_id = j.job_id and f.locale = 'fi'
           left join job_text l on l.job_id = j.job_id and l.locale = $2
           order by j.created_at desc, j.job_id desc"#,
        account_id,
        locale.nearest_written().code()
    )
    .fetch_all(conn)
    .await
}

/// A job of the staff member's employers as stored, with where it stands
/// and the name of its employer.
#[derive(Clone, Debug)]
pub struct StoredJob {
    pub status: JobStatus,
    pub employer: String,
    /// The feed the job came from: the feed keeps it up to date, not a form.
    pub source: Option<String>,
    /// Closed because its feed no longer lists it: only the feed opens it again.
    pub closed_by_feed: bool,
    pub said: Said,
    /// As a form would hold it: where a feed did not say, a form's default.
    pub input: JobInput,
}

/// Which of the parts a feed may leave out the job says: a page shows only
/// what was said, not the form's defaults standing in for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Said {
    pub form: bool,
    pub finnish: bool,
}

/// Who reads a job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// Staff of its employer, who see it in every state.
    Staff(i64),
    /// A jobseeker, who sees it while it is published, and once closed only
    /// if they saved it or said they were interested: it stays in their lists.
    Jobseeker(i64),
    /// Anyone else who may read open jobs (a coach): published ones only.
    Public,
}

/// The job as `reader` may see it, or `None` when they may not (or it is
/// not there). With `lock`, held against other changes until the
/// transaction ends.
pub async fn stored(
    conn: &mut PgConnection,
    reader: Reader,
    job_id: i64,
    lock: bool,
) -> Result<Option<StoredJob>, sqlx::Error> {
    let (account_id, staff) = match reader {
        Reader::Staff(account_id) => (account_id, true),
        Reader::Jobseeker(account_id) => (account_id, false),
        // No account has id 0, so only the published test can pass.
        Reader::Public => (0, false),
    };
    // Locked before it is read, so what is read is what a change after a
    // wait for another change builds on: each statement sees the latest.
    if lock {
        sqlx::query!(
            "select job_id from job where job_id = $1 for no key update",
            job_id
        )
        .fetch_optional(&mut *conn)
        .await?;
    }
    let Some(job) = sqlx::query!(
        r#"select j.employer_id, e.name as employer, j.kind, j.status, j.occupation_id,
                  j.municipality, j.remote, j.form, j.hours, j.finnish_required,
                  j.adjustments, j.start_on, j.apply_by, j.how_to_apply, j.apply_url, j.event_id,
                  j.source,
                  j.status = 'closed' and j.source is not null and not j.closed_by_staff
                      as "closed_by_feed!"
           from job j
           join employer e on e.employer_id = j.employer_id
           where j.job_id = $2
             and case when $3 then exists(
                          select 1 from employer_member m
                          where m.employer_id = j.employer_id and m.account_id = $1)
                      else j.status = 'published'
                           or j.status = 'closed' and (
                               exists(select 1 from saved_job s
                                      where s.job_id = j.job_id and s.account_id = $1)
                               or exists(select 1 from job_candidate c
                                         where c.job_id = j.job_id and c.account_id = $1))
                 end"#,
        account_id,
        job_id,
        staff
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let texts = sqlx::query!(
        "select locale, title, description from job_text where job_id = $1",
        job_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut texts: Vec<(Locale, String, String)> = texts
        .into_iter()
        .filter_map(|t| Some((Locale::from_tag(&t.locale)?, t.title, t.description)))
        .collect();
    texts.sort_by_key(|(locale, _, _)| Locale::ALL.iter().position(|l| l == locale));
    let skills = sqlx::query!(
        "select skill_id, must from job_skill where job_id = $1 order by skill_id",
        job_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let certificates = sqlx::query_scalar!(
        "select certificate_id from job_certificate where job_id = $1 order by certificate_id",
        job_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let languages = sqlx::query!(
        "select language_id, level from job_language where job_id = $1
         order by language_id <> 'fi', language_id",
        job_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let input = JobInput {
        employer_id: job.employer_id,
        kind: JobKind::parse(&job.kind).unwrap_or(JobKind::Job),
        texts,
        occupation: job.occupation_id.unwrap_or_default(),
        municipality: job.municipality,
        remote: job.remote,
        form: job
            .form
            .as_deref()
            .and_then(JobForm::parse)
            .unwrap_or(JobForm::Permanent),
        hours: job.hours,
        finnish_required: job.finnish_required.unwrap_or(false),
        languages: languages
            .into_iter()
            .filter_map(|l| Some((l.language_id, LanguageLevel::parse(&l.level)?)))
            .collect(),
        certificates,
        skills: skills.into_iter().map(|s| (s.skill_id, s.must)).collect(),
        adjustments: job.adjustments,
        start_on: job.start_on,
        apply_by: job.apply_by,
        how_to_apply: job.how_to_apply,
        apply_url: job.apply_url,
        event_id: job.event_id,
    };
    Ok(Some(StoredJob {
        status: JobStatus::parse(&job.status).unwrap_or(JobStatus::Draft),
        employer: job.employer,
        source: job.source,
        closed_by_feed: job.closed_by_feed,
        said: Said {
            form: job.form.is_some(),
            finnish: job.finnish_required.is_some(),
        },
        input,
    }))
}

/// Creates a draft (no `job_id`) or writes the job's new version; its id.
pub async fn save(
    conn: &mut PgConnection,
    account_id: i64,
    job_id: Option<i64>,
    job: &JobInput,
) -> Result<i64, sqlx::Error> {
    // A new job is made with what identifies it, then written like a change.
    let job_id = match job_id {
        Some(job_id) => job_id,
        None => {
            sqlx::query_scalar!(
                "insert into job (employer_id, kind, created_by) values ($1, $2, $3)
                 returning job_id",
                job.employer_id,
                job.kind.as_str(),
                account_id
            )
            .fetch_one(&mut *conn)
            .await?
        }
    };
    sqlx::query!(
        "update job set employer_id = $2, kind = $3, occupation_id = $4,
                        municipality = $5, remote = $6, form = $7, hours = $8,
                        finnish_required = $9, adjustments = $10, start_on = $11,
                        apply_by = $12, how_to_apply = $13, apply_url = $14, event_id = $15
         where job_id = $1",
        job_id,
        job.employer_id,
        job.kind.as_str(),
        job.occupation,
        job.municipality,
        job.remote,
        job.form.as_str(),
        job.hours,
        job.finnish_required,
        &job.adjustments,
        job.start_on,
        job.apply_by,
        job.how_to_apply,
        job.apply_url,
        job.event_id
    )
    .execute(&mut *conn)
    .await?;
    replace_parts(conn, job_id, job).await?;
    Ok(job_id)
}

/// The job's texts, skills, certificates and languages, as `job` has them.
async fn replace_parts(
    conn: &mut PgConnection,
    job_id: i64,
    job: &JobInput,
) -> Result<(), sqlx::Error> {
    let (locales, titles, descriptions): (Vec<String>, Vec<String>, Vec<String>) = job
        .texts
        .iter()
        .map(|(l, t, d)| (l.code().to_owned(), t.clone(), d.clone()))
        .collect();
    let (skills, musts): (Vec<String>, Vec<bool>) = job.skills.iter().cloned().unzip();
    let (languages, levels): (Vec<String>, Vec<String>) = job
        .languages
        .iter()
        .map(|(id, level)| (id.clone(), level.as_str().to_owned()))
        .unzip();
    sqlx::query!(
        "with texts as (delete from job_text where job_id = $1),
              skills as (delete from job_skill where job_id = $1),
              certificates as (delete from job_certificate where job_id = $1)
         delete from job_language where job_id = $1",
        job_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "insert into job_text (job_id, locale, title, description)
         select $1, * from unnest($2::text[], $3::text[], $4::text[])",
        job_id,
        &locales,
        &titles,
        &descriptions
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "insert into job_skill (job_id, skill_id, must)
         select $1, s.skill_id, s.must from unnest($2::text[], $3::bool[]) as s (skill_id, must)
         join vocabulary_skill v on v.skill_id = s.skill_id and v.active",
        job_id,
        &skills,
        &musts
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "insert into job_certificate (job_id, certificate_id)
         select $1, c from unnest($2::text[]) as c",
        job_id,
        &job.certificates
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "insert into job_language (job_id, language_id, level)
         select $1, * from unnest($2::text[], $3::text[])",
        job_id,
        &languages,
        &levels
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Publishes or closes the job, as its staff do: a job they closed stays
/// closed when a feed lists it again.
pub async fn set_status(
    conn: &mut PgConnection,
    job_id: i64,
    status: JobStatus,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update job set status = $2,
                        published_at = case when $2 = 'published' then coalesce(published_at, now())
                                            else published_at end,
                        closed_at = case when $2 = 'closed' then now() end,
                        closed_by_staff = $2 = 'closed'
         where job_id = $1",
        job_id,
        status.as_str()
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A line in the job's history: `what` is created, edited, published or
/// closed; for an edit, `detail` lists the parts changed.
pub async fn record_change(
    conn: &mut PgConnection,
    job_id: i64,
    changed_by: i64,
    what: &str,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into job_change (job_id, changed_by, what, detail) values ($1, $2, $3, $4)",
        job_id,
        changed_by,
        what,
        detail
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// One line of a job's history, with who did it (none: the feed, or an
/// account since deleted).
#[derive(Clone, Debug)]
pub struct Change {
    pub changed_at: OffsetDateTime,
    pub who: Option<String>,
    pub what: String,
    pub detail: Option<String>,
}

/// The job's history, newest first.
pub async fn history(conn: &mut PgConnection, job_id: i64) -> Result<Vec<Change>, sqlx::Error> {
    sqlx::query_as!(
        Change,
        r#"select c.changed_at, a.display_name as "who?", c.what, c.detail
           from job_change c left join account a on a.account_id = c.changed_by
           where c.job_id = $1
           order by c.change_id desc"#,
        job_id
    )
    .fetch_all(conn)
    .await
}
