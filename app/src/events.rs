//! Employer rendezvous events: organisers publish recruitment days, speed
//! interviews, workplace visits and info sessions; jobseekers find them and
//! book a seat or a time slot, or join the waiting list.

#[cfg(feature = "ssr")]
pub mod booking;
#[cfg(feature = "ssr")]
pub mod ics;
pub mod types;
