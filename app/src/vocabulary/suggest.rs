//! Suggests skills from everyday words: "siivosin toimistoja" → cleaning
//! floors and surfaces. Each skill lists, per language, word patterns that a
//! person's text must contain; `*` at either end of a word stands for any
//! letters, which is how the lists cover Finnish inflection and compounds
//! (`*siivo*` is siivosin, siivous and toimistosiivous alike) and consonant
//! gradation (`kaup*` is kauppa and kaupassa). A stemmer would not do that:
//! Snowball's Finnish stemmer leaves siivosin and siivous apart and keeps
//! the gradation, so the content's authors write the stems they mean.
//!
//! Text and patterns are both folded the same way: lower case, and ä, å, ö
//! and é without their marks, because many people type on keyboards or
//! phones without them ("paivakoti").

use std::collections::BTreeMap;

use super::types::Labelled;

/// One word of a pattern, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    text: String,
    /// `*` before the word: it may end another word.
    open_start: bool,
    /// `*` after the word: it may begin another word.
    open_end: bool,
}

impl Term {
    fn matches(&self, token: &str) -> bool {
        match (self.open_start, self.open_end) {
            (false, false) => token == self.text,
            (false, true) => token.starts_with(&self.text),
            (true, false) => token.ends_with(&self.text),
            (true, true) => token.contains(&self.text),
        }
    }
}

/// Words that must all be in a text for it to suggest a skill, in any order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    terms: Vec<Term>,
}

impl Pattern {
    /// Reads `"pes* astio*"`; a word is letters and digits with an optional
    /// `*` at either end (a hyphen splits words, as it does in text).
    pub fn parse(source: &str) -> Result<Self, String> {
        let mut terms = Vec::new();
        for word in source.split_whitespace() {
            let open_start = word.starts_with('*');
            let open_end = word.ends_with('*');
            let inner = word.trim_matches('*');
            let pieces = tokens(inner);
            let joined: String = inner.chars().filter(|c| *c != '-' && *c != '\'').collect();
            if pieces.is_empty()
                || inner.contains('*')
                || joined.chars().any(|c| !c.is_alphanumeric())
            {
                return Err(format!(
                    "{source:?}: a word is letters or digits, with `*` only at its ends"
                ));
            }
            let last = pieces.len() - 1;
            for (index, text) in pieces.into_iter().enumerate() {
                terms.push(Term {
                    text,
                    open_start: open_start && index == 0,
                    open_end: open_end && index == last,
                });
            }
        }
        if terms.is_empty() {
            return Err("an empty word pattern".to_owned());
        }
        Ok(Self { terms })
    }

    fn matches(&self, tokens: &[String]) -> bool {
        self.terms
            .iter()
            .all(|term| tokens.iter().any(|token| term.matches(token)))
    }

    /// Letters the pattern names: a longer pattern says more.
    fn weight(&self) -> usize {
        self.terms.iter().map(|t| t.text.chars().count()).sum()
    }
}

/// Lower case without the marks of ä, å, ö, é and ü.
fn fold(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().map(|c| match c {
        'ä' | 'å' | 'á' | 'à' => 'a',
        'ö' | 'õ' | 'ó' => 'o',
        'é' | 'è' => 'e',
        'ü' => 'u',
        other => other,
    })
}

/// The folded words of `text`: runs of letters and digits.
pub fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for c in text.chars().flat_map(fold) {
        if c.is_alphanumeric() {
            current.push(c);
        } else if !current.is_empty() {
            tokens.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// Longest texts a person may send for suggestions, and most words read.
pub const MAX_TEXT_CHARS: usize = 500;
const MAX_TOKENS: usize = 80;

/// The skills whose patterns `text` contains, best first: most patterns
/// matched, then most letters matched, then the vocabulary's order. At most
/// `limit`.
pub fn suggest<'a>(
    skills: &'a BTreeMap<String, Labelled>,
    order: &[String],
    text: &str,
    limit: usize,
) -> Vec<&'a str> {
    let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
    let mut words = tokens(&text);
    words.truncate(MAX_TOKENS);
    let mut scored: Vec<(usize, usize, usize, &str)> = order
        .iter()
        .enumerate()
        .filter_map(|(position, id)| {
            let (id, labelled) = skills.get_key_value(id)?;
            let matched: Vec<&Pattern> = labelled
                .words
                .iter()
                .filter(|p| p.matches(&words))
                .collect();
            let weight = matched.iter().map(|p| p.weight()).sum();
            (!matched.is_empty()).then_some((matched.len(), weight, position, id.as_str()))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    scored.into_iter().take(limit).map(|s| s.3).collect()
}

/// A phrase a person might write, and the skills it shows.
#[derive(Debug, Clone)]
pub struct LabelledPhrase {
    pub text: String,
    pub skills: Vec<String>,
}

/// How well the suggester finds the labelled skills.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub phrases: usize,
    /// Of the suggested skills, the share the label has.
    pub precision: f64,
    /// Of the labelled skills, the share suggested.
    pub recall: f64,
}

/// Precision and recall over every suggestion made for `phrases` (micro-averaged).
pub fn measure(
    skills: &BTreeMap<String, Labelled>,
    order: &[String],
    phrases: &[LabelledPhrase],
    limit: usize,
) -> Measure {
    let (mut suggested, mut labelled, mut right) = (0usize, 0usize, 0usize);
    for phrase in phrases {
        let found = suggest(skills, order, &phrase.text, limit);
        suggested += found.len();
        labelled += phrase.skills.len();
        right += found
            .iter()
            .filter(|id| phrase.skills.iter().any(|s| s == *id))
            .count();
    }
    let share = |part: usize, whole: usize| {
        if whole == 0 {
            1.0
        } else {
            part as f64 / whole as f64
        }
    };
    Measure {
        phrases: phrases.len(),
        precision: share(right, suggested),
        recall: share(right, labelled),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skills(entries: &[(&str, &[&str])]) -> (BTreeMap<String, Labelled>, Vec<String>) {
        let map = entries
            .iter()
            .map(|(id, words)| {
                let words = words
                    .iter()
                    .map(|w| Pattern::parse(w).expect("pattern"))
                    .collect();
                (
                    (*id).to_owned(),
                    Labelled {
                        label: (*id).to_owned(),
                        words,
                    },
                )
            })
            .collect();
        (
            map,
            entries.iter().map(|(id, _)| (*id).to_owned()).collect(),
        )
    }

    #[test]
    fn star_ends_cover_inflection_and_compounds() {
        let (map, order) = skills(&[
            ("clean", &["*siivo*"]),
            ("dishes", &["pes* astia*", "tiska*"]),
            ("shop", &["kaup*"]),
        ]);
        for (text, expected) in [
            ("Siivosin toimistoja", vec!["clean"]),
            ("toimistosiivous 2 vuotta", vec!["clean"]),
            ("pesin astiat ravintolassa", vec!["dishes"]),
            ("astiat pesin", vec!["dishes"]),
            ("pesin autoja", vec![]),
            ("kaupassa kassalla, tiskasin myös", vec!["dishes", "shop"]),
            ("", vec![]),
        ] {
            let mut found = suggest(&map, &order, text, 5);
            found.sort_unstable();
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn marks_and_case_are_folded_on_both_sides() {
        let (map, order) = skills(&[("daycare", &["päiväkoti*"]), ("truck", &["Truck*"])]);
        assert_eq!(
            suggest(&map, &order, "PAIVAKODISSA ei, paivakotiapulainen", 5),
            ["daycare"]
        );
        assert_eq!(suggest(&map, &order, "körde truck på lagret", 5), ["truck"]);
    }

    #[test]
    fn exact_and_suffix_words_do_not_match_inside_others() {
        let (map, order) = skills(&[("till", &["till"]), ("wc", &["*wc"])]);
        assert!(suggest(&map, &order, "tilled the garden", 5).is_empty());
        assert_eq!(suggest(&map, &order, "worked at the till", 5), ["till"]);
        assert_eq!(suggest(&map, &order, "siivosin asiakas-wc:t", 5), ["wc"]);
    }

    #[test]
    fn more_matched_patterns_rank_first_and_the_limit_holds() {
        let (map, order) = skills(&[
            ("a", &["cook*"]),
            ("b", &["cook*", "meal*"]),
            ("c", &["meal*"]),
        ]);
        assert_eq!(suggest(&map, &order, "cooked meals", 2), ["b", "a"]);
    }

    #[test]
    fn hyphens_split_pattern_words_as_they_split_text() {
        let pattern = Pattern::parse("e-mail*").expect("pattern");
        assert!(pattern.matches(&tokens("sent an e-mail")));
        assert!(!pattern.matches(&tokens("sent a mail")));
    }

    #[test]
    fn malformed_patterns_are_refused() {
        for bad in ["", "  ", "*", "a*b", "took * doctor", "kassa!", "**"] {
            assert!(Pattern::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_long_text_is_read_only_up_to_its_limit() {
        let (map, order) = skills(&[("late", &["needle"])]);
        let text = format!("{} needle", "hay ".repeat(200));
        assert!(suggest(&map, &order, &text, 5).is_empty());
    }

    #[test]
    fn precision_and_recall_count_every_suggestion() {
        let (map, order) = skills(&[("clean", &["clean*"]), ("cook", &["cook*"])]);
        let phrases = [
            LabelledPhrase {
                text: "cleaned and cooked".into(),
                skills: vec!["clean".into()],
            },
            LabelledPhrase {
                text: "drove a van".into(),
                skills: vec!["drive".into()],
            },
        ];
        let measure = measure(&map, &order, &phrases, 5);
        assert_eq!(measure.phrases, 2);
        assert!((measure.precision - 0.5).abs() < 1e-9);
        assert!((measure.recall - 0.5).abs() < 1e-9);
    }
}
