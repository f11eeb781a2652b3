//! `askel content load`: reads `content/` and stores it, all or nothing.
//! The server does the same at start-up, so deployed content always matches
//! the files.

use std::path::Path;

use app::{
    content_files::Stored,
    glossary::{content::read_glossary, types::Glossary},
    i18n::Locale,
    modules::{
        content::{ModuleContent, read_modules},
        db::{retire_other_modules, store_module},
    },
    skills::{
        content::{FrameworkContent, read_frameworks},
        db::{retire_other_frameworks, store_framework},
    },
    vocabulary::{
        content::{read_phrases, read_vocabulary},
        db::store_vocabulary,
        suggest::{LabelledPhrase, SUGGESTIONS, measure},
        types::Vocabulary,
    },
};
use sqlx::PgPool;

/// Everything under `content/`, read and checked.
pub struct Content {
    pub modules: Vec<app::modules::content::ModuleContent>,
    pub frameworks: Vec<FrameworkContent>,
    /// None when the content has no vocabulary folder and no frameworks (a
    /// test's few modules).
    pub vocabulary: Option<Vocabulary>,
    /// Words explained, in every language there is a file for.
    pub glossary: Glossary,
    /// The labelled phrases the skill suggester's words were tuned on.
    pub phrases: Phrases,
    /// Labelled phrases written after the tuning by someone who had seen
    /// neither the words nor the other phrases: the honest measure.
    pub held_out: Phrases,
}

/// Labelled phrases, per language.
pub type Phrases = Vec<(Locale, Vec<LabelledPhrase>)>;

/// Reads every file under `content_dir` and checks them together: a module
/// an assessment suggests, or a competence a skill stands for, must exist.
pub fn read_content(content_dir: &Path) -> Result<Content, app::content_files::ContentError> {
    let public = content_dir
        .parent()
        .unwrap_or(Path::new("."))
        .join("public");
    let modules = read_modules(&content_dir.join("modules"), &public)?;
    let ids: Vec<String> = modules.iter().map(|m| m.id.clone()).collect();
    let frameworks = read_frameworks(&content_dir.join("assessments"), &ids)?;
    let glossary = read_glossary(&content_dir.join("glossary"))?;
    check_complete_languages(
        &content_dir.join("languages.toml"),
        &modules,
        &frameworks,
        &glossary,
    )?;
    let vocabulary = read_vocabulary(&content_dir.join("vocabulary"), &ids, &frameworks)?;
    let phrases_dir = content_dir.join("vocabulary/phrases");
    let (phrases, held_out) = match &vocabulary {
        Some(vocabulary) => (
            read_phrases(&phrases_dir, vocabulary)?,
            read_phrases(&phrases_dir.join("held-out"), vocabulary)?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    Ok(Content {
        modules,
        frameworks,
        vocabulary,
        glossary,
        phrases,
        held_out,
    })
}

/// The modules, frameworks and glossary with no text in `locale`, as
/// `modules/<id>`, `assessments/<id>` and `glossary`.
fn missing_in(
    locale: Locale,
    modules: &[ModuleContent],
    frameworks: &[FrameworkContent],
    glossary: &Glossary,
) -> Vec<String> {
    let modules = modules
        .iter()
        .filter(|m| m.texts.iter().all(|(l, _)| *l != locale))
        .map(|m| format!("modules/{}", m.id));
    let frameworks = frameworks
        .iter()
        .filter(|f| f.texts.iter().all(|(l, _)| *l != locale))
        .map(|f| format!("assessments/{}", f.id));
    // Without a glossary at all (a test's few modules) nothing is missing.
    let glossary_missing =
        !glossary.languages.is_empty() && glossary.languages.iter().all(|(l, _)| *l != locale);
    let glossary = glossary_missing.then(|| "glossary".to_owned());
    modules.chain(frameworks).chain(glossary).collect()
}

/// Each language `languages.toml` lists as complete has every module and
/// self-assessment (the loader has already checked that every file there is
/// has every step): content that ships is complete.
fn check_complete_languages(
    path: &Path,
    modules: &[ModuleContent],
    frameworks: &[FrameworkContent],
    glossary: &Glossary,
) -> Result<(), app::content_files::ContentError> {
    let Some((file, languages)) = app::content_files::complete_languages(path)? else {
        return Ok(());
    };
    for (locale, line) in languages {
        if let Some(missing) = missing_in(locale, modules, frameworks, glossary).first() {
            let code = locale.code();
            return Err(file.error(
                line,
                format!("{code} is listed as complete, but {missing} has no {code}.toml"),
            ));
        }
    }
    Ok(())
}

/// `askel content check`: reads the content without a database and reports
/// what it holds, what each language still lacks, and how well the skill
/// suggester finds the labelled skills of `content/vocabulary/phrases`.
pub fn check_content(content_dir: &Path) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let content = read_content(content_dir)?;
    let mut report = vec![format!(
        "{} modules, {} assessment frameworks",
        content.modules.len(),
        content.frameworks.len()
    )];
    for locale in Locale::ALL {
        let missing = missing_in(
            locale,
            &content.modules,
            &content.frameworks,
            &content.glossary,
        );
        report.push(match missing.is_empty() {
            true => format!("{:<9} complete", locale.code()),
            false => format!("{:<9} missing {}", locale.code(), missing.join(", ")),
        });
    }
    match &content.vocabulary {
        Some(vocabulary) => report.extend(vocabulary_report(vocabulary, &content)),
        None => report.push("no vocabulary".to_owned()),
    }
    Ok(report)
}

/// What `vocabulary` holds, and the suggester's precision and recall on each
/// language's phrases of `content`.
fn vocabulary_report(vocabulary: &Vocabulary, content: &Content) -> Vec<String> {
    let in_field = |field: &str| {
        vocabulary
            .skills
            .iter()
            .filter(|s| s.field == field)
            .count()
    };
    let mut report = vec![
        format!(
            "vocabulary version {}: {} occupations, {} skills ({} DigComp, {} working-life), {} certificates, {} languages",
            vocabulary.version,
            vocabulary.occupations.len(),
            vocabulary.skills.len(),
            in_field("digital"),
            in_field("working-life"),
            vocabulary.certificates.len(),
            vocabulary.languages.len()
        ),
        format!(
            "skill suggestions (at most {SUGGESTIONS}, from every language's words) on the labelled phrases:"
        ),
        format!(
            "{:<10} {:<9} {:>8} {:>10} {:>8}",
            "language", "set", "phrases", "precision", "recall"
        ),
    ];
    for (set, sets) in [
        ("tuning", &content.phrases),
        ("held-out", &content.held_out),
    ] {
        for (locale, phrases) in sets {
            let measured = measure(vocabulary, phrases);
            report.push(format!(
                "{:<10} {set:<9} {:>8} {:>10.2} {:>8.2}",
                locale.code(),
                measured.phrases,
                measured.precision,
                measured.recall
            ));
        }
    }
    report
}

/// What `load_content` stored.
#[derive(Debug)]
pub struct Loaded {
    /// A line per module, framework or vocabulary that changed.
    pub report: Vec<String>,
    /// The vocabulary, for the server to suggest from and label with (empty
    /// when the content has none).
    pub vocabulary: Vocabulary,
    /// Words explained, for the pages to link and list.
    pub glossary: Glossary,
}

/// Reads and stores every module under `content_dir/modules`, every
/// assessment framework under `content_dir/assessments` and the vocabulary,
/// in one transaction: an invalid file leaves the database as it was.
pub async fn load_content(
    pool: &PgPool,
    content_dir: &Path,
) -> Result<Loaded, Box<dyn std::error::Error>> {
    let Content {
        modules,
        frameworks,
        vocabulary,
        glossary,
        ..
    } = read_content(content_dir)?;
    let ids: Vec<String> = modules.iter().map(|m| m.id.clone()).collect();
    let mut tx = pool.begin().await?;
    // Two servers starting at once take turns.
    sqlx::query("select pg_advisory_xact_lock(hashtext('askel-content'))")
        .execute(&mut *tx)
        .await?;
    let mut report = Vec::new();
    for module in &modules {
        let outcome = store_module(&mut tx, module).await?;
        if outcome != Stored::Unchanged {
            report.push(format!(
                "{}: {outcome:?} (version {})",
                module.id, module.version
            ));
        }
    }
    let retired = retire_other_modules(&mut tx, &ids).await?;
    if retired > 0 {
        report.push(format!(
            "{retired} module(s) no longer in the content were retired"
        ));
    }
    for framework in &frameworks {
        let outcome = store_framework(&mut tx, framework).await?;
        if outcome != Stored::Unchanged {
            report.push(format!(
                "assessment {}: {outcome:?} (version {})",
                framework.id, framework.version
            ));
        }
    }
    let framework_ids: Vec<String> = frameworks.iter().map(|f| f.id.clone()).collect();
    retire_other_frameworks(&mut tx, &framework_ids).await?;
    if let Some(vocabulary) = &vocabulary {
        let outcome = store_vocabulary(&mut tx, vocabulary).await?;
        if outcome != Stored::Unchanged {
            report.push(format!(
                "vocabulary: {outcome:?} (version {})",
                vocabulary.version
            ));
        }
    }
    tx.commit().await?;
    Ok(Loaded {
        report,
        vocabulary: vocabulary.unwrap_or_else(Vocabulary::empty),
        glossary,
    })
}
