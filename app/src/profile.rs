//! The jobseeker's skills profile: what they have done (work, volunteering,
//! home, studies) and the skills it showed, certificates and cards,
//! languages at CEFR levels, and skills their coach has seen in practice.
//! Private to the person and their coach; the vocabulary it refers to is
//! `crate::vocabulary`.

mod certificate_pages;
#[cfg(feature = "ssr")]
pub mod db;
mod evidence_pages;
mod experience_pages;
mod language_pages;
#[cfg(feature = "ssr")]
pub mod personal_data;
mod removable;
#[cfg(feature = "ssr")]
pub mod server;
mod sharing_pages;
pub mod types;

pub use certificate_pages::{
    AddCertificatePage, CertificateSection, RemoveCertificate, SetCertificate,
};
pub use evidence_pages::{
    CoachSkillsPage, ConfirmSkills, EvidenceList, Reader, ShownSkillsSection,
    WithdrawSkillConfirmation, coach_skills_path,
};
pub use experience_pages::{
    AddExperience, AddExperiencePage, DeleteExperience, ExperienceSection, ExperienceSkillsPage,
    SaveExperienceSkills,
};
pub use language_pages::{AddLanguagePage, LanguageSection, RemoveLanguage, SetLanguage};
pub use sharing_pages::{
    EventSharing, ShareSkills, SharedSkillsPage, SharingSection, StopSharingSkills,
};
