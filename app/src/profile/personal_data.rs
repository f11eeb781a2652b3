//! The skills profile in the person's data export and account deletion (see
//! `crate::personal_data`).

use sqlx::PgConnection;

use super::db;
use crate::{
    error::AppError,
    my_account::{
        CertificateData, ConfirmedSkillData, ExperienceData, LanguageData, MyData, ShareData,
        SkillsProfileData, timestamp,
    },
};

pub const COLUMNS: &[&str] = &[
    "experience.account_id",
    "person_certificate.account_id",
    "person_language.account_id",
    "confirmed_skill.account_id",
    "profile_share.account_id",
];

pub async fn export(
    conn: &mut PgConnection,
    account_id: i64,
    data: &mut MyData,
) -> Result<(), AppError> {
    let experiences = db::experiences(conn, account_id).await?;
    let certificates = db::certificates(conn, account_id).await?;
    let languages = db::languages(conn, account_id).await?;
    let confirmed = db::confirmed_skills(conn, account_id).await?;
    let shares = db::shares(conn, account_id, None, "fi").await?;
    data.skills_profile = SkillsProfileData {
        experiences: experiences
            .into_iter()
            .map(|e| ExperienceData {
                kind: e.kind.as_str().to_owned(),
                description: e.description,
                place: e.place,
                period: e.period,
                skills: e.skills,
                added: timestamp(e.created_at),
            })
            .collect(),
        certificates: certificates
            .into_iter()
            .map(|c| CertificateData {
                certificate: c.certificate_id,
                valid_until: c.valid_until.map(|d| d.to_string()),
                added: timestamp(c.added_at),
            })
            .collect(),
        languages: languages
            .into_iter()
            .map(|(language, level)| LanguageData {
                language,
                level: level.as_str().to_owned(),
            })
            .collect(),
        shared_with_events: shares
            .into_iter()
            .map(|share| ShareData {
                event: share.event_id,
                title: share.title,
                employer: share.employer,
                granted_at: timestamp(share.granted_at),
                revoked_at: share.revoked_at.map(timestamp),
            })
            .collect(),
        confirmed_skills: confirmed
            .into_iter()
            .map(|c| ConfirmedSkillData {
                skill: c.skill_id,
                confirmed_by: c.confirmed_by,
                confirmed_at: timestamp(c.confirmed_at),
            })
            .collect(),
    };
    Ok(())
}

pub async fn remove(conn: &mut PgConnection, account_id: i64) -> Result<(), AppError> {
    db::remove_profile(conn, account_id).await?;
    Ok(())
}
