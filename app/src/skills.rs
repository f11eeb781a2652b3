//! Skills self-assessment: "I can…" statements on DigComp 2.2 digital skills
//! and on working-life skills (frameworks under `content/assessments`),
//! answered on a four-point scale and scored per competence and area.

#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod db;
pub mod scoring;
pub mod types;
