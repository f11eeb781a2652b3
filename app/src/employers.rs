//! Employer organisations and their staff. Coaches and admins keep one list
//! for the whole service: they add an employer, and say who works for it.
//! Staff are organiser accounts; someone new to Askel gets one here, with a
//! one-time code to set their password. The jobs an employer offers are in
//! `crate::jobs`.

#[cfg(feature = "ssr")]
mod db;
mod employer_page;
#[cfg(feature = "ssr")]
pub mod input;
mod list_page;
#[cfg(feature = "ssr")]
mod server;
pub mod types;

pub use employer_page::{AddEmployerStaff, EmployerPage, RemoveEmployerStaff};
pub use list_page::{CreateEmployer, EmployersPage};

use crate::accounts::Role;

/// Who keeps the employers and their staff: coaches and admins.
pub const EMPLOYER_KEEPERS: &[Role] = &[Role::Coach, Role::Admin];

/// The list of employers, with the form to add one.
pub const EMPLOYERS: &str = "/employers";

/// The page of one employer, with its staff.
pub fn employer_path(employer_id: i64) -> String {
    format!("{EMPLOYERS}/{employer_id}")
}
