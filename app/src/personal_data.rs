//! Personal data, domain by domain. Each domain that keeps data about a
//! person names the columns that point at them, adds its part to "Download
//! my data" and removes it when the person deletes their account;
//! `my_account` only collects the parts. `server/tests/it/personal_data.rs`
//! fails when a column pointing at an account is in no part and not listed
//! in [`STAFF_COLUMNS`], so a new table cannot be forgotten.

use sqlx::PgConnection;

use crate::{error::AppError, my_account::MyData};

/// A domain holding personal data, other than the account itself (which
/// `my_account` exports and removes first: see its `personal_data`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Domain {
    Modules,
    Skills,
    Events,
    Plan,
    Caseload,
    Profile,
    Matching,
    Cv,
    Messages,
    Meetings,
    EmployerContacts,
    FollowAlong,
    JobSearch,
}

impl Domain {
    pub const ALL: [Domain; 13] = [
        Domain::Modules,
        Domain::Skills,
        Domain::Events,
        Domain::Plan,
        Domain::Caseload,
        Domain::Profile,
        Domain::Matching,
        Domain::Cv,
        Domain::Messages,
        Domain::Meetings,
        Domain::EmployerContacts,
        Domain::FollowAlong,
        Domain::JobSearch,
    ];

    /// `table.column`s holding this domain's data about the account they name.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Domain::Modules => crate::modules::personal_data::COLUMNS,
            Domain::Skills => crate::skills::personal_data::COLUMNS,
            Domain::Events => crate::events::personal_data::COLUMNS,
            Domain::Plan => crate::plan::personal_data::COLUMNS,
            Domain::Caseload => crate::caseload::personal_data::COLUMNS,
            Domain::Profile => crate::profile::personal_data::COLUMNS,
            Domain::Matching => crate::matching::personal_data::COLUMNS,
            Domain::Cv => crate::cv::personal_data::COLUMNS,
            Domain::Messages => crate::messages::personal_data::COLUMNS,
            Domain::Meetings => crate::meetings::personal_data::COLUMNS,
            Domain::EmployerContacts => crate::employer_contacts::personal_data::COLUMNS,
            Domain::FollowAlong => crate::follow_along::personal_data::COLUMNS,
            Domain::JobSearch => crate::job_search::personal_data::COLUMNS,
        }
    }

    /// Adds what the domain keeps about `account_id` to `data`.
    pub async fn export(
        self,
        conn: &mut PgConnection,
        account_id: i64,
        data: &mut MyData,
    ) -> Result<(), AppError> {
        match self {
            Domain::Modules => crate::modules::personal_data::export(conn, account_id, data).await,
            Domain::Skills => crate::skills::personal_data::export(conn, account_id, data).await,
            Domain::Events => crate::events::personal_data::export(conn, account_id, data).await,
            Domain::Plan => crate::plan::personal_data::export(conn, account_id, data).await,
            Domain::Caseload => {
                crate::caseload::personal_data::export(conn, account_id, data).await
            }
            Domain::Profile => crate::profile::personal_data::export(conn, account_id, data).await,
            Domain::Matching => {
                crate::matching::personal_data::export(conn, account_id, data).await
            }
            Domain::Cv => crate::cv::personal_data::export(conn, account_id, data).await,
            Domain::Messages => {
                crate::messages::personal_data::export(conn, account_id, data).await
            }
            Domain::Meetings => {
                crate::meetings::personal_data::export(conn, account_id, data).await
            }
            Domain::EmployerContacts => {
                crate::employer_contacts::personal_data::export(conn, account_id, data).await
            }
            Domain::FollowAlong => {
                crate::follow_along::personal_data::export(conn, account_id, data).await
            }
            Domain::JobSearch => {
                crate::job_search::personal_data::export(conn, account_id, data).await
            }
        }
    }

    /// Removes (or makes anonymous) what the domain keeps about `account_id`.
    pub async fn remove(self, conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
        match self {
            Domain::Modules => crate::modules::personal_data::remove(conn, account_id).await,
            Domain::Skills => crate::skills::personal_data::remove(conn, account_id).await,
            Domain::Events => crate::events::personal_data::remove(conn, account_id).await,
            Domain::Plan => crate::plan::personal_data::remove(conn, account_id).await,
            Domain::Caseload => crate::caseload::personal_data::remove(conn, account_id).await,
            Domain::Profile => crate::profile::personal_data::remove(conn, account_id).await,
            Domain::Matching => crate::matching::personal_data::remove(conn, account_id).await,
            Domain::Cv => crate::cv::personal_data::remove(conn, account_id).await,
            Domain::Messages => crate::messages::personal_data::remove(conn, account_id).await,
            Domain::Meetings => crate::meetings::personal_data::remove(conn, account_id).await,
            Domain::EmployerContacts => {
                crate::employer_contacts::personal_data::remove(conn, account_id).await
            }
            Domain::FollowAlong => {
                crate::follow_along::personal_data::remove(conn, account_id).await
            }
            Domain::JobSearch => crate::job_search::personal_data::remove(conn, account_id).await,
        }
    }
}

/// Columns that name the staff member who did something, not the person the
/// data is about. Only jobseekers delete their own accounts; where one of
/// these names a jobseeker (their own plan change), the row is theirs and
/// goes with their data.
pub const STAFF_COLUMNS: &[(&str, &str)] = &[
    ("meeting.coach_id", "the coach whose time it is"),
    (
        "former_conversation.coach_id",
        "the coach whose inbox remembers a removed conversation",
    ),
    (
        "employer_contact.coach_id",
        "the coach who contacted the employer",
    ),
    ("follow_along.done_by", "the coach who held the check-in"),
    (
        "message.told_to",
        "whom a message's email went to (the jobseeker's go with their conversation)",
    ),
    ("event.organiser_id", "the organiser who runs the event"),
    (
        "form_draft.account_id",
        "a form kept once to correct: staff's unfinished events and jobs, and refused messages (the jobseeker's go with their conversation)",
    ),
    (
        "event_signup.signed_up_by",
        "the coach who signed the person up",
    ),
    (
        "module_assignment.assigned_by",
        "the coach who assigned the module",
    ),
    ("plan_change.changed_by", "who changed the plan"),
    ("coach_note.written_by", "the coach who wrote the note"),
    ("message.written_by", "who wrote the message"),
    ("coach_note.withdrawn_by", "the coach who withdrew the note"),
    ("outcome.recorded_by", "the coach who recorded the outcome"),
    ("outcome.withdrawn_by", "the coach who withdrew the outcome"),
    (
        "confirmed_skill.confirmed_by",
        "the coach who saw the skill in practice",
    ),
    ("employer.created_by", "who added the employer"),
    (
        "employer_member.account_id",
        "a member of an employer's staff",
    ),
    ("employer_member.added_by", "who made them a member"),
    ("job.created_by", "who wrote the job"),
    ("job_change.changed_by", "who changed the job"),
    (
        "job_candidate.proposed_by",
        "the coach who suggested the job",
    ),
];
