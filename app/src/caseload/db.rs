//! SQL for the caseload: one page of a coach's jobseekers with the facts the
//! list shows, counted and sorted in the database.

use sqlx::PgConnection;
use time::OffsetDateTime;

use super::{PAGE_SIZE, QUIET_DAYS};

/// How the list is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Sort {
    /// Longest without activity first: who may need help.
    #[default]
    Quietest,
    Name,
    /// Least of their assigned modules done first.
    Progress,
    /// Most messages waiting to be read first.
    Unread,
}

impl Sort {
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Quietest => "quietest",
            Sort::Name => "name",
            Sort::Progress => "progress",
            Sort::Unread => "unread",
        }
    }

    pub fn parse(text: &str) -> Self {
        [Sort::Name, Sort::Progress, Sort::Unread]
            .into_iter()
            .find(|s| s.as_str() == text)
            .unwrap_or_default()
    }
}

/// What narrows the list.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Part of a name.
    pub search: Option<String>,
    /// Only people without activity for [`QUIET_DAYS`].
    pub quiet_only: bool,
    pub sort: Sort,
    /// From 1.
    pub page: i64,
}

/// A jobseeker on the list.
#[derive(Clone, Debug)]
pub struct Row {
    pub account_id: i64,
    pub name: String,
    pub last_activity: Option<OffsetDateTime>,
    pub assigned: i64,
    pub completed: i64,
    pub next_event: Option<OffsetDateTime>,
    /// Plan steps to do or under way.
    pub open_steps: i64,
    /// Messages from them the coach has not read.
    pub unread: i64,
    /// How many people the filter finds, on every row.
    pub total: i64,
    /// The day they joined Askel and the day of the first employer contact
    /// about them (rapid job search).
    pub started: time::Date,
    pub first_contact: Option<time::Date>,
}

/// One page of the coach's jobseekers.
pub async fn page(
    conn: &mut PgConnection,
    coach_id: i64,
    filter: &Filter,
) -> Result<Vec<Row>, sqlx::Error> {
    // Set-based: each fact is aggregated once over the coach's people and
    // joined, not looked up person by person, so 2,000 people stay fast.
    sqlx::query_as!(
        Row,
        r#"with people as (
               select a.account_id, coalesce(a.display_name, '') as name,
                      (a.created_at at time zone 'Europe/Helsinki')::date as started
               from account a
               where a.coach_id = $1 and a.role = 'jobseeker' and a.deleted_at is null
                 and ($2::text is null or a.display_name ilike '%' || $2 || '%')
           ),
           -- One pass over the answers serves both the last activity and
           -- which modules are done.
           per_module as (
               select an.account_id, an.module_id, max(an.answered_at) as last_at,
                      count(*) filter (where st.position is not null) as done
               from module_answer an
               join people using (account_id)
               join module_step st using (module_id, step_id)
               group by an.account_id, an.module_id
           ),
           activity as (
               select account_id, max(at) as last_activity from (
                   select account_id, max(last_at) as at from per_module group by 1
                   union all
                   select s.account_id, max(s.submitted_at)
                   from skill_assessment s join people using (account_id) group by 1
                   union all
                   select e.account_id, max(e.created_at)
                   from event_signup e join people using (account_id) group by 1
                   union all
                   select x.account_id, max(x.last_seen_at)
                   from session x join people using (account_id) group by 1
                   union all
                   -- One index probe per person, not their every message.
                   select p.account_id,
                          (select max(m.created_at) from message m
                           where m.account_id = p.account_id and m.from_jobseeker)
                   from people p
               ) facts group by account_id
           ),
           steps as (
               select module_id, count(*) as steps from module_step
               where position is not null group by module_id
           ),
           modules as (
               select g.account_id, count(*) as assigned,
                      count(*) filter (where coalesce(d.done, 0) >= coalesce(st.steps, 0)) as completed
               from module_assignment g
               join people using (account_id)
               left join steps st using (module_id)
               left join per_module d using (account_id, module_id)
               group by g.account_id
           ),
           events as (
               select es.account_id, min(ev.starts_at) as next_event
               from event_signup es
               join people using (account_id)
               join event ev on ev.event_id = es.event_id
               where es.status <> 'cancelled' and ev.status = 'published' and ev.starts_at > now()
               group by es.account_id
           ),
           plans as (
               select ps.account_id, count(*) as open_steps
               from plan_step ps join people using (account_id)
               where ps.status in ('todo', 'doing')
               group by ps.account_id
           ),
           unread as (
               select mu.account_id, count(*) as unread
               from message mu join people using (account_id)
               where mu.from_jobseeker and mu.read_at is null
               group by mu.account_id
           ),
           listed as (
               select p.account_id, p.name, p.started, a.last_activity,
                      coalesce(m.assigned, 0) as assigned, coalesce(m.completed, 0) as completed,
                      e.next_event, coalesce(pl.open_steps, 0) as open_steps,
                      coalesce(u.unread, 0) as unread
               from people p
               left join activity a using (account_id)
               left join modules m using (account_id)
               left join events e using (account_id)
               left join plans pl using (account_id)
               left join unread u using (account_id)
           )
           select account_id as "account_id!", name as "name!", last_activity,
                  assigned as "assigned!", completed as "completed!", next_event,
                  open_steps as "open_steps!", unread as "unread!", count(*) over () as "total!",
                  started as "started!",
                  -- One index probe per person shown, for rapid job search.
                  (select min(c.contacted_on) from employer_contact c
                   where c.jobseeker_id = listed.account_id) as first_contact
           from listed
           where not $3 or last_activity is null
                 or last_activity < now() - make_interval(days => $4::int)
           order by
               case when $5 = 'quietest' then last_activity end asc nulls first,
               case when $5 = 'progress' then completed::float8 / nullif(assigned, 0) end asc nulls last,
               case when $5 = 'unread' then unread end desc,
               name, account_id
           limit $6 offset $7"#,
        coach_id,
        filter.search,
        filter.quiet_only,
        QUIET_DAYS as i32,
        filter.sort.as_str(),
        PAGE_SIZE,
        (filter.page.max(1) - 1) * PAGE_SIZE,
    )
    .fetch_all(conn)
    .await
}

/// A jobseeker's latest score in a DigComp area, and their first.
#[derive(Clone, Debug)]
pub struct AreaProgress {
    pub account_id: i64,
    pub area_id: String,
    pub latest: f32,
    pub first: f32,
}

/// The DigComp progress of the given jobseekers, area by area.
pub async fn digital_progress(
    conn: &mut PgConnection,
    account_ids: &[i64],
) -> Result<Vec<AreaProgress>, sqlx::Error> {
    sqlx::query_as!(
        AreaProgress,
        r#"select s.account_id, sc.area_id,
                  (array_agg(sc.score order by s.submitted_at desc))[1] as "latest!",
                  (array_agg(sc.score order by s.submitted_at asc))[1] as "first!"
           from skill_assessment s
           join skill_area_score sc on sc.assessment_id = s.assessment_id
           where s.account_id = any($1) and s.framework_id = 'digcomp'
             and s.submitted_at is not null
           group by s.account_id, sc.area_id
           order by s.account_id, sc.area_id"#,
        account_ids
    )
    .fetch_all(conn)
    .await
}

/// The name of a jobseeker on the coach's caseload, or `None` when they are
/// not on it. Their account is held until the transaction ends, so what the
/// coach writes next cannot land after the account was deleted.
pub async fn name_on_caseload(
    conn: &mut PgConnection,
    coach_id: i64,
    jobseeker_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select coalesce(display_name, '') as "name!" from account
           where account_id = $2 and coach_id = $1 and role = 'jobseeker' and deleted_at is null
           for key share"#,
        coach_id,
        jobseeker_id,
    )
    .fetch_optional(conn)
    .await
}
