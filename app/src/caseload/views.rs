//! The caseload as the page shows it: texts in the coach's language, times
//! in Helsinki time, filled in on the server.

/// One page of the caseload with the choices that made it.
#[derive(Clone, Debug, Default)]
pub struct CaseloadView {
    pub rows: Vec<PersonRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub search: String,
    pub quiet_only: bool,
    pub sort: String,
}

/// A jobseeker on the list.
#[derive(Clone, Debug)]
pub struct PersonRow {
    pub name: String,
    /// The day of their last activity, or that there has been none.
    pub last_activity: String,
    /// No activity for two weeks or more.
    pub quiet: bool,
    /// "2 of 3 done", or that none are assigned.
    pub modules: String,
    /// "1 Information: Intermediate (+0.5)" per DigComp area assessed.
    pub skills: Vec<String>,
    pub next_event: Option<String>,
}
