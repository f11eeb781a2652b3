//! Reads the frameworks under `content/assessments` (format:
//! `content/README.md`): a `framework.toml` with the ids of areas,
//! competences and statements, and one file of texts per language. Every
//! file is checked before anything is stored; a problem names file and line.

use std::{
    collections::{BTreeMap, HashSet},
    path::Path,
};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use super::types::{Area, Competence, Framework, Statement};
use crate::{
    content_files::{ContentError, File, folders, is_id},
    i18n::Locale,
};

const MAX_STATEMENTS: usize = 6;

/// A framework ready to store, in every language.
#[derive(Debug)]
pub struct FrameworkContent {
    pub id: String,
    pub position: i32,
    pub version: i32,
    /// SHA-256 of the framework's files, to notice changes without a new version.
    pub hash: String,
    pub texts: Vec<(Locale, Framework)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStructure {
    id: Spanned<String>,
    version: i32,
    position: i32,
    areas: Vec<RawArea>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    id: Spanned<String>,
    number: String,
    #[serde(default)]
    modules: Vec<Spanned<String>>,
    competences: Vec<RawCompetence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCompetence {
    id: Spanned<String>,
    statements: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTexts {
    title: String,
    description: String,
    source: String,
    areas: BTreeMap<String, String>,
    competences: BTreeMap<String, String>,
    statements: BTreeMap<String, String>,
}

/// Reads every framework folder under `dir` (none if there is no `dir`).
/// Suggested modules must be among `module_ids`.
pub fn read_frameworks(
    dir: &Path,
    module_ids: &[String],
) -> Result<Vec<FrameworkContent>, ContentError> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    folders(dir)?
        .iter()
        .map(|folder| read_framework(folder, module_ids))
        .collect()
}

fn read_framework(folder: &Path, module_ids: &[String]) -> Result<FrameworkContent, ContentError> {
    let mut hash = Sha256::new();
    let file = File::read(&folder.join("framework.toml"))?;
    hash.update(&file.text);
    let raw: RawStructure = file.parse()?;
    let folder_name = folder
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if raw.id.get_ref() != folder_name || !is_id(folder_name) {
        let line = file.line_at(raw.id.span().start);
        return Err(file.error(
            line,
            "id must be the folder's name (lowercase letters, digits, hyphens)",
        ));
    }
    if raw.version < 1 {
        return Err(file.error(1, "version must be at least 1"));
    }
    let structure = check_structure(&file, &raw, module_ids)?;
    let mut texts = Vec::new();
    // Finnish, Swedish and English are required; another language's file is
    // optional, and its readers see the nearest language that has one.
    for locale in Locale::ALL {
        let path = folder.join(format!("{}.toml", locale.code()));
        if !Locale::WRITTEN.contains(&locale) && !path.exists() {
            continue;
        }
        let file = File::read(&path)?;
        hash.update(&file.text);
        texts.push((locale, file.framework(&structure)?));
    }
    Ok(FrameworkContent {
        id: folder_name.to_owned(),
        position: raw.position,
        version: raw.version,
        hash: format!("{:x}", hash.finalize()),
        texts,
    })
}

/// A framework's ids with empty texts, checked: unique, well formed, each
/// competence with 1–6 statements, suggested modules that exist.
fn check_structure(
    file: &File,
    raw: &RawStructure,
    module_ids: &[String],
) -> Result<Framework, ContentError> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut unique = |text: &str, line: usize| {
        if !is_statement_id(text) {
            return Err(file.error(
                line,
                format!("{text:?} is not a valid id (a–z, 0–9, '.', '-')"),
            ));
        }
        if !seen.insert(text.to_owned()) {
            return Err(file.error(line, format!("id {text:?} is used twice")));
        }
        Ok(text.to_owned())
    };
    let line_of = |id: &Spanned<String>| file.line_at(id.span().start);
    let mut areas = Vec::new();
    for raw_area in &raw.areas {
        let id = unique(raw_area.id.get_ref(), line_of(&raw_area.id))?;
        for module in &raw_area.modules {
            if !module_ids.contains(module.get_ref()) {
                let line = file.line_at(module.span().start);
                return Err(file.error(
                    line,
                    format!("module {:?} is not in content/modules", module.get_ref()),
                ));
            }
        }
        let mut competences = Vec::new();
        for raw_competence in &raw_area.competences {
            let id = unique(raw_competence.id.get_ref(), line_of(&raw_competence.id))?;
            let statements = raw_competence.statements.get_ref();
            let line = file.line_at(raw_competence.statements.span().start);
            if !(1..=MAX_STATEMENTS).contains(&statements.len()) {
                return Err(file.error(
                    line,
                    format!("competence {id:?} needs 1–{MAX_STATEMENTS} statements"),
                ));
            }
            let mut checked = Vec::new();
            for statement in statements {
                checked.push(Statement {
                    id: unique(statement, line)?,
                    text: String::new(),
                });
            }
            competences.push(Competence {
                id,
                name: String::new(),
                statements: checked,
            });
        }
        if competences.is_empty() {
            let line = file.line_at(raw_area.id.span().start);
            return Err(file.error(line, format!("area {id:?} has no competences")));
        }
        areas.push(Area {
            id,
            number: raw_area.number.clone(),
            name: String::new(),
            modules: raw_area
                .modules
                .iter()
                .map(|m| m.get_ref().clone())
                .collect(),
            competences,
        });
    }
    if areas.is_empty() {
        return Err(file.error(1, "a framework needs at least one area"));
    }
    Ok(Framework {
        id: raw.id.get_ref().clone(),
        title: String::new(),
        description: String::new(),
        source: String::new(),
        areas,
    })
}

fn is_statement_id(text: &str) -> bool {
    (1..=60).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

impl File {
    /// The texts of one language, which must name exactly the ids of `structure`.
    fn framework(&self, structure: &Framework) -> Result<Framework, ContentError> {
        let mut raw: RawTexts = self.parse()?;
        if [&raw.title, &raw.description, &raw.source]
            .iter()
            .any(|t| t.trim().is_empty())
        {
            return Err(self.error(1, "title, description and source must not be empty"));
        }
        let mut framework = structure.clone();
        let ids = |areas: &[Area]| -> [Vec<String>; 3] {
            let competences = areas.iter().flat_map(|a| &a.competences);
            [
                areas.iter().map(|a| a.id.clone()).collect(),
                competences.clone().map(|c| c.id.clone()).collect(),
                competences
                    .flat_map(|c| &c.statements)
                    .map(|s| s.id.clone())
                    .collect(),
            ]
        };
        let [area_ids, competence_ids, statement_ids] = ids(&structure.areas);
        for (table, expected, texts) in [
            ("areas", &area_ids, &raw.areas),
            ("competences", &competence_ids, &raw.competences),
            ("statements", &statement_ids, &raw.statements),
        ] {
            self.texts_for(table, expected, texts)?;
        }
        framework.title = raw.title;
        framework.description = raw.description;
        framework.source = raw.source;
        for area in &mut framework.areas {
            area.name = raw.areas.remove(&area.id).unwrap_or_default();
            for competence in &mut area.competences {
                competence.name = raw.competences.remove(&competence.id).unwrap_or_default();
                for statement in &mut competence.statements {
                    statement.text = raw.statements.remove(&statement.id).unwrap_or_default();
                }
            }
        }
        Ok(framework)
    }

    /// Every id in `expected` has a non-empty text in `[table]`, and nothing else does.
    fn texts_for(
        &self,
        table: &str,
        expected: &[String],
        texts: &BTreeMap<String, String>,
    ) -> Result<(), ContentError> {
        self.same_keys("framework.toml", table, expected, texts)?;
        if let Some((id, _)) = texts.iter().find(|(_, text)| text.trim().is_empty()) {
            return Err(self.error(
                self.table_line(table),
                format!("the text of {id:?} is empty"),
            ));
        }
        Ok(())
    }
}
