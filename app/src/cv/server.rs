//! The signed-in jobseeker's CV: built from their profile in the language
//! they chose, and their words and choices saved.

use super::{
    db,
    types::{Cv, CvChoices, CvLine},
};
use crate::{
    accounts::{Role, begin_own_write, require_role},
    context::pool,
    error::{AppError, FieldError},
    i18n::{FluentValue, Locale, calendar_date, translate, translate_args},
    profile::server::{certificates_of, languages_of, optional_text, shown_skills},
};

pub const FIELD_LOCALE: &str = "locale";
pub const FIELD_HEADLINE: &str = "headline";
pub const FIELD_ABOUT: &str = "about";
pub const FIELD_TOWN: &str = "town";

const MAX_HEADLINE_CHARS: usize = 120;
const MAX_ABOUT_CHARS: usize = 800;
const MAX_TOWN_CHARS: usize = 100;

/// Checks what the person typed and chose; every problem names its field.
pub fn parse_choices(
    locale: &str,
    headline: &str,
    about: &str,
    town: &str,
    show_email: bool,
    show_phone: bool,
) -> Result<CvChoices, AppError> {
    let mut errors = Vec::new();
    // Only a written language: employers read CVs in Finnish, Swedish or English.
    let locale = Locale::from_tag(locale)
        .filter(|l| l.code() == locale.trim() && Locale::WRITTEN.contains(l));
    if locale.is_none() {
        errors.push(FieldError::new(FIELD_LOCALE, "cv-error-locale"));
    }
    let mut text = |value: &str, max: usize, field: &str| {
        optional_text(
            value,
            max,
            field,
            &format!("cv-error-{field}-long"),
            &mut errors,
        )
    };
    let headline = text(headline, MAX_HEADLINE_CHARS, FIELD_HEADLINE);
    let about = text(about, MAX_ABOUT_CHARS, FIELD_ABOUT);
    let town = text(town, MAX_TOWN_CHARS, FIELD_TOWN);
    match locale {
        Some(locale) if errors.is_empty() => Ok(CvChoices {
            locale,
            headline,
            about,
            town,
            show_email,
            show_phone,
        }),
        _ => Err(AppError::Validation { errors }),
    }
}

/// Saves the signed-in jobseeker's CV words and choices.
pub async fn save(choices: &CvChoices) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = begin_own_write(me.account_id).await?;
    db::save(&mut tx, me.account_id, choices).await?;
    tx.commit().await?;
    Ok(())
}

/// The signed-in jobseeker's CV, in the language they chose for it (at
/// first, the written language nearest the one they use Askel in).
pub async fn my_cv(page_locale: Locale) -> Result<Cv, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let choices = db::choices(&mut conn, me.account_id)
        .await?
        .map(|(choices, _)| choices)
        .unwrap_or(CvChoices {
            locale: page_locale.nearest_written(),
            show_email: true,
            show_phone: true,
            ..CvChoices::default()
        });
    let locale = choices.locale;
    let (name, email, phone) = db::contact(&mut conn, me.account_id).await?;
    let experiences = crate::profile::db::experiences(&mut conn, me.account_id)
        .await?
        .into_iter()
        .map(|e| CvLine {
            what: e.description,
            detail: Some(
                [
                    Some(translate(
                        locale,
                        &format!("profile-kind-{}", e.kind.as_str()),
                    )),
                    e.place,
                    e.period,
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · "),
            ),
        })
        .collect();
    let skills = shown_skills(&mut conn, me.account_id, locale)
        .await?
        .into_iter()
        .map(|skill| CvLine {
            detail: skill
                .seen_in_practice()
                .then(|| translate(locale, "cv-seen-in-practice")),
            what: skill.label,
        })
        .collect();
    let today = crate::i18n::helsinki_local(time::OffsetDateTime::now_utc()).date();
    let certificates = certificates_of(&mut conn, me.account_id, locale)
        .await?
        .into_iter()
        .filter(|card| card.detail.is_none_or(|until| until >= today))
        .map(|card| CvLine {
            what: card.name,
            detail: card.detail.map(|until| {
                let day = FluentValue::from(calendar_date(until, locale));
                translate_args(locale, "cv-valid-until", &[("day", day)])
            }),
        })
        .collect();
    let languages = languages_of(&mut conn, me.account_id, locale)
        .await?
        .into_iter()
        .map(|language| CvLine {
            what: language.name,
            detail: Some(translate(
                locale,
                &format!("cv-level-{}", language.detail.as_str().to_lowercase()),
            )),
        })
        .collect();
    Ok(Cv {
        choices,
        name,
        email,
        phone,
        experiences,
        skills,
        certificates,
        languages,
    })
}
