//! "My account": a person's own details, language and password, a copy of
//! everything stored about them, and (for jobseekers) leaving for good.
//! Everything here acts on the signed-in person only.

mod data_export;
#[cfg(feature = "ssr")]
pub mod db;
mod deletion;
mod details;
#[cfg(feature = "ssr")]
mod details_input;
mod email_confirmation;
mod language;
mod overview;
mod password;
#[cfg(feature = "ssr")]
pub mod personal_data;
mod profile;
#[cfg(feature = "ssr")]
mod server;

pub use data_export::{
    AssessmentData, AssignmentData, CertificateData, CheckInData, ConfirmedSkillData, ConsentData,
    CvData, EmployerContactData, EventSignupData, ExperienceData, JobSearchData, JobShareData,
    JobsData, LanguageData, ListedJobData, MeetingData, MessageData, MessageFileData,
    ModuleAnswerData, MyData, MyDataDownload, NoteData, OutcomeData, PlanChangeData, ShareData,
    SkillsProfileData, VersionData,
};
pub use deletion::{AccountDeletedPage, DeleteAccountPage, DeleteMyAccount};
pub use details::{DetailsPage, UpdateDetails};
pub use email_confirmation::{ConfirmEmail, ConfirmEmailPage};
pub use language::{ChangeLanguage, LanguagePage};
pub use overview::AccountPage;
pub use password::{ChangePassword, PasswordPage};
#[cfg(feature = "ssr")]
pub use personal_data::timestamp;
