//! What matching reads and writes in PostgreSQL: a person's facts, the open
//! jobs with what each asks for, and the jobs a person saved or is
//! interested in.

use std::collections::BTreeMap;

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

use super::fit::{JobNeeds, PersonFacts};
use crate::profile::types::LanguageLevel;

/// At most this many saved jobs per person.
pub const MAX_SAVED_JOBS: i64 = 100;

/// What Askel knows `account_id` can do: skills with any evidence, cards
/// valid today (by Helsinki's calendar) and languages. Nothing else about
/// the person is read.
pub async fn person_facts(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<PersonFacts, sqlx::Error> {
    let mut facts = facts_of(conn, &[account_id]).await?;
    Ok(facts.remove(&account_id).unwrap_or_default())
}

/// The facts of each of `people`, in three queries however many they are.
pub async fn facts_of(
    conn: &mut PgConnection,
    people: &[i64],
) -> Result<BTreeMap<i64, PersonFacts>, sqlx::Error> {
    let mut facts: BTreeMap<i64, PersonFacts> = people
        .iter()
        .map(|id| (*id, PersonFacts::default()))
        .collect();
    let skills = sqlx::query!(
        "select account_id, skill_id from person_skill
         where account_id = any($1)
           and (until is null or until >= (now() at time zone 'Europe/Helsinki')::date)",
        people
    )
    .fetch_all(&mut *conn)
    .await?;
    for row in skills {
        facts
            .entry(row.account_id)
            .or_default()
            .skills
            .insert(row.skill_id);
    }
    let certificates = sqlx::query!(
        "select account_id, certificate_id from person_certificate
         where account_id = any($1)
           and (valid_until is null or valid_until >= (now() at time zone 'Europe/Helsinki')::date)",
        people
    )
    .fetch_all(&mut *conn)
    .await?;
    for row in certificates {
        facts
            .entry(row.account_id)
            .or_default()
            .certificates
            .insert(row.certificate_id);
    }
    let languages = sqlx::query!(
        "select account_id, language_id, level from person_language where account_id = any($1)",
        people
    )
    .fetch_all(conn)
    .await?;
    for row in languages {
        if let Some(level) = LanguageLevel::parse(&row.level) {
            facts
                .entry(row.account_id)
                .or_default()
                .languages
                .insert(row.language_id, level);
        }
    }
    Ok(facts)
}

/// The live jobseekers on a coach's caseload, by id, with their names.
pub async fn caseload_names(
    conn: &mut PgConnection,
    coach_id: i64,
) -> Result<BTreeMap<i64, String>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select account_id, coalesce(display_name, '') as "name!" from account
           where coach_id = $1 and role = 'jobseeker' and deleted_at is null"#,
        coach_id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.account_id, r.name)).collect())
}

/// Which open jobs to list: every part optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Jobs in these occupations (a field's), when given.
    pub occupations: Option<Vec<String>>,
    /// Jobs in this municipality, or remote ones.
    pub place: Option<String>,
    pub form: Option<String>,
    pub kind: Option<String>,
    /// Only jobs that said Finnish is not required.
    pub finnish_not_required: bool,
    /// Only jobs whose employer meets people at this event.
    pub event: Option<i64>,
}

/// An open job as a list shows it, with what it asks for.
#[derive(Clone, Debug)]
pub struct OpenJob {
    pub job_id: i64,
    pub title: String,
    /// The language of the title: the reader's, or Finnish.
    pub title_locale: String,
    pub employer: String,
    pub kind: String,
    pub form: Option<String>,
    pub municipality: Option<String>,
    pub remote: bool,
    pub apply_by: Option<Date>,
    pub needs: JobNeeds,
}

/// Every published job that `filter` lets through and whose last day to
/// apply has not passed, titled in `locale` (or Finnish).
pub async fn open_jobs(
    conn: &mut PgConnection,
    locale: &str,
    filter: &Filter,
) -> Result<Vec<OpenJob>, sqlx::Error> {
    // What the jobs ask for, gathered per table in one pass each: a subquery
    // per job and table cost four index lookups for each of 2,000 jobs.
    // Sorted here, not in the query, where collation made it the dearest step.
    let rows = sqlx::query!(
        r#"with open as (
               select * from job j
               where j.status = 'published'
                 and (j.apply_by is null or j.apply_by >= (now() at time zone 'Europe/Helsinki')::date)
                 and ($2::text[] is null or j.occupation_id = any($2))
                 and ($3::text is null or j.remote or lower(j.municipality) = lower($3))
                 and ($4::text is null or j.form = $4)
                 and ($5::text is null or j.kind = $5)
                 and (not $6 or j.finnish_required is false)
                 and ($7::bigint is null or j.event_id = $7)
           ), skills as (
               select s.job_id,
                      array_agg(s.skill_id) filter (where s.must) as must,
                      array_agg(s.skill_id) filter (where not s.must) as nice
               from job_skill s join open using (job_id) group by s.job_id
           ), certificates as (
               select c.job_id, array_agg(c.certificate_id) as certificates
               from job_certificate c join open using (job_id) group by c.job_id
           ), languages as (
               select g.job_id, array_agg(g.language_id || ' ' || g.level) as languages
               from job_language g join open using (job_id) group by g.job_id
           )
           select j.job_id, coalesce(l.title, f.title, '') as "title!",
                  case when l.title is null then 'fi' else $1 end as "title_locale!",
                  e.name as employer, j.kind, j.form, j.municipality, j.remote, j.apply_by,
                  coalesce(s.must, '{}') as "must!", coalesce(s.nice, '{}') as "nice!",
                  coalesce(c.certificates, '{}') as "certificates!",
                  coalesce(g.languages, '{}') as "languages!"
           from open j
           join employer e on e.employer_id = j.employer_id
           left join job_text f on f.job_id = j.job_id and f.locale = 'fi'
           left join job_text l on l.job_id = j.job_id and l.locale = $1
           left join skills s on s.job_id = j.job_id
           left join certificates c on c.job_id = j.job_id
           left join languages g on g.job_id = j.job_id"#,
        locale,
        filter.occupations.as_deref(),
        filter.place,
        filter.form,
        filter.kind,
        filter.finnish_not_required,
        filter.event
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| OpenJob {
            job_id: r.job_id,
            title: r.title,
            title_locale: r.title_locale,
            employer: r.employer,
            kind: r.kind,
            form: r.form,
            municipality: r.municipality,
            remote: r.remote,
            apply_by: r.apply_by,
            needs: JobNeeds {
                must: sorted(r.must),
                nice: sorted(r.nice),
                certificates: sorted(r.certificates),
                languages: sorted(r.languages)
                    .iter()
                    .filter_map(|l| {
                        let (id, level) = l.split_once(' ')?;
                        Some((id.to_owned(), LanguageLevel::parse(level)?))
                    })
                    .collect(),
            },
        })
        .collect())
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort_unstable();
    ids
}

/// The municipalities of open jobs, by name: what the place filter offers.
pub async fn open_places(conn: &mut PgConnection) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select distinct municipality as "municipality!" from job
           where status = 'published' and municipality is not null
           order by 1"#
    )
    .fetch_all(conn)
    .await
}

/// Where the person stands with one job.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Standing {
    pub saved: bool,
    pub interested_at: Option<OffsetDateTime>,
    /// When their coach suggested the job to them.
    pub proposed_at: Option<OffsetDateTime>,
    /// Since when the employer may see the person's skills for this job.
    pub shared_since: Option<OffsetDateTime>,
}

pub async fn standing(
    conn: &mut PgConnection,
    account_id: i64,
    job_id: i64,
) -> Result<Standing, sqlx::Error> {
    let row = sqlx::query!(
        r#"select exists(select 1 from saved_job where account_id = $1 and job_id = $2) as "saved!",
                  c.interested_at as "interested_at?", c.proposed_at as "proposed_at?",
                  (select granted_at from profile_share
                   where account_id = $1 and job_id = $2 and revoked_at is null) as shared_since
           from (select) one
           left join job_candidate c on c.account_id = $1 and c.job_id = $2"#,
        account_id,
        job_id
    )
    .fetch_one(conn)
    .await?;
    Ok(Standing {
        saved: row.saved,
        interested_at: row.interested_at,
        proposed_at: row.proposed_at,
        shared_since: row.shared_since,
    })
}

/// Locks the person's account row against their other writes of the same
/// kind, so two requests at once cannot both take the last place in a list.
pub async fn serialize_person(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "select account_id from account where account_id = $1 for no key update",
        account_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(())
}

/// Saves a published job for the person: false when it is not published or
/// they already have [`MAX_SAVED_JOBS`]. Saving again changes nothing.
pub async fn save_job(
    conn: &mut PgConnection,
    account_id: i64,
    job_id: i64,
) -> Result<bool, sqlx::Error> {
    serialize_person(conn, account_id).await?;
    let saved = sqlx::query!(
        "insert into saved_job (account_id, job_id)
         select $1, job_id from job
         where job_id = $2 and status = 'published'
           and (apply_by is null or apply_by >= (now() at time zone 'Europe/Helsinki')::date)
           and (select count(*) from saved_job where account_id = $1) < $3
         on conflict do nothing",
        account_id,
        job_id,
        MAX_SAVED_JOBS
    )
    .execute(&mut *conn)
    .await?;
    if saved.rows_affected() == 1 {
        return Ok(true);
    }
    let already = sqlx::query_scalar!(
        r#"select exists(select 1 from saved_job where account_id = $1 and job_id = $2) as "saved!""#,
        account_id,
        job_id
    )
    .fetch_one(conn)
    .await?;
    Ok(already)
}

pub async fn forget_job(
    conn: &mut PgConnection,
    account_id: i64,
    job_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from saved_job where account_id = $1 and job_id = $2",
        account_id,
        job_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// What became of an "I'm interested".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interest {
    Recorded,
    /// The job has closed: it takes no more interest.
    Closed,
    /// No such job open to people (a draft is its employer's alone).
    Missing,
}

/// Whether the job takes candidates: `Recorded` when it is published and
/// its last day to apply has not passed. The job is held so it cannot
/// close before the caller's transaction ends.
async fn open_to_candidates(conn: &mut PgConnection, job_id: i64) -> Result<Interest, sqlx::Error> {
    // `for share` waits for a change of status (and blocks one) until the
    // caller's transaction ends; a job past its last day to apply is closed
    // to candidates, as it is gone from the lists.
    let job = sqlx::query!(
        r#"select status,
                  apply_by is not null
                  and apply_by < (now() at time zone 'Europe/Helsinki')::date as "past!"
           from job where job_id = $1 for share"#,
        job_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(match job {
        Some(job) if job.status == "published" && !job.past => Interest::Recorded,
        Some(job) if job.status != "draft" => Interest::Closed,
        _ => Interest::Missing,
    })
}

/// A coach suggests a published job to a jobseeker on their caseload. The
/// employer sees nothing of it until the person agrees to show their skills.
pub async fn propose(
    conn: &mut PgConnection,
    coach_id: i64,
    jobseeker_id: i64,
    job_id: i64,
) -> Result<Interest, sqlx::Error> {
    match open_to_candidates(conn, job_id).await? {
        Interest::Recorded => {}
        other => return Ok(other),
    }
    sqlx::query!(
        "insert into job_candidate (job_id, account_id, interested_at, proposed_by, proposed_at)
         values ($1, $2, null, $3, now())
         on conflict (job_id, account_id)
         do update set proposed_by = coalesce(job_candidate.proposed_by, excluded.proposed_by),
                       proposed_at = coalesce(job_candidate.proposed_at, excluded.proposed_at)",
        job_id,
        jobseeker_id,
        coach_id
    )
    .execute(conn)
    .await?;
    Ok(Interest::Recorded)
}

/// Those of `people` whom a coach has suggested the job to.
pub async fn proposed_for_job(
    conn: &mut PgConnection,
    job_id: i64,
    people: &[i64],
) -> Result<std::collections::BTreeSet<i64>, sqlx::Error> {
    let rows = sqlx::query_scalar!(
        "select account_id from job_candidate
         where job_id = $1 and account_id = any($2) and proposed_at is not null",
        job_id,
        people
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().collect())
}

/// Records the person's interest in a published job and, with `share`,
/// their consent to show the employer their skills for it. Saying it again
/// keeps the first time.
pub async fn express_interest(
    conn: &mut PgConnection,
    account_id: i64,
    job_id: i64,
    share: bool,
) -> Result<Interest, sqlx::Error> {
    serialize_person(conn, account_id).await?;
    match open_to_candidates(conn, job_id).await? {
        Interest::Recorded => {}
        other => return Ok(other),
    }
    sqlx::query!(
        "insert into job_candidate (job_id, account_id) values ($1, $2)
         on conflict (job_id, account_id)
         do update set interested_at = coalesce(job_candidate.interested_at, now())",
        job_id,
        account_id
    )
    .execute(&mut *conn)
    .await?;
    if share {
        sqlx::query!(
            "insert into profile_share (account_id, job_id) values ($1, $2)
             on conflict (account_id, job_id) where revoked_at is null and job_id is not null
             do nothing",
            account_id,
            job_id
        )
        .execute(conn)
        .await?;
    }
    Ok(Interest::Recorded)
}

/// Stops showing the person's skills to the job's employer, keeping when the
/// consent was given and taken back.
pub async fn stop_sharing(
    conn: &mut PgConnection,
    account_id: i64,
    job_id: i64,
) -> Result<(), sqlx::Error> {
    // After any "I'm interested" of the same person under way, never before.
    serialize_person(conn, account_id).await?;
    sqlx::query!(
        "update profile_share set revoked_at = now()
         where account_id = $1 and job_id = $2 and revoked_at is null",
        account_id,
        job_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Ends every consent given for the job: for a job moved to another
/// employer, whom nobody agreed to show their skills to.
pub async fn end_job_shares(conn: &mut PgConnection, job_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update profile_share set revoked_at = now() where job_id = $1 and revoked_at is null",
        job_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes back the person's interest, and with it any consent for the job.
pub async fn withdraw_interest(
    conn: &mut PgConnection,
    account_id: i64,
    job_id: i64,
) -> Result<(), sqlx::Error> {
    stop_sharing(conn, account_id, job_id).await?;
    // A coach's suggestion stays: it is theirs, and says what they did.
    sqlx::query!(
        "with kept as (update job_candidate set interested_at = null
                       where account_id = $1 and job_id = $2 and proposed_at is not null)
         delete from job_candidate
         where account_id = $1 and job_id = $2 and proposed_at is null",
        account_id,
        job_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A job in one of the person's lists.
#[derive(Clone, Debug)]
pub struct ListedJob {
    pub job_id: i64,
    pub title: String,
    /// The language `title` is in: the one asked for, or Finnish.
    pub title_locale: String,
    pub employer: String,
    pub status: String,
    /// When it was saved, or when the person said they were interested (or
    /// their coach suggested it).
    pub since: OffsetDateTime,
    pub interested: bool,
    pub proposed: bool,
    /// Since when the employer may see the person's skills for it.
    pub shared_since: Option<OffsetDateTime>,
    /// What the employer says came of it.
    pub stage: Option<String>,
}

/// The jobs the person saved, newest first.
pub async fn saved_jobs(
    conn: &mut PgConnection,
    account_id: i64,
    locale: &str,
) -> Result<Vec<ListedJob>, sqlx::Error> {
    sqlx::query_as!(
        ListedJob,
        r#"select j.job_id, coalesce(l.title, f.title, '') as "title!",
                  case when l.title is null then 'fi' else $2 end as "title_locale!", e.name as employer,
                  j.status, s.saved_at as since, false as "interested!", false as "proposed!",
                  null::timestamptz as shared_since, null::text as stage
           from saved_job s
           join job j on j.job_id = s.job_id
           join employer e on e.employer_id = j.employer_id
           left join job_text f on f.job_id = j.job_id and f.locale = 'fi'
           left join job_text l on l.job_id = j.job_id and l.locale = $2
           where s.account_id = $1 and j.status <> 'draft'
           order by s.saved_at desc, j.job_id desc"#,
        account_id,
        locale
    )
    .fetch_all(conn)
    .await
}

/// The jobs the person said they are interested in or their coach suggested,
/// newest first, with any consent for each and what the employer says came
/// of it: what they and their coach see.
pub async fn interests(
    conn: &mut PgConnection,
    account_id: i64,
    locale: &str,
) -> Result<Vec<ListedJob>, sqlx::Error> {
    sqlx::query_as!(
        ListedJob,
        r#"select j.job_id, coalesce(l.title, f.title, '') as "title!",
                  case when l.title is null then 'fi' else $2 end as "title_locale!", e.name as employer,
                  j.status, coalesce(c.interested_at, c.proposed_at) as "since!",
                  c.interested_at is not null as "interested!", c.proposed_at is not null as "proposed!",
                  (select p.granted_at from profile_share p
                   where p.account_id = c.account_id and p.job_id = c.job_id
                     and p.revoked_at is null) as shared_since,
                  c.stage
           from job_candidate c
           join job j on j.job_id = c.job_id
           join employer e on e.employer_id = j.employer_id
           left join job_text f on f.job_id = j.job_id and f.locale = 'fi'
           left join job_text l on l.job_id = j.job_id and l.locale = $2
           where c.account_id = $1
           order by coalesce(c.interested_at, c.proposed_at) desc, j.job_id desc"#,
        account_id,
        locale
    )
    .fetch_all(conn)
    .await
}

/// Each consent the person gave to show a job's employer their skills.
#[derive(Clone, Debug)]
pub struct JobShare {
    pub job_id: i64,
    pub title: String,
    pub employer: String,
    pub granted_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
}

pub async fn job_shares(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<JobShare>, sqlx::Error> {
    sqlx::query_as!(
        JobShare,
        r#"select j.job_id, coalesce(f.title, '') as "title!", e.name as employer,
                  p.granted_at, p.revoked_at
           from profile_share p
           join job j on j.job_id = p.job_id
           join employer e on e.employer_id = j.employer_id
           left join job_text f on f.job_id = j.job_id and f.locale = 'fi'
           where p.account_id = $1
           order by p.granted_at desc, p.share_id desc"#,
        account_id
    )
    .fetch_all(conn)
    .await
}

/// A person the employer may see for a job: interested or suggested by
/// their coach, and showing their skills for it now.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub account_id: i64,
    pub name: String,
    pub interested: bool,
    pub proposed: bool,
    pub shared_since: OffsetDateTime,
    pub stage: Option<String>,
}

/// The job's candidates who share their skills for it, by when they did;
/// with `only`, that one person if they are among them.
pub async fn candidates(
    conn: &mut PgConnection,
    job_id: i64,
    only: Option<i64>,
) -> Result<Vec<Candidate>, sqlx::Error> {
    sqlx::query_as!(
        Candidate,
        r#"select c.account_id, coalesce(a.display_name, '') as "name!",
                  c.interested_at is not null as "interested!",
                  c.proposed_at is not null as "proposed!",
                  p.granted_at as shared_since, c.stage
           from job_candidate c
           join account a on a.account_id = c.account_id and a.deleted_at is null
           join profile_share p
               on p.account_id = c.account_id and p.job_id = c.job_id and p.revoked_at is null
           where c.job_id = $1 and ($2::bigint is null or c.account_id = $2)
           order by p.granted_at, c.account_id"#,
        job_id,
        only
    )
    .fetch_all(conn)
    .await
}

/// Records what came of a candidate who shares their skills for the job
/// (none: nothing yet); false when they do not (or are no candidate).
pub async fn set_stage(
    conn: &mut PgConnection,
    job_id: i64,
    account_id: i64,
    stage: Option<&str>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "update job_candidate c set stage = $3, stage_at = case when $3::text is not null then now() end
         where c.job_id = $1 and c.account_id = $2
           and exists(select 1 from profile_share p
                      where p.account_id = c.account_id and p.job_id = c.job_id
                        and p.revoked_at is null)",
        job_id,
        account_id,
        stage
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many jobseekers in the whole service have every must-have skill of
/// the job; `None` when it has none. Reads only the holders of those skills
/// (`person_skill` by skill); how it scales is measured in `make bench`.
pub async fn must_match_count(
    conn: &mut PgConnection,
    job_id: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let musts = sqlx::query_scalar!(
        r#"select skill_id from job_skill where job_id = $1 and must"#,
        job_id
    )
    .fetch_all(&mut *conn)
    .await?;
    if musts.is_empty() {
        return Ok(None);
    }
    let count = sqlx::query_scalar!(
        r#"select count(*) as "count!" from (
               select s.account_id from person_skill s
               where s.skill_id = any($1)
                 and (s.until is null or s.until >= (now() at time zone 'Europe/Helsinki')::date)
               group by s.account_id
               having count(*) = cardinality($1)
           ) fits
           join account a on a.account_id = fits.account_id
                         and a.role = 'jobseeker' and a.deleted_at is null"#,
        &musts
    )
    .fetch_one(conn)
    .await?;
    Ok(Some(count))
}

/// Upcoming published events where the employer meets people: those linked
/// to its open jobs, soonest first, titled in `locale` (or Finnish).
pub async fn employer_events(
    conn: &mut PgConnection,
    employer_id: i64,
    locale: &str,
) -> Result<Vec<(i64, String, OffsetDateTime)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select distinct ev.event_id, coalesce(l.title, f.title) as "title!", ev.starts_at
           from job j
           join event ev on ev.event_id = j.event_id
           join event_text f on f.event_id = ev.event_id and f.locale = 'fi'
           left join event_text l on l.event_id = ev.event_id and l.locale = $2
           where j.employer_id = $1 and j.status = 'published'
             and ev.status = 'published' and ev.starts_at > now()
           order by ev.starts_at, ev.event_id
           limit 5"#,
        employer_id,
        locale
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.event_id, r.title, r.starts_at))
        .collect())
}

/// The titles of the modules in use, in the nearest language of `chain`
/// ([`Locale::chain_codes`](crate::i18n::Locale::chain_codes)), by id.
pub async fn module_titles(
    conn: &mut PgConnection,
    chain: &[String],
) -> Result<BTreeMap<String, String>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select m.module_id, c.content ->> 'title' as "title!"
           from module m
           cross join lateral (select module_content(m.module_id, $1) as content) c
           where m.active and c.content is not null"#,
        chain
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.module_id, r.title)).collect())
}

/// The modules `account_id` has done.
pub async fn completed_modules(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<std::collections::BTreeSet<String>, sqlx::Error> {
    let done = sqlx::query_scalar!(
        "select module_id from module_completion where account_id = $1",
        account_id
    )
    .fetch_all(conn)
    .await?;
    Ok(done.into_iter().collect())
}

/// The titles of the self-assessments in use, in the nearest language of
/// `chain`, by id.
pub async fn assessment_titles(
    conn: &mut PgConnection,
    chain: &[String],
) -> Result<BTreeMap<String, String>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select f.framework_id, c.content ->> 'title' as "title!"
           from skill_framework f
           cross join lateral (select framework_content(f.framework_id, $1) as content) c
           where f.active and c.content is not null"#,
        chain
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.framework_id, r.title))
        .collect())
}

/// Removes the person's saved jobs and interests: for a deleted account.
pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "with saved as (delete from saved_job where account_id = $1),
              skills as (delete from person_skill where account_id = $1)
         delete from job_candidate where account_id = $1",
        account_id
    )
    .execute(conn)
    .await?;
    Ok(())
}
