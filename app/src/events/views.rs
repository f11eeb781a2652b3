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
    /// Paragraphs of the description.
    pub description: Vec<String>,
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
