//! The caseload on the server: the signed-in coach's own jobseekers only,
//! and each person listed is written to the audit log.

use sqlx::PgConnection;

use super::db::{self, AreaProgress, Filter, Row};
use crate::{
    accounts::{Role, require_role},
    audit::{
        AuditAction,
        db::{record, record_each},
    },
    context::pool,
    error::AppError,
    i18n::use_locale,
    skills::types::Framework,
};

/// One page of the list with what it needs to show.
pub struct Listing {
    pub rows: Vec<Row>,
    pub progress: Vec<AreaProgress>,
    /// The DigComp framework in the reader's language, for the areas' names.
    pub framework: Option<Framework>,
    /// Days to each listed person's first employer contact, or so far.
    pub rapid: Vec<(i64, crate::employer_contacts::views::Rapid)>,
    /// The coach's follow-along check-ins due soon or late.
    pub due: Vec<crate::follow_along::db::CheckIn>,
}

/// The name of a jobseeker on the coach's caseload, with the read written to
/// the audit log (`detail` says what was read). Anyone else's jobseeker is
/// not found: a coach learns nothing about people who are not theirs.
pub async fn open_jobseeker(
    conn: &mut PgConnection,
    coach_id: i64,
    jobseeker_id: i64,
    detail: &str,
) -> Result<String, AppError> {
    let name = db::name_on_caseload(conn, coach_id, jobseeker_id)
        .await?
        .ok_or(AppError::NotFound)?;
    record(
        conn,
        Some(coach_id),
        Some(jobseeker_id),
        AuditAction::ViewedPersonalData,
        Some(detail),
    )
    .await?;
    Ok(name)
}

/// Refuses a change to someone who is not on the coach's caseload, as if
/// they did not exist.
pub async fn require_on_caseload(
    conn: &mut PgConnection,
    coach_id: i64,
    jobseeker_id: i64,
) -> Result<(), AppError> {
    if crate::accounts::db::is_on_caseload(conn, coach_id, jobseeker_id).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// One page of the signed-in coach's caseload.
pub async fn listing(filter: &Filter) -> Result<Listing, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    crate::context::plan_for_these_parameters(&mut tx).await?;
    let rows = db::page(&mut tx, coach.account_id, filter).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.account_id).collect();
    let progress = db::digital_progress(&mut tx, &ids).await?;
    let today = crate::i18n::helsinki_today();
    let rapid = rows
        .iter()
        .map(|r| {
            let rapid = crate::employer_contacts::server::rapid(r.started, r.first_contact, today);
            (r.account_id, rapid)
        })
        .collect();
    let due = crate::follow_along::server::due(&mut tx, coach.account_id, today).await?;
    let mut shown = ids.clone();
    shown.extend(
        due.iter()
            .map(|c| c.account_id)
            .filter(|id| !ids.contains(id)),
    );
    record_each(
        &mut tx,
        coach.account_id,
        &shown,
        AuditAction::ViewedPersonalData,
        "caseload",
    )
    .await?;
    let framework = crate::skills::db::framework(&mut tx, "digcomp", use_locale()).await?;
    tx.commit().await?;
    Ok(Listing {
        rows,
        progress,
        framework,
        rapid,
        due,
    })
}
