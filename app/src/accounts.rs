//! Accounts, roles and sessions: who the person is and what they may see.
//!
//! Jobseekers join with an invitation code from their coach; everyone else is
//! created by an admin. Sessions live in PostgreSQL; authorization goes through
//! [`require_role`].

#[cfg(feature = "ssr")]
pub mod codes;
#[cfg(feature = "ssr")]
pub mod db;
mod guard;
mod identifier;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
mod rate_limit;
#[cfg(feature = "ssr")]
pub mod session;
mod types;

mod account_page;
mod invitations;
mod join;
#[cfg(feature = "ssr")]
mod join_input;
#[cfg(feature = "ssr")]
mod join_server;
#[cfg(feature = "ssr")]
pub mod one_time_codes;
mod password_reset;
#[cfg(feature = "ssr")]
mod password_reset_server;
mod protected;
mod sign_in;
mod sign_out;

pub use account_page::AccountPage;
#[cfg(feature = "ssr")]
pub use guard::{auth_settings, client_ip, rate_limits};
pub use guard::{current_user, require_role, require_signed_in};
pub use identifier::Identifier;
pub use invitations::{CreateInvitation, InvitationsPage, IssueResetCode};
pub use join::{Join, JoinPage};
pub use password_reset::{
    ForgotPasswordPage, NewPasswordPage, RequestPasswordReset, ResetPassword,
};
pub use protected::Protected;
#[cfg(feature = "ssr")]
pub use rate_limit::{ClientIp, RateLimits};
#[cfg(feature = "ssr")]
pub use session::AuthSettings;
pub use sign_in::{SignIn, SignInPage};
pub use sign_out::{SignOut, SignOutButton};
pub use types::{CurrentUser, Role};

/// The sign-in page, asked to bring the person back to `next` afterwards.
pub fn sign_in_path(next: &str) -> String {
    match crate::forms::local_return_path(next) {
        Some(next) if next != "/" => {
            let next =
                percent_encoding::utf8_percent_encode(next, percent_encoding::NON_ALPHANUMERIC);
            format!("/sign-in?next={next}")
        }
        _ => "/sign-in".to_owned(),
    }
}
