//! Employers and jobs in PostgreSQL.

use sqlx::PgConnection;

use super::import::{EmployerRef, ImportedJob, Mapped};

/// What storing a feed did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stored {
    pub created: usize,
    pub updated: usize,
    /// Jobs of the feed's source that it no longer lists, now closed.
    pub closed: usize,
}

/// Stores a feed's jobs as published, each created or updated by its id in
/// `source`, with a line in its history; the source's jobs the feed no
/// longer lists are closed (a refused posting is still listed: its job
/// stays as it was). The feed is the whole list: this is what a scheduled
/// import of a job board runs.
pub async fn store_feed(
    conn: &mut PgConnection,
    source: &str,
    mapped: &Mapped,
) -> Result<Stored, sqlx::Error> {
    // One import of a source at a time, whichever process runs it: two at
    // once would lock employers and jobs in different orders, and close
    // each other's jobs.
    sqlx::query!(
        "select pg_advisory_xact_lock(hashtext('askel job feed ' || $1))",
        source
    )
    .execute(&mut *conn)
    .await?;
    let jobs = &mapped.jobs;
    let mut stored = Stored::default();
    for job in jobs {
        let employer = employer_id(conn, &job.employer).await?;
        let (job_id, created) = upsert_job(conn, source, employer, job).await?;
        if created {
            stored.created += 1;
        } else {
            stored.updated += 1;
        }
        replace_parts(conn, job_id, job).await?;
        let what = if created {
            "created from the feed"
        } else {
            "updated from the feed"
        };
        sqlx::query!(
            "insert into job_change (job_id, what, detail) values ($1, 'imported', $2)",
            job_id,
            what
        )
        .execute(&mut *conn)
        .await?;
    }
    let listed: Vec<String> = jobs
        .iter()
        .map(|j| j.source_id.clone())
        .chain(mapped.refused_ids.iter().cloned())
        .collect();
    let closed = sqlx::query_scalar!(
        "with gone as (
             update job set status = 'closed', closed_at = now()
             where source = $1 and source_id <> all($2) and status = 'published'
             returning job_id
         )
         insert into job_change (job_id, what, detail)
         select job_id, 'closed', 'no longer in the feed' from gone
         returning job_id",
        source,
        &listed
    )
    .fetch_all(&mut *conn)
    .await?;
    stored.closed = closed.len();
    Ok(stored)
}

/// The employer a posting names: by business ID where it has one, else by
/// name among employers without one; created when new.
async fn employer_id(conn: &mut PgConnection, employer: &EmployerRef) -> Result<i64, sqlx::Error> {
    if let Some(business_id) = &employer.business_id {
        return sqlx::query_scalar!(
            "insert into employer (name, business_id) values ($1, $2)
             on conflict (business_id) do update set name = excluded.name
             returning employer_id",
            employer.name,
            business_id
        )
        .fetch_one(conn)
        .await;
    }
    sqlx::query!(
        "insert into employer (name) values ($1)
         on conflict (lower(name)) where business_id is null do nothing",
        employer.name
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query_scalar!(
        "select employer_id from employer where lower(name) = lower($1) and business_id is null",
        employer.name
    )
    .fetch_one(conn)
    .await
}

/// Creates or updates the job with `job`'s id in `source`; (its id, whether new).
async fn upsert_job(
    conn: &mut PgConnection,
    source: &str,
    employer_id: i64,
    job: &ImportedJob,
) -> Result<(i64, bool), sqlx::Error> {
    let row = sqlx::query!(
        r#"insert into job (employer_id, kind, status, occupation_id, municipality, remote, form,
                            hours, start_on, apply_by, apply_url, source, source_id, published_at)
           values ($1, 'job', 'published', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
           on conflict (source, source_id) where source is not null do update
           set employer_id = excluded.employer_id, occupation_id = excluded.occupation_id,
               municipality = excluded.municipality, remote = excluded.remote,
               form = excluded.form, hours = excluded.hours, start_on = excluded.start_on,
               apply_by = excluded.apply_by, apply_url = excluded.apply_url,
               status = case when job.closed_by_staff then job.status else 'published' end,
               published_at = coalesce(job.published_at, now()),
               closed_at = case when job.closed_by_staff then job.closed_at end
           returning job_id, (xmax = 0) as "created!""#,
        employer_id,
        job.occupation,
        job.municipality,
        job.remote,
        job.form.map(|f| f.as_str()),
        job.hours,
        job.start_on,
        job.apply_by,
        job.apply_url,
        source,
        job.source_id,
    )
    .fetch_one(conn)
    .await?;
    Ok((row.job_id, row.created))
}

/// The job's text in its language and its skills, as the posting has them now.
async fn replace_parts(
    conn: &mut PgConnection,
    job_id: i64,
    job: &ImportedJob,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into job_text (job_id, locale, title, description) values ($1, $2, $3, $4)
         on conflict (job_id, locale) do update
         set title = excluded.title, description = excluded.description",
        job_id,
        job.locale.code(),
        job.title,
        job.description
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("delete from job_skill where job_id = $1", job_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query!(
        "insert into job_skill (job_id, skill_id, must)
         select $1, skill_id, true from vocabulary_skill where skill_id = any($2) and active",
        job_id,
        &job.skills
    )
    .execute(conn)
    .await?;
    Ok(())
}
