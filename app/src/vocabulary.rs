//! The shared vocabulary of occupations, skills, certificates and languages
//! (`content/vocabulary`, format in `content/README.md`) that profiles, jobs
//! and matching speak. Every occupation and skill carries its ESCO URI so
//! they can be exchanged with Job Market Finland and Europass; every DigComp
//! and working-life competence is a skill, so an assessment result is
//! evidence of one.

pub mod content;
pub mod db;
pub mod suggest;
pub mod types;
