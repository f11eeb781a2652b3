//! Events as pages show them: every text already in the reader's language
//! and every time already in Helsinki time, filled in on the server.

use super::types::Standing;

/// An event in the list.
#[derive(Clone, Debug)]
pub struct Card {
    pub event_id: i64,
    pub title: String,
    pub employer: String,
    pub kind: String,
    pub sector: String,
    pub when: String,
    /// The address, or "Online".
    pub place: String,
    pub languages: String,
    pub free_seats: i64,
    /// "You are signed up" or "You are on the waiting list".
    pub mine: Option<String>,
}

/// One event in full.
#[derive(Clone, Debug)]
pub struct EventView {
    pub event_id: i64,
    pub title: String,
    /// Paragraphs of the description, as HTML with the glossary's words linked.
    pub description: Vec<String>,
    /// The words linked in the description, explained.
    pub words: Vec<crate::glossary::types::Word>,
    /// The `lang` of the title and description when not the page's.
    pub text_lang: Option<String>,
    pub employer: String,
    pub kind: String,
    pub sector: String,
    pub when: String,
    pub deadline: String,
    pub open: bool,
    pub cancelled: bool,
    pub address: Option<String>,
    pub directions: Option<String>,
    pub online_url: Option<String>,
    pub accessibility: Vec<String>,
    pub accessibility_notes: Option<String>,
    pub languages: String,
    pub free_seats: i64,
    pub questions: Vec<(i16, String)>,
    /// (slot id, when, free seats).
    pub slots: Vec<(i64, String, i64)>,
    pub mine: Option<MyPlace>,
    /// For a coach: the jobseekers on their caseload and their places here.
    pub caseload: Option<Vec<CaseloadRow>>,
}

/// A jobseeker of the coach, and their place at the event if they have one.
#[derive(Clone, Debug)]
pub struct CaseloadRow {
    pub account_id: i64,
    pub name: String,
    /// "Has a place" or "On the waiting list".
    pub standing: Option<String>,
}

/// A place at an event held by one of the coach's jobseekers.
#[derive(Clone, Debug)]
pub struct CaseloadPlaceRow {
    pub name: String,
    pub event_id: i64,
    pub title: String,
    pub when: String,
    /// Where they stand, or what became of the event.
    pub status: String,
    pub by_coach: bool,
}

/// The reader's place at an event.
#[derive(Clone, Debug)]
pub struct MyPlace {
    pub standing: Standing,
    /// The booked slot's time.
    pub slot: Option<String>,
    pub by_coach: bool,
}

/// A row of "My events".
#[derive(Clone, Debug)]
pub struct MyEventRow {
    pub event_id: i64,
    pub title: String,
    pub employer: String,
    pub when: String,
    pub place: String,
    pub cancelled: bool,
    pub past: bool,
    pub checked_in: bool,
}

/// A row of the organiser's own events.
#[derive(Clone, Debug)]
pub struct OwnEventRow {
    pub event_id: i64,
    pub title: String,
    pub when: String,
    pub status: String,
    pub confirmed: i64,
    pub waiting: i64,
}

/// One of the organiser's events with its people, as the door sees it.
#[derive(Clone, Debug)]
pub struct ManagedView {
    pub event_id: i64,
    pub title: String,
    pub when: String,
    pub status: String,
    pub draft: bool,
    pub cancelled: bool,
    pub confirmed: usize,
    pub waiting: usize,
    pub checked_in: usize,
    /// What was typed into the name search.
    pub search: String,
    /// The people the search finds (everyone without a search).
    pub attendees: Vec<AttendeeRow>,
}

/// A person on the organiser's list.
#[derive(Clone, Debug)]
pub struct AttendeeRow {
    pub signup_id: i64,
    pub name: String,
    /// "Confirmed" or "Waiting list", and the slot's time.
    pub standing: String,
    pub confirmed: bool,
    pub slot: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// (question, answer) of each answered question.
    pub answers: Vec<(String, String)>,
    pub checked_in: bool,
    /// Whether they show the organiser their skills now.
    pub skills_shared: bool,
    /// Of the skills they share, those the event's open jobs ask for.
    pub matching_skills: Vec<String>,
}
