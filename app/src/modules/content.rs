//! Reads the module files under `content/modules` (format: `content/README.md`)
//! into localized [`ModuleText`]s. Every file is checked before anything is
//! stored, and a problem is reported with its file and line.

use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use super::types::{AnswerType, Choice, Item, ModuleText, Step, StepContent};
use crate::{
    content_files::{ContentError, File, folders, is_id},
    i18n::Locale,
};

/// The source language: every other language file must follow its structure.
const SOURCE: Locale = Locale::En;
const MIN_OPTIONS: usize = 2;
const MAX_OPTIONS: usize = 6;
const MIN_ITEMS: usize = 2;
const MAX_ITEMS: usize = 10;

/// A module ready to store: its settings and every language it has.
#[derive(Debug)]
pub struct ModuleContent {
    pub id: String,
    pub position: i32,
    pub version: i32,
    pub minutes: i32,
    /// SHA-256 of the module's files, to notice content changed without a new version.
    pub hash: String,
    /// English first.
    pub texts: Vec<(Locale, ModuleText)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    position: i32,
    version: i32,
    minutes: i32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModule {
    title: String,
    summary: String,
    steps: Vec<Spanned<RawStep>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    kind: Spanned<String>,
    title: String,
    body: Option<Spanned<String>>,
    video: Option<String>,
    captions: Option<String>,
    transcript: Option<Spanned<String>>,
    answer: Option<String>,
    question: Option<String>,
    feedback: Option<Spanned<String>>,
    #[serde(default)]
    options: Vec<RawOption>,
    #[serde(default)]
    items: Vec<Item>,
    prompt: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    id: String,
    text: String,
    #[serde(default)]
    correct: bool,
    feedback: Option<String>,
}

/// Reads every module folder under `dir`. Media paths in the content must
/// name files under `public`.
pub fn read_modules(dir: &Path, public: &Path) -> Result<Vec<ModuleContent>, ContentError> {
    folders(dir)?
        .iter()
        .map(|folder| read_module(folder, public))
        .collect()
}

fn read_module(folder: &Path, public: &Path) -> Result<ModuleContent, ContentError> {
    let id = folder
        .file_name()
        .and_then(|name| name.to_str())
        .filter(|name| is_id(name))
        .ok_or_else(|| ContentError {
            file: folder.to_owned(),
            line: None,
            message: "a module folder's name must be lowercase letters, digits and hyphens".into(),
        })?
        .to_owned();
    let mut hash = Sha256::new();
    let meta_file = File::read(&folder.join("module.toml"))?;
    hash.update(&meta_file.text);
    let meta: RawMeta = meta_file.parse()?;
    if !(1..=600).contains(&meta.minutes) || meta.version < 1 {
        return Err(meta_file.error(1, "minutes must be 1–600 and version at least 1"));
    }
    let mut texts: Vec<(Locale, ModuleText)> = Vec::new();
    for locale in std::iter::once(SOURCE).chain(Locale::ALL.into_iter().filter(|l| *l != SOURCE)) {
        let path = folder.join(format!("{}.toml", locale.code()));
        if locale != SOURCE && !path.exists() {
            continue;
        }
        let file = File::read(&path)?;
        hash.update(&file.text);
        let text = file.module_text(public)?;
        if let Some((_, source)) = texts.first() {
            file.check_same_structure(&text, source)?;
        }
        texts.push((locale, text));
    }
    Ok(ModuleContent {
        id,
        position: meta.position,
        version: meta.version,
        minutes: meta.minutes,
        hash: format!("{:x}", hash.finalize()),
        texts,
    })
}

impl File {
    fn module_text(&self, public: &Path) -> Result<ModuleText, ContentError> {
        let raw: RawModule = self.parse()?;
        if raw.title.trim().is_empty() || raw.summary.trim().is_empty() {
            return Err(self.error(1, "title and summary must not be empty"));
        }
        let mut steps: Vec<Step> = Vec::with_capacity(raw.steps.len());
        for spanned in &raw.steps {
            // A step's problems point at its id, the line a reviewer looks for.
            let line = self.line_at(spanned.get_ref().id.span().start);
            let step = StepFile {
                file: self,
                line,
                public,
            }
            .step(spanned.get_ref())?;
            if steps.iter().any(|s| s.id == step.id) {
                return Err(self.error(line, format!("step id {:?} is used twice", step.id)));
            }
            steps.push(step);
        }
        if steps.is_empty() {
            return Err(self.error(1, "a module needs at least one step"));
        }
        Ok(ModuleText {
            title: raw.title,
            summary: raw.summary,
            steps,
        })
    }

    /// A translation must have the source's steps, in its order, with the same
    /// ids, kinds and right answers: answers are stored against them.
    fn check_same_structure(
        &self,
        text: &ModuleText,
        source: &ModuleText,
    ) -> Result<(), ContentError> {
        if text.steps.len() != source.steps.len() {
            return Err(self.error(
                1,
                format!(
                    "has {} steps but {}.toml has {}",
                    text.steps.len(),
                    SOURCE.code(),
                    source.steps.len()
                ),
            ));
        }
        for (step, expected) in text.steps.iter().zip(&source.steps) {
            if structure(step) != structure(expected) {
                let line = self
                    .text
                    .find(&format!("\"{}\"", step.id))
                    .map_or(1, |offset| self.line_at(offset));
                return Err(self.error(
                    line,
                    format!(
                        "step {:?} differs from step {:?} in {}.toml (ids, kind, options, items, right answers and video must be the same)",
                        step.id,
                        expected.id,
                        SOURCE.code()
                    ),
                ));
            }
        }
        Ok(())
    }
}

/// What must be the same in every language of a step.
fn structure(step: &Step) -> String {
    let detail = match &step.content {
        StepContent::Video { video, .. } => video.clone(),
        StepContent::Question {
            answer, options, ..
        } => {
            let options: Vec<String> = options
                .iter()
                .map(|o| format!("{}{}", o.id, if o.correct { "*" } else { "" }))
                .collect();
            format!("{answer:?} {}", options.join(","))
        }
        StepContent::Checklist { items } => {
            let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
            ids.join(",")
        }
        StepContent::Text | StepContent::Reflection { .. } => String::new(),
    };
    format!("{} {} {detail}", step.id, step.content.kind())
}

/// One step being read, with where it starts for errors.
struct StepFile<'a> {
    file: &'a File,
    line: usize,
    public: &'a Path,
}

impl StepFile<'_> {
    fn error(&self, message: impl Into<String>) -> ContentError {
        self.file.error(self.line, message)
    }

    fn required<'v>(
        &self,
        value: &'v Option<String>,
        field: &str,
    ) -> Result<&'v str, ContentError> {
        value
            .as_deref()
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| self.error(format!("this step needs `{field}`")))
    }

    fn required_markdown(
        &self,
        value: &Option<Spanned<String>>,
        field: &str,
    ) -> Result<String, ContentError> {
        match value {
            Some(markdown) => self.markdown(markdown),
            None => Err(self.error(format!("this step needs `{field}`"))),
        }
    }

    fn step(&self, raw: &RawStep) -> Result<Step, ContentError> {
        let id = raw.id.get_ref();
        if !is_id(id) {
            return Err(self.error(format!(
                "step id {id:?} must be 1–40 lowercase letters, digits and hyphens"
            )));
        }
        if raw.title.trim().is_empty() {
            return Err(self.error("a step needs a `title`"));
        }
        let content = match raw.kind.get_ref().as_str() {
            "text" => {
                if raw.body.is_none() {
                    return Err(self.error("a text step needs a `body`"));
                }
                StepContent::Text
            }
            "video" => StepContent::Video {
                video: self.media(self.required(&raw.video, "video")?)?,
                captions: self.media(self.required(&raw.captions, "captions")?)?,
                transcript: self.required_markdown(&raw.transcript, "transcript")?,
            },
            "question" => self.question(raw)?,
            "checklist" => {
                self.check_ids(raw.items.iter().map(|i| &i.id), MIN_ITEMS, MAX_ITEMS)?;
                StepContent::Checklist {
                    items: raw.items.clone(),
                }
            }
            "reflection" => StepContent::Reflection {
                prompt: self.required(&raw.prompt, "prompt")?.to_owned(),
            },
            other => {
                return Err(self.file.error(
                    self.file.line_at(raw.kind.span().start),
                    format!(
                        "unknown step kind {other:?} (text, video, question, checklist or reflection)"
                    ),
                ));
            }
        };
        let body = raw.body.as_ref().map(|b| self.markdown(b)).transpose()?;
        Ok(Step {
            id: id.clone(),
            title: raw.title.clone(),
            body,
            content,
            words: Vec::new(),
        })
    }

    fn question(&self, raw: &RawStep) -> Result<StepContent, ContentError> {
        let answer = match self.required(&raw.answer, "answer")? {
            "single" => AnswerType::Single,
            "multiple" => AnswerType::Multiple,
            "text" => AnswerType::Text,
            other => {
                return Err(self.error(format!(
                    "unknown answer type {other:?} (single, multiple or text)"
                )));
            }
        };
        let options: Vec<Choice> = raw
            .options
            .iter()
            .map(|o| Choice {
                id: o.id.clone(),
                text: o.text.clone(),
                correct: o.correct,
                feedback: o.feedback.clone(),
            })
            .collect();
        if answer == AnswerType::Text {
            if !options.is_empty() {
                return Err(self.error("a text question has no options"));
            }
        } else {
            self.check_ids(options.iter().map(|o| &o.id), MIN_OPTIONS, MAX_OPTIONS)?;
        }
        Ok(StepContent::Question {
            answer,
            question: self.required(&raw.question, "question")?.to_owned(),
            options,
            feedback: self.required_markdown(&raw.feedback, "feedback")?,
        })
    }

    fn check_ids<'i>(
        &self,
        ids: impl Iterator<Item = &'i String>,
        min: usize,
        max: usize,
    ) -> Result<(), ContentError> {
        let ids: Vec<&String> = ids.collect();
        if !(min..=max).contains(&ids.len()) {
            return Err(self.error(format!(
                "needs {min}–{max} options or items, not {}",
                ids.len()
            )));
        }
        for (n, id) in ids.iter().enumerate() {
            if !is_id(id) || ids[..n].contains(id) {
                return Err(self.error(format!(
                    "option or item id {id:?} must be unique lowercase letters, digits and hyphens"
                )));
            }
        }
        Ok(())
    }

    /// A site-local path to a file under `public/`.
    fn media(&self, path: &str) -> Result<String, ContentError> {
        let relative = path.strip_prefix('/').unwrap_or_default();
        let exists = !relative.is_empty()
            && !relative.split('/').any(|part| part == "..")
            && self.public.join(relative).is_file();
        if exists {
            Ok(path.to_owned())
        } else {
            Err(self.error(format!("{path:?} is not a file under public/")))
        }
    }

    /// Renders Markdown to HTML, allowing only the parts the README lists.
    fn markdown(&self, source: &Spanned<String>) -> Result<String, ContentError> {
        let text = source.get_ref();
        // Multi-line strings start on the line after their opening quotes.
        let literal = &self.file.text[source.span()];
        let first_line = self.file.line_at(source.span().start)
            + usize::from(literal.starts_with("\"\"\"\n") || literal.starts_with("'''\n"));
        let line_of = |offset: usize| first_line + text[..offset].matches('\n').count();
        let mut events = Vec::new();
        let mut in_image = false;
        let mut image_alt = String::new();
        for (event, range) in Parser::new(text).into_offset_iter() {
            let fail = |message: &str| self.file.error(line_of(range.start), message);
            match &event {
                Event::Html(_) | Event::InlineHtml(_) => {
                    return Err(fail("raw HTML is not allowed in Markdown"));
                }
                Event::Start(Tag::Heading { level, .. })
                    if !matches!(level, HeadingLevel::H2 | HeadingLevel::H3) =>
                {
                    return Err(fail("use only ## and ### headings"));
                }
                Event::Start(Tag::Link { dest_url, .. }) if !is_allowed_link(dest_url) => {
                    return Err(fail(
                        "links must be https://, mailto:, tel: or a path on this site",
                    ));
                }
                Event::Start(Tag::Image { dest_url, .. }) => {
                    self.media(dest_url).map_err(|e| ContentError {
                        line: Some(line_of(range.start)),
                        ..e
                    })?;
                    in_image = true;
                    image_alt.clear();
                }
                Event::Text(alt) if in_image => image_alt.push_str(alt),
                Event::End(TagEnd::Image) => {
                    in_image = false;
                    if image_alt.trim().is_empty() {
                        return Err(fail(
                            "an image needs alternative text: ![what it shows](/media/…)",
                        ));
                    }
                }
                _ => {}
            }
            events.push(event);
        }
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        Ok(html)
    }
}

fn is_allowed_link(url: &str) -> bool {
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
        || (url.starts_with('/') && !url.starts_with("//"))
        || url.starts_with('#')
}
