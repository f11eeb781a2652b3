//! "Download my data": everything Askel stores about the signed-in person, as
//! one JSON file they can keep, read or take to another service.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The file's name when saved.
pub const FILE_NAME: &str = "askel-my-data.json";

/// Everything stored about one person. Keys are English and stable so the
/// file stays machine-readable; times are RFC 3339 in UTC. Each domain fills
/// in its own part (`crate::personal_data`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyData {
    /// What the file is and what each part holds, in the person's language:
    /// the keys stay English for programs, the reader gets words.
    pub read_me: ReadMe,
    pub exported_at: String,
    pub account: AccountData,
    /// Browsers signed in to the account right now.
    pub signed_in_browsers: Vec<SessionData>,
    /// Browsers that show the person's notices (Web Push).
    pub notification_browsers: Vec<PushDeviceData>,
    /// What the audit log says happened to the account and who did it,
    /// including every time a coach or admin looked at the person's data.
    pub audit_log: Vec<AuditData>,
    /// Answers to module steps, including private reflections.
    pub module_answers: Vec<ModuleAnswerData>,
    /// Modules a coach asked the person to do.
    pub assigned_modules: Vec<AssignmentData>,
    /// Skills self-assessments, submitted or not, with every answer.
    pub skills_assessments: Vec<AssessmentData>,
    /// Sign-ups for employer events, cancelled ones too.
    pub event_signups: Vec<EventSignupData>,
    /// Every version of every goal and step of the employment plan.
    pub plan_history: Vec<PlanChangeData>,
    /// Every coach note about the person, shared or not: the right of access
    /// covers what coaches write.
    pub coach_notes: Vec<NoteData>,
    pub outcomes: Vec<OutcomeData>,
    /// The skills profile: what the person has done and the skills it showed,
    /// certificates, languages, and skills coaches saw in practice.
    pub skills_profile: SkillsProfileData,
    /// Jobs the person saved or said they are interested in, and each
    /// consent to show a job's employer their skills.
    pub jobs: JobsData,
    /// What the person wrote and chose for their CV (the rest of the CV is
    /// the skills profile above).
    pub cv: Option<CvData>,
    /// The conversation with the coach, oldest first.
    pub messages: Vec<MessageData>,
    /// Meetings with the coach booked now or held, with what the coach
    /// wrote came of them.
    pub meetings: Vec<MeetingData>,
    /// Each consent to the coach naming the person to employers, with when
    /// it was given and taken back.
    pub employer_consents: Vec<ConsentData>,
    /// The coaches' contacts with employers about the person.
    pub employer_contacts: Vec<EmployerContactData>,
    /// Check-ins with the coach after starting work, due and done.
    pub follow_along: Vec<CheckInData>,
    /// What the person wrote in their job-search log (the rest of the log
    /// is their jobs, events and modules above).
    pub job_search_log: Vec<JobSearchData>,
}

/// The file explained in the person's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadMe {
    /// The language of the texts below, e.g. `ar`.
    pub language: String,
    pub about: String,
    /// Each part's key in this file, and what it holds in words.
    pub parts: Vec<PartName>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartName {
    pub key: String,
    pub name: String,
}

impl MyData {
    /// The keys of the file's parts after the read-me, in order; each has a
    /// message `export-part-<key with hyphens>` (a test checks both).
    pub const PARTS: [&str; 21] = [
        "exported_at",
        "account",
        "signed_in_browsers",
        "notification_browsers",
        "audit_log",
        "module_answers",
        "assigned_modules",
        "skills_assessments",
        "event_signups",
        "plan_history",
        "coach_notes",
        "outcomes",
        "skills_profile",
        "jobs",
        "cv",
        "messages",
        "meetings",
        "employer_consents",
        "employer_contacts",
        "follow_along",
        "job_search_log",
    ];
}

#[cfg(feature = "ssr")]
impl ReadMe {
    /// The read-me in `locale`.
    pub fn new(locale: crate::i18n::Locale) -> ReadMe {
        use crate::i18n::translate;
        ReadMe {
            language: locale.code().to_owned(),
            about: translate(locale, "export-about"),
            parts: MyData::PARTS
                .iter()
                .map(|key| PartName {
                    key: (*key).to_owned(),
                    name: translate(locale, &format!("export-part-{}", key.replace('_', "-"))),
                })
                .collect(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobSearchData {
    /// The day, `YYYY-MM-DD`.
    pub day: String,
    /// `application`, `contact`, `interview` or `other`.
    pub kind: String,
    pub employer: String,
    pub what: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentData {
    pub given_at: String,
    pub taken_back_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerContactData {
    pub employer: String,
    /// The day, `YYYY-MM-DD`.
    pub day: String,
    /// `visit`, `phone`, `email`, `meeting` or `event`.
    pub how: String,
    /// `no-opening`, `later`, `opening`, `interview`, `work-trial` or `hired`.
    pub result: String,
    pub note: String,
    pub coach: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInData {
    /// The day it is due, `YYYY-MM-DD`.
    pub due_on: String,
    /// `week`, `month`, `three-months` or `agreed`.
    pub kind: String,
    pub done_at: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingData {
    pub starts_at: String,
    pub ends_at: String,
    /// `in-person`, `phone` or `video`.
    pub mode: String,
    pub place: Option<String>,
    pub coach: Option<String>,
    pub booked_by_coach: bool,
    pub booked_at: Option<String>,
    pub outcome: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageData {
    /// `me` or `coach`.
    pub from: String,
    /// The coach's name for their messages (gone with their account).
    pub written_by: Option<String>,
    pub body: String,
    pub sent_at: String,
    pub read_at: Option<String>,
    /// The photo or PDF sent with it, when one was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<MessageFileData>,
}

/// A message's file: what it is, and where to download it while the
/// account lives (the files themselves would make this export as large as
/// all of them together).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageFileData {
    pub name: String,
    pub content_type: String,
    pub bytes: i32,
    /// SHA-256 of the file, in hex: the downloaded file can be checked against it.
    pub sha256: String,
    /// The address (on this site) it downloads from.
    pub download: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CvData {
    /// The CV's language: fi, sv or en.
    pub language: String,
    pub headline: Option<String>,
    pub about: Option<String>,
    pub town: Option<String>,
    pub show_email: bool,
    pub show_phone: bool,
    pub updated_at: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobsData {
    pub saved: Vec<ListedJobData>,
    pub interested: Vec<ListedJobData>,
    /// Jobs the person's coach suggested to them.
    pub suggested_by_coach: Vec<ListedJobData>,
    pub skills_shared_for_jobs: Vec<JobShareData>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListedJobData {
    pub job: i64,
    /// In Finnish, the language every job has.
    pub title: String,
    pub employer: String,
    /// When it was saved, said to be interesting, or suggested (the first of these).
    pub since: String,
    /// What the employer recorded came of it: contacted, interview, hired or not-chosen.
    pub stage: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobShareData {
    pub job: i64,
    pub title: String,
    pub employer: String,
    pub granted_at: String,
    /// When the consent was taken back; none while it holds.
    pub revoked_at: Option<String>,
}

/// Skills are the ids of `content/vocabulary/vocabulary.toml`, which gives
/// each its ESCO URI.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillsProfileData {
    pub experiences: Vec<ExperienceData>,
    pub certificates: Vec<CertificateData>,
    pub languages: Vec<LanguageData>,
    pub confirmed_skills: Vec<ConfirmedSkillData>,
    /// Each consent to show the skills to an event's organiser.
    pub shared_with_events: Vec<ShareData>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareData {
    pub event: i64,
    pub title: String,
    pub employer: String,
    pub granted_at: String,
    /// When the consent was taken back; none while it holds.
    pub revoked_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExperienceData {
    /// "work", "volunteering", "home", "studies" or "other".
    pub kind: String,
    pub description: String,
    pub place: Option<String>,
    pub period: Option<String>,
    pub skills: Vec<String>,
    /// When the person added it.
    pub added: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateData {
    pub certificate: String,
    pub valid_until: Option<String>,
    /// When the person added it.
    pub added: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageData {
    /// ISO 639 code.
    pub language: String,
    /// A CEFR level (A1–C2) or "native".
    pub level: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmedSkillData {
    pub skill: String,
    pub confirmed_by: Option<String>,
    pub confirmed_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChangeData {
    /// "goal" or "step".
    pub kind: String,
    pub what: String,
    pub who: Option<String>,
    pub due_on: Option<String>,
    pub status: String,
    pub changed_by: Option<String>,
    pub changed_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteData {
    pub written_by: Option<String>,
    pub body: String,
    pub shared: bool,
    pub written_at: String,
    pub corrected_at: Option<String>,
    pub withdrawn_at: Option<String>,
    pub earlier_versions: Vec<VersionData>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeData {
    pub situation: String,
    pub since: String,
    pub recorded_by: Option<String>,
    pub recorded_at: String,
    pub corrected_at: Option<String>,
    pub withdrawn_at: Option<String>,
    pub earlier_versions: Vec<VersionData>,
}

/// What a note said (`text`), or an outcome's situation and `since`, before
/// a correction replaced it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionData {
    pub text: String,
    pub since: Option<String>,
    pub shared: bool,
    pub written_at: String,
    pub replaced_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSignupData {
    pub event: i64,
    /// The event's Finnish title.
    pub title: String,
    pub employer: String,
    pub starts_at: String,
    /// confirmed, waiting or cancelled.
    pub status: String,
    pub slot_starts_at: Option<String>,
    pub contact_shared_with_organiser: bool,
    pub signed_up_by_coach: bool,
    pub signed_up_at: String,
    pub checked_in_at: Option<String>,
    /// Answers to the organiser's questions.
    pub answers: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentData {
    pub framework: String,
    pub mode: String,
    pub started_at: String,
    pub submitted_at: Option<String>,
    /// Statement id → 1 (I can't do this yet) … 4 (I can help others); null: skipped.
    pub answers: std::collections::BTreeMap<String, Option<i16>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleAnswerData {
    pub module: String,
    pub step: String,
    /// Chosen options or ticked checklist items, by id.
    pub choices: Vec<String>,
    pub text: String,
    pub shared_with_coach: bool,
    pub answered_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignmentData {
    pub module: String,
    pub due_on: Option<String>,
    /// The coach's name; empty when their account is gone.
    pub assigned_by: Option<String>,
    pub assigned_at: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountData {
    pub role: String,
    pub display_name: String,
    pub email: Option<String>,
    /// A new email address waiting for its confirmation link.
    pub pending_email: Option<String>,
    pub phone: Option<String>,
    pub language: String,
    pub birth_year: Option<i16>,
    pub gender: Option<String>,
    /// The name of the coach whose caseload the person is on.
    pub coach: Option<String>,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionData {
    pub signed_in_at: String,
    pub last_used_at: String,
    pub ends_at: String,
}

/// A browser that shows the person's notices: its push service's host
/// (whose browser it is) and since when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushDeviceData {
    pub push_service: String,
    pub since: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditData {
    pub at: String,
    pub action: String,
    pub detail: Option<String>,
    /// Who did it; empty for the system or a deleted account.
    pub by_name: Option<String>,
    pub by_role: Option<String>,
}

/// The signed-in person's data as a file download. A GET, so it works as a
/// plain link without JavaScript; it changes nothing but the audit log.
#[server(prefix = "/api", endpoint = "my-data", input = GetUrl)]
pub async fn my_data_download() -> Result<MyData, AppError> {
    use http::{HeaderValue, header};

    let result = super::server::export().await;
    crate::context::answer_call(&result);
    if result.is_ok()
        && let Some(response) = use_context::<leptos_axum::ResponseOptions>()
    {
        let disposition = format!("attachment; filename=\"{FILE_NAME}\"");
        if let Ok(value) = HeaderValue::from_str(&disposition) {
            response.insert_header(header::CONTENT_DISPOSITION, value);
        }
        // Personal data: no copy in any cache, shared or not.
        response.insert_header(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    result
}
