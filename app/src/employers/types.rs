//! Employers and their staff as the pages show them.

use serde::{Deserialize, Serialize};

/// One employer in the list of all of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerSummary {
    pub employer_id: i64,
    pub name: String,
    /// The Finnish business ID (Y-tunnus), when known.
    pub business_id: Option<String>,
    /// People on its staff.
    pub staff: i64,
    /// Its jobs and work tasks open now.
    pub published_jobs: i64,
}

/// One employer and the people on its staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Employer {
    pub employer_id: i64,
    pub name: String,
    pub business_id: Option<String>,
    pub staff: Vec<StaffMember>,
}

/// One person on an employer's staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub account_id: i64,
    pub display_name: String,
    /// Email, or phone when the account has no email.
    pub contact: String,
    /// Deactivated by an admin: cannot sign in.
    pub deactivated: bool,
}

/// Someone just added to an employer's staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedStaff {
    pub display_name: String,
    /// The one-time code to set a password with, when the account was made
    /// just now; `None` when they already had one.
    pub code: Option<String>,
}
