//! The report on the server: the period and scope checked, the counts read,
//! and the small groups hidden before anything leaves the server.

use time::OffsetDateTime;

use super::{
    AGE_GROUPS, GENDER_GROUPS,
    db::{self, GroupCounts, Period},
    period::{Quarters, chosen, oldest_choice},
    suppress::{
        MIN_GROUP, change_differs_for_a_few, differs_by_a_few, with_cover, with_cover_across,
    },
};
use crate::{
    accounts::{Role, require_role},
    audit::{AuditAction, db::record},
    caseload::outcomes::EMPLOYED,
    context::pool,
    error::{AppError, FieldError},
    i18n::{helsinki_local, helsinki_moment},
};

pub const FIELD_PERIOD: &str = "period";

/// The report as chosen in the address.
#[derive(Clone, Debug, Default)]
pub struct Asked {
    /// `2026-Q2`, `2026`, or blank for the newest.
    pub period: String,
    pub scope: String,
}

/// One row of the report: a group and its counts, or `None` when the group
/// is too small to show.
#[derive(Clone, Debug)]
pub struct Row {
    pub group: &'static str,
    pub counts: Option<GroupCounts>,
}

/// The report, ready to show.
pub struct Report {
    pub quarters: Quarters,
    pub period: Period,
    /// `mine`, `team` or `service`.
    pub scope: &'static str,
    /// Whether the coach is in a team (and may choose it).
    pub in_team: bool,
    pub total: Option<GroupCounts>,
    pub by_gender: Vec<Row>,
    pub by_age: Vec<Row>,
}

/// The dates and moments of `quarters`.
fn period_of(quarters: Quarters) -> Result<Period, AppError> {
    let (from, until) = quarters.days().ok_or(AppError::BadRequest)?;
    let moment = |day: time::Date| helsinki_moment(day.midnight()).ok_or(AppError::BadRequest);
    Ok(Period {
        from,
        until,
        starts_at: moment(from)?,
        ends_at: moment(until.next_day().ok_or(AppError::BadRequest)?)?,
    })
}

/// The period asked for, if it is one of the choices on `today`.
pub fn period(asked: &Asked, today: time::Date) -> Result<Quarters, AppError> {
    chosen(&asked.period, today).ok_or_else(|| AppError::Validation {
        errors: vec![FieldError::new(FIELD_PERIOD, "report-error-period")],
    })
}

/// `group`'s counts in a report, or nothing for a group with nobody in it.
fn group_in(
    counts: &[GroupCounts],
    group: &str,
    group_of: &impl Fn(&GroupCounts) -> Option<&str>,
) -> GroupCounts {
    counts
        .iter()
        .find(|c| group_of(c) == Some(group))
        .cloned()
        .unwrap_or_default()
}

/// Whether subtracting `narrow` (the same group in a narrower report the
/// reader can see) from `wide` would leave 1–4 people in any figure.
fn too_close(wide: &GroupCounts, narrow: &GroupCounts) -> bool {
    differs_by_a_few(&wide.figures(), &narrow.figures())
        || change_differs_for_a_few(
            (wide.assessed_twice, wide.digital_change_sum),
            (narrow.assessed_twice, narrow.digital_change_sum),
        )
}

/// The rows of one breakdown in the vocabulary's order. Hidden: groups too
/// small, groups that differ by 1–4 people in any figure from the same group
/// in a narrower report the reader can see, and the cover for either; when
/// the total is shown (so the hidden groups add up to the total minus the
/// shown ones), cover across those reports too.
fn breakdown(
    counts: &[GroupCounts],
    (narrower, total_shown): (&[Vec<GroupCounts>], bool),
    groups: &'static [&'static str],
    group_of: impl Fn(&GroupCounts) -> Option<&str>,
) -> Vec<Row> {
    let in_order = |counts: &[GroupCounts]| -> Vec<GroupCounts> {
        groups
            .iter()
            .map(|g| group_in(counts, g, &group_of))
            .collect()
    };
    let found = in_order(counts);
    let narrower: Vec<Vec<GroupCounts>> = narrower.iter().map(|n| in_order(n)).collect();
    let people: Vec<i64> = found.iter().map(|c| c.people).collect();
    let hidden = found
        .iter()
        .enumerate()
        .map(|(i, wide)| {
            (1..MIN_GROUP).contains(&wide.people)
                || narrower.iter().any(|narrow| too_close(wide, &narrow[i]))
        })
        .collect();
    let figures =
        |groups: &[GroupCounts]| groups.iter().map(GroupCounts::figures).collect::<Vec<_>>();
    let narrower_figures: Vec<_> = narrower.iter().map(|n| figures(n)).collect();
    let hidden = with_cover(&people, hidden);
    let hidden = match total_shown {
        true => with_cover_across(&figures(&found), &narrower_figures, hidden),
        false => hidden,
    };
    groups
        .iter()
        .zip(found)
        .zip(hidden)
        .map(|((group, counts), hidden)| Row {
            group,
            counts: (!hidden).then_some(counts),
        })
        .collect()
}

/// A report's total row.
fn total_of(counts: &[GroupCounts]) -> GroupCounts {
    counts
        .iter()
        .find(|c| c.gender.is_none() && c.age_group.is_none())
        .cloned()
        .unwrap_or_default()
}

/// The periods a report of `quarters` counts: the period asked for first,
/// then those nested in it.
fn counted_periods(quarters: Quarters) -> Result<Vec<Period>, AppError> {
    std::iter::once(quarters)
        .chain(quarters.nested())
        .map(period_of)
        .collect()
}

/// How many marks of changed people one transaction works out: a few
/// hundred milliseconds at 100,000 people, so a report never waits long.
const STALE_BATCH: i64 = 2_000;

/// A transaction for the facts' queries, each planned for its parameters.
async fn facts_work(
    pool: &sqlx::PgPool,
) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, AppError> {
    let mut tx = pool.begin().await?;
    crate::context::plan_for_these_parameters(&mut tx).await?;
    Ok(tx)
}

/// A transaction that may build periods and work out facts, once no other
/// holds that right (see `db::lock_facts`).
async fn facts_transaction(
    pool: &sqlx::PgPool,
) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, AppError> {
    let mut tx = facts_work(pool).await?;
    db::lock_facts(&mut tx).await?;
    Ok(tx)
}

/// How long a report waits to work out the latest changes while another
/// process holds the right (building a period can take seconds at national
/// scale): long enough for the background round's usual few milliseconds, so
/// a change shows in the next report, short enough not to queue reports.
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(1);

/// Whether this transaction got the right of `db::lock_facts` within
/// `PATIENCE`.
async fn lock_facts_patiently(tx: &mut sqlx::PgConnection) -> Result<bool, AppError> {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while !db::try_lock_facts(tx).await? {
        if tokio::time::Instant::now() >= deadline {
            return Ok(false);
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Ok(true)
}

/// The ids of `periods`, each built first if it never was, in a transaction
/// of its own: a report waits for at most one period being built.
async fn built(pool: &sqlx::PgPool, periods: &[Period]) -> Result<Vec<i32>, AppError> {
    let found = db::period_ids(&mut *pool.acquire().await?, periods).await?;
    let mut ids = Vec::with_capacity(periods.len());
    for (period, id) in periods.iter().zip(found) {
        let id = match id {
            Some(id) => id,
            None => {
                let mut tx = facts_transaction(pool).await?;
                let id = match db::period_id(&mut tx, period).await? {
                    Some(id) => id,
                    None => db::build_period(&mut tx, period, EMPLOYED).await?,
                };
                tx.commit().await?;
                id
            }
        };
        ids.push(id);
    }
    Ok(ids)
}

/// The ids of `periods`, built where they were not, after a batch of the
/// latest changes to people's facts is worked out (the background round
/// does the rest, and this step is left to it while another process holds
/// the right longer than `PATIENCE`).
async fn facts_up_to_date(pool: &sqlx::PgPool, periods: &[Period]) -> Result<Vec<i32>, AppError> {
    let mut tx = facts_work(pool).await?;
    if lock_facts_patiently(&mut tx).await? {
        db::rework_stale(&mut tx, EMPLOYED, STALE_BATCH).await?;
    }
    tx.commit().await?;
    built(pool, periods).await
}

/// The background round: removes periods no longer chosen, works out the
/// facts of everyone whose history changed, a batch at a time, and builds
/// the report shown first (the newest period) when it is new, so that a
/// report seldom waits for either. Skips its turn while another process
/// is at it.
pub async fn keep_report_facts_up_to_date(pool: &sqlx::PgPool) -> Result<(), AppError> {
    let today = helsinki_local(OffsetDateTime::now_utc()).date();
    let newest = chosen("", today).ok_or(AppError::BadRequest)?;
    let oldest = oldest_choice(today).ok_or(AppError::BadRequest)?;
    loop {
        let mut tx = facts_work(pool).await?;
        if !db::try_lock_facts(&mut tx).await? {
            return Ok(());
        }
        db::prune_periods(&mut tx, oldest).await?;
        let marks = db::rework_stale(&mut tx, EMPLOYED, STALE_BATCH).await?;
        tx.commit().await?;
        if i64::try_from(marks).unwrap_or(i64::MAX) < STALE_BATCH {
            break;
        }
    }
    built(pool, &counted_periods(newest)?).await?;
    Ok(())
}

/// The report for the signed-in coach: their own caseload, or the whole
/// service (anonymous counts only). Admins see the whole service.
pub async fn report(asked: &Asked) -> Result<Report, AppError> {
    let me = require_role(&[Role::Coach, Role::Admin])?;
    let today = helsinki_local(OffsetDateTime::now_utc()).date();
    let quarters = period(asked, today)?;
    let periods = counted_periods(quarters)?;
    let period = &periods[0];
    let pool = pool()?;
    let ids = facts_up_to_date(&pool, &periods).await?;
    let mut tx = pool.begin().await?;
    let team = match me.role {
        Role::Coach => db::team_of(&mut tx, me.account_id).await?,
        _ => Vec::new(),
    };
    let (scope, coaches) = match (me.role, asked.scope.as_str()) {
        (Role::Coach, "team") if !team.is_empty() => ("team", Some(team.clone())),
        (Role::Coach, "service") | (Role::Admin, _) => ("service", None),
        _ => ("mine", Some(vec![me.account_id])),
    };
    crate::context::plan_for_these_parameters(&mut tx).await?;
    // Whoever reads this report can also read the narrower ones (their own
    // caseload within the whole service, a quarter within its year) and
    // subtract: those are counted too, to hide what subtraction would show.
    let mut scopes = vec![coaches.clone()];
    if me.role == Role::Coach && scope != "mine" {
        scopes.push(Some(vec![me.account_id]));
        if scope == "service" && !team.is_empty() {
            scopes.push(Some(team.clone()));
        }
    }
    let mut counts = Vec::new();
    let mut narrower = Vec::new();
    for (s, coaches) in scopes.iter().enumerate() {
        let found = db::counts(&mut tx, &ids, coaches.as_deref(), today).await?;
        for (p, id) in ids.iter().enumerate() {
            let of_period = found
                .iter()
                .filter(|c| c.period_id == *id)
                .cloned()
                .collect();
            match (s, p) {
                (0, 0) => counts = of_period,
                _ => narrower.push(of_period),
            }
        }
    }
    // Counts only, but drawn from people's records: who read which, when.
    let detail = format!("{scope} {}..{}", period.from, period.until);
    record(
        &mut tx,
        Some(me.account_id),
        None,
        AuditAction::ReportViewed,
        Some(&detail),
    )
    .await?;
    tx.commit().await?;
    let total = total_of(&counts);
    let shown =
        total.people >= MIN_GROUP && !narrower.iter().any(|n| too_close(&total, &total_of(n)));
    Ok(Report {
        scope,
        in_team: !team.is_empty(),
        total: shown.then_some(total),
        by_gender: breakdown(&counts, (&narrower, shown), GENDER_GROUPS, |c| {
            c.gender.as_deref()
        }),
        by_age: breakdown(&counts, (&narrower, shown), AGE_GROUPS, |c| {
            c.age_group.as_deref()
        }),
        quarters,
        period: period.clone(),
    })
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn a_period_not_among_the_choices_is_refused_on_its_field() {
        let asked = |period: &str| Asked {
            period: period.into(),
            scope: String::new(),
        };
        let today = date!(2026 - 11 - 30);
        assert_eq!(period(&asked(""), today).unwrap().key(), "2026");
        let error = period(&asked("2026-01-01"), today).unwrap_err();
        assert_eq!(error.field_errors()[0].field, FIELD_PERIOD);
        assert_eq!(error.field_errors()[0].key, "report-error-period");
    }

    #[test]
    fn a_breakdown_hides_small_groups_and_keeps_the_vocabulary_order() {
        let group = |gender: &str, people| GroupCounts {
            gender: Some(gender.to_owned()),
            people,
            ..GroupCounts::default()
        };
        let counts = [group("male", 9), group("female", 12), group("other", 2)];
        let rows = breakdown(&counts, (&[], true), GENDER_GROUPS, |c| c.gender.as_deref());
        let shown: Vec<_> = rows
            .iter()
            .map(|r| (r.group, r.counts.as_ref().map(|c| c.people)))
            .collect();
        // "other" (2) is too small; "male" (9) goes with it, or 2 = 23 - 12 - 9.
        assert_eq!(
            shown,
            [
                ("female", Some(12)),
                ("male", None),
                ("other", None),
                ("unknown", Some(0))
            ]
        );
    }
}
