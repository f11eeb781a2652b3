//! The report's facts and sums (see migration `20261213000028_report_tally`):
//! each person's facts per period are worked out from their history when a
//! period is first read and again whenever something of theirs changes, and
//! summed per coach and group as they change; a report adds up those sums
//! by gender and by age group (and in total) with grouping sets.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

use crate::employer_contacts::FIRST_CONTACT_TARGET_DAYS;

/// What the report asks for.
#[derive(Clone, Debug, PartialEq)]
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
    /// The `report_period` counted.
    pub period_id: i32,
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

/// Waits until this transaction holds the right to build periods and work
/// out facts: one at a time in the whole service (in every process), so
/// that a period is built once and nobody's facts twice at once.
pub async fn lock_facts(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    sqlx::query!("select pg_advisory_xact_lock(hashtext('askel report facts'))")
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether this transaction now holds the right of `lock_facts`, given up
/// at once when someone else has it.
pub async fn try_lock_facts(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select pg_try_advisory_xact_lock(hashtext('askel report facts')) as "locked!""#
    )
    .fetch_one(&mut *conn)
    .await
}

/// Removes the periods that end before `oldest` (no longer a choice) with
/// their facts. Call holding `lock_facts`.
pub async fn prune_periods(conn: &mut PgConnection, oldest: Date) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from report_fact where period_id in
             (select period_id from report_period where until_day < $1)",
        oldest
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("delete from report_period where until_day < $1", oldest)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The id of `period`, if it has been built.
pub async fn period_id(
    conn: &mut PgConnection,
    period: &Period,
) -> Result<Option<i32>, sqlx::Error> {
    sqlx::query_scalar!(
        "select period_id from report_period where from_day = $1 and until_day = $2",
        period.from,
        period.until
    )
    .fetch_optional(&mut *conn)
    .await
}

/// The ids of those of `periods` that have been built, in their order.
pub async fn period_ids(
    conn: &mut PgConnection,
    periods: &[Period],
) -> Result<Vec<Option<i32>>, sqlx::Error> {
    let (from, until): (Vec<Date>, Vec<Date>) = periods.iter().map(|p| (p.from, p.until)).unzip();
    let found = sqlx::query!(
        r#"select p.period_id, p.from_day, p.until_day
           from report_period p
           join unnest($1::date[], $2::date[]) as asked(from_day, until_day)
             using (from_day, until_day)"#,
        &from,
        &until
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(periods
        .iter()
        .map(|period| {
            found
                .iter()
                .find(|f| (f.from_day, f.until_day) == (period.from, period.until))
                .map(|f| f.period_id)
        })
        .collect())
}

/// Builds `period`: everyone's facts in it, from everything written so far.
/// Call holding `lock_facts`, having seen that it was not built.
pub async fn build_period(
    conn: &mut PgConnection,
    period: &Period,
    employed: &[&str],
) -> Result<i32, sqlx::Error> {
    let id = sqlx::query_scalar!(
        "insert into report_period (from_day, until_day, starts_at, ends_at)
         values ($1, $2, $3, $4) returning period_id",
        period.from,
        period.until,
        period.starts_at,
        period.ends_at
    )
    .fetch_one(&mut *conn)
    .await?;
    work_out_facts(conn, None, &[id], employed).await?;
    Ok(id)
}

/// Works out again, in every period built, the facts of the people of the
/// `batch` oldest marks left by writes (a bulk write's thousands are worked
/// out a batch at a time, each well within the statement timeout); how many
/// marks were taken. Call holding `lock_facts`.
pub async fn rework_stale(
    conn: &mut PgConnection,
    employed: &[&str],
    batch: i64,
) -> Result<usize, sqlx::Error> {
    // Marks left by writes not yet committed stay for the next round.
    let mut people = sqlx::query_scalar!(
        "delete from report_stale where stale_id in
             (select stale_id from report_stale order by stale_id limit $1)
         returning account_id",
        batch
    )
    .fetch_all(&mut *conn)
    .await?;
    let marks = people.len();
    people.sort_unstable();
    people.dedup();
    if people.is_empty() {
        return Ok(0);
    }
    sqlx::query!(
        "delete from report_fact where account_id = any($1)",
        &people
    )
    .execute(&mut *conn)
    .await?;
    let periods = sqlx::query_scalar!("select period_id from report_period")
        .fetch_all(&mut *conn)
        .await?;
    if !periods.is_empty() {
        work_out_facts(conn, Some(&people), &periods, employed).await?;
    }
    Ok(marks)
}

/// Adds the facts of `people` (or everyone) in `periods`; the tally follows
/// by trigger. Facts built are kept: a change to these rules (or to
/// `EMPLOYED`, `FIRST_CONTACT_TARGET_DAYS` or `starts_work()`) needs a
/// migration that empties `report_fact` and `report_period`, so that every
/// period is built again by the new rules.
async fn work_out_facts(
    conn: &mut PgConnection,
    people: Option<&[i64]>,
    periods: &[i32],
    employed: &[&str],
) -> Result<(), sqlx::Error> {
    let employed: Vec<String> = employed.iter().map(|s| (*s).to_owned()).collect();
    sqlx::query!(
        r#"insert into report_fact (
               period_id, account_id, coach_id, gender, age_group, employed, completed_module,
               attended_event, digital_change, rapid_due_on, rapid_met, kept3_due_on, kept3,
               kept6_due_on, kept6)
           with people as (
               select a.account_id, coalesce(a.coach_id, 0) as coach_id,
                      coalesce(a.gender, 'unknown') as gender,
                      case when a.birth_year is null then 'unknown'
                           when extract(year from p.until_day)::int - a.birth_year < 30 then 'under-30'
                           when extract(year from p.until_day)::int - a.birth_year <= 54 then '30-54'
                           else '55-plus' end as age_group,
                      (a.created_at at time zone 'Europe/Helsinki')::date as started,
                      p.period_id, p.from_day, p.until_day, p.starts_at, p.ends_at
               from account a
               join report_period p on a.created_at < p.ends_at
                    and (a.deleted_at is null or a.deleted_at >= p.starts_at)
               where a.role = 'jobseeker' and p.period_id = any($2)
                 and ($1::bigint[] is null or a.account_id = any($1))
           ),
           employed as (
               select distinct p.period_id, p.account_id
               from outcome o join people p using (account_id)
               where o.situation = any($3) and o.since between p.from_day and p.until_day
                 and o.withdrawn_at is null
           ),
           -- Who started work in the period (as follow-along counts a
           -- start), and the situation in force three and six months on:
           -- the latest outcome from before that day.
           starts as (
               select p.period_id, p.account_id, min(o.since) as started_work
               from outcome o join people p using (account_id)
               where o.since between p.from_day and p.until_day and starts_work(o, $3)
               group by p.period_id, p.account_id
           ),
           kept as (
               select s.period_id, s.account_id, m.months, d.due_on,
                      coalesce((select o.situation = any($3) from outcome o
                                where o.account_id = s.account_id and o.withdrawn_at is null
                                  and o.since <= d.due_on
                                order by o.since desc, o.outcome_id desc limit 1), false) as still
               from starts s cross join (values (3), (6)) as m (months)
               cross join lateral (select (s.started_work + m.months * interval '1 month')::date as due_on) d
           ),
           first_contact as (
               select c.jobseeker_id as account_id, min(c.contacted_on) as contacted_on
               from employer_contact c
               where c.jobseeker_id in (select account_id from people)
               group by c.jobseeker_id
           ),
           completed as (
               select distinct p.period_id, p.account_id
               from module_completion c join people p using (account_id)
               where c.completed_at >= p.starts_at and c.completed_at < p.ends_at
           ),
           attended as (
               select distinct p.period_id, p.account_id
               from event_signup es join people p using (account_id)
               where es.checked_in_at >= p.starts_at and es.checked_in_at < p.ends_at
           ),
           overall as (
               select p.period_id, p.account_id, s.submitted_at, s.mean_score as score
               from skill_assessment s join people p using (account_id)
               where s.framework_id = 'digcomp' and s.submitted_at < p.ends_at
                 and s.mean_score is not null
           ),
           digital as (
               select period_id, account_id,
                      (array_agg(score order by submitted_at desc))[1]
                      - (array_agg(score order by submitted_at))[1] as change
               from overall group by period_id, account_id having count(*) >= 2
           )
           select p.period_id, p.account_id, p.coach_id, p.gender, p.age_group,
                  e.account_id is not null, c.account_id is not null, t.account_id is not null,
                  d.change,
                  case when p.started + $4::int between p.from_day and p.until_day
                       then p.started + $4::int end,
                  coalesce(f.contacted_on <= p.started + $4::int, false),
                  k3.due_on, coalesce(k3.still, false), k6.due_on, coalesce(k6.still, false)
           from people p
           left join employed e using (period_id, account_id)
           left join completed c using (period_id, account_id)
           left join attended t using (period_id, account_id)
           left join digital d using (period_id, account_id)
           left join first_contact f using (account_id)
           left join kept k3 on (k3.period_id, k3.account_id, k3.months) = (p.period_id, p.account_id, 3)
           left join kept k6 on (k6.period_id, k6.account_id, k6.months) = (p.period_id, p.account_id, 6)"#,
        people,
        periods,
        &employed,
        FIRST_CONTACT_TARGET_DAYS,
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The counts in `periods` for the jobseekers of `coaches` (or everyone in
/// the service), as due on `today` in Helsinki: a first month or a start
/// of work's three or six months not yet over is not counted yet.
pub async fn counts(
    conn: &mut PgConnection,
    periods: &[i32],
    coaches: Option<&[i64]>,
    today: Date,
) -> Result<Vec<GroupCounts>, sqlx::Error> {
    sqlx::query_as!(
        GroupCounts,
        r#"with counted as (
               select period_id, gender, age_group, people, employed, completed_module,
                      attended_event, assessed_twice, digital_change_sum, rapid_due, rapid_met,
                      kept3_due, kept3, kept6_due, kept6
               from report_tally
               where period_id = any($1) and ($2::bigint[] is null or coach_id = any($2))
               union all
               select period_id, gender, age_group, 0, 0, 0, 0, 0, 0,
                      -count(*) filter (where rapid_due_on > $3),
                      -count(*) filter (where rapid_due_on > $3 and rapid_met),
                      -count(*) filter (where kept3_due_on > $3),
                      -count(*) filter (where kept3_due_on > $3 and kept3),
                      -count(*) filter (where kept6_due_on > $3),
                      -count(*) filter (where kept6_due_on > $3 and kept6)
               from report_fact
               where period_id = any($1) and greatest(rapid_due_on, kept3_due_on, kept6_due_on) > $3
                 and ($2::bigint[] is null or coach_id = any($2))
               group by period_id, gender, age_group
           )
           select period_id as "period_id!",
                  case when grouping(gender) = 0 then gender end as gender,
                  case when grouping(age_group) = 0 then age_group end as age_group,
                  sum(people)::bigint as "people!",
                  sum(employed)::bigint as "employed!",
                  sum(completed_module)::bigint as "completed_module!",
                  sum(attended_event)::bigint as "attended_event!",
                  sum(assessed_twice)::bigint as "assessed_twice!",
                  sum(digital_change_sum)::float8 as "digital_change_sum!",
                  sum(rapid_due)::bigint as "rapid_due!",
                  sum(rapid_met)::bigint as "rapid_met!",
                  sum(kept3_due)::bigint as "kept3_due!",
                  sum(kept3)::bigint as "kept3!",
                  sum(kept6_due)::bigint as "kept6_due!",
                  sum(kept6)::bigint as "kept6!"
           from counted
           group by grouping sets ((period_id), (period_id, gender), (period_id, age_group))"#,
        periods,
        coaches,
        today,
    )
    .fetch_all(conn)
    .await
}
