//! A jobseeker's personal employment plan: goals and the steps towards them
//! (what, who does it, by when, how far it is), agreed with their coach.
//! The coach writes it in their workspace; the jobseeker reads it on
//! "My plan" and marks their steps done. Every version of every goal and
//! step is kept, with who changed it and when.

mod coach_page;
#[cfg(feature = "ssr")]
pub mod db;
mod edit_pages;
mod history_page;
pub mod input;
mod my_plan_page;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod server;
mod server_fns;
mod step_fields;
pub mod types;
mod views;

pub use coach_page::CoachPlanPage;
pub use edit_pages::{EditGoalPage, EditStepPage};
pub use history_page::{CoachPlanHistoryPage, MyPlanHistoryPage};
pub use my_plan_page::MyPlanPage;
pub use server_fns::{AddGoal, AddStep, MarkStep, SaveGoal, SaveStep};

/// The jobseeker's own plan.
pub const MY_PLAN: &str = "/plan";

/// A jobseeker's plan in their coach's workspace.
pub fn coach_plan_path(jobseeker: i64) -> String {
    format!("{}/plan", crate::caseload::jobseeker_path(jobseeker))
}
