//! The shared vocabulary (`content/vocabulary`): what it holds, how its files
//! are checked, and how well skills are suggested from everyday words.

use crate::support;

use std::path::Path;

use app::{
    i18n::Locale,
    vocabulary::{
        suggest::{SUGGESTIONS, measure},
        types::Vocabulary,
    },
};
use server::content::{Content, read_content};
use sqlx::PgPool;
use support::{content_dir, copy_of_content};

/// The repository's content, and its vocabulary.
fn repository_content() -> (Content, Vocabulary) {
    let mut content = read_content(&content_dir()).expect("the repository's content reads");
    let vocabulary = content
        .vocabulary
        .take()
        .expect("the repository has a vocabulary");
    (content, vocabulary)
}

#[test]
fn the_vocabulary_covers_the_fields_where_people_find_work() {
    let (_, vocabulary) = repository_content();
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
/// 0.66–0.75 precision and 0.78–0.86 recall (fi, sv, en), and the same with
/// suggestions from every language's words and no short open stems.
const HELD_OUT_FLOOR: (f64, f64) = (0.6, 0.7);

#[test]
fn skills_are_suggested_from_everyday_words_in_every_language() {
    let (content, vocabulary) = repository_content();
    let suggest = |text| vocabulary.suggest_skills(text);
    assert!(suggest("siivosin toimistoja").contains(&"clean-floors"));
    assert!(suggest("körde truck på lagret").contains(&"operate-forklift"));
    assert!(suggest("I cooked for 40 people at the mosque").contains(&"cooking-techniques"));
    // A person may write in any language, or in two at once.
    let mixed = suggest("siivosin toimistoja, then I drove a forklift");
    assert!(
        mixed.contains(&"clean-floors") && mixed.contains(&"operate-forklift"),
        "{mixed:?}"
    );
    assert!(mixed.len() <= SUGGESTIONS);
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
        let measured = measure(&vocabulary, phrases);
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
    let cases: [(&str, Break); 11] = [
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
        ("short open word", |dir| {
            let line = edit(
                &dir.join("vocabulary/fi.toml"),
                "\"*siivo* toimisto*\"",
                "\"*siivo* toi*\"",
            );
            (
                "vocabulary/fi.toml".into(),
                line,
                "\"toi*\" has fewer than 4 letters",
            )
        }),
        ("unused short stem", |dir| {
            let line = edit(
                &dir.join("vocabulary/en.toml"),
                "short_stems = [",
                "short_stems = [\"zz*\", ",
            );
            (
                "vocabulary/en.toml".into(),
                line,
                "short_stems: no words use \"zz*\"",
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
        ("key of another table", |dir| {
            // `cashier` is a key of [occupations] too, above [skills].
            let line = edit(
                &dir.join("vocabulary/sv.toml"),
                "[skills]\n",
                "[skills]\ncashier = { label = \"Kassa\", words = [\"kassa\"] }\n",
            );
            (
                "vocabulary/sv.toml".into(),
                line + 1,
                "\"cashier\" is not an id in vocabulary.toml",
            )
        }),
        ("competence twice", |dir| {
            // The second skill with the competence is named by its
            // `assessment`, not its id three lines above.
            let line = edit(
                &dir.join("vocabulary/vocabulary.toml"),
                "assessment = \"digcomp/2.5\"",
                "assessment = \"digcomp/2.4\"",
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

async fn count(pool: &PgPool, table: &str) -> i64 {
    sqlx::query_scalar(&format!("select count(*) from {table}"))
        .fetch_one(pool)
        .await
        .expect("count")
}

#[sqlx::test]
async fn a_broken_vocabulary_loads_nothing_at_all(pool: PgPool) {
    // Files the reader accepts, and a database that refuses the vocabulary's
    // last write: modules, frameworks, skills and occupations are written by
    // then, in the same transaction.
    for statement in [
        "create function refuse_languages() returns trigger language plpgsql as $$
         begin
             raise exception 'refused after % skills', (select count(*) from vocabulary_skill);
         end $$",
        "create trigger refuse_languages before insert on vocabulary_language
         execute function refuse_languages()",
    ] {
        sqlx::query(statement)
            .execute(&pool)
            .await
            .expect("trigger");
    }
    let (_, vocabulary) = repository_content();
    let error = server::load_content(&pool, &content_dir())
        .await
        .expect_err("refused")
        .to_string();
    let written = format!("refused after {} skills", vocabulary.skills.len());
    assert!(error.contains(&written), "{error}");
    for table in [
        "module",
        "skill_framework",
        "vocabulary_version",
        "vocabulary_skill",
        "vocabulary_skill_module",
        "vocabulary_occupation",
        "vocabulary_certificate",
    ] {
        assert_eq!(count(&pool, table).await, 0, "{table}: nothing half-loaded");
    }
}

/// Raises `version` in `content`'s vocabulary.toml by one; returns the new one.
fn raise_version(content: &Path) -> i32 {
    let file = content.join("vocabulary/vocabulary.toml");
    let text = std::fs::read_to_string(&file).expect("readable");
    let line = text
        .lines()
        .find(|line| line.starts_with("version = "))
        .expect("a version");
    let version: i32 = line["version = ".len()..].parse().expect("a number");
    edit(&file, line, &format!("version = {}", version + 1));
    version + 1
}

/// How many people matching counts as having `skill`.
async fn matched(pool: &PgPool, skill: &str) -> i64 {
    sqlx::query_scalar("select count(*) from person_skill where skill_id = $1")
        .bind(skill)
        .fetch_one(pool)
        .await
        .expect("counted")
}

async fn skill_active(pool: &PgPool, id: &str) -> Option<bool> {
    sqlx::query_scalar("select active from vocabulary_skill where skill_id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await
        .expect("read")
}

#[sqlx::test]
async fn changed_files_need_a_new_version_and_a_removed_skill_stays_inactive(pool: PgPool) {
    let content = copy_of_content("vocabulary-version");
    let vocabulary = content.join("vocabulary");
    let originals: Vec<(std::path::PathBuf, String)> =
        ["vocabulary.toml", "en.toml", "fi.toml", "sv.toml"]
            .map(|name| vocabulary.join(name))
            .into_iter()
            .map(|file| {
                let text = std::fs::read_to_string(&file).expect("readable");
                (file, text)
            })
            .collect();
    let mut added = originals[0].1.clone();
    added.push_str(
        "\n[[skills]]\nid = \"short-lived\"\nfield = \"cleaning\"\n\
         esco = \"http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000\"\n",
    );
    std::fs::write(&originals[0].0, added).expect("written");
    for (file, text) in &originals[1..] {
        let label =
            "[skills]\nshort-lived = { label = \"Short-lived\", words = [\"short-lived\"] }\n";
        std::fs::write(file, text.replacen("[skills]\n", label, 1)).expect("written");
    }
    let loaded = server::load_content(&pool, &content).await.expect("loads");
    assert_eq!(skill_active(&pool, "short-lived").await, Some(true));
    // Someone's coach saw them use it: matching counts it while it lasts.
    let person =
        support::create_account(&pool, app::accounts::Role::Jobseeker, "p@example.fi").await;
    sqlx::query("insert into confirmed_skill (account_id, skill_id) values ($1, 'short-lived')")
        .bind(person)
        .execute(&pool)
        .await
        .expect("confirmed");
    support::assert_skill_sets_current(&pool).await;
    assert_eq!(matched(&pool, "short-lived").await, 1);
    assert!(
        loaded
            .vocabulary
            .skills
            .iter()
            .any(|s| s.id == "short-lived")
    );

    // The skill leaves the files, but the version stays.
    for (file, text) in &originals {
        std::fs::write(file, text).expect("written");
    }
    let error = server::load_content(&pool, &content)
        .await
        .expect_err("the same version")
        .to_string();
    assert!(
        error.contains("the content changed but its version is still")
            && error.contains("raise `version` in vocabulary.toml"),
        "{error}"
    );
    assert_eq!(skill_active(&pool, "short-lived").await, Some(true));

    let version = raise_version(&content);
    let loaded = server::load_content(&pool, &content).await.expect("loads");
    let _ = std::fs::remove_dir_all(content.parent().expect("root"));
    assert!(
        loaded
            .report
            .contains(&format!("vocabulary: Updated (version {version})")),
        "{:?}",
        loaded.report
    );
    // Kept, not deleted: what refers to it stays, nothing new may.
    assert_eq!(skill_active(&pool, "short-lived").await, Some(false));
    // And no longer anyone's skill in matching.
    assert_eq!(matched(&pool, "short-lived").await, 0);
    support::assert_skill_sets_current(&pool).await;
    assert!(
        !loaded
            .vocabulary
            .skills
            .iter()
            .any(|s| s.id == "short-lived")
    );
}
