//! The shared vocabulary (`content/vocabulary`): what it holds, how its files
//! are checked, and how well skills are suggested from everyday words.

mod support;

use std::path::Path;

use app::i18n::Locale;
use server::content::{SUGGESTIONS, read_content};
use sqlx::PgPool;
use support::{content_dir, copy_of_content};

#[test]
fn the_vocabulary_covers_the_fields_where_people_find_work() {
    let content = read_content(&content_dir()).expect("the repository's content reads");
    let vocabulary = &content.vocabulary;
    let field_skills = vocabulary
        .skills
        .iter()
        .filter(|s| !["digital", "working-life"].contains(&s.field.as_str()))
        .count();
    assert!(vocabulary.occupations.len() >= 12, "occupations");
    assert!(field_skills >= 80, "{field_skills} skills of work");
    for field in &vocabulary.fields {
        let occupations = vocabulary.occupations.iter().filter(|o| &o.field == field);
        let expected = !["transferable", "digital", "working-life"].contains(&field.as_str());
        assert_eq!(occupations.count() > 0, expected, "occupations in {field}");
    }
    // Every DigComp competence is a skill, so its assessment is evidence of one.
    let digcomp = vocabulary
        .skills
        .iter()
        .filter(|s| {
            s.competence
                .as_ref()
                .is_some_and(|c| c.framework == "digcomp")
        })
        .count();
    assert_eq!(digcomp, 21);
    for certificate in [
        "hygiene-passport",
        "occupational-safety-card",
        "first-aid-1",
        "hot-work-card",
        "forklift-card",
        "driving-licence-b",
        "security-officer-card",
    ] {
        assert!(
            vocabulary.certificates.iter().any(|c| c.id == certificate),
            "{certificate}"
        );
    }
    for language in ["fi", "sv", "en", "ru", "et", "ar", "so", "uk"] {
        assert!(
            vocabulary.languages.iter().any(|l| l.id == language),
            "{language}"
        );
    }
    for locale in Locale::ALL {
        let texts = vocabulary.texts(locale);
        assert_eq!(texts.skills.len(), vocabulary.skills.len(), "{locale:?}");
        assert!(!texts.occupations["cashier"].is_empty());
    }
    assert_eq!(
        vocabulary.texts(Locale::Fi).skills["operate-forklift"].label,
        "Trukin ajaminen"
    );
}

/// Least precision and recall on the held-out phrases: first measured at
/// 0.66–0.75 precision and 0.78–0.86 recall (fi, sv, en).
const HELD_OUT_FLOOR: (f64, f64) = (0.6, 0.7);

#[test]
fn skills_are_suggested_from_everyday_words_in_every_language() {
    let content = read_content(&content_dir()).expect("the repository's content reads");
    let vocabulary = &content.vocabulary;
    let order: Vec<String> = vocabulary.skills.iter().map(|s| s.id.clone()).collect();
    let suggest = |locale, text| {
        app::vocabulary::suggest::suggest(
            &vocabulary.texts(locale).skills,
            &order,
            text,
            SUGGESTIONS,
        )
    };
    assert!(suggest(Locale::Fi, "siivosin toimistoja").contains(&"clean-floors"));
    assert!(suggest(Locale::Sv, "körde truck på lagret").contains(&"operate-forklift"));
    assert!(
        suggest(Locale::En, "I cooked for 40 people at the mosque").contains(&"cooking-techniques")
    );
    let mut report = Vec::new();
    // The words were tuned on the first set: it must meet the bar. The
    // held-out set was never tuned on; its floor guards against words that
    // only fit the tuning set (HELD_OUT_FLOOR, set from its first measure).
    let sets = [
        ("tuning", &content.phrases, (0.8, 0.7)),
        ("held-out", &content.held_out, HELD_OUT_FLOOR),
    ];
    for (set, locale, phrases, (precision, recall)) in sets
        .iter()
        .flat_map(|(set, sets, bar)| sets.iter().map(move |(l, p)| (set, l, p, *bar)))
    {
        assert!(
            phrases.len() >= 60,
            "{set} {locale:?} has {} phrases",
            phrases.len()
        );
        let measured = app::vocabulary::suggest::measure(
            &vocabulary.texts(*locale).skills,
            &order,
            phrases,
            SUGGESTIONS,
        );
        report.push(format!(
            "{set} {}: {} phrases, precision {:.2}, recall {:.2}",
            locale.code(),
            measured.phrases,
            measured.precision,
            measured.recall
        ));
        println!("{}", report.last().expect("a line"));
        assert!(
            measured.precision >= precision && measured.recall >= recall,
            "{report:?}"
        );
    }
}

/// Replaces the first `from` in `file` with `to`; returns the line it is on.
fn edit(file: &Path, from: &str, to: &str) -> usize {
    let text = std::fs::read_to_string(file).expect("readable");
    let offset = text
        .find(from)
        .unwrap_or_else(|| panic!("{from:?} in {file:?}"));
    std::fs::write(file, text.replacen(from, to, 1)).expect("written");
    text[..offset].matches('\n').count() + 1
}

#[test]
fn a_broken_vocabulary_file_is_named_with_its_line() {
    type Break = fn(&Path) -> (String, usize, &'static str);
    let cases: [(&str, Break); 8] = [
        ("module", |dir| {
            let file = dir.join("vocabulary/vocabulary.toml");
            let line = edit(
                &file,
                "modules = [\"strengths\"]",
                "modules = [\"no-such-module\"]",
            );
            (
                "vocabulary/vocabulary.toml".into(),
                line,
                "module \"no-such-module\" is not in content/modules",
            )
        }),
        ("pattern", |dir| {
            let line = edit(
                &dir.join("vocabulary/fi.toml"),
                "\"*siivo* toimisto*\"",
                "\"siivo*toimisto\"",
            );
            (
                "vocabulary/fi.toml".into(),
                line,
                "a word is letters or digits",
            )
        }),
        ("missing label", |dir| {
            let file = dir.join("vocabulary/sv.toml");
            let line = edit(&file, "[skills]", "[skills]");
            edit(&file, "\nclean-windows = ", "\nunused-line = ");
            (
                "vocabulary/sv.toml".into(),
                line,
                "[skills] has no text for \"clean-windows\"",
            )
        }),
        ("competence twice", |dir| {
            let file = dir.join("vocabulary/vocabulary.toml");
            edit(
                &file,
                "assessment = \"digcomp/2.5\"",
                "assessment = \"digcomp/2.4\"",
            );
            let line = edit(
                &file,
                "id = \"communicate-online\"",
                "id = \"communicate-online\"",
            );
            (
                "vocabulary/vocabulary.toml".into(),
                line,
                "competence digcomp/2.4 must be the assessment of exactly one skill, not 2",
            )
        }),
        ("esco", |dir| {
            let file = dir.join("vocabulary/vocabulary.toml");
            let line = edit(&file, "esco/skill/a2cd3b30", "esco/skills/a2cd3b30");
            (
                "vocabulary/vocabulary.toml".into(),
                line,
                "is not an ESCO URI",
            )
        }),
        ("same esco", |dir| {
            let file = dir.join("vocabulary/vocabulary.toml");
            let line = edit(
                &file,
                "esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca",
                "esco/skill/a2cd3b30-2d6c-473e-a5d4-4e7cb576babe",
            );
            (
                "vocabulary/vocabulary.toml".into(),
                line,
                "is already another item's ESCO URI",
            )
        }),
        ("isco", |dir| {
            let line = edit(
                &dir.join("vocabulary/vocabulary.toml"),
                "isco = \"9112\"",
                "isco = \"911\"",
            );
            (
                "vocabulary/vocabulary.toml".into(),
                line,
                "\"911\" is not a four-digit ISCO-08 unit group",
            )
        }),
        ("phrase label", |dir| {
            let line = edit(
                &dir.join("vocabulary/phrases/en.toml"),
                "skills = [",
                "skills = [\"no-such-skill\", ",
            );
            (
                "vocabulary/phrases/en.toml".into(),
                line - 1,
                "skill \"no-such-skill\" is not in vocabulary.toml",
            )
        }),
    ];
    for (name, break_it) in cases {
        let content = copy_of_content(&format!("vocabulary-{}", name.replace(' ', "-")));
        let (file, line, message) = break_it(&content);
        let error = read_content(&content)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        let _ = std::fs::remove_dir_all(content.parent().expect("root"));
        assert!(
            error.contains(&format!("{file}:{line}: ")),
            "{name}: {error}"
        );
        assert!(error.contains(message), "{name}: {error}");
    }
}

#[sqlx::test]
async fn a_broken_vocabulary_loads_nothing_at_all(pool: PgPool) {
    let content = copy_of_content("vocabulary-nothing");
    edit(
        &content.join("vocabulary/en.toml"),
        "label = \"Driving a forklift\"",
        "label = \"\"",
    );
    let error = server::load_content(&pool, &content)
        .await
        .expect_err("refused")
        .to_string();
    let _ = std::fs::remove_dir_all(content.parent().expect("root"));
    assert!(error.contains("vocabulary/en.toml:"), "{error}");
    for table in ["module", "skill_framework"] {
        let count: i64 = sqlx::query_scalar(&format!("select count(*) from {table}"))
            .fetch_one(&pool)
            .await
            .expect("count");
        assert_eq!(count, 0, "{table}: nothing half-loaded");
    }
}
