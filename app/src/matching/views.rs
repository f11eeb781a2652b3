//! How matching's results read: what a job asks for, named in the reader's
//! language, and a job's card in a list.

use super::{fit::Need, jobs_page::JobCard, server::RankedJob};
use crate::{
    i18n::{FluentValue, Locale, t, translate_args},
    jobs::types::JobKind,
    vocabulary::types::Texts,
};

/// One thing a job asks for, as a person reads it ("Finnish, B1 or better").
pub fn need_label(need: &Need, texts: &Texts, locale: Locale) -> String {
    let named = |label: Option<&String>, id: &str| label.cloned().unwrap_or_else(|| id.to_owned());
    match need {
        Need::Skill { id, .. } => named(texts.skills.get(id).map(|l| &l.label), id),
        Need::Certificate(id) => named(texts.certificates.get(id).map(|l| &l.label), id),
        Need::Language(id, level) => {
            let language = named(texts.languages.get(id), id);
            translate_args(
                locale,
                "match-need-language",
                &[
                    ("language", FluentValue::from(language)),
                    ("level", FluentValue::from(level.as_str())),
                ],
            )
        }
    }
}

/// Where and how a job is offered, in one line: a work task says so, then
/// employer, place, form.
pub fn job_line(
    kind: &str,
    employer: &str,
    municipality: Option<&str>,
    remote: bool,
    form: Option<&str>,
) -> String {
    let remote = remote.then(|| t("job-remote-short"));
    let form = form.map(|f| t(&format!("job-form-{f}")));
    let task = (kind == JobKind::WorkTask.as_str()).then(|| t("job-kind-work-task"));
    [
        task,
        Some(employer.to_owned()),
        municipality.map(str::to_owned),
        remote,
        form,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

pub fn card(ranked: &RankedJob, texts: &Texts, locale: Locale, href: String) -> JobCard {
    let job = &ranked.job;
    let labels = |needs: &[Need]| needs.iter().map(|n| need_label(n, texts, locale)).collect();
    JobCard {
        href,
        title: job.title.clone(),
        lang: crate::i18n::lang_unless_page(&job.title_locale, locale),
        meta: job_line(
            &job.kind,
            &job.employer,
            job.municipality.as_deref(),
            job.remote,
            job.form.as_deref(),
        ),
        score: ranked.fit.score,
        all_musts: ranked.fit.all_musts,
        have: labels(&ranked.fit.have),
        missing: labels(&ranked.fit.missing),
    }
}
