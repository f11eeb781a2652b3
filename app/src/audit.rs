//! The audit log: who did what to whom, and when. It answers a jobseeker's
//! "who has looked at my data?" and an inspector's "who changed this?". It
//! never holds passwords, codes or message bodies.

#[cfg(feature = "ssr")]
pub mod db;

/// What happened, as stored in `audit_log.action`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    /// Someone signed in.
    SignIn,
    /// A sign-in failed; the subject is the account when the contact matched one.
    SignInFailed,
    /// A new account was created (by joining or by an admin).
    AccountCreated,
    /// An admin changed someone's role; the detail is the new role.
    RoleChanged,
    /// A password was set with a reset code.
    PasswordReset,
    /// A person changed their own password.
    PasswordChanged,
    /// A person changed the email address or phone number they sign in with.
    ContactChanged,
    /// A person downloaded a copy of their data.
    DataExported,
    /// A jobseeker deleted their account; only anonymous facts remain.
    AccountDeleted,
    /// A coach issued a password-reset code for a jobseeker.
    ResetCodeIssued,
    /// A coach or admin looked at a jobseeker's personal data; the detail says what.
    ViewedPersonalData,
    /// A coach assigned a module to a jobseeker; the detail is the module.
    ModuleAssigned,
    /// A coach signed a jobseeker up for an event with their consent; the detail is the event.
    EventSignUpByCoach,
    /// A coach moved a jobseeker to another coach's caseload; the detail is the new coach.
    JobseekerTransferred,
    /// An admin put a coach in a team (the detail), or in none.
    TeamChanged,
    /// An admin deactivated a staff account: its sessions and codes ended.
    AccountDeactivated,
    /// An admin made a deactivated staff account active again.
    AccountReactivated,
    /// A coach or admin read the impact report; the detail is its scope and period.
    ReportViewed,
    /// A coach confirmed they have seen a jobseeker use a skill; the detail is the skill.
    SkillConfirmed,
    /// A coach took back a skill confirmation; the detail is the skill.
    SkillConfirmationWithdrawn,
    /// A coach or admin added an employer; the detail is `employer:{id}`.
    EmployerCreated,
    /// A coach or admin put the subject on an employer's staff; the detail is `employer:{id}`.
    EmployerStaffAdded,
    /// A coach or admin took the subject off an employer's staff; the detail is `employer:{id}`.
    EmployerStaffRemoved,
    /// An employer's staff recorded what came of the subject's interest in a
    /// job; the detail is `job {id}` and the stage (or `none`).
    CandidateStageSet,
}

impl AuditAction {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::SignIn => "sign_in",
            AuditAction::SignInFailed => "sign_in_failed",
            AuditAction::AccountCreated => "account_created",
            AuditAction::RoleChanged => "role_changed",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::PasswordChanged => "password_changed",
            AuditAction::ContactChanged => "contact_changed",
            AuditAction::DataExported => "data_exported",
            AuditAction::AccountDeleted => "account_deleted",
            AuditAction::ResetCodeIssued => "reset_code_issued",
            AuditAction::ViewedPersonalData => "viewed_personal_data",
            AuditAction::ModuleAssigned => "module_assigned",
            AuditAction::EventSignUpByCoach => "event_signed_up_by_coach",
            AuditAction::JobseekerTransferred => "jobseeker_transferred",
            AuditAction::TeamChanged => "team_changed",
            AuditAction::AccountDeactivated => "account_deactivated",
            AuditAction::AccountReactivated => "account_reactivated",
            AuditAction::ReportViewed => "report_viewed",
            AuditAction::SkillConfirmed => "skill_confirmed",
            AuditAction::SkillConfirmationWithdrawn => "skill_confirmation_withdrawn",
            AuditAction::EmployerCreated => "employer_created",
            AuditAction::EmployerStaffAdded => "employer_staff_added",
            AuditAction::EmployerStaffRemoved => "employer_staff_removed",
            AuditAction::CandidateStageSet => "candidate_stage_set",
        }
    }
}
