//! A job as people read it: its title and description in the reader's
//! language (or the first it has), and its facts named in that language.

use super::posting_db::StoredJob;
use crate::{
    error::AppError,
    i18n::{Locale, t},
};

/// A job's texts and its facts as (Fluent id of the fact's name, value),
/// only those the job has, in the order an employer thinks about a job.
#[derive(Clone, Debug)]
pub struct ShownJob {
    /// The language of the title and description, which may not be the reader's.
    pub lang: Locale,
    pub title: String,
    pub description: String,
    pub facts: Vec<(&'static str, String)>,
}

pub fn shown(job: &StoredJob, locale: Locale) -> Result<ShownJob, AppError> {
    let vocabulary = crate::context::vocabulary()?;
    let texts = vocabulary.texts(locale);
    let input = &job.input;
    let (lang, title, description) = input
        .texts
        .iter()
        .find(|(l, _, _)| *l == locale.nearest_written())
        .or(input.texts.first())
        .cloned()
        .unwrap_or((Locale::Fi, String::new(), String::new()));
    let named = |items: &std::collections::BTreeMap<String, String>, id: &str| {
        items.get(id).cloned().unwrap_or_else(|| id.to_owned())
    };
    let skill = |id: &str| {
        texts
            .skills
            .get(id)
            .map_or_else(|| id.to_owned(), |l| l.label.clone())
    };
    let skills = |must: bool| {
        let list: Vec<String> = input
            .skills
            .iter()
            .filter(|(_, m)| *m == must)
            .map(|(id, _)| skill(id))
            .collect();
        list.join(", ")
    };
    let place = match (&input.municipality, input.remote) {
        (Some(place), true) => format!("{place}, {}", t("job-remote-short")),
        (Some(place), false) => place.clone(),
        (None, true) => t("job-remote-short"),
        (None, false) => String::new(),
    };
    let languages = if input.finnish_required || !job.said.finnish {
        String::new()
    } else {
        t("job-finnish-not-required")
    };
    let languages: Vec<String> = std::iter::once(languages)
        .filter(|l| !l.is_empty())
        .chain(
            input
                .languages
                .iter()
                .map(|(id, level)| format!("{} {}", named(&texts.languages, id), level.as_str())),
        )
        .collect();
    let day = |day: Option<time::Date>| {
        day.map(|d| crate::i18n::calendar_date(d, locale))
            .unwrap_or_default()
    };
    let facts = [
        ("job-fact-employer", job.employer.clone()),
        (
            "job-fact-kind",
            t(&format!("job-kind-{}", input.kind.as_str())),
        ),
        (
            "job-fact-occupation",
            named(&texts.occupations, &input.occupation),
        ),
        ("job-fact-place", place),
        (
            "job-fact-form",
            if job.said.form {
                t(&format!("job-form-{}", input.form.as_str()))
            } else {
                String::new()
            },
        ),
        ("job-fact-hours", input.hours.clone().unwrap_or_default()),
        ("job-fact-languages", languages.join(", ")),
        ("job-fact-must", skills(true)),
        ("job-fact-nice", skills(false)),
        (
            "job-fact-certificates",
            input
                .certificates
                .iter()
                .map(|c| {
                    texts
                        .certificates
                        .get(c)
                        .map_or_else(|| c.clone(), |l| l.label.clone())
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "job-fact-adjustments",
            input
                .adjustments
                .iter()
                .map(|a| t(&format!("job-adjust-{a}")))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("job-fact-start", day(input.start_on)),
        ("job-fact-apply-by", day(input.apply_by)),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .collect();
    Ok(ShownJob {
        lang,
        title,
        description,
        facts,
    })
}
