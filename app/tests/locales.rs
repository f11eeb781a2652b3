//! Every locale has exactly the messages English has, every file parses, and every
//! message id the code asks for exists.

use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
};

use app::i18n::Locale;
use fluent_syntax::{ast::Entry, parser};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn message_ids(locale: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in fs::read_dir(locales_dir().join(locale)).expect("locale folder") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_some_and(|ext| ext == "ftl") {
            let source = fs::read_to_string(&path).expect("readable .ftl");
            let resource = parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
                panic!("{} does not parse: {errors:?}", path.display())
            });
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    assert!(
                        ids.insert(message.id.name.to_owned()),
                        "{} repeats {}",
                        path.display(),
                        message.id.name
                    );
                }
            }
        }
    }
    ids
}

#[test]
fn every_locale_has_the_same_messages_as_english() {
    let english = message_ids("en");
    assert!(!english.is_empty());
    for locale in Locale::ALL.map(Locale::code) {
        let ids = message_ids(locale);
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{locale}: missing {missing:?}, extra {extra:?}"
        );
    }
}

/// Message ids passed as literals to `t`, `t_args`, `translate` or
/// `translate_args` anywhere under `app/src`. Ids kept in constant lists are
/// checked by unit tests next to those lists.
fn ids_used_in_code() -> BTreeSet<String> {
    let pattern = regex_lite::Regex::new(
        r#"\b(?:t|t_args)\(\s*"([^"]+)"|\btranslate(?:_args)?\([^,()]+,\s*"([^"]+)""#,
    )
    .expect("valid regex");
    let mut ids = BTreeSet::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(folder).expect("source folder") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let source = fs::read_to_string(&path).expect("readable source");
                ids.extend(
                    pattern
                        .captures_iter(&source)
                        .filter_map(|c| c.get(1).or_else(|| c.get(2)))
                        .map(|m| m.as_str().to_owned()),
                );
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_uses_exists() {
    let english = message_ids("en");
    let used = ids_used_in_code();
    assert!(
        used.len() > 20,
        "the pattern stopped finding calls: {used:?}"
    );
    let missing: Vec<_> = used.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "ids used in code but missing from locales/en: {missing:?}"
    );
}

/// The server loads every folder under `locales/`: each must be a locale the
/// service offers, and each locale must have one.
#[test]
fn the_locale_folders_are_exactly_the_offered_locales() {
    let folders: BTreeSet<String> = fs::read_dir(locales_dir())
        .expect("locales folder")
        .map(|entry| {
            entry
                .expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let offered: BTreeSet<String> = Locale::ALL.map(|l| l.code().to_owned()).into();
    assert_eq!(folders, offered);
}
