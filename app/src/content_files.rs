//! Content files (`content/`, see its README): reading them, and problems
//! reported with the file and line a reviewer should look at.

use std::{
    fmt,
    path::{Path, PathBuf},
};

/// A problem in a content file.
#[derive(Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for ContentError {}

/// A file or folder that cannot be read.
pub fn io_error(path: &Path, error: &std::io::Error) -> ContentError {
    ContentError {
        file: path.to_owned(),
        line: None,
        message: format!("cannot read: {error}"),
    }
}

/// The folders directly under `dir`, in name order: one module or framework each.
pub fn folders(dir: &Path) -> Result<Vec<PathBuf>, ContentError> {
    let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, &e))?;
    let mut folders: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    Ok(folders)
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Languages {
    complete: Vec<toml::Spanned<String>>,
}

/// The languages `languages.toml` lists as complete, each with its line,
/// and the file, to point at a line.
pub type CompleteLanguages = (File, Vec<(crate::i18n::Locale, usize)>);

/// `content/languages.toml`: the languages whose modules and
/// self-assessments ship, or `None` without the file (a test's few modules
/// need English only).
pub fn complete_languages(path: &Path) -> Result<Option<CompleteLanguages>, ContentError> {
    if !path.exists() {
        return Ok(None);
    }
    let file = File::read(path)?;
    let languages: Languages = file.parse()?;
    let mut complete = Vec::new();
    for code in &languages.complete {
        let line = file.line_at(code.span().start);
        let locale = crate::i18n::Locale::ALL
            .into_iter()
            .find(|l| l.code() == code.get_ref())
            .ok_or_else(|| {
                file.error(
                    line,
                    format!("{:?} is not a language Askel offers", code.get_ref()),
                )
            })?;
        complete.push((locale, line));
    }
    Ok(Some((file, complete)))
}

/// An id in content: lowercase ASCII letters, digits and hyphens.
pub fn is_id(text: &str) -> bool {
    (1..=40).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A content file and its text, for errors that point at a line.
pub struct File {
    pub path: PathBuf,
    pub text: String,
}

impl File {
    pub fn read(path: &Path) -> Result<Self, ContentError> {
        let text = std::fs::read_to_string(path).map_err(|e| io_error(path, &e))?;
        Ok(Self {
            path: path.to_owned(),
            text,
        })
    }

    pub fn line_at(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    pub fn error(&self, line: usize, message: impl Into<String>) -> ContentError {
        ContentError {
            file: self.path.clone(),
            line: Some(line),
            message: message.into(),
        }
    }

    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T, ContentError> {
        toml::from_str(&self.text).map_err(|e| {
            let line = e.span().map_or(1, |span| self.line_at(span.start));
            self.error(line, e.message().trim().to_owned())
        })
    }

    /// Where the line of the `[table]` header begins, if there is one.
    fn table_offset(&self, table: &str) -> Option<usize> {
        let header = format!("[{table}]");
        let mut offset = 0;
        for line in self.text.split_inclusive('\n') {
            if line.trim_start().starts_with(&header) {
                return Some(offset);
            }
            offset += line.len();
        }
        None
    }

    /// The line of the `[table]` header (1 when there is none).
    pub fn table_line(&self, table: &str) -> usize {
        self.table_offset(table)
            .map_or(1, |offset| self.line_at(offset))
    }

    /// Every id in `expected` (from the file `source`) is a key of `[table]`,
    /// and nothing else is.
    pub fn same_keys<V>(
        &self,
        source: &str,
        table: &str,
        expected: &[String],
        texts: &std::collections::BTreeMap<String, V>,
    ) -> Result<(), ContentError> {
        let table_line = self.table_line(table);
        if let Some(missing) = expected.iter().find(|id| !texts.contains_key(*id)) {
            return Err(self.error(table_line, format!("[{table}] has no text for {missing:?}")));
        }
        if let Some(extra) = texts.keys().find(|id| !expected.contains(id)) {
            // The same key may be in an earlier table: look after this one's header.
            let start = self.table_offset(table).unwrap_or(0);
            let rest = &self.text[start..];
            let line = rest
                .find(&format!("\n{extra} ="))
                .or_else(|| rest.find(&format!("\"{extra}\"")))
                .map_or(table_line, |offset| self.line_at(start + offset + 1));
            return Err(self.error(line, format!("{extra:?} is not an id in {source}")));
        }
        Ok(())
    }
}

/// Why loaded content could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "content/{folder}: the content changed but its version is still {version}; raise `version` in {file}"
    )]
    VersionNotRaised {
        folder: String,
        file: &'static str,
        version: i32,
    },
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// What storing did to one module or framework.
#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    Unchanged,
    Added,
    Updated,
}

/// What the database holds of a module or framework.
pub struct StoredVersion {
    pub version: i32,
    pub hash: String,
    pub active: bool,
}

/// What storing content at `version` whose files hash to `hash` must do, given
/// what is `stored`: changed files need a higher version (`content/{folder}/{file}`).
pub fn store_outcome(
    stored: Option<StoredVersion>,
    hash: &str,
    version: i32,
    folder: String,
    file: &'static str,
) -> Result<Stored, StoreError> {
    match stored {
        Some(s) if s.hash == hash && s.active => Ok(Stored::Unchanged),
        Some(s) if s.hash != hash && s.version >= version => Err(StoreError::VersionNotRaised {
            folder,
            file,
            version,
        }),
        Some(_) => Ok(Stored::Updated),
        None => Ok(Stored::Added),
    }
}
