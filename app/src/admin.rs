//! Administration: staff accounts (coaches, organisers, admins) and their
//! roles. Jobseekers join through their coach, never through here.

#[cfg(feature = "ssr")]
mod db;
#[cfg(feature = "ssr")]
mod server;
mod users;

pub use users::{ChangeRole, CreateStaffAccount, SetTeam, UsersPage};
