//! The report's one query: facts per person in scope, counted by gender and
//! by age group (and in total) with grouping sets, so the database returns
//! nine rows however many people there are.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

use crate::employer_contacts::FIRST_CONTACT_TARGET_DAYS;

/// What the report asks for.
#[derive(Clone, Debug)]
pub struct Period {
    pub from: Date,
    pub until: Date,
    /// The start of `from` and the end of `until`, in Helsinki.
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
}

/// The counts of one group. `gender` and `age_group` are `None` on the rows
/// that are not broken down by them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupCounts {
    pub gender: Option<String>,
    pub age_group: Option<String>,
    pub people: i64,
    pub employed: i64,
    pub completed_module: i64,
    pub attended_event: i64,
    /// People with two or more digital-skills assessments, and the sum of
    /// their change (latest minus first, mean of the areas).
    pub assessed_twice: i64,
    pub digital_change_sum: f64,
    /// People whose first month in Askel ended in the period (by today),
    /// and those of them whose first employer contact came within it: the
    /// model's rapid job search.
    pub rapid_due: i64,
    pub rapid_met: i64,
    /// Of those who started work in the period, those whose three (six)
    /// months have passed, and those of them still employed then (nothing
    /// recorded since counts as still employed).
    pub kept3_due: i64,
    pub kept3: i64,
    pub kept6_due: i64,
    pub kept6: i64,
}

impl GroupCounts {
    /// Every count, to compare one report with another.
    pub fn figures(&self) -> [i64; 11] {
        [
            self.people,
            self.employed,
            self.completed_module,
            self.attended_event,
            self.assessed_twice,
            self.rapid_due,
            self.rapid_met,
            self.kept3_due,
            self.kept3,
            self.kept6_due,
            self.kept6,
        ]
    }
}

/// The coaches in `coach`'s team (with `coach`), or none when they are in no team.
pub async fn team_of(conn: &mut PgConnection, coach: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select c.account_id as "account_id!" from account me
           join account c on c.team = me.team and c.role = 'coach' and c.deleted_at is null
           where me.account_id = $1"#,
        coach
    )
    .fetch_all(conn)
    .await
}

/// The counts for the jobseekers of `coaches` (or everyone in the service);
/// `today` in Helsinki bounds what can be known yet.
pub async fn counts(
    conn: &mut PgConnection,
    period: &Period,
    coaches: Option<&[i64]>,
    employed: &[&str],
    today: Date,
) -> Result<Vec<GroupCounts>, sqlx::Error> {
    let employed: Vec<String> = employed.iter().map(|s| (*s).to_owned()).collect();
    sqlx::query_as!(
        GroupCounts,
        r#"with people as (
               select a.account_id,
                      coalesce(a.gender, 'unknown') as gender,
                      case when a.birth_year is null then 'unknown'
                           when extract(year from $2::date)::int - a.birth_year < 30 then 'under-30'
                           when extract(year from $2::date)::int - a.birth_year <= 54 then '30-54'
                           else '55-plus' end as age_group,
                      (a.created_at at time zone 'Europe/Helsinki')::date as started
               from account a
               where a.role = 'jobseeker' and a.created_at < $4
                 and (a.deleted_at is null or a.deleted_at >= $3)
                 and ($5::bigint[] is null or a.coach_id = any($5))
           ),
           employed as (
               select o.account_id, min(o.since) as started_work
               from outcome o join people using (account_id)
               where o.situation = any($6) and o.since between $1 and $2 and o.withdrawn_at is null
               group by o.account_id
           ),
           -- Who started work in the period (as follow-along counts a
           -- start), and the situation in force three and six months on:
           -- the latest outcome from before that day.
           starts as (
               select o.account_id, min(o.since) as started_work
               from outcome o join people using (account_id)
               where o.since between $1 and $2 and starts_work(o, $6)
               group by o.account_id
           ),
           kept as (
               select s.account_id, m.months,
                      (select o.situation = any($6) from outcome o
                       where o.account_id = s.account_id and o.withdrawn_at is null
                         and o.since <= (s.started_work + m.months * interval '1 month')::date
                       order by o.since desc, o.outcome_id desc limit 1) as still
               from starts s cross join (values (3), (6)) as m (months)
               where (s.started_work + m.months * interval '1 month')::date <= $7
           ),
           -- Those whose first month in Askel ended in the period, and
           -- whether an employer was contacted about them within it.
           rapid as (
               select p.account_id,
                      coalesce((select min(c.contacted_on) from employer_contact c
                                where c.jobseeker_id = p.account_id) <= p.started + $8::int, false) as met
               from people p
               where p.started + $8::int between $1 and least($2, $7)
           ),
           completed as (
               select distinct c.account_id from module_completion c join people using (account_id)
               where c.completed_at >= $3 and c.completed_at < $4
           ),
           attended as (
               select distinct es.account_id from event_signup es join people using (account_id)
               where es.checked_in_at >= $3 and es.checked_in_at < $4
           ),
           overall as (
               select s.account_id, s.submitted_at, s.mean_score as score
               from skill_assessment s join people using (account_id)
               where s.framework_id = 'digcomp' and s.submitted_at < $4 and s.mean_score is not null
           ),
           digital as (
               select account_id,
                      (array_agg(score order by submitted_at desc))[1]
                      - (array_agg(score order by submitted_at))[1] as change
               from overall group by account_id having count(*) >= 2
           )
           select case when grouping(p.gender) = 0 then p.gender end as gender,
                  case when grouping(p.age_group) = 0 then p.age_group end as age_group,
                  count(*) as "people!",
                  count(e.account_id) as "employed!",
                  count(c.account_id) as "completed_module!",
                  count(t.account_id) as "attended_event!",
                  count(d.change) as "assessed_twice!",
                  coalesce(sum(d.change), 0)::float8 as "digital_change_sum!",
                  count(r.account_id) as "rapid_due!",
                  count(*) filter (where r.met) as "rapid_met!",
                  count(k3.account_id) as "kept3_due!",
                  count(*) filter (where k3.still) as "kept3!",
                  count(k6.account_id) as "kept6_due!",
                  count(*) filter (where k6.still) as "kept6!"
           from people p
           left join employed e using (account_id)
           left join completed c using (account_id)
           left join attended t using (account_id)
           left join digital d using (account_id)
           left join rapid r using (account_id)
           left join kept k3 on k3.account_id = p.account_id and k3.months = 3
           left join kept k6 on k6.account_id = p.account_id and k6.months = 6
           group by grouping sets ((), (p.gender), (p.age_group))"#,
        period.from,
        period.until,
        period.starts_at,
        period.ends_at,
        coaches,
        &employed,
        today,
        FIRST_CONTACT_TARGET_DAYS,
    )
    .fetch_all(conn)
    .await
}
