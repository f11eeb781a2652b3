//! The skills profile on the server. Every function acts on the signed-in
//! jobseeker's own profile only.

use std::collections::BTreeMap;

use super::{
    db,
    types::{
        Experience, ExperienceKind, LanguageLevel, MAX_DESCRIPTION_CHARS, MAX_PERIOD_CHARS,
        MAX_PLACE_CHARS, MAX_SKILLS_PER_EXPERIENCE, NewExperience,
    },
};
use crate::{
    accounts::{Role, require_role},
    context::{pool, vocabulary},
    error::{AppError, FieldError},
    i18n::Locale,
    vocabulary::suggest::suggest,
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

/// Most skills offered from one description.
const SUGGESTIONS: usize = 8;

/// Optional text: trimmed, empty as none, at most `max` characters.
fn optional(text: &str, max: usize, field: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let text = text.trim();
    if text.chars().count() > max {
        errors.push(FieldError::new(
            field,
            &format!("profile-error-{field}-long"),
        ));
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
    let place = optional(place, MAX_PLACE_CHARS, FIELD_PLACE, &mut errors);
    let period = optional(period, MAX_PERIOD_CHARS, FIELD_PERIOD, &mut errors);
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
    let mut tx = pool()?.begin().await?;
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

/// The skills to offer for `experience`: those its words suggest, then those
/// already chosen, each with its label in `locale`.
pub fn skill_choices(
    experience: &Experience,
    locale: Locale,
) -> Result<Vec<(String, String)>, AppError> {
    let vocabulary = vocabulary()?;
    let texts = vocabulary.texts(locale);
    let order: Vec<String> = vocabulary.skills.iter().map(|s| s.id.clone()).collect();
    let mut ids: Vec<String> = suggest(&texts.skills, &order, &experience.description, SUGGESTIONS)
        .into_iter()
        .map(str::to_owned)
        .collect();
    for chosen in &experience.skills {
        if !ids.contains(chosen) {
            ids.push(chosen.clone());
        }
    }
    Ok(ids
        .into_iter()
        .filter_map(|id| {
            let label = texts.skills.get(&id)?.label.clone();
            Some((id, label))
        })
        .collect())
}

/// Sets the skills of one of the signed-in jobseeker's experiences to those
/// ticked among the ones offered for it.
pub async fn save_skills(id: i64, ticked: &BTreeMap<String, String>) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let experience = my_experience(id).await?;
    let offered = skill_choices(&experience, crate::i18n::use_locale())?;
    let skills: Vec<String> = offered
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| ticked.get(id).is_some_and(|v| v == "yes"))
        .take(MAX_SKILLS_PER_EXPERIENCE)
        .collect();
    let mut tx = pool()?.begin().await?;
    if !db::set_experience_skills(&mut tx, me.account_id, id, &skills).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Deletes one of the signed-in jobseeker's experiences.
pub async fn delete_experience(id: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    if db::delete_experience(&mut conn, me.account_id, id).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Sets the signed-in jobseeker's level in a language of the vocabulary.
pub async fn set_language(language: &str, level: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut errors = Vec::new();
    let known = vocabulary()?.languages.iter().any(|l| l.id == language);
    if !known {
        errors.push(FieldError::new(FIELD_LANGUAGE, "profile-error-language"));
    }
    let level = LanguageLevel::parse(level);
    if level.is_none() {
        errors.push(FieldError::new(FIELD_LEVEL, "profile-error-level"));
    }
    let (Some(level), true) = (level, errors.is_empty()) else {
        return Err(AppError::Validation { errors });
    };
    let mut conn = pool()?.acquire().await?;
    if db::set_language(&mut conn, me.account_id, language, level).await? {
        Ok(())
    } else {
        Err(AppError::Validation {
            errors: vec![FieldError::new(FIELD_LANGUAGE, "profile-error-language")],
        })
    }
}

/// Takes a language off the signed-in jobseeker's profile.
pub async fn remove_language(language: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    if db::remove_language(&mut conn, me.account_id, language).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The signed-in jobseeker's languages: (id, name in `locale`, level), by name.
pub async fn my_languages(
    locale: Locale,
) -> Result<Vec<(String, String, LanguageLevel)>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let mut languages: Vec<(String, String, LanguageLevel)> =
        db::languages(&mut conn, me.account_id)
            .await?
            .into_iter()
            .map(|(id, level)| {
                let name = language_name(&id, locale);
                (id, name, level)
            })
            .collect();
    languages.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(languages)
}

/// Every language of the vocabulary: (id, name in `locale`), by name.
pub fn language_choices(locale: Locale) -> Result<Vec<(String, String)>, AppError> {
    let vocabulary = vocabulary()?;
    let mut choices: Vec<(String, String)> = vocabulary
        .languages
        .iter()
        .map(|l| (l.id.clone(), language_name(&l.id, locale)))
        .collect();
    choices.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(choices)
}

fn language_name(id: &str, locale: Locale) -> String {
    vocabulary()
        .ok()
        .and_then(|v| v.texts(locale).languages.get(id).cloned())
        .unwrap_or_else(|| id.to_owned())
}

/// Adds a certificate of the vocabulary to the signed-in jobseeker's profile,
/// or changes the day it ends (empty: it does not end).
pub async fn set_certificate(certificate: &str, valid_until: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut errors = Vec::new();
    if !vocabulary()?
        .certificates
        .iter()
        .any(|c| c.id == certificate)
    {
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
    let mut conn = pool()?.acquire().await?;
    if db::set_certificate(&mut conn, me.account_id, certificate, valid_until).await? {
        Ok(())
    } else {
        Err(AppError::Validation {
            errors: vec![FieldError::new(
                FIELD_CERTIFICATE,
                "profile-error-certificate",
            )],
        })
    }
}

/// Takes a certificate off the signed-in jobseeker's profile.
pub async fn remove_certificate(certificate: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    if db::remove_certificate(&mut conn, me.account_id, certificate).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The signed-in jobseeker's certificates: (id, name in `locale`, end day), by name.
pub async fn my_certificates(
    locale: Locale,
) -> Result<Vec<(String, String, Option<time::Date>)>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let mut certificates: Vec<(String, String, Option<time::Date>)> =
        db::certificates(&mut conn, me.account_id)
            .await?
            .into_iter()
            .map(|(id, until)| {
                let name = certificate_name(&id, locale);
                (id, name, until)
            })
            .collect();
    certificates.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(certificates)
}

/// Every certificate of the vocabulary: (id, name in `locale`), by name.
pub fn certificate_choices(locale: Locale) -> Result<Vec<(String, String)>, AppError> {
    let vocabulary = vocabulary()?;
    let mut choices: Vec<(String, String)> = vocabulary
        .certificates
        .iter()
        .map(|c| (c.id.clone(), certificate_name(&c.id, locale)))
        .collect();
    choices.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(choices)
}

fn certificate_name(id: &str, locale: Locale) -> String {
    vocabulary()
        .ok()
        .and_then(|v| {
            v.texts(locale)
                .certificates
                .get(id)
                .map(|c| c.label.clone())
        })
        .unwrap_or_else(|| id.to_owned())
}

/// A skill's label in `locale`, or its id when the vocabulary no longer has it.
pub fn skill_label(id: &str, locale: Locale) -> String {
    vocabulary()
        .ok()
        .and_then(|v| v.texts(locale).skills.get(id).map(|l| l.label.clone()))
        .unwrap_or_else(|| id.to_owned())
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
