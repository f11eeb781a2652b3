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
mod known_device;
#[cfg(feature = "ssr")]
pub mod notices;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod rate_limit;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod staff;
mod types;

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
pub mod password_reset_server;
mod protected;
mod sign_in;
mod sign_out;

#[cfg(feature = "ssr")]
pub use guard::{auth_settings, begin_own_write, client_ip, rate_limits};
pub use guard::{current_user, require_role, require_signed_in};
pub use identifier::Identifier;
pub use invitations::{
    CreateInvitation, FORM_RESET_CODE, InvitationsPage, IssueResetCode, issued_code,
};
pub use join::{
    FORM as JOIN_FORM, GENDERS, Join, JoinPage, gender_choices, gender_label, language_choices,
};
#[cfg(feature = "ssr")]
pub use join_input::{parse_birth_year, parse_contact, parse_display_name, parse_gender};
pub use password_reset::{
    ForgotPasswordPage, HANDED_CODE_DAYS, NewPasswordPage, RequestPasswordReset, ResetPassword,
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

/// The full address of a page, as people should type it (on a printed code,
/// in a message).
pub fn public_address(path: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        let base = auth_settings()
            .map(|s| s.public_url.to_string())
            .unwrap_or_default();
        format!("{base}{path}")
    }
    #[cfg(not(feature = "ssr"))]
    {
        path.to_owned()
    }
}
