//! SQL for the job-search log.

use sqlx::PgConnection;
use time::Date;

use crate::i18n::Locale;

/// One line of the log: by hand (`entry_id` set) or from what the person
/// did in Askel.
#[derive(Clone, Debug)]
pub struct Entry {
    pub entry_id: Option<i64>,
    pub kind: String,
    pub happened_on: Date,
    pub employer: Option<String>,
    pub what: String,
}

pub async fn add(
    conn: &mut PgConnection,
    account_id: i64,
    kind: &str,
    happened_on: Date,
    employer: &str,
    what: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into job_search_entry (account_id, kind, happened_on, employer, what)
         values ($1, $2, $3, $4, $5)",
        account_id,
        kind,
        happened_on,
        employer,
        what
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Removes one of the person's own entries: true when it was theirs.
pub async fn remove(
    conn: &mut PgConnection,
    account_id: i64,
    entry: i64,
) -> Result<bool, sqlx::Error> {
    let removed = sqlx::query!(
        "delete from job_search_entry where entry_id = $1 and account_id = $2",
        entry,
        account_id
    )
    .execute(conn)
    .await?;
    Ok(removed.rows_affected() == 1)
}

/// The person's log from `from` up to (not including) `until`, by day,
/// with Askel's own lines for a reader of `locale`: jobs' and events' titles
/// in the nearest written language (Finnish when a text is not in it),
/// modules' along the locale's chain.
pub async fn entries(
    conn: &mut PgConnection,
    account_id: i64,
    from: Date,
    until: Date,
    locale: Locale,
) -> Result<Vec<Entry>, sqlx::Error> {
    sqlx::query_as!(
        Entry,
        r#"select entry_id as "entry_id?", kind as "kind!", happened_on as "happened_on!",
                  employer as "employer?", what as "what!"
           from (
               select e.entry_id, e.kind, e.happened_on, e.employer, e.what, e.created_at as at
               from job_search_entry e
               where e.account_id = $1 and e.happened_on >= $2 and e.happened_on < $3
               union all
               select null, 'interest', (c.interested_at at time zone 'Europe/Helsinki')::date,
                      em.name, coalesce(mine.title, fi.title, ''), c.interested_at
               from job_candidate c
               join job j using (job_id)
               join employer em using (employer_id)
               left join job_text mine on mine.job_id = j.job_id and mine.locale = $4
               left join job_text fi on fi.job_id = j.job_id and fi.locale = 'fi'
               where c.account_id = $1 and c.interested_at is not null
                 and (c.interested_at at time zone 'Europe/Helsinki')::date >= $2
                 and (c.interested_at at time zone 'Europe/Helsinki')::date < $3
               union all
               select null, 'event', (s.checked_in_at at time zone 'Europe/Helsinki')::date,
                      null, coalesce(mine.title, fi.title, ''), s.checked_in_at
               from event_signup s
               left join event_text mine on mine.event_id = s.event_id and mine.locale = $4
               left join event_text fi on fi.event_id = s.event_id and fi.locale = 'fi'
               where s.account_id = $1 and s.checked_in_at is not null
                 and (s.checked_in_at at time zone 'Europe/Helsinki')::date >= $2
                 and (s.checked_in_at at time zone 'Europe/Helsinki')::date < $3
               union all
               select null, 'module', (m.completed_at at time zone 'Europe/Helsinki')::date,
                      null, coalesce(module_content(m.module_id, $5) ->> 'title', ''), m.completed_at
               from module_completion m
               where m.account_id = $1
                 and (m.completed_at at time zone 'Europe/Helsinki')::date >= $2
                 and (m.completed_at at time zone 'Europe/Helsinki')::date < $3
           ) log
           order by happened_on, at"#,
        account_id,
        from,
        until,
        locale.nearest_written().code(),
        &locale.chain_codes()
    )
    .fetch_all(conn)
    .await
}

/// Everything the person wrote by hand, oldest first, for their export.
pub async fn all_by_hand(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<Entry>, sqlx::Error> {
    sqlx::query_as!(
        Entry,
        r#"select entry_id as "entry_id?", kind, happened_on, employer as "employer?", what
           from job_search_entry where account_id = $1 order by happened_on, entry_id"#,
        account_id
    )
    .fetch_all(conn)
    .await
}

pub async fn forget(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from job_search_entry where account_id = $1",
        account_id
    )
    .execute(conn)
    .await?;
    Ok(())
}
