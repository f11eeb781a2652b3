//! Follow-along on the server: only the person's own coach reads or writes
//! their check-ins, each read audited.

use sqlx::PgConnection;
use time::{Date, Duration};

use super::{
    DAYS_AHEAD, NOTE_MAX,
    db::{self, CheckIn},
};
use crate::{
    accounts::{Role, require_role},
    caseload::{
        outcomes::EMPLOYED,
        server::{open_jobseeker, require_on_caseload},
    },
    context::pool,
    error::AppError,
};

/// (Re)schedules the person's check-ins after an outcome of theirs was
/// recorded, corrected or withdrawn, in its transaction.
pub async fn schedule(conn: &mut PgConnection, jobseeker: i64) -> Result<(), AppError> {
    db::schedule(conn, jobseeker, EMPLOYED).await?;
    Ok(())
}

/// The signed-in coach's check-ins due within [`DAYS_AHEAD`] days or late,
/// for the top of their caseload (the caller audits the names it shows).
pub async fn due(
    conn: &mut PgConnection,
    coach: i64,
    today: Date,
) -> Result<Vec<CheckIn>, AppError> {
    let until = today + Duration::days(DAYS_AHEAD);
    Ok(db::due_for_coach(conn, coach, until).await?)
}

pub struct Person {
    pub name: String,
    pub checkins: Vec<CheckIn>,
}

pub async fn for_person(jobseeker: i64) -> Result<Person, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker, "follow-along").await?;
    let checkins = db::of_person(&mut tx, jobseeker).await?;
    tx.commit().await?;
    Ok(Person { name, checkins })
}

/// The coach writes how a check-in went; it is then done.
pub async fn record(jobseeker: i64, checkin: i64, note: &str) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker).await?;
    let note = note.trim();
    if note.is_empty() {
        return Err(AppError::field("note", "checkin-error-note"));
    }
    if note.chars().count() > NOTE_MAX {
        return Err(AppError::field("note", "checkin-error-note-long"));
    }
    if !db::record(&mut tx, checkin, jobseeker, coach.account_id, note).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// The coach and the person agree on another check-in, from today to a
/// year ahead.
pub async fn agree(jobseeker: i64, day: &str, today: Date) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker).await?;
    let due_on = checked_day(day, today)?;
    db::agree(&mut tx, jobseeker, due_on).await?;
    tx.commit().await?;
    Ok(())
}

fn checked_day(day: &str, today: Date) -> Result<Date, AppError> {
    match crate::i18n::parse_day(day) {
        None => Err(AppError::field("day", "checkin-error-day")),
        Some(day) if day < today => Err(AppError::field("day", "checkin-error-day-past")),
        Some(day) if day > today + Duration::days(366) => {
            Err(AppError::field("day", "checkin-error-day-far"))
        }
        Some(day) => Ok(day),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn an_agreed_check_in_is_from_today_to_a_year_ahead() {
        let today = date!(2026 - 12 - 05);
        assert_eq!(checked_day("2026-12-05", today).unwrap(), today);
        assert_eq!(
            checked_day("5.2.2027", today).unwrap(),
            date!(2027 - 02 - 05)
        );
        let key = |day: &str| {
            checked_day(day, today).unwrap_err().field_errors()[0]
                .key
                .clone()
        };
        assert_eq!(key("2026-12-04"), "checkin-error-day-past");
        assert_eq!(key("2028-01-01"), "checkin-error-day-far");
        assert_eq!(key("soon"), "checkin-error-day");
    }
}
