//! Meetings on the server. A jobseeker books among their own coach's free
//! times; a coach keeps their own times and books for the people on their
//! caseload, each read of someone's meetings audited. Every booking goes
//! through one conditional update, so a time is never booked twice however
//! many press "Book" at once.

use sqlx::PgConnection;
use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime, Time};

use super::{
    DAYS_AHEAD, MY_MEETINGS,
    db::{self, Meeting},
    input,
    server_fns::OfferValues,
};
use crate::{
    accounts::{Role, auth_settings, db::hold_jobseeker, require_role},
    audit::{AuditAction, db::record_each},
    caseload::server::open_jobseeker,
    context::pool,
    error::AppError,
    events::ics::{CalendarEntry, calendar as ics_calendar},
    i18n::{
        FluentValue, Locale, helsinki_date, helsinki_moment, helsinki_time, translate,
        translate_args,
    },
    notifications::server::{Notice, notify},
};

/// The signed-in jobseeker's meetings and their coach's free times.
pub struct Mine {
    /// Their coach's name; `None` while they have none.
    pub coach: Option<String>,
    pub upcoming: Vec<Meeting>,
    pub free: Vec<Meeting>,
}

pub async fn mine() -> Result<Mine, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let today = crate::i18n::helsinki_today();
    let coach = crate::messages::db::coach_of(&mut conn, me.account_id, today).await?;
    let upcoming = db::of_jobseeker(&mut conn, me.account_id, false).await?;
    let free = match &coach {
        Some((coach_id, _, _)) => db::free_times(&mut conn, *coach_id, DAYS_AHEAD).await?,
        None => Vec::new(),
    };
    Ok(Mine {
        coach: coach.map(|(_, name, _)| name),
        upcoming,
        free,
    })
}

/// The signed-in jobseeker books one of their coach's free times; with
/// `from`, their meeting at that time moves to it, or stays if it cannot.
pub async fn book_mine(meeting: i64, from: Option<i64>) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = pool()?.begin().await?;
    // Held, so two bookings of theirs at once are counted one after the other.
    let coach = hold_jobseeker(&mut tx, me.account_id, None)
        .await?
        .ok_or(AppError::NotFound)?
        .ok_or_else(|| AppError::Conflict {
            key: "meeting-error-no-coach".into(),
        })?;
    match from {
        Some(from) if !db::release(&mut tx, from, me.account_id).await? => {
            return Err(AppError::Conflict {
                key: "meeting-error-cannot-move".into(),
            });
        }
        Some(_) => {}
        None if db::upcoming_count(&mut tx, me.account_id).await? > 0 => {
            return Err(AppError::Conflict {
                key: "meeting-error-have-one".into(),
            });
        }
        None => {}
    }
    take(&mut tx, meeting, me.account_id, coach, false).await?;
    let public_url = auth_settings()?.public_url;
    tell(&mut tx, &public_url, meeting, me.account_id, Told::Booked).await?;
    tx.commit().await?;
    Ok(())
}

/// Books `meeting` for `jobseeker`, or says why not.
async fn take(
    conn: &mut PgConnection,
    meeting: i64,
    jobseeker: i64,
    coach: i64,
    by_coach: bool,
) -> Result<(), AppError> {
    match db::book(conn, meeting, jobseeker, coach, by_coach).await {
        Ok(true) => Ok(()),
        Ok(false) => Err(AppError::Conflict {
            key: "meeting-error-taken".into(),
        }),
        Err(error) if db::is_overlap(&error) => Err(AppError::Conflict {
            key: "meeting-error-overlap-own".into(),
        }),
        Err(error) => Err(error.into()),
    }
}

/// The signed-in jobseeker cancels a meeting that has not started: the time
/// is free again.
pub async fn cancel_mine(meeting: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = pool()?.begin().await?;
    if !db::release(&mut tx, meeting, me.account_id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// The signed-in coach's times from the start of day `first` for `days`
/// days (a week, or one day on a phone), each person's audited as read.
pub async fn times(first: Date, days: i64) -> Result<Vec<Meeting>, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let (from, until) = day_bounds(first, days).ok_or(AppError::NotFound)?;
    let mut tx = pool()?.begin().await?;
    let times = db::coach_times(&mut tx, coach.account_id, from, until).await?;
    let people: Vec<i64> = times.iter().filter_map(|m| m.jobseeker_id).collect();
    record_each(
        &mut tx,
        coach.account_id,
        &people,
        AuditAction::ViewedPersonalData,
        "meetings",
    )
    .await?;
    tx.commit().await?;
    Ok(times)
}

/// Midnight starting `first` to midnight `days` later, in Helsinki.
fn day_bounds(first: Date, days: i64) -> Option<(OffsetDateTime, OffsetDateTime)> {
    let midnight = |day: Date| helsinki_moment(PrimitiveDateTime::new(day, Time::MIDNIGHT));
    Some((
        midnight(first)?,
        midnight(first.checked_add(Duration::days(days))?)?,
    ))
}

/// The signed-in coach offers free times; the first one's day is returned,
/// to show its week.
pub async fn offer(values: &OfferValues) -> Result<Date, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let offer = input::read(values, OffsetDateTime::now_utc())?;
    let mut tx = pool()?.begin().await?;
    db::hold_coach_times(&mut tx, coach.account_id, true).await?;
    let place = offer.place.as_deref();
    let added = db::offer(&mut tx, coach.account_id, &offer.times, &offer.mode, place).await;
    match added {
        Ok(()) => {}
        Err(error) if db::is_overlap(&error) => {
            return Err(AppError::field("start", "meeting-error-overlap"));
        }
        Err(error) => return Err(error.into()),
    }
    tx.commit().await?;
    let first = offer
        .times
        .first()
        .map_or_else(OffsetDateTime::now_utc, |(starts, _)| *starts);
    Ok(crate::i18n::helsinki_local(first).date())
}

/// The signed-in coach takes away a time that has not ended; whoever had
/// booked it is told by email. Its day is returned, to show its week.
pub async fn remove_time(meeting: i64) -> Result<Date, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let removed = db::remove(&mut tx, meeting, coach.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(jobseeker) = removed.jobseeker_id {
        let public_url = auth_settings()?.public_url;
        let args = |locale| moment_args(removed.starts_at, locale, &public_url);
        let notice = Notice {
            subject: "meeting-email-cancelled-subject",
            body: "meeting-email-cancelled-body",
            sms: "meeting-sms-cancelled",
            args: &args,
        };
        notify(&mut tx, jobseeker, &public_url, notice).await?;
    }
    tx.commit().await?;
    Ok(crate::i18n::helsinki_local(removed.starts_at).date())
}

/// A jobseeker moved to another coach keeps no times with the former one:
/// those to come are freed and the jobseeker is told, to book with their
/// new coach.
pub async fn release_for_transfer(
    conn: &mut PgConnection,
    jobseeker: i64,
    former_coach: i64,
) -> Result<(), AppError> {
    let freed = db::release_with_coach(conn, jobseeker, former_coach).await?;
    let public_url = auth_settings()?.public_url;
    for starts_at in freed {
        let args = |locale| moment_args(starts_at, locale, &public_url);
        let notice = Notice {
            subject: "meeting-email-cancelled-subject",
            body: "meeting-email-cancelled-body",
            sms: "meeting-sms-cancelled",
            args: &args,
        };
        notify(conn, jobseeker, &public_url, notice).await?;
    }
    Ok(())
}

/// One jobseeker's meetings as their coach sees them, audited.
pub struct Person {
    pub name: String,
    pub upcoming: Vec<Meeting>,
    pub past: Vec<Meeting>,
    /// The coach's own free times, to book one for them.
    pub free: Vec<Meeting>,
}

pub async fn for_person(jobseeker: i64) -> Result<Person, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker, "meetings").await?;
    let upcoming = db::of_jobseeker(&mut tx, jobseeker, false).await?;
    let past = db::of_jobseeker(&mut tx, jobseeker, true).await?;
    let free = db::free_times(&mut tx, coach.account_id, DAYS_AHEAD).await?;
    tx.commit().await?;
    Ok(Person {
        name,
        upcoming,
        past,
        free,
    })
}

/// The signed-in coach books one of their free times for a jobseeker on
/// their caseload, who is told by email.
pub async fn book_for(jobseeker: i64, meeting: i64) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    hold_jobseeker(&mut tx, jobseeker, Some(coach.account_id))
        .await?
        .ok_or(AppError::NotFound)?;
    db::hold_coach_times(&mut tx, coach.account_id, false).await?;
    take(&mut tx, meeting, jobseeker, coach.account_id, true).await?;
    let public_url = auth_settings()?.public_url;
    tell(
        &mut tx,
        &public_url,
        meeting,
        jobseeker,
        Told::BookedByCoach,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The coach writes what came of a meeting that has started; a next step,
/// if they give one, goes into the jobseeker's plan as theirs to do.
pub async fn record_outcome(
    jobseeker: i64,
    meeting: i64,
    outcome: &str,
    next_step: &str,
) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    hold_jobseeker(&mut tx, jobseeker, Some(coach.account_id))
        .await?
        .ok_or(AppError::NotFound)?;
    let outcome = outcome.trim();
    let mut errors = Vec::new();
    if outcome.is_empty() {
        errors.push(crate::error::FieldError::new(
            "outcome",
            "meeting-error-outcome",
        ));
    } else if outcome.chars().count() > 2000 {
        errors.push(crate::error::FieldError::new(
            "outcome",
            "meeting-error-outcome-long",
        ));
    }
    let step = match next_step.trim() {
        "" => None,
        what => {
            let values = crate::plan::input::StepValues {
                what: what.to_owned(),
                who: "jobseeker".to_owned(),
                ..Default::default()
            };
            match crate::plan::input::step(&values) {
                Ok(step) => Some(step),
                Err(AppError::Validation { errors: more }) => {
                    errors.extend(more);
                    None
                }
                Err(other) => return Err(other),
            }
        }
    };
    if !errors.is_empty() {
        return Err(AppError::Validation { errors });
    }
    if !db::set_outcome(&mut tx, meeting, coach.account_id, jobseeker, outcome).await? {
        return Err(AppError::NotFound);
    }
    if let Some(step) = step {
        crate::plan::db::add_step(&mut tx, jobseeker, &step, coach.account_id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A meeting as an `.ics` file, for its coach or the jobseeker who has it,
/// in the reader's language.
pub async fn calendar(meeting: i64, locale: Locale) -> Result<String, AppError> {
    let me = require_role(&[Role::Jobseeker, Role::Coach])?;
    let mut conn = pool()?.acquire().await?;
    let found = db::one(&mut conn, meeting, me.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let public_url = auth_settings()?.public_url;
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or("askel")
        .trim_end_matches('/');
    let (title, url) = if me.role == Role::Coach {
        let title = match (found.jobseeker_id, &found.jobseeker) {
            (Some(jobseeker), Some(name)) => {
                // Who meets the coach when: a read of the jobseeker's data.
                open_jobseeker(&mut conn, me.account_id, jobseeker, "meetings").await?;
                let name = FluentValue::from(name.clone());
                translate_args(locale, "meeting-calendar-title-coach", &[("name", name)])
            }
            _ => translate(locale, "meeting-calendar-title-free"),
        };
        (title, format!("{public_url}{}", super::COACH_MEETINGS))
    } else {
        let name = FluentValue::from(found.coach.clone().unwrap_or_default());
        let title = translate_args(locale, "meeting-calendar-title", &[("name", name)]);
        (title, format!("{public_url}{MY_MEETINGS}"))
    };
    let entry = CalendarEntry {
        uid: format!("meeting-{meeting}@{host}"),
        starts_at: found.starts_at,
        ends_at: found.ends_at,
        title,
        description: translate(locale, &format!("meeting-mode-{}", found.mode)),
        location: found.place.unwrap_or_default(),
        url,
        cancelled: false,
    };
    Ok(ics_calendar(&entry, OffsetDateTime::now_utc()))
}

/// What a jobseeker is told about.
#[derive(Clone, Copy)]
enum Told {
    Booked,
    BookedByCoach,
    Reminder,
}

/// Tells `jobseeker`, in their language, of `meeting`: when, how and where,
/// and a link to their meetings. Nobody else's name is in it.
async fn tell(
    conn: &mut PgConnection,
    public_url: &str,
    meeting: i64,
    jobseeker: i64,
    told: Told,
) -> Result<(), AppError> {
    let Some(found) = db::one(conn, meeting, jobseeker).await? else {
        return Ok(());
    };
    let (subject, sms) = match told {
        Told::Booked => ("meeting-email-booked-subject", "meeting-sms-booked"),
        Told::BookedByCoach => (
            "meeting-email-booked-by-coach-subject",
            "meeting-sms-booked-by-coach",
        ),
        Told::Reminder => ("meeting-email-reminder-subject", "meeting-sms-reminder"),
    };
    let args = |locale| {
        let mut args = moment_args(found.starts_at, locale, public_url);
        let how = translate(locale, &format!("meeting-mode-{}", found.mode));
        let place = match &found.place {
            Some(place) => format!("{how}: {place}"),
            None => how,
        };
        args.push(("place", FluentValue::from(place)));
        args
    };
    let notice = Notice {
        subject,
        body: "meeting-email-booked-body",
        sms,
        args: &args,
    };
    notify(conn, jobseeker, public_url, notice).await
}

/// The day and time in the reader's language, and the link to the
/// jobseeker's meetings, for a notice.
fn moment_args(
    at: OffsetDateTime,
    locale: Locale,
    public_url: &str,
) -> Vec<(&'static str, FluentValue<'static>)> {
    vec![
        ("day", FluentValue::from(helsinki_date(at, locale))),
        ("time", FluentValue::from(helsinki_time(at, locale))),
        (
            "link",
            FluentValue::from(format!("{public_url}{MY_MEETINGS}")),
        ),
    ]
}

/// Queues the reminders that are due (the day before, two hours before),
/// each exactly once however many workers run.
pub async fn queue_reminders(pool: &sqlx::PgPool, public_url: &str) -> Result<usize, AppError> {
    let mut tx = pool.begin().await?;
    let due = db::claim_due_reminders(&mut tx).await?;
    for (meeting, jobseeker) in &due {
        tell(&mut tx, public_url, *meeting, *jobseeker, Told::Reminder).await?;
    }
    tx.commit().await?;
    Ok(due.len())
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    #[test]
    fn a_week_is_seven_helsinki_days_even_when_summer_time_ends() {
        let (from, until) = day_bounds(date!(2026 - 10 - 19), 7).expect("a week");
        assert_eq!(from, datetime!(2026-10-18 21:00 UTC));
        // Summer time ends on the Sunday: the next Monday starts at 22:00 UTC.
        assert_eq!(until, datetime!(2026-10-25 22:00 UTC));
        // That Sunday alone is 25 hours long.
        let (from, until) = day_bounds(date!(2026 - 10 - 25), 1).expect("a day");
        assert_eq!(until - from, time::Duration::hours(25));
    }
}
