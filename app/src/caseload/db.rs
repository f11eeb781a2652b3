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
}

impl Sort {
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Quietest => "quietest",
            Sort::Name => "name",
            Sort::Progress => "progress",
        }
    }

    pub fn parse(text: &str) -> Self {
        [Sort::Name, Sort::Progress]
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
    /// How many people the filter finds, on every row.
    pub total: i64,
}

/// One page of the coach's jobseekers.
pub async fn page(
    conn: &mut PgConnection,
    coach_id: i64,
    filter: &Filter,
) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as!(
        Row,
        r#"with people as (
               select a.account_id, a.display_name as name,
                      greatest(
                          (select max(m.answered_at) from module_answer m where m.account_id = a.account_id),
                          (select max(s.submitted_at) from skill_assessment s where s.account_id = a.account_id),
                          (select max(e.created_at) from event_signup e where e.account_id = a.account_id),
                          (select max(x.last_seen_at) from session x where x.account_id = a.account_id)
                      ) as last_activity,
                      (select count(*) from module_assignment ma where ma.account_id = a.account_id) as assigned,
                      (select count(*) from module_assignment ma
                       where ma.account_id = a.account_id
                         and not exists (
                             select 1 from module_step st
                             where st.module_id = ma.module_id
                               and not exists (
                                   select 1 from module_answer an
                                   where an.account_id = a.account_id
                                     and an.module_id = st.module_id and an.step_id = st.step_id))
                      ) as completed,
                      (select min(ev.starts_at) from event_signup es join event ev on ev.event_id = es.event_id
                       where es.account_id = a.account_id and es.status <> 'cancelled'
                         and ev.status = 'published' and ev.starts_at > now()) as next_event
               from account a
               where a.coach_id = $1 and a.role = 'jobseeker' and a.deleted_at is null
                 and ($2::text is null or a.display_name ilike '%' || $2 || '%')
           )
           select account_id as "account_id!", coalesce(name, '') as "name!", last_activity,
                  assigned as "assigned!", completed as "completed!", next_event,
                  count(*) over () as "total!"
           from people
           where not $3 or last_activity is null
                 or last_activity < now() - make_interval(days => $4::int)
           order by
               case when $5 = 'quietest' then last_activity end asc nulls first,
               case when $5 = 'progress' then completed::float8 / nullif(assigned, 0) end asc nulls last,
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
