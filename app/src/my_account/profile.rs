//! The signed-in person's details, as the account pages show them.

use serde::{Deserialize, Serialize};

use crate::{accounts::Role, error::AppError, i18n::Locale};

/// What the account row says about a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub role: Role,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub locale: Locale,
    pub birth_year: Option<i16>,
    pub gender: Option<String>,
    /// The coach whose caseload a jobseeker is on.
    pub coach_name: Option<String>,
    /// A new email address waiting for its confirmation link.
    pub pending_email: Option<String>,
}

/// The signed-in person's profile. Account pages render on the server only,
/// so the browser build never loads it.
pub async fn load_profile() -> Result<Profile, AppError> {
    #[cfg(feature = "ssr")]
    {
        let me = crate::accounts::require_signed_in()?;
        let mut conn = crate::context::pool()?.acquire().await?;
        let (profile, _) = super::db::profile(&mut conn, me.account_id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(profile)
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}
