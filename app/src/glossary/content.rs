//! Reads `content/glossary/<language>.toml`: the same words, in the same
//! order, in every language, each with the forms that link it. Every file is
//! checked before anything is used; a problem names its file and line.

use std::{collections::HashSet, path::Path};

use serde::Deserialize;
use toml::Spanned;

use super::types::{Glossary, Word, Words, fold, is_mark};
use crate::{
    content_files::{ContentError, File, is_id},
    i18n::Locale,
};

const MAX_TERM_CHARS: usize = 80;
const MAX_EXPLANATION_CHARS: usize = 400;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    words: Vec<RawWord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWord {
    id: Spanned<String>,
    term: Spanned<String>,
    forms: Spanned<Vec<String>>,
    explains: Spanned<String>,
}

/// Every language's words, or an empty glossary when `dir` does not exist
/// (a test's few modules). English is the source: each other file has its
/// words, in its order.
pub fn read_glossary(dir: &Path) -> Result<Glossary, ContentError> {
    if !dir.exists() {
        return Ok(Glossary::default());
    }
    let (source_ids, english) = read_language(&dir.join("en.toml"), None)?;
    let mut languages = vec![(Locale::En, english)];
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let path = dir.join(format!("{}.toml", locale.code()));
        if path.exists() {
            languages.push((locale, read_language(&path, Some(&source_ids))?.1));
        }
    }
    Ok(Glossary { languages })
}

/// One language's file: its ids, in order, and its words.
fn read_language(
    path: &Path,
    source_ids: Option<&[String]>,
) -> Result<(Vec<String>, Words), ContentError> {
    let file = File::read(path)?;
    let raw: RawGlossary = file.parse()?;
    let mut ids = Vec::new();
    let mut words = Vec::new();
    let mut forms = Vec::new();
    for (position, word) in raw.words.iter().enumerate() {
        let at = |value_start: usize| file.line_at(value_start);
        let id = word.id.get_ref();
        let id_line = at(word.id.span().start);
        if !is_id(id) {
            return Err(file.error(id_line, format!("{id:?} is not an id (a-z, 0-9 and -)")));
        }
        if ids.contains(id) {
            return Err(file.error(id_line, format!("the word {id:?} is here twice")));
        }
        if let Some(source) = source_ids {
            let expected = source.get(position);
            if expected != Some(id) {
                let message = match expected {
                    Some(expected) => format!("expected the word {expected:?} here, as in en.toml"),
                    None => format!("the word {id:?} is not in en.toml"),
                };
                return Err(file.error(id_line, message));
            }
        }
        let term = checked_text(&file, &word.term, "term", MAX_TERM_CHARS)?;
        let explains = checked_text(&file, &word.explains, "explains", MAX_EXPLANATION_CHARS)?;
        forms.push(checked_forms(&file, &word.forms)?);
        ids.push(id.clone());
        words.push(Word {
            id: id.clone(),
            term,
            explains,
        });
    }
    if let Some(missing) = source_ids.and_then(|source| source.get(ids.len())) {
        let last_line = file.text.lines().count().max(1);
        return Err(file.error(
            last_line,
            format!("the word {missing:?} of en.toml is missing"),
        ));
    }
    Ok((ids, Words::new(words, &forms)))
}

fn checked_text(
    file: &File,
    text: &Spanned<String>,
    name: &str,
    max_chars: usize,
) -> Result<String, ContentError> {
    let line = file.line_at(text.span().start);
    let trimmed = text.get_ref().trim();
    if trimmed.is_empty() {
        return Err(file.error(line, format!("{name} is empty")));
    }
    if trimmed.chars().count() > max_chars {
        return Err(file.error(
            line,
            format!("{name} is longer than {max_chars} characters"),
        ));
    }
    Ok(trimmed.to_owned())
}

/// At least one form; each has a letter, no space at either end, and is not
/// the same as another (letter case aside).
fn checked_forms(file: &File, forms: &Spanned<Vec<String>>) -> Result<Vec<String>, ContentError> {
    let line = file.line_at(forms.span().start);
    if forms.get_ref().is_empty() {
        return Err(file.error(line, "forms is empty: list at least the word itself"));
    }
    let mut seen = HashSet::new();
    for form in forms.get_ref() {
        if form.trim() != form || !form.chars().any(char::is_alphanumeric) {
            return Err(file.error(
                line,
                format!("the form {form:?} must be a word without spaces around it"),
            ));
        }
        // Matching passes over Arabic vowel marks, so «مدرّب» and «مدرب» are one form.
        let key: String = form.chars().filter(|c| !is_mark(*c)).map(fold).collect();
        if !seen.insert(key) {
            return Err(file.error(line, format!("the form {form:?} is listed twice")));
        }
    }
    Ok(forms.get_ref().clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch folder, removed when the test ends.
    struct Dir(std::path::PathBuf);

    impl Dir {
        fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).expect("written");
    }

    const EN: &str = "[[words]]\nid = \"cv\"\nterm = \"CV\"\nforms = [\"CV\"]\nexplains = \"A text about you.\"\n\n[[words]]\nid = \"work-trial\"\nterm = \"work trial\"\nforms = [\"work trial\"]\nexplains = \"A short time at a workplace.\"\n";

    #[test]
    fn every_language_has_the_words_of_english_in_its_order() {
        let dir = std::env::temp_dir().join(format!("askel-glossary-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let dir = Dir(dir);
        write(dir.path(), "en.toml", EN);
        write(
            dir.path(),
            "fi.toml",
            &EN.replace("\"work trial\"", "\"työkokeilu\""),
        );
        let glossary = read_glossary(dir.path()).expect("reads");
        let finnish = glossary.words(Locale::Fi).expect("Finnish");
        assert_eq!(finnish.words[1].term, "työkokeilu");
        // Easy Finnish has no file here: its chain reads Finnish.
        assert_eq!(
            glossary.words(Locale::Selko).expect("chain").words[1].term,
            "työkokeilu"
        );

        write(
            dir.path(),
            "sv.toml",
            &EN.replace("id = \"work-trial\"", "id = \"trial\""),
        );
        let error = read_glossary(dir.path()).expect_err("refused").to_string();
        assert!(
            error.ends_with("sv.toml:8: expected the word \"work-trial\" here, as in en.toml"),
            "{error}"
        );

        let first_only = EN.split("\n\n").next().unwrap_or_default();
        write(dir.path(), "sv.toml", first_only);
        let error = read_glossary(dir.path()).expect_err("refused").to_string();
        assert!(
            error.ends_with("sv.toml:5: the word \"work-trial\" of en.toml is missing"),
            "{error}"
        );

        write(
            dir.path(),
            "sv.toml",
            &EN.replace("forms = [\"CV\"]", "forms = [\"CV\", \"cv\"]"),
        );
        let error = read_glossary(dir.path()).expect_err("refused").to_string();
        assert!(
            error.ends_with("sv.toml:4: the form \"cv\" is listed twice"),
            "{error}"
        );

        write(
            dir.path(),
            "sv.toml",
            &EN.replace("\"A text about you.\"", "\" \""),
        );
        let error = read_glossary(dir.path()).expect_err("refused").to_string();
        assert!(error.ends_with("sv.toml:5: explains is empty"), "{error}");
    }

    #[test]
    fn the_repository_glossary_reads() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/glossary");
        let glossary = read_glossary(&dir).expect("the glossary reads");
        assert!(
            glossary
                .words(Locale::En)
                .is_some_and(|w| w.words.len() >= 15)
        );
    }
}
