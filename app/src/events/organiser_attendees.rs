//! The organiser's attendee list: the door list with its search and
//! check-in, and the CSV. Only their own events, ever, and each person an
//! organiser is shown is written to the audit log.

use std::collections::BTreeMap;

use super::{
    organiser_db::{self as db, Attendee, Stored},
    organiser_server::conflict,
    types::EventStatus,
};
use crate::{
    accounts::{Role, require_role},
    audit::{AuditAction, db::record_each},
    context::pool,
    error::AppError,
    i18n::Locale,
};

/// The organiser's own event with its people and its questions.
pub struct Managed {
    pub event_id: i64,
    pub stored: Stored,
    pub title: String,
    pub questions: Vec<(i16, String)>,
    /// The people the organiser asked for: everyone, or those found by name.
    pub attendees: Vec<Attendee>,
    /// For those who share their skills for the event: which of them the
    /// event's open jobs ask for.
    pub matching_skills: BTreeMap<i64, Vec<String>>,
    /// Counts over everyone, whatever was searched for.
    pub confirmed: usize,
    pub waiting: usize,
    pub checked_in: usize,
}

/// How the organiser reads their attendee list. The audit log tells a look
/// at the door list from a copy taken away as a file.
#[derive(Clone, Copy, Debug)]
pub enum AttendeeRead<'a> {
    /// The event's page, with what was typed into its search box.
    Page { search: &'a str },
    /// The CSV file: everyone.
    Csv,
}

impl<'a> AttendeeRead<'a> {
    fn search(self) -> &'a str {
        match self {
            AttendeeRead::Page { search } => search,
            AttendeeRead::Csv => "",
        }
    }

    /// What the audit log says was read.
    fn detail(self, event_id: i64) -> String {
        match self {
            AttendeeRead::Page { .. } => format!("event-attendees:{event_id}"),
            AttendeeRead::Csv => format!("event-attendees-csv:{event_id}"),
        }
    }
}

/// The organiser's own event and the people signed up for it that `read`
/// shows. Each person shown is written to the audit log; an event nobody
/// has signed up for shows nobody, so its read writes nothing.
pub async fn managed(
    event_id: i64,
    locale: Locale,
    read: AttendeeRead<'_>,
) -> Result<Managed, AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut tx = pool()?.begin().await?;
    let stored = db::stored(&mut tx, me.account_id, event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let title = super::db::details(&mut tx, event_id, locale)
        .await?
        .map(|d| d.title)
        .unwrap_or_default();
    let questions = super::db::questions(&mut tx, event_id, locale).await?;
    let everyone = db::attendees(&mut tx, event_id).await?;
    let count = |status: &str| everyone.iter().filter(|a| a.status == status).count();
    let (confirmed, waiting) = (count("confirmed"), count("waiting"));
    let checked_in = everyone.iter().filter(|a| a.checked_in).count();
    let attendees: Vec<Attendee> = everyone
        .into_iter()
        .filter(|a| name_matches(&a.name, read.search()))
        .collect();
    let shown: Vec<i64> = attendees.iter().map(|a| a.account_id).collect();
    let sharing: Vec<i64> = attendees
        .iter()
        .filter(|a| a.skills_shared)
        .map(|a| a.account_id)
        .collect();
    let matching_skills =
        crate::matching::server::skills_for_event_jobs(&mut tx, event_id, &sharing, locale).await?;
    let detail = read.detail(event_id);
    record_each(
        &mut tx,
        me.account_id,
        &shown,
        AuditAction::ViewedPersonalData,
        &detail,
    )
    .await?;
    // The skills the list shows are their shared profile read in part: the
    // log says so as the full profile's read does.
    let skills_shown: Vec<i64> = matching_skills
        .iter()
        .filter(|(_, skills)| !skills.is_empty())
        .map(|(person, _)| *person)
        .collect();
    record_each(
        &mut tx,
        me.account_id,
        &skills_shown,
        AuditAction::ViewedPersonalData,
        &format!("shared-skills event {event_id}"),
    )
    .await?;
    tx.commit().await?;
    Ok(Managed {
        event_id,
        stored,
        title,
        questions,
        attendees,
        matching_skills,
        confirmed,
        waiting,
        checked_in,
    })
}

/// Whether `name` matches what was typed into the door's search box:
/// every word, in any case.
fn name_matches(name: &str, search: &str) -> bool {
    let name = name.to_lowercase();
    search
        .to_lowercase()
        .split_whitespace()
        .all(|word| name.contains(word))
}

/// Ticks a person as arrived (or not) at the organiser's own event.
pub async fn check_in(event_id: i64, signup_id: i64, arrived: bool) -> Result<(), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut conn = pool()?.acquire().await?;
    let stored = db::stored(&mut conn, me.account_id, event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if stored.status == EventStatus::Cancelled.as_str() {
        return Err(conflict("organiser-error-cancelled"));
    }
    if db::set_checked_in(&mut conn, event_id, signup_id, arrived).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
