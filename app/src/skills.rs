//! Skills self-assessment: "I can…" statements on DigComp 2.2 digital skills
//! and on working-life skills (frameworks under `content/assessments`),
//! answered on a four-point scale and scored per competence and area.
//!
//! Every page is a plain server-rendered form (GOV.UK's one question per
//! page), so the whole assessment works without JavaScript.

mod chart;
mod check_page;
mod coach;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod db;
pub(crate) mod history_page;
mod overview_page;
#[cfg(feature = "ssr")]
pub mod personal_data;
mod question_page;
mod results_page;
pub mod scoring;
#[cfg(feature = "ssr")]
pub mod server;
pub mod types;
pub(crate) mod views;

use leptos::prelude::*;

pub use check_page::{CheckPage, SubmitAssessment};
pub use coach::{JobseekerSkills, jobseeker_skills};
pub use history_page::HistoryPage;
pub use overview_page::{SkillsPage, StartAssessment, StartPage};
pub use question_page::{AnswerQuestion, QuestionPage};
pub use results_page::ResultsPage;
pub use views::{AreaName, FrameworkHistory, PastAssessment};

use crate::error::AppError;

/// A parameter of the page's address.
fn param(name: &str) -> String {
    leptos_router::hooks::use_params_map().with_untracked(|p| p.get(name).unwrap_or_default())
}

fn start_path(framework: &str) -> String {
    format!("/skills/{framework}")
}

#[cfg(feature = "ssr")]
fn question_path(framework: &str, statement: &str) -> String {
    format!("/skills/{framework}/questions/{statement}")
}

#[cfg(feature = "ssr")]
fn check_path(framework: &str) -> String {
    format!("/skills/{framework}/check")
}

fn results_path(assessment_id: i64) -> String {
    format!("/skills/results/{assessment_id}")
}

fn history_path(framework: &str) -> String {
    format!("/skills/{framework}/history")
}

/// A skills page: the loaded data, or why it cannot be shown.
fn loaded_page<T, Fut, V>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    show: fn(T) -> V,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    crate::ui::loaded_page(load, show, "/skills", "skills-all")
}
