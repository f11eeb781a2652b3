use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

/// What a person may do in Askel. Everyone has exactly one role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "ssr",
    derive(sqlx::Type),
    sqlx(type_name = "account_role", rename_all = "lowercase")
)]
pub enum Role {
    /// Looks for work; joins with a coach's invitation code.
    Jobseeker,
    /// Works with the jobseekers on their caseload.
    Coach,
    /// Publishes events and jobs for an employer.
    Organiser,
    /// Manages accounts and content.
    Admin,
}

impl Role {
    /// Every role, in the order forms list them.
    pub const ALL: [Role; 4] = [Role::Jobseeker, Role::Coach, Role::Organiser, Role::Admin];

    /// The name used in the database, forms and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Jobseeker => "jobseeker",
            Role::Coach => "coach",
            Role::Organiser => "organiser",
            Role::Admin => "admin",
        }
    }

    /// Parses the name used in forms and the CLI.
    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_str() == name)
    }

    /// Fluent id of the role's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Jobseeker => "role-jobseeker",
            Role::Coach => "role-coach",
            Role::Organiser => "role-organiser",
            Role::Admin => "role-admin",
        }
    }

    /// Where a person of this role starts after signing in.
    pub fn home_path(self) -> &'static str {
        match self {
            Role::Coach => "/coach/invitations",
            Role::Admin => "/admin/users",
            Role::Jobseeker | Role::Organiser => "/account",
        }
    }
}

/// The signed-in person, as every page and server function sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    /// Their account.
    pub account_id: i64,
    /// What they may do.
    pub role: Role,
    /// The name they chose to be called by.
    pub display_name: String,
    /// The language they chose for Askel and for messages we send them.
    pub locale: Locale,
}
