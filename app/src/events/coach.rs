//! Events for coaches: where the jobseekers on their caseload have a place,
//! and signing one of them up with their consent noted. Every query is
//! scoped by the coach's own caseload, and every read is audited. A
//! sign-up and its audit row commit together: neither is ever without the
//! other.

use sqlx::PgConnection;
use time::OffsetDateTime;

use super::{
    booking::Booked,
    server::{SignUpForm, book},
};
use crate::{
    accounts::{Role, db::is_on_caseload, require_role},
    audit::{
        AuditAction,
        db::{record, record_each},
    },
    context::pool,
    error::AppError,
    i18n::Locale,
};

/// A jobseeker of the coach and their place at one event, if any.
#[derive(Debug, Clone)]
pub struct CaseloadPerson {
    pub account_id: i64,
    pub name: String,
    pub status: Option<String>,
}

/// A place a jobseeker of the coach holds or waits for.
#[derive(Debug, Clone)]
pub struct CaseloadPlace {
    pub account_id: i64,
    pub name: String,
    pub event_id: i64,
    pub title: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub status: String,
    pub event_status: String,
    pub checked_in: bool,
    pub by_coach: bool,
}

impl CaseloadPlace {
    /// The Fluent id of where the person stands: attended, on the waiting
    /// list, a past event they did not come to, a cancelled event…
    pub fn status_key(&self, now: OffsetDateTime) -> String {
        if self.event_status == "cancelled" {
            "event-status-cancelled".to_owned()
        } else if self.checked_in {
            "events-caseload-attended".to_owned()
        } else if self.ends_at < now {
            "event-status-past".to_owned()
        } else {
            format!("organiser-standing-{}", self.status)
        }
    }
}

async fn caseload_at_event(
    conn: &mut PgConnection,
    coach_id: i64,
    event_id: i64,
) -> Result<Vec<CaseloadPerson>, sqlx::Error> {
    sqlx::query_as!(
        CaseloadPerson,
        r#"select a.account_id, coalesce(a.display_name, '') as "name!", s.status as "status?"
           from account a
           left join event_signup s
                  on s.account_id = a.account_id and s.event_id = $2 and s.status <> 'cancelled'
           where a.coach_id = $1 and a.role = 'jobseeker' and a.deleted_at is null
           order by a.display_name, a.account_id"#,
        coach_id,
        event_id
    )
    .fetch_all(conn)
    .await
}

/// The places of the coach's jobseekers, or of just one of them (`only`).
pub async fn caseload_places(
    conn: &mut PgConnection,
    coach_id: i64,
    only: Option<i64>,
    locale: Locale,
) -> Result<Vec<CaseloadPlace>, sqlx::Error> {
    sqlx::query_as!(
        CaseloadPlace,
        r#"select a.account_id, coalesce(a.display_name, '') as "name!", e.event_id,
                  coalesce(l.title, f.title) as "title!", e.starts_at, e.ends_at, s.status,
                  e.status as event_status, s.checked_in_at is not null as "checked_in!",
                  s.signed_up_by is not null as "by_coach!"
           from event_signup s
           join account a on a.account_id = s.account_id
           join event e on e.event_id = s.event_id
           join event_text f on f.event_id = e.event_id and f.locale = 'fi'
           left join event_text l on l.event_id = e.event_id and l.locale = $2
           where a.coach_id = $1 and a.role = 'jobseeker' and a.deleted_at is null
             and s.status <> 'cancelled' and ($3::bigint is null or a.account_id = $3)
           order by e.ends_at < now(), e.starts_at, a.display_name"#,
        coach_id,
        locale.nearest_written().code(),
        only
    )
    .fetch_all(conn)
    .await
}

/// The coach's jobseekers, each with their place at the event, if any.
/// Everyone listed is audited, those not signed up too: that they are not
/// going is as much about them as that they are.
pub async fn people_at_event(event_id: i64) -> Result<Vec<CaseloadPerson>, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let people = caseload_at_event(&mut tx, coach.account_id, event_id).await?;
    let listed: Vec<i64> = people.iter().map(|p| p.account_id).collect();
    record_each(
        &mut tx,
        coach.account_id,
        &listed,
        AuditAction::ViewedPersonalData,
        &format!("event:{event_id}"),
    )
    .await?;
    tx.commit().await?;
    Ok(people)
}

/// Every event place of the coach's jobseekers; each person's events read
/// is in the audit log.
pub async fn places(locale: Locale) -> Result<Vec<CaseloadPlace>, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let places = caseload_places(&mut tx, coach.account_id, None, locale).await?;
    let mut seen: Vec<i64> = places.iter().map(|p| p.account_id).collect();
    seen.sort_unstable();
    seen.dedup();
    record_each(
        &mut tx,
        coach.account_id,
        &seen,
        AuditAction::ViewedPersonalData,
        "events",
    )
    .await?;
    tx.commit().await?;
    Ok(places)
}

/// Signs a jobseeker of the coach up, with their consent noted.
pub async fn sign_up_for(
    event_id: i64,
    jobseeker: &str,
    slot: Option<String>,
    consent: bool,
) -> Result<Booked, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let Ok(jobseeker) = jobseeker.trim().parse::<i64>() else {
        return Err(AppError::field("jobseeker", "event-coach-error-jobseeker"));
    };
    let mut tx = pool()?.begin().await?;
    if !is_on_caseload(&mut tx, coach.account_id, jobseeker).await? {
        return Err(AppError::NotFound);
    }
    if !consent {
        return Err(AppError::field("consent", "event-coach-error-consent"));
    }
    let form = SignUpForm {
        slot,
        share_contact: false,
        answers: Vec::new(),
    };
    let booked = book(&mut tx, event_id, jobseeker, &form, Some(coach.account_id)).await?;
    if booked.new {
        record(
            &mut tx,
            Some(coach.account_id),
            Some(jobseeker),
            AuditAction::EventSignUpByCoach,
            Some(&format!("event:{event_id}")),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(booked)
}
