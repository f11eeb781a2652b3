//! A job's parts, each a closed set the pages and the feed map onto.

use serde::{Deserialize, Serialize};

/// How a job is offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobForm {
    Permanent,
    FixedTerm,
    PartTime,
    /// Work with a pay subsidy (palkkatuki).
    Subsidised,
    Apprenticeship,
    /// A work trial (työkokeilu): unpaid, to try a field with support.
    WorkTrial,
}

impl JobForm {
    pub const ALL: [JobForm; 6] = [
        JobForm::Permanent,
        JobForm::FixedTerm,
        JobForm::PartTime,
        JobForm::Subsidised,
        JobForm::Apprenticeship,
        JobForm::WorkTrial,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JobForm::Permanent => "permanent",
            JobForm::FixedTerm => "fixed-term",
            JobForm::PartTime => "part-time",
            JobForm::Subsidised => "subsidised",
            JobForm::Apprenticeship => "apprenticeship",
            JobForm::WorkTrial => "work-trial",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == text)
    }
}

/// A job, or a work task: a smaller piece of work a person can do to show
/// their skills (the service model's "work tasks").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobKind {
    Job,
    WorkTask,
}

impl JobKind {
    pub const ALL: [JobKind; 2] = [JobKind::Job, JobKind::WorkTask];

    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Job => "job",
            JobKind::WorkTask => "work-task",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// Where a job stands: a draft only its employer sees, published (open to
/// people and matching), or closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobStatus {
    Draft,
    Published,
    Closed,
}

impl JobStatus {
    pub const ALL: [JobStatus; 3] = [JobStatus::Draft, JobStatus::Published, JobStatus::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Draft => "draft",
            JobStatus::Published => "published",
            JobStatus::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// What a workplace can change for someone, each labelled by the message
/// `job-adjust-<code>`: people who need one look for these first.
pub const ADJUSTMENTS: &[&str] = &[
    "flexible-hours",
    "shorter-days",
    "written-instructions",
    "plain-language",
    "mentor",
    "job-coach-welcome",
    "quiet-space",
    "step-free",
    "extra-training",
];

/// The parts of a job its history names when they change, each labelled by
/// the message `job-part-<code>`.
pub const PARTS: &[&str] = &[
    "employer",
    "kind",
    "texts",
    "occupation",
    "place",
    "form",
    "hours",
    "languages",
    "certificates",
    "skills",
    "adjustments",
    "dates",
    "how-to-apply",
    "event",
];

/// The form's fields for languages other than Finnish: (language, level).
pub const OTHER_LANGUAGES: [(&str, &str); 2] = [("lang1", "level1"), ("lang2", "level2")];

/// At most this many skills per job: a job that needs everything says nothing.
pub const MAX_JOB_SKILLS: usize = 30;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_read_back_what_they_write() {
        for form in JobForm::ALL {
            assert_eq!(JobForm::parse(form.as_str()), Some(form));
        }
        assert_eq!(JobForm::parse("Permanent"), None);
        for kind in JobKind::ALL {
            assert_eq!(JobKind::parse(kind.as_str()), Some(kind));
        }
        for status in JobStatus::ALL {
            assert_eq!(JobStatus::parse(status.as_str()), Some(status));
        }
    }
}
