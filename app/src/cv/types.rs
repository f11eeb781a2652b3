//! A CV as the page shows it: every label already in the CV's language.

use crate::i18n::Locale;

/// What the jobseeker wrote and chose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CvChoices {
    pub locale: Locale,
    /// The work they look for, in a line.
    pub headline: Option<String>,
    /// A few words about themselves.
    pub about: Option<String>,
    pub town: Option<String>,
    pub show_email: bool,
    pub show_phone: bool,
}

/// One line of the CV: what, and the details under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CvLine {
    pub what: String,
    pub detail: Option<String>,
}

/// The whole CV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cv {
    /// Stored choices, or the defaults when none are stored yet.
    pub choices: CvChoices,
    pub name: String,
    /// The account's email and phone, shown on the CV only when chosen.
    pub email: Option<String>,
    pub phone: Option<String>,
    pub experiences: Vec<CvLine>,
    pub skills: Vec<CvLine>,
    /// Cards valid today.
    pub certificates: Vec<CvLine>,
    pub languages: Vec<CvLine>,
}

impl Cv {
    /// Whether the profile gives the CV nothing to tell yet.
    pub fn is_empty(&self) -> bool {
        self.experiences.is_empty()
            && self.skills.is_empty()
            && self.certificates.is_empty()
            && self.languages.is_empty()
    }
}
