//! Meetings between a jobseeker and their coach. A coach offers free times
//! (at an address, by phone, by video); the jobseeker books, moves or
//! cancels one on "Meetings" without calling anyone, or the coach books one
//! for them. The database keeps a time from being booked twice. A booked
//! meeting comes as a calendar file, with an email when it is booked and
//! reminders the day before and two hours before.

mod coach_page;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
mod input;
mod my_page;
mod person_page;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod server;
mod server_fns;
mod views;

pub use coach_page::CoachMeetingsPage;
pub use my_page::MyMeetingsPage;
pub use person_page::PersonMeetingsPage;
pub use server_fns::{
    BookForJobseeker, BookMeeting, CancelMeeting, MeetingCalendar, OfferTimes,
    RecordMeetingOutcome, RemoveTime,
};

/// The jobseeker's meetings and their coach's free times.
pub const MY_MEETINGS: &str = "/meetings";
/// The coach's calendar: a week of their times.
pub const COACH_MEETINGS: &str = "/coach/meetings";

/// One jobseeker's meetings in their coach's workspace.
pub fn person_meetings_path(jobseeker: i64) -> String {
    format!("{}/meetings", crate::caseload::jobseeker_path(jobseeker))
}

/// The coach's calendar at the week of `day`.
#[cfg(feature = "ssr")]
pub fn week_path(day: time::Date) -> String {
    format!("{COACH_MEETINGS}?week={}", views::monday_of(day))
}

/// The coach's one day of `day`: on a phone, today's times without a week
/// to scroll through.
#[cfg(feature = "ssr")]
pub fn day_path(day: time::Date) -> String {
    format!("{COACH_MEETINGS}?day={day}")
}

/// How a meeting is held.
pub const MODES: [&str; 3] = ["in-person", "phone", "video"];

/// The lengths a coach can give a time, in minutes.
pub const LENGTHS: [i64; 4] = [30, 45, 60, 90];

/// The most times offered in a row with one form.
pub const MAX_IN_A_ROW: i64 = 8;

/// How far ahead a jobseeker sees free times, in days.
pub const DAYS_AHEAD: i64 = 28;
