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
    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Job => "job",
            JobKind::WorkTask => "work-task",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_read_back_what_they_write() {
        for form in JobForm::ALL {
            assert_eq!(JobForm::parse(form.as_str()), Some(form));
        }
        assert_eq!(JobForm::parse("Permanent"), None);
    }
}
