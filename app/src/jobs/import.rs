//! Reads jobs from a feed of schema.org `JobPosting`s in JSON-LD, the format
//! public job boards publish, and maps each onto the vocabulary. A posting
//! names its occupation and skills by ESCO URI (or its occupation by ISCO
//! code) where the board knows them; what names nothing in the vocabulary is
//! listed in the report rather than guessed.
//!
//! A feed is one posting, a list of them, or an object with an `@graph`.

use serde_json::Value;
use time::{Date, format_description::well_known::Iso8601};

use super::types::JobForm;
use crate::{i18n::Locale, vocabulary::types::Vocabulary};

/// Longest title and description kept, as the database allows.
const MAX_TITLE_CHARS: usize = 200;
const MAX_DESCRIPTION_CHARS: usize = 10_000;
/// Most postings read from one feed: a bigger file is refused, not cut.
pub const MAX_POSTINGS: usize = 20_000;

/// The employer a posting names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerRef {
    pub name: String,
    /// Y-tunnus, when the posting gives one.
    pub business_id: Option<String>,
}

/// A posting, mapped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedJob {
    /// The posting's own identifier (or URL): importing again updates the job.
    pub source_id: String,
    pub employer: EmployerRef,
    pub locale: Locale,
    pub title: String,
    pub description: String,
    pub occupation: Option<String>,
    pub municipality: Option<String>,
    pub remote: bool,
    pub form: Option<JobForm>,
    pub hours: Option<String>,
    /// Vocabulary skill ids the posting names; all must-haves, as a posting
    /// lists what the work needs.
    pub skills: Vec<String>,
    pub start_on: Option<Date>,
    pub apply_by: Option<Date>,
    pub apply_url: Option<String>,
}

/// What a feed held: the jobs it maps to, and every part that did not map
/// or posting that could not be read, each naming its posting.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapped {
    pub jobs: Vec<ImportedJob>,
    pub unmapped: Vec<String>,
    pub refused: Vec<String>,
    /// Ids of refused postings: still listed by the board, so their jobs
    /// stay as they were rather than being closed.
    pub refused_ids: Vec<String>,
}

/// Maps every `JobPosting` of the JSON-LD `feed`.
pub fn map_feed(feed: &str, vocabulary: &Vocabulary) -> Result<Mapped, String> {
    let feed: Value = serde_json::from_str(feed).map_err(|e| format!("not JSON: {e}"))?;
    let postings = postings(&feed);
    if postings.len() > MAX_POSTINGS {
        return Err(format!(
            "the feed holds {} postings, more than {MAX_POSTINGS}",
            postings.len()
        ));
    }
    let mut mapped = Mapped::default();
    for (n, posting) in postings.into_iter().enumerate() {
        let mut notes = Vec::new();
        match map_posting(posting, vocabulary, &mut notes) {
            Ok(job) => {
                mapped.unmapped.extend(
                    notes
                        .into_iter()
                        .map(|note| format!("{}: {note}", job.source_id)),
                );
                mapped.jobs.push(job);
            }
            Err(problem) => {
                mapped.refused.push(format!("posting {}: {problem}", n + 1));
                mapped.refused_ids.extend(source_id(posting));
            }
        }
    }
    if mapped.jobs.is_empty() {
        // An empty list is far likelier a broken download than a board with
        // no jobs at all; storing it would close every job of the source.
        return Err(format!(
            "no posting could be read ({} refused): nothing stored",
            mapped.refused.len()
        ));
    }
    Ok(mapped)
}

fn postings(feed: &Value) -> Vec<&Value> {
    let items: Vec<&Value> = match feed {
        Value::Array(items) => items.iter().collect(),
        Value::Object(object) => match object.get("@graph") {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => vec![feed],
        },
        _ => Vec::new(),
    };
    items
        .into_iter()
        .filter(|item| is_type(item, "JobPosting"))
        .collect()
}

fn is_type(item: &Value, name: &str) -> bool {
    match item.get("@type") {
        Some(Value::String(t)) => t == name,
        Some(Value::Array(types)) => types.iter().any(|t| t.as_str() == Some(name)),
        _ => false,
    }
}

/// One value, or each of a list.
fn each(value: Option<&Value>) -> Vec<&Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(one) => vec![one],
    }
}

/// A text, or the text in a `{ "@value" }`/`{ "value" }`/`{ "name" }` object.
fn text_of(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(text) => text.as_str(),
        Value::Number(number) => return Some(number.to_string()),
        Value::Object(object) => ["@value", "value", "name"]
            .iter()
            .find_map(|key| object.get(*key).and_then(Value::as_str))?,
        _ => return None,
    };
    // PostgreSQL refuses NUL in text: one in a posting must not sink the feed.
    let text = text.replace('\0', "");
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// An address a browser may open from the job's page, within what is stored.
fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && url.len() <= 2000
}

fn field(posting: &Value, name: &str) -> Option<String> {
    each(posting.get(name)).into_iter().find_map(text_of)
}

/// The posting's own id: its identifier, or its URL.
fn source_id(posting: &Value) -> Option<String> {
    field(posting, "identifier")
        .or_else(|| field(posting, "url"))
        .map(|id| clip(&id, 500))
}

fn map_posting(
    posting: &Value,
    vocabulary: &Vocabulary,
    notes: &mut Vec<String>,
) -> Result<ImportedJob, String> {
    let source_id = source_id(posting).ok_or("no identifier or url")?;
    let title = field(posting, "title").ok_or("no title")?;
    let description = plain_text(&field(posting, "description").unwrap_or_default());
    if description.is_empty() {
        return Err("no description".to_owned());
    }
    let employer = employer(posting).ok_or("no hiringOrganization name")?;
    let locale = match field(posting, "inLanguage") {
        Some(tag) => Locale::from_tag(&tag)
            .filter(|l| Locale::WRITTEN.contains(l))
            .ok_or_else(|| format!("language {tag:?} is not fi, sv or en"))?,
        None => Locale::Fi,
    };
    let (start_on, apply_by) = (
        date(posting, "jobStartDate", notes),
        date(posting, "validThrough", notes),
    );
    Ok(ImportedJob {
        employer,
        locale,
        title: clip(&title, MAX_TITLE_CHARS),
        description: clip(&description, MAX_DESCRIPTION_CHARS),
        occupation: occupation(posting, vocabulary, notes),
        municipality: municipality(posting),
        remote: field(posting, "jobLocationType").is_some_and(|t| t == "TELECOMMUTE"),
        form: form(posting, notes),
        hours: field(posting, "workHours").map(|h| clip(&h, 200)),
        skills: skills(posting, vocabulary, notes),
        start_on,
        apply_by,
        apply_url: field(posting, "url").filter(|u| is_web_address(u)),
        source_id,
    })
}

fn employer(posting: &Value) -> Option<EmployerRef> {
    let organisation = posting.get("hiringOrganization")?;
    let name = match organisation {
        Value::String(name) => name.trim().to_owned(),
        _ => field(organisation, "name")?,
    };
    let business_id = ["taxID", "vatID", "identifier"]
        .iter()
        .find_map(|key| field(organisation, key))
        .filter(|id| crate::employers::input::is_business_id(id));
    (!name.is_empty()).then(|| EmployerRef {
        name: clip(&name, 200),
        business_id,
    })
}

fn municipality(posting: &Value) -> Option<String> {
    each(posting.get("jobLocation"))
        .into_iter()
        .find_map(|place| {
            let address = place.get("address")?;
            field(address, "addressLocality").map(|town| clip(&town, 100))
        })
}

/// The posting's occupation: an ESCO occupation URI, or an ISCO-08 code
/// that exactly one occupation of the vocabulary has.
fn occupation(posting: &Value, vocabulary: &Vocabulary, notes: &mut Vec<String>) -> Option<String> {
    let named: Vec<String> = each(posting.get("occupationalCategory"))
        .into_iter()
        .filter_map(|category| match category {
            Value::Object(object) => object
                .get("codeValue")
                .or_else(|| object.get("@id"))
                .and_then(text_of),
            other => text_of(other),
        })
        .collect();
    let mut shared_groups = Vec::new();
    for name in &named {
        let code = name.split_whitespace().next().unwrap_or_default();
        if let Some(found) = vocabulary.occupations.iter().find(|o| o.esco == code) {
            return Some(found.id.clone());
        }
        let in_group: Vec<_> = vocabulary
            .occupations
            .iter()
            .filter(|o| o.isco == code)
            .collect();
        match in_group.as_slice() {
            [only] => return Some(only.id.clone()),
            [] => {}
            _ => shared_groups.push(code),
        }
    }
    if !named.is_empty() {
        let why = if shared_groups.is_empty() {
            "is not in the vocabulary".to_owned()
        } else {
            format!(
                "names ISCO group {}, which holds more than one occupation here",
                shared_groups.join(", ")
            )
        };
        notes.push(format!("occupation {} {why}", named.join(", ")));
    }
    None
}

fn form(posting: &Value, notes: &mut Vec<String>) -> Option<JobForm> {
    let types: Vec<String> = each(posting.get("employmentType"))
        .into_iter()
        .filter_map(text_of)
        .collect();
    let found =
        types.iter().find_map(
            |t| match t.to_ascii_uppercase().replace(['-', ' '], "_").as_str() {
                "FULL_TIME" | "PERMANENT" => Some(JobForm::Permanent),
                "PART_TIME" => Some(JobForm::PartTime),
                "TEMPORARY" | "FIXED_TERM" | "SEASONAL" => Some(JobForm::FixedTerm),
                "APPRENTICESHIP" => Some(JobForm::Apprenticeship),
                _ => None,
            },
        );
    if found.is_none() && !types.is_empty() {
        notes.push(format!(
            "employment type {} has no form here",
            types.join(", ")
        ));
    }
    found
}

/// Skills named by ESCO URI (a `DefinedTerm`'s `@id`, `url` or `termCode`,
/// or the URI itself); a skill named only in words is reported.
fn skills(posting: &Value, vocabulary: &Vocabulary, notes: &mut Vec<String>) -> Vec<String> {
    let mut found = Vec::new();
    for skill in each(posting.get("skills")) {
        let uri = match skill {
            Value::Object(object) => ["@id", "url", "termCode"]
                .iter()
                .find_map(|key| object.get(*key).and_then(Value::as_str)),
            Value::String(text) => Some(text.as_str()),
            _ => None,
        };
        match uri.and_then(|uri| vocabulary.skills.iter().find(|s| s.esco == uri.trim())) {
            Some(known) if !found.contains(&known.id) => found.push(known.id.clone()),
            Some(_) => {}
            None => notes.push(format!(
                "skill {:?} is not in the vocabulary",
                text_of(skill).unwrap_or_else(|| skill.to_string())
            )),
        }
    }
    found
}

/// A date (or the date of a date-time) of `name`; a field that is not one is reported.
fn date(posting: &Value, name: &str, notes: &mut Vec<String>) -> Option<Date> {
    let text = field(posting, name)?;
    let day = text
        .get(..10)
        .and_then(|day| Date::parse(day, &Iso8601::DATE).ok());
    if day.is_none() {
        notes.push(format!("{name} {text:?} is not a date"));
    }
    day
}

/// `text` cut at `max` characters.
fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// The text of an HTML description: tags dropped, block ends as line
/// breaks, entities decoded, runs of blank lines made one.
fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[start + 1..start + end].to_ascii_lowercase();
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or_default();
        // A line of its own for each item and break, a paragraph for blocks.
        match name {
            "br" | "tr" => text.push('\n'),
            "li" if !closing => text.push('\n'),
            "p" | "div" | "h1" | "h2" | "h3" | "h4" | "ul" | "ol" | "table" => {
                text.push_str("\n\n")
            }
            _ => {}
        }
        rest = &rest[start + end + 1..];
    }
    text.push_str(rest);
    let decoded = html_escape::decode_html_entities(&text).replace('\0', "");
    let mut lines: Vec<&str> = Vec::new();
    for line in decoded.lines().map(str::trim) {
        if !(line.is_empty() && lines.last().is_none_or(|last| last.is_empty())) {
            lines.push(line);
        }
    }
    lines.join("\n").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_descriptions_become_plain_text() {
        assert_eq!(
            plain_text(
                "<p>Siivoojaa haetaan &amp; heti!</p><ul><li>Iltavuoro</li><li>Kontula</li></ul><p></p>"
            ),
            "Siivoojaa haetaan & heti!\n\nIltavuoro\nKontula"
        );
        assert_eq!(plain_text("no tags at all"), "no tags at all");
        assert_eq!(plain_text("cut <b"), "cut");
    }
}
