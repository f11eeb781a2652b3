//! Reads `content/vocabulary`: `vocabulary.toml` with the ids, ESCO URIs and
//! links of every item, one file of labels and suggestion words per language,
//! and `phrases/<language>.toml` with `phrases/held-out/<language>.toml`,
//! the labelled phrases the suggester is measured on. Every file is checked before anything is used; a problem
//! names its file and line.

use std::{
    collections::{BTreeMap, HashSet},
    path::Path,
};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use super::{
    suggest::{LabelledPhrase, MIN_OPEN_LETTERS, Pattern},
    types::{Certificate, CompetenceRef, Labelled, Language, Occupation, Skill, Texts, Vocabulary},
};
use crate::{
    content_files::{ContentError, File, is_id},
    i18n::Locale,
    skills::content::FrameworkContent,
};

const ESCO_OCCUPATION: &str = "http://data.europa.eu/esco/occupation/";
const ESCO_SKILL: &str = "http://data.europa.eu/esco/skill/";
const MAX_LABEL_CHARS: usize = 80;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVocabulary {
    version: i32,
    fields: Vec<RawId>,
    occupations: Vec<RawOccupation>,
    skills: Vec<RawSkill>,
    certificates: Vec<RawCertificate>,
    languages: Vec<RawLanguage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawId {
    id: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOccupation {
    id: Spanned<String>,
    esco: Spanned<String>,
    isco: Spanned<String>,
    field: Spanned<String>,
    skills: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSkill {
    id: Spanned<String>,
    esco: Spanned<String>,
    field: Spanned<String>,
    #[serde(default, rename = "match")]
    esco_match: Option<Spanned<String>>,
    assessment: Option<Spanned<String>>,
    modules: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCertificate {
    id: Spanned<String>,
    skill: Option<Spanned<String>>,
    valid_years: Option<Spanned<u8>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    id: Spanned<String>,
    esco: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTexts {
    short_stems: Option<Spanned<Vec<String>>>,
    fields: BTreeMap<String, Spanned<String>>,
    occupations: BTreeMap<String, Spanned<String>>,
    skills: BTreeMap<String, Spanned<RawLabelled>>,
    certificates: BTreeMap<String, Spanned<RawLabelled>>,
    languages: BTreeMap<String, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLabelled {
    label: String,
    #[serde(default)]
    words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhrases {
    phrases: Vec<RawPhrase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhrase {
    text: Spanned<String>,
    skills: Vec<String>,
}

/// Reads and checks the vocabulary in `dir`. Modules a skill names must be
/// among `module_ids`; every competence of `frameworks` must be exactly one
/// skill, and a skill's competence must be one of theirs. Content with no
/// `dir` and no frameworks (a test's few modules) has no vocabulary: there is
/// nothing to store, and nothing stored is retired.
pub fn read_vocabulary(
    dir: &Path,
    module_ids: &[String],
    frameworks: &[FrameworkContent],
) -> Result<Option<Vocabulary>, ContentError> {
    if !dir.exists() && frameworks.is_empty() {
        return Ok(None);
    }
    let mut hash = Sha256::new();
    let file = File::read(&dir.join("vocabulary.toml"))?;
    hash.update(&file.text);
    let raw: RawVocabulary = file.parse()?;
    if raw.version < 1 {
        return Err(file.error(1, "version must be at least 1"));
    }
    let fields = unique_ids(&file, raw.fields.iter().map(|f| &f.id))?;
    let skills = check_skills(&file, &raw.skills, &fields, module_ids, frameworks)?;
    let skill_ids: Vec<String> = skills.iter().map(|s| s.id.clone()).collect();
    let occupations = check_occupations(&file, &raw.occupations, &fields, &skill_ids)?;
    let certificates = check_certificates(&file, &raw.certificates, &skill_ids)?;
    let languages = check_languages(&file, &raw.languages)?;
    let mut vocabulary = Vocabulary {
        version: raw.version,
        hash: String::new(),
        fields,
        occupations,
        skills,
        certificates,
        languages,
        texts: Vec::new(),
    };
    for locale in Locale::WRITTEN {
        let file = File::read(&dir.join(format!("{}.toml", locale.code())))?;
        hash.update(&file.text);
        let texts = file.vocabulary_texts(&vocabulary)?;
        vocabulary.texts.push((locale, texts));
    }
    vocabulary.hash = format!("{:x}", hash.finalize());
    Ok(Some(vocabulary))
}

/// Reads `folder/<language>.toml` for every language: phrases labelled with
/// skills of `vocabulary`.
pub fn read_phrases(
    folder: &Path,
    vocabulary: &Vocabulary,
) -> Result<Vec<(Locale, Vec<LabelledPhrase>)>, ContentError> {
    let ids: HashSet<&str> = vocabulary.skills.iter().map(|s| s.id.as_str()).collect();
    let mut all = Vec::new();
    for locale in Locale::WRITTEN {
        let file = File::read(&folder.join(format!("{}.toml", locale.code())))?;
        let raw: RawPhrases = file.parse()?;
        let mut phrases = Vec::new();
        for phrase in raw.phrases {
            let line = file.line_at(phrase.text.span().start);
            if phrase.text.get_ref().trim().is_empty() {
                return Err(file.error(line, "a phrase must not be empty"));
            }
            if let Some(unknown) = phrase.skills.iter().find(|s| !ids.contains(s.as_str())) {
                return Err(
                    file.error(line, format!("skill {unknown:?} is not in vocabulary.toml"))
                );
            }
            phrases.push(LabelledPhrase {
                text: phrase.text.into_inner(),
                skills: phrase.skills,
            });
        }
        all.push((locale, phrases));
    }
    Ok(all)
}

fn line_of<T>(file: &File, spanned: &Spanned<T>) -> usize {
    file.line_at(spanned.span().start)
}

/// The ids, checked: well formed and each used once.
fn unique_ids<'a>(
    file: &File,
    ids: impl Iterator<Item = &'a Spanned<String>>,
) -> Result<Vec<String>, ContentError> {
    let mut seen = Vec::new();
    for id in ids {
        let line = line_of(file, id);
        if !is_id(id.get_ref()) {
            return Err(file.error(
                line,
                format!("{:?} is not an id (a–z, 0–9, '-')", id.get_ref()),
            ));
        }
        if seen.contains(id.get_ref()) {
            return Err(file.error(line, format!("id {:?} is used twice", id.get_ref())));
        }
        seen.push(id.get_ref().clone());
    }
    Ok(seen)
}

/// No two items of a kind stand for the same ESCO concept.
fn esco_once<'a>(
    file: &File,
    uris: impl Iterator<Item = &'a Spanned<String>>,
) -> Result<(), ContentError> {
    let mut seen = HashSet::new();
    for uri in uris {
        if !seen.insert(uri.get_ref()) {
            return Err(file.error(
                line_of(file, uri),
                format!("{:?} is already another item's ESCO URI", uri.get_ref()),
            ));
        }
    }
    Ok(())
}

/// An ESCO URI of the kind `prefix` starts, ending in a UUID.
fn check_esco(file: &File, uri: &Spanned<String>, prefix: &str) -> Result<String, ContentError> {
    let uuid = uri.get_ref().strip_prefix(prefix).unwrap_or_default();
    let groups: Vec<&str> = uuid.split('-').collect();
    let lengths: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    let hex = uuid
        .bytes()
        .all(|b| b == b'-' || b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    if lengths != [8, 4, 4, 4, 12] || !hex {
        return Err(file.error(
            line_of(file, uri),
            format!("{:?} is not an ESCO URI starting {prefix}", uri.get_ref()),
        ));
    }
    Ok(uri.get_ref().clone())
}

fn known<'a>(
    file: &File,
    value: &'a Spanned<String>,
    among: &[String],
    what: &str,
) -> Result<&'a String, ContentError> {
    if among.contains(value.get_ref()) {
        Ok(value.get_ref())
    } else {
        Err(file.error(
            line_of(file, value),
            format!("{what} {:?} is not defined", value.get_ref()),
        ))
    }
}

fn check_skills(
    file: &File,
    raw: &[RawSkill],
    fields: &[String],
    module_ids: &[String],
    frameworks: &[FrameworkContent],
) -> Result<Vec<Skill>, ContentError> {
    unique_ids(file, raw.iter().map(|s| &s.id))?;
    esco_once(file, raw.iter().map(|s| &s.esco))?;
    let mut skills = Vec::new();
    for skill in raw {
        let close_match = match &skill.esco_match {
            None => false,
            Some(m) if m.get_ref() == "close" => true,
            Some(m) => {
                return Err(file.error(line_of(file, m), "match may only be \"close\""));
            }
        };
        let modules = skill.modules.as_ref().map_or(&[][..], |m| m.get_ref());
        if let Some(module) = modules.iter().find(|m| !module_ids.contains(m)) {
            let line = skill.modules.as_ref().map_or(1, |m| line_of(file, m));
            return Err(file.error(line, format!("module {module:?} is not in content/modules")));
        }
        let competence = match &skill.assessment {
            Some(reference) => Some(competence_ref(file, reference, frameworks)?),
            None => None,
        };
        skills.push(Skill {
            id: skill.id.get_ref().clone(),
            esco: check_esco(file, &skill.esco, ESCO_SKILL)?,
            close_match,
            field: known(file, &skill.field, fields, "field")?.clone(),
            competence,
            modules: modules.to_vec(),
        });
    }
    every_competence_once(file, raw, &skills, frameworks)?;
    Ok(skills)
}

/// `digcomp/1.1`, which must be a competence of a framework.
fn competence_ref(
    file: &File,
    reference: &Spanned<String>,
    frameworks: &[FrameworkContent],
) -> Result<CompetenceRef, ContentError> {
    let (framework, competence) = reference.get_ref().split_once('/').unwrap_or_default();
    let exists = frameworks
        .iter()
        .filter(|f| f.id == framework)
        .flat_map(|f| f.texts.iter().take(1))
        .flat_map(|(_, f)| &f.areas)
        .flat_map(|a| &a.competences)
        .any(|c| c.id == competence);
    if !exists {
        return Err(file.error(
            line_of(file, reference),
            format!(
                "{:?} is not a competence of content/assessments (framework/competence)",
                reference.get_ref()
            ),
        ));
    }
    Ok(CompetenceRef {
        framework: framework.to_owned(),
        competence: competence.to_owned(),
    })
}

/// Each competence of each framework is evidence of exactly one skill; a
/// second one is named by the line of its `assessment`. `raw` are `skills`
/// as written, in the same order.
fn every_competence_once(
    file: &File,
    raw: &[RawSkill],
    skills: &[Skill],
    frameworks: &[FrameworkContent],
) -> Result<(), ContentError> {
    for framework in frameworks {
        let Some((_, texts)) = framework.texts.first() else {
            continue;
        };
        for competence in texts.areas.iter().flat_map(|a| &a.competences) {
            let reference = CompetenceRef {
                framework: framework.id.clone(),
                competence: competence.id.clone(),
            };
            let linked: Vec<&RawSkill> = raw
                .iter()
                .zip(skills)
                .filter(|(_, skill)| skill.competence.as_ref() == Some(&reference))
                .map(|(raw, _)| raw)
                .collect();
            if linked.len() != 1 {
                let line = linked
                    .get(1)
                    .and_then(|second| second.assessment.as_ref())
                    .map_or(1, |assessment| line_of(file, assessment));
                return Err(file.error(
                    line,
                    format!(
                        "competence {}/{} must be the assessment of exactly one skill, not {}",
                        framework.id,
                        competence.id,
                        linked.len()
                    ),
                ));
            }
        }
    }
    Ok(())
}

fn check_occupations(
    file: &File,
    raw: &[RawOccupation],
    fields: &[String],
    skill_ids: &[String],
) -> Result<Vec<Occupation>, ContentError> {
    unique_ids(file, raw.iter().map(|o| &o.id))?;
    esco_once(file, raw.iter().map(|o| &o.esco))?;
    let mut occupations = Vec::new();
    for occupation in raw {
        let isco = occupation.isco.get_ref();
        if isco.len() != 4 || !isco.bytes().all(|b| b.is_ascii_digit()) {
            return Err(file.error(
                line_of(file, &occupation.isco),
                format!("{isco:?} is not a four-digit ISCO-08 unit group"),
            ));
        }
        let skills_line = line_of(file, &occupation.skills);
        let skills = occupation.skills.get_ref();
        if skills.is_empty() {
            return Err(file.error(skills_line, "an occupation needs at least one skill"));
        }
        if let Some(unknown) = skills.iter().find(|s| !skill_ids.contains(s)) {
            return Err(file.error(skills_line, format!("skill {unknown:?} is not defined")));
        }
        occupations.push(Occupation {
            id: occupation.id.get_ref().clone(),
            esco: check_esco(file, &occupation.esco, ESCO_OCCUPATION)?,
            isco: isco.clone(),
            field: known(file, &occupation.field, fields, "field")?.clone(),
            skills: skills.clone(),
        });
    }
    Ok(occupations)
}

fn check_certificates(
    file: &File,
    raw: &[RawCertificate],
    skill_ids: &[String],
) -> Result<Vec<Certificate>, ContentError> {
    unique_ids(file, raw.iter().map(|c| &c.id))?;
    let mut certificates = Vec::new();
    for certificate in raw {
        if let Some(years) = &certificate.valid_years
            && !(1..=50).contains(years.get_ref())
        {
            return Err(file.error(line_of(file, years), "valid_years must be 1–50"));
        }
        let skill = match &certificate.skill {
            Some(skill) => Some(known(file, skill, skill_ids, "skill")?.clone()),
            None => None,
        };
        certificates.push(Certificate {
            id: certificate.id.get_ref().clone(),
            skill,
            valid_years: certificate.valid_years.as_ref().map(|y| *y.get_ref()),
        });
    }
    Ok(certificates)
}

fn check_languages(file: &File, raw: &[RawLanguage]) -> Result<Vec<Language>, ContentError> {
    unique_ids(file, raw.iter().map(|l| &l.id))?;
    let mut languages = Vec::new();
    for language in raw {
        let code = language.id.get_ref();
        if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(file.error(
                line_of(file, &language.id),
                format!("{code:?} is not an ISO 639 language code"),
            ));
        }
        let esco = match &language.esco {
            Some(uri) => Some(check_esco(file, uri, ESCO_SKILL)?),
            None => None,
        };
        languages.push(Language {
            id: code.clone(),
            esco,
        });
    }
    Ok(languages)
}

impl File {
    /// One language's labels and words, for exactly the ids of `vocabulary`.
    fn vocabulary_texts(&self, vocabulary: &Vocabulary) -> Result<Texts, ContentError> {
        let raw: RawTexts = self.parse()?;
        let ids = |items: Vec<&String>| items.into_iter().cloned().collect::<Vec<String>>();
        let skill_ids = ids(vocabulary.skills.iter().map(|s| &s.id).collect());
        let certificate_ids = ids(vocabulary.certificates.iter().map(|c| &c.id).collect());
        let short_stems = self.short_stems(raw.short_stems.as_ref())?;
        let texts = Texts {
            fields: self.labels("fields", &vocabulary.fields, raw.fields)?,
            occupations: self.labels(
                "occupations",
                &ids(vocabulary.occupations.iter().map(|o| &o.id).collect()),
                raw.occupations,
            )?,
            skills: self.labelled("skills", &skill_ids, raw.skills, &short_stems, true)?,
            certificates: self.labelled(
                "certificates",
                &certificate_ids,
                raw.certificates,
                &short_stems,
                false,
            )?,
            languages: self.labels(
                "languages",
                &ids(vocabulary.languages.iter().map(|l| &l.id).collect()),
                raw.languages,
            )?,
        };
        self.every_short_stem_used(raw.short_stems.as_ref(), &short_stems, &texts)?;
        Ok(texts)
    }

    /// `short_stems`: the open words of fewer than `MIN_OPEN_LETTERS` letters
    /// this language's words may use, each written as in them and folded.
    fn short_stems(&self, raw: Option<&Spanned<Vec<String>>>) -> Result<Vec<String>, ContentError> {
        let Some(raw) = raw else {
            return Ok(Vec::new());
        };
        raw.get_ref()
            .iter()
            .map(|stem| {
                let words: Vec<String> = Pattern::parse(stem)
                    .map(|p| p.short_open_words().collect())
                    .unwrap_or_default();
                match words.as_slice() {
                    [word] if !stem.contains(char::is_whitespace) => Ok(word.clone()),
                    _ => Err(self.error(
                        line_of(self, raw),
                        format!(
                            "short_stems: {stem:?} is not one open word of fewer than {MIN_OPEN_LETTERS} letters"
                        ),
                    )),
                }
            })
            .collect()
    }

    /// A stem allowed but no longer used would let a later word use it
    /// unreviewed.
    fn every_short_stem_used(
        &self,
        raw: Option<&Spanned<Vec<String>>>,
        short_stems: &[String],
        texts: &Texts,
    ) -> Result<(), ContentError> {
        let used: HashSet<String> = texts
            .skills
            .values()
            .chain(texts.certificates.values())
            .flat_map(|labelled| &labelled.words)
            .flat_map(Pattern::short_open_words)
            .collect();
        match short_stems.iter().find(|stem| !used.contains(*stem)) {
            Some(unused) => Err(self.error(
                raw.map_or(1, |raw| line_of(self, raw)),
                format!("short_stems: no words use {unused:?}"),
            )),
            None => Ok(()),
        }
    }

    fn label(&self, label: &str, line: usize) -> Result<String, ContentError> {
        let label = label.trim();
        if label.is_empty() || label.chars().count() > MAX_LABEL_CHARS {
            return Err(self.error(line, format!("a label is 1–{MAX_LABEL_CHARS} characters")));
        }
        Ok(label.to_owned())
    }

    fn labels(
        &self,
        table: &str,
        expected: &[String],
        raw: BTreeMap<String, Spanned<String>>,
    ) -> Result<BTreeMap<String, String>, ContentError> {
        self.same_keys("vocabulary.toml", table, expected, &raw)?;
        raw.into_iter()
            .map(|(id, text)| {
                let line = self.line_at(text.span().start);
                Ok((id, self.label(text.get_ref(), line)?))
            })
            .collect()
    }

    fn labelled(
        &self,
        table: &str,
        expected: &[String],
        raw: BTreeMap<String, Spanned<RawLabelled>>,
        short_stems: &[String],
        words_required: bool,
    ) -> Result<BTreeMap<String, Labelled>, ContentError> {
        self.same_keys("vocabulary.toml", table, expected, &raw)?;
        let mut labelled = BTreeMap::new();
        for (id, item) in raw {
            let line = self.line_at(item.span().start);
            let item = item.into_inner();
            if words_required && item.words.is_empty() {
                return Err(self.error(line, format!("{id:?} needs words to be suggested by")));
            }
            let words = item
                .words
                .iter()
                .map(|w| self.pattern(w, short_stems, line))
                .collect::<Result<Vec<_>, _>>()?;
            let label = self.label(&item.label, line)?;
            labelled.insert(id, Labelled { label, words });
        }
        Ok(labelled)
    }

    /// A pattern of a word list, whose short open words its language allows.
    fn pattern(
        &self,
        source: &str,
        short_stems: &[String],
        line: usize,
    ) -> Result<Pattern, ContentError> {
        let pattern = Pattern::parse(source).map_err(|problem| self.error(line, problem))?;
        let not_allowed = pattern
            .short_open_words()
            .find(|word| !short_stems.contains(word));
        match not_allowed {
            Some(word) => Err(self.error(
                line,
                format!(
                    "{source:?}: {word:?} has fewer than {MIN_OPEN_LETTERS} letters and so begins or ends \
                     many other words; write a longer stem or whole words, or add it to short_stems \
                     if it is truly needed"
                ),
            )),
            None => Ok(pattern),
        }
    }
}
