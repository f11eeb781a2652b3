//! The job form as typed, read into a job or into every problem with it.
//! Pure: the server passes in what the person may choose from.

use time::Date;

use super::types::{ADJUSTMENTS, JobForm, JobKind, MAX_JOB_SKILLS, OTHER_LANGUAGES};
use crate::{
    error::{AppError, FieldError},
    i18n::{Locale, parse_day},
    profile::types::LanguageLevel,
    vocabulary::types::Vocabulary,
};

/// The job form's fields as typed, by name; ticked boxes as `cert[id]` =
/// `yes`, skills as `skill[id]` = `must` or `nice`.
pub use crate::forms::db::Typed;

/// The longest title, hours line and municipality, and the longest texts.
const MAX_TITLE: usize = 200;
const MAX_LINE: usize = 200;
const MAX_PLACE: usize = 100;
const MAX_DESCRIPTION: usize = 10_000;
const MAX_HOW_TO_APPLY: usize = 2_000;

/// A job as its employer described it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobInput {
    pub employer_id: i64,
    pub kind: JobKind,
    /// Finnish first; Swedish and English when given.
    pub texts: Vec<(Locale, String, String)>,
    pub occupation: String,
    pub municipality: Option<String>,
    pub remote: bool,
    pub form: JobForm,
    pub hours: Option<String>,
    pub finnish_required: bool,
    /// Finnish (when required) and other languages, with the level needed.
    pub languages: Vec<(String, LanguageLevel)>,
    pub certificates: Vec<String>,
    /// (skill, must have): in the vocabulary's order.
    pub skills: Vec<(String, bool)>,
    pub adjustments: Vec<String>,
    pub start_on: Option<Date>,
    pub apply_by: Option<Date>,
    pub how_to_apply: Option<String>,
    pub apply_url: Option<String>,
    pub event_id: Option<i64>,
}

/// What the person may choose from: their employers and their own events.
pub struct Allowed<'a> {
    pub vocabulary: &'a Vocabulary,
    pub employers: &'a [i64],
    pub events: &'a [i64],
}

/// Reads the form, or says everything wrong with it at once.
pub fn read(typed: &Typed, allowed: &Allowed) -> Result<JobInput, AppError> {
    let mut errors = Vec::new();
    let mut problem = |field: &str, key: &str| errors.push(FieldError::new(field, key));
    let value = |name: &str| typed.get(name).map(|v| v.trim()).unwrap_or_default();
    let optional = |name: &str| {
        Some(value(name))
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };

    let employer_id = value("employer").parse::<i64>().ok();
    let employer_id = employer_id.filter(|id| allowed.employers.contains(id));
    if employer_id.is_none() {
        problem("employer", "job-error-employer");
    }
    let kind = JobKind::parse(value("kind"));
    if kind.is_none() {
        problem("kind", "job-error-kind");
    }
    let mut texts = Vec::new();
    for locale in Locale::WRITTEN {
        let (title_field, description_field) = text_fields(locale);
        let (title, description) = (value(&title_field), value(&description_field));
        let required = locale == Locale::Fi;
        if title.is_empty() && (required || !description.is_empty()) {
            problem(&title_field, "job-error-title");
        } else if title.chars().count() > MAX_TITLE {
            problem(&title_field, "job-error-too-long");
        }
        if description.is_empty() && (required || !title.is_empty()) {
            problem(&description_field, "job-error-description");
        } else if description.chars().count() > MAX_DESCRIPTION {
            problem(&description_field, "job-error-too-long");
        }
        if !title.is_empty() && !description.is_empty() {
            texts.push((locale, title.to_owned(), description.to_owned()));
        }
    }
    let occupation = value("occupation");
    let known_occupation = allowed
        .vocabulary
        .occupations
        .iter()
        .any(|o| o.id == occupation);
    if !known_occupation {
        problem("occupation", "job-error-occupation");
    }
    let municipality = optional("municipality");
    let remote = value("remote") == "yes";
    if municipality.is_none() && !remote {
        problem("municipality", "job-error-place");
    } else if municipality
        .as_ref()
        .is_some_and(|m| m.chars().count() > MAX_PLACE)
    {
        problem("municipality", "job-error-too-long");
    }
    let form = JobForm::parse(value("form"));
    if form.is_none() {
        problem("form", "job-error-form");
    }
    let hours = optional("hours");
    if hours.as_ref().is_some_and(|h| h.chars().count() > MAX_LINE) {
        problem("hours", "job-error-too-long");
    }
    let (finnish_required, languages) = read_languages(typed, allowed.vocabulary, &mut problem);
    let certificates: Vec<String> = allowed
        .vocabulary
        .certificates
        .iter()
        .filter(|c| ticked(typed, "cert", &c.id))
        .map(|c| c.id.clone())
        .collect();
    let skills: Vec<(String, bool)> = allowed
        .vocabulary
        .skills
        .iter()
        .filter_map(
            |s| match typed.get(&format!("skill[{}]", s.id)).map(String::as_str) {
                Some("must") => Some((s.id.clone(), true)),
                Some("nice") => Some((s.id.clone(), false)),
                _ => None,
            },
        )
        .collect();
    if skills.len() > MAX_JOB_SKILLS {
        problem("skills", "job-error-too-many-skills");
    }
    let adjustments: Vec<String> = ADJUSTMENTS
        .iter()
        .filter(|code| ticked(typed, "adjust", code))
        .map(|code| (*code).to_owned())
        .collect();
    let start_on = read_day(value("start_on"), "start_on", &mut problem);
    let apply_by = read_day(value("apply_by"), "apply_by", &mut problem);
    let how_to_apply = optional("how_to_apply");
    if how_to_apply
        .as_ref()
        .is_some_and(|h| h.chars().count() > MAX_HOW_TO_APPLY)
    {
        problem("how_to_apply", "job-error-too-long");
    }
    let apply_url = optional("apply_url");
    if apply_url.as_ref().is_some_and(|url| !is_web_address(url)) {
        problem("apply_url", "job-error-url");
    }
    if how_to_apply.is_none() && apply_url.is_none() {
        problem("how_to_apply", "job-error-how-to-apply");
    }
    let event_id = match value("event") {
        "" => None,
        id => {
            let id = id
                .parse::<i64>()
                .ok()
                .filter(|id| allowed.events.contains(id));
            if id.is_none() {
                problem("event", "job-error-event");
            }
            id
        }
    };
    match (employer_id, kind, form, errors.is_empty()) {
        (Some(employer_id), Some(kind), Some(form), true) => Ok(JobInput {
            employer_id,
            kind,
            texts,
            occupation: occupation.to_owned(),
            municipality,
            remote,
            form,
            hours,
            finnish_required,
            languages,
            certificates,
            skills,
            adjustments,
            start_on,
            apply_by,
            how_to_apply,
            apply_url,
            event_id,
        }),
        _ => Err(AppError::Validation { errors }),
    }
}

/// The title and description fields of the texts in `locale`.
pub fn text_fields(locale: Locale) -> (String, String) {
    (
        format!("title_{}", locale.code()),
        format!("description_{}", locale.code()),
    )
}

fn ticked(typed: &Typed, group: &str, code: &str) -> bool {
    typed
        .get(&format!("{group}[{code}]"))
        .is_some_and(|v| v == "yes")
}

/// Whether Finnish is needed, and every language needed with its level.
/// "Finnish is not needed" is an answer of its own, never a blank.
fn read_languages(
    typed: &Typed,
    vocabulary: &Vocabulary,
    problem: &mut impl FnMut(&str, &str),
) -> (bool, Vec<(String, LanguageLevel)>) {
    let value = |name: &str| typed.get(name).map(|v| v.trim()).unwrap_or_default();
    let mut languages = Vec::new();
    let finnish_required = match value("finnish") {
        "required" => {
            match LanguageLevel::parse(value("finnish_level")) {
                Some(level) => languages.push(("fi".to_owned(), level)),
                None => problem("finnish_level", "job-error-finnish-level"),
            }
            true
        }
        "not-required" => false,
        _ => {
            problem("finnish", "job-error-finnish");
            false
        }
    };
    for (language_field, level_field) in OTHER_LANGUAGES {
        let language = value(language_field);
        if language.is_empty() {
            continue;
        }
        let known = language != "fi" && vocabulary.languages.iter().any(|l| l.id == language);
        let level = LanguageLevel::parse(value(level_field));
        if !known || languages.iter().any(|(id, _)| id == language) {
            problem(language_field, "job-error-language");
        } else if let Some(level) = level {
            languages.push((language.to_owned(), level));
        } else {
            problem(level_field, "job-error-language-level");
        }
    }
    (finnish_required, languages)
}

fn read_day(text: &str, field: &str, problem: &mut impl FnMut(&str, &str)) -> Option<Date> {
    if text.is_empty() {
        return None;
    }
    let day = parse_day(text);
    if day.is_none() {
        problem(field, "job-error-date");
    }
    day
}

/// An address a browser opens as a web page, and nothing else (no
/// `javascript:`), without spaces.
fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() <= 2_000
        && !url.chars().any(char::is_whitespace)
}

/// The parts (of [`super::types::PARTS`]) that differ between two versions
/// of a job, for its history.
pub fn changed_parts(before: &JobInput, after: &JobInput) -> Vec<&'static str> {
    let parts: [(&'static str, bool); 14] = [
        ("employer", before.employer_id != after.employer_id),
        ("kind", before.kind != after.kind),
        ("texts", before.texts != after.texts),
        ("occupation", before.occupation != after.occupation),
        (
            "place",
            (&before.municipality, before.remote) != (&after.municipality, after.remote),
        ),
        ("form", before.form != after.form),
        ("hours", before.hours != after.hours),
        (
            "languages",
            (before.finnish_required, &before.languages)
                != (after.finnish_required, &after.languages),
        ),
        ("certificates", before.certificates != after.certificates),
        ("skills", before.skills != after.skills),
        ("adjustments", before.adjustments != after.adjustments),
        (
            "dates",
            (before.start_on, before.apply_by) != (after.start_on, after.apply_by),
        ),
        (
            "how-to-apply",
            (&before.how_to_apply, &before.apply_url) != (&after.how_to_apply, &after.apply_url),
        ),
        ("event", before.event_id != after.event_id),
    ];
    parts
        .into_iter()
        .filter(|(_, changed)| *changed)
        .map(|(part, _)| part)
        .collect()
}

/// The form's fields for a saved job, to change it.
pub fn typed_of(job: &JobInput) -> Typed {
    let mut typed = Typed::new();
    let mut set = |name: String, value: String| {
        typed.insert(name, value);
    };
    set("employer".into(), job.employer_id.to_string());
    set("kind".into(), job.kind.as_str().into());
    for (locale, title, description) in &job.texts {
        let (title_field, description_field) = text_fields(*locale);
        set(title_field, title.clone());
        set(description_field, description.clone());
    }
    set("occupation".into(), job.occupation.clone());
    set(
        "municipality".into(),
        job.municipality.clone().unwrap_or_default(),
    );
    if job.remote {
        set("remote".into(), "yes".into());
    }
    set("form".into(), job.form.as_str().into());
    set("hours".into(), job.hours.clone().unwrap_or_default());
    let finnish = if job.finnish_required {
        "required"
    } else {
        "not-required"
    };
    set("finnish".into(), finnish.into());
    let mut others = OTHER_LANGUAGES.iter();
    for (language, level) in &job.languages {
        if language == "fi" {
            set("finnish_level".into(), level.as_str().into());
        } else if let Some((language_field, level_field)) = others.next() {
            set((*language_field).into(), language.clone());
            set((*level_field).into(), level.as_str().into());
        }
    }
    for certificate in &job.certificates {
        set(format!("cert[{certificate}]"), "yes".into());
    }
    for (skill, must) in &job.skills {
        set(
            format!("skill[{skill}]"),
            if *must { "must" } else { "nice" }.into(),
        );
    }
    for adjustment in &job.adjustments {
        set(format!("adjust[{adjustment}]"), "yes".into());
    }
    let day = |day: Option<Date>| day.map(|d| d.to_string()).unwrap_or_default();
    set("start_on".into(), day(job.start_on));
    set("apply_by".into(), day(job.apply_by));
    set(
        "how_to_apply".into(),
        job.how_to_apply.clone().unwrap_or_default(),
    );
    set(
        "apply_url".into(),
        job.apply_url.clone().unwrap_or_default(),
    );
    set(
        "event".into(),
        job.event_id.map(|id| id.to_string()).unwrap_or_default(),
    );
    typed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::types::{Certificate, Language, Occupation, Skill};

    fn vocabulary() -> Vocabulary {
        let mut vocabulary = Vocabulary::empty();
        vocabulary.occupations.push(Occupation {
            id: "cleaner".into(),
            esco: String::new(),
            isco: "9112".into(),
            field: "cleaning".into(),
            skills: Vec::new(),
        });
        for id in ["clean-floors", "wash-windows"] {
            vocabulary.skills.push(Skill {
                id: id.into(),
                esco: String::new(),
                close_match: false,
                field: "cleaning".into(),
                competence: None,
                modules: Vec::new(),
            });
        }
        vocabulary.certificates.push(Certificate {
            id: "hygiene-passport".into(),
            skill: None,
            valid_years: None,
        });
        for id in ["fi", "en"] {
            vocabulary.languages.push(Language {
                id: id.into(),
                esco: None,
            });
        }
        vocabulary
    }

    fn typed(pairs: &[(&str, &str)]) -> Typed {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    const GOOD: &[(&str, &str)] = &[
        ("employer", "7"),
        ("kind", "job"),
        ("title_fi", " Toimistosiivooja "),
        ("description_fi", "Siivoat toimistoja iltaisin."),
        ("occupation", "cleaner"),
        ("municipality", "Vantaa"),
        ("form", "part-time"),
        ("finnish", "not-required"),
        ("lang1", "en"),
        ("level1", "A2"),
        ("cert[hygiene-passport]", "yes"),
        ("skill[clean-floors]", "must"),
        ("skill[wash-windows]", "nice"),
        ("adjust[mentor]", "yes"),
        ("apply_by", "2027-01-31"),
        ("how_to_apply", "Soita Annalle."),
    ];

    fn read_good(extra: &[(&str, &str)]) -> Result<JobInput, AppError> {
        let vocabulary = vocabulary();
        let mut form = typed(GOOD);
        for (k, v) in extra {
            form.insert((*k).to_owned(), (*v).to_owned());
        }
        let allowed = Allowed {
            vocabulary: &vocabulary,
            employers: &[7],
            events: &[3],
        };
        read(&form, &allowed)
    }

    fn fields_of(result: Result<JobInput, AppError>) -> Vec<String> {
        match result {
            Err(AppError::Validation { errors }) => errors.into_iter().map(|e| e.field).collect(),
            other => panic!("expected field errors, got {other:?}"),
        }
    }

    #[test]
    fn a_whole_job_reads_and_writes_back_the_same_form() {
        let job = read_good(&[]).expect("a good job");
        assert_eq!(job.texts[0].1, "Toimistosiivooja");
        assert!(!job.finnish_required, "Finnish not required is an answer");
        assert_eq!(job.languages, vec![("en".to_owned(), LanguageLevel::A2)]);
        assert_eq!(
            job.skills,
            vec![
                ("clean-floors".to_owned(), true),
                ("wash-windows".to_owned(), false)
            ]
        );
        let again = read(
            &typed_of(&job),
            &Allowed {
                vocabulary: &vocabulary(),
                employers: &[7],
                events: &[3],
            },
        )
        .expect("the saved form reads again");
        assert_eq!(again, job);
        assert!(changed_parts(&job, &again).is_empty());
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let fields = fields_of(read_good(&[
            ("employer", "8"),
            ("title_fi", ""),
            ("title_sv", "Städare"),
            ("municipality", ""),
            ("finnish", ""),
            ("lang1", "xx"),
            ("apply_url", "javascript:alert(1)"),
            ("apply_by", "31.13.2027"),
            ("event", "4"),
        ]));
        assert_eq!(
            fields,
            [
                "employer",
                "title_fi",
                "description_sv",
                "municipality",
                "finnish",
                "lang1",
                "apply_by",
                "apply_url",
                "event"
            ]
        );
    }

    #[test]
    fn finnish_when_needed_has_a_level_and_remote_work_needs_no_place() {
        let fields = fields_of(read_good(&[("finnish", "required")]));
        assert_eq!(fields, ["finnish_level"]);
        let job = read_good(&[
            ("finnish", "required"),
            ("finnish_level", "B1"),
            ("municipality", ""),
            ("remote", "yes"),
        ])
        .expect("remote, Finnish at B1");
        assert!(job.finnish_required && job.remote);
        assert_eq!(job.languages[0], ("fi".to_owned(), LanguageLevel::B1));
    }

    #[test]
    fn the_history_names_what_changed() {
        let before = read_good(&[]).expect("before");
        let after =
            read_good(&[("skill[wash-windows]", "must"), ("remote", "yes")]).expect("after");
        assert_eq!(changed_parts(&before, &after), ["place", "skills"]);
    }
}
