//! Employer contacts in the person's data export and account deletion (see
//! `crate::personal_data`). The contact is the coach's work with the
//! employer; that it was about the person, and their consents, are theirs.

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{ConsentData, EmployerContactData, MyData, timestamp},
};

pub const COLUMNS: &[&str] = &[
    "employer_contact_consent.account_id",
    "employer_contact.jobseeker_id",
];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    data.employer_consents = db::consents(conn, account_id)
        .await?
        .into_iter()
        .map(|(given, taken_back)| ConsentData {
            given_at: timestamp(given),
            taken_back_at: taken_back.map(timestamp),
        })
        .collect();
    data.employer_contacts = db::about(conn, account_id)
        .await?
        .into_iter()
        .map(|c| EmployerContactData {
            employer: c.employer,
            day: c.contacted_on.to_string(),
            how: c.how,
            result: c.result,
            note: c.note,
            coach: c.coach,
        })
        .collect();
    Ok(())
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::forget_jobseeker(conn, account_id).await?;
    Ok(())
}
