//! Employer contacts on the server. A coach logs their own contacts and
//! reads their team's; a person is named in one only when they are on the
//! coach's caseload and have agreed, and only their own coach sees who it
//! was. Each listing that names people is in the audit log.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

use super::{
    db::{self, Contact, NewContact},
    input,
    log_page::ContactValues,
    views::Rapid,
};
use crate::{
    accounts::{Role, require_role},
    audit::{AuditAction, db::record_each},
    context::pool,
    error::AppError,
};

/// Contacts a list shows at most.
const LIST_LENGTH: i64 = 100;

/// The coaches whose contacts `coach` sees: their team, or themselves.
async fn team(conn: &mut PgConnection, coach: i64) -> Result<Vec<i64>, AppError> {
    let team = crate::report::db::team_of(conn, coach).await?;
    Ok(if team.is_empty() { vec![coach] } else { team })
}

/// What the log page shows and offers.
pub struct Log {
    pub employers: Vec<(i64, String)>,
    pub people: Vec<(i64, String)>,
    pub contacts: Vec<Contact>,
}

/// The team's latest contacts (with `employer` only, when given), and the
/// form's choices.
pub async fn log(employer: Option<i64>) -> Result<Log, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let team = team(&mut tx, coach.account_id).await?;
    let contacts = db::contacts(
        &mut tx,
        coach.account_id,
        Some(&team),
        employer,
        None,
        LIST_LENGTH,
    )
    .await?;
    let named: Vec<i64> = contacts.iter().filter_map(|c| c.jobseeker_id).collect();
    if !named.is_empty() {
        record_each(
            &mut tx,
            coach.account_id,
            &named,
            AuditAction::ViewedPersonalData,
            "employer-contacts",
        )
        .await?;
    }
    let employers = db::employers(&mut tx).await?;
    let people = db::consenting(&mut tx, coach.account_id).await?;
    tx.commit().await?;
    Ok(Log {
        employers,
        people,
        contacts,
    })
}

/// The signed-in coach logs a contact; returns the employer's id.
pub async fn log_contact(values: &ContactValues) -> Result<i64, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let checked = input::read(values, crate::i18n::helsinki_today())?;
    let mut tx = pool()?.begin().await?;
    if let Some(jobseeker) = checked.jobseeker_id
        && !db::may_name(&mut tx, coach.account_id, jobseeker).await?
    {
        return Err(AppError::field("jobseeker", "contact-error-person"));
    }
    let contact = NewContact {
        employer_id: checked.employer_id,
        contacted_on: checked.contacted_on,
        how: &checked.how,
        jobseeker_id: checked.jobseeker_id,
        result: &checked.result,
        note: &checked.note,
    };
    match db::log(&mut tx, coach.account_id, &contact).await {
        Err(error) if is_unknown_employer(&error) => {
            return Err(AppError::field("employer", "contact-error-employer"));
        }
        other => other?,
    };
    tx.commit().await?;
    Ok(checked.employer_id)
}

fn is_unknown_employer(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .and_then(|e| e.constraint())
        .is_some_and(|name| name == "employer_contact_employer_id_fkey")
}

/// One person's employer work on their coach's page (the caller has
/// checked the caseload and audited the read).
pub struct ForPerson {
    /// When they agreed to be named to employers, if they have.
    pub consent_since: Option<OffsetDateTime>,
    pub rapid: Rapid,
    pub contacts: Vec<Contact>,
}

/// Rapid job search from the day someone started, the day of their first
/// employer contact (if any) and today.
pub fn rapid(started: Date, first_contact: Option<Date>, today: Date) -> Rapid {
    match first_contact {
        Some(day) => Rapid::FirstContactAfter((day - started).whole_days().max(0)),
        None => Rapid::NoneYet((today - started).whole_days().max(0)),
    }
}

/// Every coach's contacts about them are shown, as every one counts for
/// rapid job search (a former coach's too).
pub async fn for_person(
    conn: &mut PgConnection,
    coach: i64,
    jobseeker: i64,
) -> Result<ForPerson, AppError> {
    let consent_since = db::consent_since(conn, jobseeker).await?;
    let contacts = db::contacts(conn, coach, None, None, Some(jobseeker), LIST_LENGTH).await?;
    let rapid = db::first_contact(conn, jobseeker)
        .await?
        .map_or(Rapid::NoneYet(0), |(started, first)| {
            rapid(started, first, crate::i18n::helsinki_today())
        });
    Ok(ForPerson {
        consent_since,
        rapid,
        contacts,
    })
}

/// Whether the signed-in jobseeker has agreed, and since when.
pub async fn my_consent() -> Result<Option<OffsetDateTime>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::consent_since(&mut conn, me.account_id).await?)
}

/// The signed-in jobseeker agrees, or takes their consent back; `None`
/// when they chose neither.
pub async fn save_consent(agree: Option<bool>) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    match agree {
        Some(true) => db::grant(&mut conn, me.account_id).await?,
        Some(false) => db::revoke(&mut conn, me.account_id).await?,
        None => return Err(AppError::field("agree", "contact-consent-error")),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn rapid_job_search_counts_days_from_the_start() {
        let started = date!(2026 - 11 - 01);
        let today = date!(2026 - 12 - 05);
        assert_eq!(
            rapid(started, Some(date!(2026 - 11 - 13)), today),
            Rapid::FirstContactAfter(12)
        );
        assert_eq!(rapid(started, None, today), Rapid::NoneYet(34));
        // A contact logged for a day before they joined counts as day 0.
        assert_eq!(
            rapid(started, Some(date!(2026 - 10 - 20)), today),
            Rapid::FirstContactAfter(0)
        );
    }
}
