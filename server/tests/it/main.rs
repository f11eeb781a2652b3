//! The server's integration tests, one binary: each file is a module, so
//! `make test` links once instead of once per file (each link of the debug
//! build is ~770 MB and seconds of a 2-core machine).

mod process;
mod support;

mod aborted_pages;
mod admin;
mod authorization;
mod binary;
mod caseload;
mod coach_workspace;
mod crash_safety;
mod cv;
mod database;
mod database_restart;
mod demo;
mod employer_work;
mod employers;
mod events;
mod events_booking;
mod events_coach;
mod events_organiser;
mod feedback_api;
mod glossary;
mod healthz;
mod http_limits;
mod impact_report;
mod job_posting;
mod job_search;
mod jobs;
mod join;
mod language;
mod matching;
mod meetings;
mod message_files;
mod messages;
mod migrations;
mod modules;
mod my_account;
mod notifications;
mod outbox;
mod pages;
mod password_reset;
mod personal_data;
mod rate_limits;
mod retention;
mod scale_out;
mod sign_in;
mod skills;
mod skills_pages;
mod skills_profile;
mod vocabulary;
mod web_push;
