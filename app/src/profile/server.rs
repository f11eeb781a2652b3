//! The skills profile on the server. Every function acts on the signed-in
//! jobseeker's own profile only.

use std::collections::BTreeMap;

use super::{
    db,
    db::Experience,
    types::{
        Evidence, EvidenceSource, ExperienceKind, LanguageLevel, MAX_DESCRIPTION_CHARS,
        MAX_PERIOD_CHARS, MAX_PLACE_CHARS, MAX_SKILLS_PER_EXPERIENCE, NewExperience, ShownSkill,
    },
};
use crate::{
    accounts::{Role, begin_own_write, db::is_on_caseload, require_role},
    audit::{AuditAction, db::record},
    context::{pool, vocabulary},
    error::{AppError, FieldError},
    i18n::Locale,
    vocabulary::types::{Texts, Vocabulary},
};

pub const FIELD_KIND: &str = "kind";
pub const FIELD_DESCRIPTION: &str = "description";
pub const FIELD_PLACE: &str = "place";
pub const FIELD_PERIOD: &str = "period";
pub const FIELD_SKILLS: &str = "skills";
pub const FIELD_LANGUAGE: &str = "language";
pub const FIELD_LEVEL: &str = "level";
pub const FIELD_CERTIFICATE: &str = "certificate";
pub const FIELD_VALID_UNTIL: &str = "valid_until";
pub const FIELD_SKILL: &str = "skill";

/// Most skills a coach confirms in one go: more than the vocabulary could
/// show of one person is not a real form.
const MAX_CONFIRMED_AT_ONCE: usize = 40;

/// Optional text: trimmed, empty as none, at most `max` characters (else
/// `too_long_key` on `field`).
pub fn optional_text(
    text: &str,
    max: usize,
    field: &str,
    too_long_key: &str,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    let text = text.trim();
    if text.chars().count() > max {
        errors.push(FieldError::new(field, too_long_key));
    }
    (!text.is_empty()).then(|| text.to_owned())
}

/// Checks what the person typed; every problem names its field.
pub fn parse_experience(
    kind: &str,
    description: &str,
    place: &str,
    period: &str,
) -> Result<NewExperience, AppError> {
    let mut errors = Vec::new();
    let kind = ExperienceKind::parse(kind);
    if kind.is_none() {
        errors.push(FieldError::new(FIELD_KIND, "profile-error-kind"));
    }
    let description = description.trim();
    if description.is_empty() {
        errors.push(FieldError::new(
            FIELD_DESCRIPTION,
            "profile-error-description",
        ));
    } else if description.chars().count() > MAX_DESCRIPTION_CHARS {
        errors.push(FieldError::new(
            FIELD_DESCRIPTION,
            "profile-error-description-long",
        ));
    }
    let place = optional_text(
        place,
        MAX_PLACE_CHARS,
        FIELD_PLACE,
        "profile-error-place-long",
        &mut errors,
    );
    let period = optional_text(
        period,
        MAX_PERIOD_CHARS,
        FIELD_PERIOD,
        "profile-error-period-long",
        &mut errors,
    );
    match kind {
        Some(kind) if errors.is_empty() => Ok(NewExperience {
            kind,
            description: description.to_owned(),
            place,
            period,
            skills: Vec::new(),
        }),
        _ => Err(AppError::Validation { errors }),
    }
}

/// Adds what the signed-in jobseeker typed to their profile; its id.
pub async fn add_experience(
    kind: &str,
    description: &str,
    place: &str,
    period: &str,
) -> Result<i64, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let experience = &parse_experience(kind, description, place, period)?;
    let mut tx = begin_own_write(me.account_id).await?;
    let id = db::add_experience(&mut tx, me.account_id, experience)
        .await?
        .ok_or(AppError::Conflict {
            key: "profile-error-too-many".to_owned(),
        })?;
    tx.commit().await?;
    Ok(id)
}

/// The signed-in jobseeker's experiences, newest first.
pub async fn my_experiences() -> Result<Vec<Experience>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::experiences(&mut conn, me.account_id).await?)
}

/// One of the signed-in jobseeker's experiences.
pub async fn my_experience(id: i64) -> Result<Experience, AppError> {
    my_experiences()
        .await?
        .into_iter()
        .find(|e| e.id == id)
        .ok_or(AppError::NotFound)
}

/// The skills a person may tick for `experience`: those its words suggest,
/// in whatever language they wrote, then those already chosen.
fn offered_skills(experience: &Experience, vocabulary: &Vocabulary) -> Vec<String> {
    let mut ids: Vec<String> = vocabulary
        .suggest_skills(&experience.description)
        .into_iter()
        .map(str::to_owned)
        .collect();
    for chosen in &experience.skills {
        if !ids.contains(chosen) {
            ids.push(chosen.clone());
        }
    }
    ids
}

/// The skills to offer for `experience`, each with its label in `locale`.
/// A chosen skill that has left the vocabulary has no label and is not
/// offered; saving keeps it.
pub fn skill_choices(
    experience: &Experience,
    locale: Locale,
) -> Result<Vec<(String, String)>, AppError> {
    let vocabulary = vocabulary()?;
    let labels = &vocabulary.texts(locale).skills;
    Ok(offered_skills(experience, &vocabulary)
        .into_iter()
        .filter_map(|id| {
            let label = labels.get(&id)?.label.clone();
            Some((id, label))
        })
        .collect())
}

/// Sets the skills of one of the signed-in jobseeker's experiences to those
/// ticked among the ones offered for it, keeping chosen skills that have
/// left the vocabulary (the person could not untick them).
pub async fn save_skills(id: i64, ticked: &BTreeMap<String, String>) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let experience = my_experience(id).await?;
    let vocabulary = vocabulary()?;
    let skills: Vec<String> = offered_skills(&experience, &vocabulary)
        .into_iter()
        .filter(|id| ticked.get(id).is_some_and(|v| v == "yes") || !vocabulary.has_skill(id))
        .collect();
    if skills.len() > MAX_SKILLS_PER_EXPERIENCE {
        return Err(AppError::Validation {
            errors: vec![FieldError::new(FIELD_SKILLS, "profile-error-skills-many")],
        });
    }
    let mut tx = begin_own_write(me.account_id).await?;
    if !db::set_experience_skills(&mut tx, me.account_id, id, &skills).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Deletes one of the signed-in jobseeker's experiences.
pub async fn delete_experience(id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    if !db::delete_experience(&mut tx, me.account_id, id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Sets the signed-in jobseeker's level in a language of the vocabulary.
pub async fn set_language(language: &str, level: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut errors = Vec::new();
    if !ListKind::Language.has(&*vocabulary()?, language) {
        errors.push(FieldError::new(FIELD_LANGUAGE, "profile-error-language"));
    }
    let level = LanguageLevel::parse(level);
    if level.is_none() {
        errors.push(FieldError::new(FIELD_LEVEL, "profile-error-level"));
    }
    let (Some(level), true) = (level, errors.is_empty()) else {
        return Err(AppError::Validation { errors });
    };
    let mut tx = begin_own_write(me.account_id).await?;
    if !db::set_language(&mut tx, me.account_id, language, level).await? {
        // Known to this process, retired by a newer one.
        return Err(AppError::Validation {
            errors: vec![FieldError::new(FIELD_LANGUAGE, "profile-error-language")],
        });
    }
    tx.commit().await?;
    Ok(())
}

/// Adds a certificate of the vocabulary to the signed-in jobseeker's profile,
/// or changes the day it ends (empty: it does not end).
pub async fn set_certificate(certificate: &str, valid_until: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut errors = Vec::new();
    if !ListKind::Certificate.has(&*vocabulary()?, certificate) {
        errors.push(FieldError::new(
            FIELD_CERTIFICATE,
            "profile-error-certificate",
        ));
    }
    let valid_until = match valid_until.trim() {
        "" => None,
        typed => {
            let day = crate::i18n::parse_day(typed);
            if day.is_none() {
                errors.push(FieldError::new(
                    FIELD_VALID_UNTIL,
                    "profile-error-valid-until",
                ));
            }
            day
        }
    };
    if !errors.is_empty() {
        return Err(AppError::Validation { errors });
    }
    let mut tx = begin_own_write(me.account_id).await?;
    if !db::set_certificate(&mut tx, me.account_id, certificate, valid_until).await? {
        return Err(AppError::Validation {
            errors: vec![FieldError::new(
                FIELD_CERTIFICATE,
                "profile-error-certificate",
            )],
        });
    }
    tx.commit().await?;
    Ok(())
}

/// Takes a language or certificate off the signed-in jobseeker's profile.
/// Taking off one that is not there succeeds: it is off, as asked (the
/// second of two quick clicks must not say something went wrong).
pub async fn remove_item(kind: ListKind, id: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    match kind {
        ListKind::Language => db::remove_language(&mut tx, me.account_id, id).await?,
        ListKind::Certificate => db::remove_certificate(&mut tx, me.account_id, id).await?,
    }
    tx.commit().await?;
    Ok(())
}

/// The two lists of vocabulary items a profile holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Language,
    Certificate,
}

impl ListKind {
    fn ids(self, vocabulary: &Vocabulary) -> Vec<&str> {
        match self {
            ListKind::Language => vocabulary.languages.iter().map(|l| l.id.as_str()).collect(),
            ListKind::Certificate => vocabulary
                .certificates
                .iter()
                .map(|c| c.id.as_str())
                .collect(),
        }
    }

    fn has(self, vocabulary: &Vocabulary, id: &str) -> bool {
        match self {
            ListKind::Language => vocabulary.languages.iter().any(|l| l.id == id),
            ListKind::Certificate => vocabulary.certificates.iter().any(|c| c.id == id),
        }
    }

    /// The item's name in `texts`; none once it has left the vocabulary.
    fn name<'a>(self, texts: &'a Texts, id: &str) -> Option<&'a str> {
        match self {
            ListKind::Language => texts.languages.get(id).map(String::as_str),
            ListKind::Certificate => texts.certificates.get(id).map(|c| c.label.as_str()),
        }
    }
}

/// An item named in the reader's language, with what the list says of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named<T> {
    pub id: String,
    pub name: String,
    pub detail: T,
}

/// `items` of `kind` with their names in `locale`, by name. An item that has
/// left the vocabulary keeps its id as its name: it is still the person's.
fn by_name<T>(
    kind: ListKind,
    locale: Locale,
    items: impl IntoIterator<Item = (String, T)>,
) -> Result<Vec<Named<T>>, AppError> {
    let vocabulary = vocabulary()?;
    let texts = vocabulary.texts(locale);
    let mut named: Vec<Named<T>> = items
        .into_iter()
        .map(|(id, detail)| Named {
            name: kind.name(texts, &id).unwrap_or(&id).to_owned(),
            id,
            detail,
        })
        .collect();
    crate::i18n::sort_by_name(&mut named, locale, |n| &n.name);
    Ok(named)
}

/// Every item of `kind` in the vocabulary, named in `locale`, by name.
pub fn choices(kind: ListKind, locale: Locale) -> Result<Vec<Named<()>>, AppError> {
    let vocabulary = vocabulary()?;
    let ids = kind
        .ids(&vocabulary)
        .into_iter()
        .map(|id| (id.to_owned(), ()));
    by_name(kind, locale, ids)
}

/// The signed-in jobseeker's languages and levels, by name in `locale`.
pub async fn my_languages(locale: Locale) -> Result<Vec<Named<LanguageLevel>>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    languages_of(&mut conn, me.account_id, locale).await
}

/// `account_id`'s languages and levels, by name in `locale`.
pub async fn languages_of(
    conn: &mut sqlx::PgConnection,
    account_id: i64,
    locale: Locale,
) -> Result<Vec<Named<LanguageLevel>>, AppError> {
    let held = db::languages(conn, account_id).await?;
    by_name(ListKind::Language, locale, held)
}

/// The signed-in jobseeker's certificates and the day each ends, by name in `locale`.
pub async fn my_certificates(locale: Locale) -> Result<Vec<Named<Option<time::Date>>>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    certificates_of(&mut conn, me.account_id, locale).await
}

/// `account_id`'s certificates and the day each ends, by name in `locale`.
pub async fn certificates_of(
    conn: &mut sqlx::PgConnection,
    account_id: i64,
    locale: Locale,
) -> Result<Vec<Named<Option<time::Date>>>, AppError> {
    let held = db::certificates(conn, account_id).await?;
    let ends = held.into_iter().map(|c| (c.certificate_id, c.valid_until));
    by_name(ListKind::Certificate, locale, ends)
}

/// The labels of `skills` in `locale`, leaving out skills that have left the vocabulary.
pub fn skill_labels(skills: &[String], locale: Locale) -> Result<Vec<String>, AppError> {
    let vocabulary = vocabulary()?;
    let labels = &vocabulary.texts(locale).skills;
    Ok(skills
        .iter()
        .filter_map(|id| Some(labels.get(id)?.label.clone()))
        .collect())
}

/// Every skill of the vocabulary: (id, label in `locale`), by label.
pub fn skill_choices_by_name(locale: Locale) -> Result<Vec<(String, String)>, AppError> {
    let vocabulary = vocabulary()?;
    let labels = &vocabulary.texts(locale).skills;
    let mut choices: Vec<(String, String)> = labels
        .iter()
        .map(|(id, labelled)| (id.clone(), labelled.label.clone()))
        .collect();
    crate::i18n::sort_by_name(&mut choices, locale, |(_, label)| label);
    Ok(choices)
}

/// A person's skills with everything that shows each, labelled in `locale`:
/// skills a coach has seen in practice first, then by name. Skills that have
/// left the vocabulary are left out, as no one could name them.
pub async fn shown_skills(
    conn: &mut sqlx::PgConnection,
    account_id: i64,
    locale: Locale,
) -> Result<Vec<ShownSkill>, AppError> {
    let rows = db::skill_evidence(conn, account_id, &locale.chain_codes()).await?;
    let vocabulary = vocabulary()?;
    let texts = vocabulary.texts(locale);
    let mut skills: BTreeMap<String, ShownSkill> = BTreeMap::new();
    for row in rows {
        let (Some(labelled), Some(source)) = (
            texts.skills.get(&row.skill_id),
            EvidenceSource::parse(&row.source),
        ) else {
            continue;
        };
        let what = match source {
            EvidenceSource::Certificate => row
                .detail
                .and_then(|id| texts.certificates.get(&id).map(|c| c.label.clone())),
            _ => row.detail,
        };
        let day = crate::i18n::calendar_date(crate::i18n::helsinki_local(row.since).date(), locale);
        skills
            .entry(row.skill_id.clone())
            .or_insert_with(|| ShownSkill {
                skill_id: row.skill_id,
                label: labelled.label.clone(),
                evidence: Vec::new(),
            })
            .evidence
            .push(Evidence { source, what, day });
    }
    let mut shown: Vec<ShownSkill> = skills.into_values().collect();
    for skill in &mut shown {
        skill.evidence.sort_by_key(|e| e.source);
    }
    shown.sort_by(|a, b| {
        b.seen_in_practice()
            .cmp(&a.seen_in_practice())
            .then_with(|| a.label.cmp(&b.label))
    });
    Ok(shown)
}

/// A person's skills as they share them outside their coach: that a coach
/// saw a skill is what the person shares; who their coach is, is not.
pub async fn skills_as_shared(
    conn: &mut sqlx::PgConnection,
    account_id: i64,
    locale: Locale,
) -> Result<Vec<ShownSkill>, AppError> {
    let mut skills = shown_skills(conn, account_id, locale).await?;
    for evidence in skills.iter_mut().flat_map(|s| &mut s.evidence) {
        if evidence.source == EvidenceSource::Coach {
            evidence.what = None;
        }
    }
    Ok(skills)
}

/// The signed-in jobseeker's skills and what shows each.
pub async fn my_skills(locale: Locale) -> Result<Vec<ShownSkill>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    shown_skills(&mut conn, me.account_id, locale).await
}

/// A jobseeker on the signed-in coach's caseload, in a transaction that holds
/// them there; someone else's jobseeker is not found.
async fn my_jobseeker(
    jobseeker: i64,
) -> Result<(i64, sqlx::Transaction<'static, sqlx::Postgres>), AppError> {
    let me = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    if !is_on_caseload(&mut tx, me.account_id, jobseeker).await? {
        return Err(AppError::NotFound);
    }
    Ok((me.account_id, tx))
}

/// A jobseeker's name and skills, for their coach; the read is audited.
pub async fn jobseeker_skills(
    jobseeker: i64,
    locale: Locale,
) -> Result<(String, Vec<ShownSkill>), AppError> {
    let (coach, mut tx) = my_jobseeker(jobseeker).await?;
    let name = crate::caseload::person_db::profile(&mut tx, jobseeker)
        .await?
        .ok_or(AppError::NotFound)?
        .name;
    let skills = shown_skills(&mut tx, jobseeker, locale).await?;
    record(
        &mut tx,
        Some(coach),
        Some(jobseeker),
        AuditAction::ViewedPersonalData,
        Some("skills-profile"),
    )
    .await?;
    tx.commit().await?;
    Ok((name, skills))
}

/// Records that the signed-in coach has seen their jobseeker use `skills` in
/// practice (each audited). Only skills of the vocabulary may be confirmed.
pub async fn confirm_skills(jobseeker: i64, skills: &[String]) -> Result<(), AppError> {
    let (coach, mut tx) = my_jobseeker(jobseeker).await?;
    if skills.is_empty() {
        return Err(AppError::Validation {
            errors: vec![FieldError::new(FIELD_SKILL, "profile-error-confirm-none")],
        });
    }
    let vocabulary = vocabulary()?;
    let unknown = skills.iter().any(|id| !vocabulary.has_skill(id));
    if unknown || skills.len() > MAX_CONFIRMED_AT_ONCE {
        return Err(AppError::Validation {
            errors: vec![FieldError::new(FIELD_SKILL, "profile-error-skill")],
        });
    }
    for skill in skills {
        if !db::confirm_skill(&mut tx, jobseeker, skill, coach).await? {
            // Known to this process, retired by a newer one.
            return Err(AppError::Validation {
                errors: vec![FieldError::new(FIELD_SKILL, "profile-error-skill")],
            });
        }
        record(
            &mut tx,
            Some(coach),
            Some(jobseeker),
            AuditAction::SkillConfirmed,
            Some(skill),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Takes back a confirmation of a jobseeker's skill (audited); taking back
/// one that is not there succeeds.
pub async fn withdraw_confirmation(jobseeker: i64, skill: &str) -> Result<(), AppError> {
    let (coach, mut tx) = my_jobseeker(jobseeker).await?;
    if !vocabulary()?.has_skill(skill) {
        return Err(AppError::Validation {
            errors: vec![FieldError::new(FIELD_SKILL, "profile-error-skill")],
        });
    }
    if !db::withdraw_confirmation(&mut tx, jobseeker, skill).await? {
        // Already taken back: nothing happened, so nothing to audit.
        return Ok(());
    }
    record(
        &mut tx,
        Some(coach),
        Some(jobseeker),
        AuditAction::SkillConfirmationWithdrawn,
        Some(skill),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Shows the signed-in jobseeker's skills to the organiser of an event they
/// hold or wait for a place at; the consent is recorded with its time.
pub async fn share_with_event(event_id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    if !db::share_with_event(&mut tx, me.account_id, event_id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Stops showing the signed-in jobseeker's skills to an event's organiser;
/// stopping what has stopped succeeds.
pub async fn stop_sharing_with_event(event_id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    db::stop_sharing_with_event(&mut tx, me.account_id, event_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The signed-in jobseeker's consents (with `event`: for that event only),
/// newest first, titles in `locale`.
pub async fn my_shares(event: Option<i64>, locale: Locale) -> Result<Vec<db::Share>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::shares(
        &mut conn,
        me.account_id,
        event,
        locale.nearest_written().code(),
    )
    .await?)
}

/// The skills a person shares with the signed-in organiser's event, with
/// their name; the read is audited. Anyone not sharing now, or at someone
/// else's event, is not found.
pub async fn shared_skills(
    event_id: i64,
    signup_id: i64,
    locale: Locale,
) -> Result<(String, Vec<ShownSkill>), AppError> {
    let me = require_role(&[Role::Organiser])?;
    let mut tx = pool()?.begin().await?;
    let (person, name) = db::sharer_at_event(&mut tx, me.account_id, event_id, signup_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let skills = skills_as_shared(&mut tx, person, locale).await?;
    record(
        &mut tx,
        Some(me.account_id),
        Some(person),
        AuditAction::ViewedPersonalData,
        Some(&format!("shared-skills event {event_id}")),
    )
    .await?;
    tx.commit().await?;
    Ok((name, skills))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(kind: &str, description: &str, place: &str, period: &str) -> Vec<(String, String)> {
        match parse_experience(kind, description, place, period) {
            Err(AppError::Validation { errors }) => {
                errors.into_iter().map(|e| (e.field, e.key)).collect()
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_experience_is_trimmed_and_its_empty_parts_left_out() {
        let parsed =
            parse_experience("work", "  Siivosin toimistoja ", " ", "2019–2022 ").expect("valid");
        assert_eq!(parsed.kind, ExperienceKind::Work);
        assert_eq!(parsed.description, "Siivosin toimistoja");
        assert_eq!(parsed.place, None);
        assert_eq!(parsed.period.as_deref(), Some("2019–2022"));
    }

    #[test]
    fn each_problem_names_its_field() {
        let long = "x".repeat(MAX_DESCRIPTION_CHARS + 1);
        assert_eq!(
            problems("job", " ", &"p".repeat(121), &"q".repeat(61)),
            [
                (FIELD_KIND.to_owned(), "profile-error-kind".to_owned()),
                (
                    FIELD_DESCRIPTION.to_owned(),
                    "profile-error-description".to_owned()
                ),
                (
                    FIELD_PLACE.to_owned(),
                    "profile-error-place-long".to_owned()
                ),
                (
                    FIELD_PERIOD.to_owned(),
                    "profile-error-period-long".to_owned()
                ),
            ]
        );
        assert_eq!(
            problems("home", &long, "", ""),
            [(
                FIELD_DESCRIPTION.to_owned(),
                "profile-error-description-long".to_owned()
            )]
        );
    }
}
