//! Suggests skills from everyday words: "siivosin toimistoja" → cleaning
//! floors and surfaces. Each skill lists, per language, word patterns that a
//! person's text must contain; `*` at either end of a word stands for any
//! letters, which is how the lists cover Finnish inflection and compounds
//! (`*siivo*` is siivosin, siivous and toimistosiivous alike) and consonant
//! gradation (`kaup*` is kauppa and kaupassa). A stemmer would not do that:
//! Snowball's Finnish stemmer leaves siivosin and siivous apart and keeps
//! the gradation, so the content's authors write the stems they mean.
//!
//! Text and patterns are both folded the same way: lower case, and letters
//! without their marks (ä, å, ö, é…), because many people type on keyboards
//! or phones without them ("paivakoti").

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

use super::types::Vocabulary;

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

    fn is_short_and_open(&self) -> bool {
        (self.open_start || self.open_end) && self.text.chars().count() < MIN_OPEN_LETTERS
    }

    /// The word as a list writes it, folded: `pes*`.
    fn written(&self) -> String {
        let star = |open: bool| if open { "*" } else { "" };
        format!(
            "{}{}{}",
            star(self.open_start),
            self.text,
            star(self.open_end)
        )
    }
}

/// Fewest letters of an open word (`x*`, `*x`, `*x*`) that its language's
/// `short_stems` need not name: a shorter stem begins or ends too many other
/// words (`mål*` is also "måltider", meals).
pub const MIN_OPEN_LETTERS: usize = 4;

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
            let joined: String = fold(inner).filter(|c| *c != '-' && *c != '\'').collect();
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

    /// Its open words of fewer than `MIN_OPEN_LETTERS` letters, folded: `pes*`.
    pub fn short_open_words(&self) -> impl Iterator<Item = String> + '_ {
        self.terms
            .iter()
            .filter(|t| t.is_short_and_open())
            .map(Term::written)
    }

    /// Letters the pattern names: a longer pattern says more.
    fn weight(&self) -> usize {
        self.terms.iter().map(|t| t.text.chars().count()).sum()
    }
}

/// Lower case, without accents and other marks: Unicode NFD splits "ä" into
/// "a" and a combining mark, which is dropped, so "ä" typed as one character
/// or as two (as some phones and Macs send it) both read "a".
fn fold(text: &str) -> impl Iterator<Item = char> + '_ {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
}

/// The folded words of `text`: runs of letters and digits.
pub fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for c in fold(text) {
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

/// Longest texts a person may send for suggestions. It also bounds the work:
/// 500 characters are at most 250 words, and every one of them is read.
pub const MAX_TEXT_CHARS: usize = 500;

/// How many skills a person is offered at once, and so how many precision
/// and recall are measured on.
pub const SUGGESTIONS: usize = 5;

/// How well a text shows one skill: patterns matched, then letters matched.
type Score = (usize, usize);

/// The score of the `patterns` that `words` contain; none when none match.
fn score(patterns: &[Pattern], words: &[String]) -> Option<Score> {
    let matched: Vec<&Pattern> = patterns.iter().filter(|p| p.matches(words)).collect();
    let letters = matched.iter().map(|p| p.weight()).sum();
    (!matched.is_empty()).then_some((matched.len(), letters))
}

impl Vocabulary {
    /// The skills whose words `text` contains, in whichever language it is
    /// written (a person may write in any, whatever the page's language),
    /// best first: a skill scores its best language's patterns matched, then
    /// letters matched; ties keep the vocabulary's order. At most
    /// `SUGGESTIONS`.
    pub fn suggest_skills(&self, text: &str) -> Vec<&str> {
        let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
        let words = tokens(&text);
        let mut scored: Vec<(Score, &str)> = self
            .skills
            .iter()
            .filter_map(|skill| {
                let best = self
                    .texts
                    .iter()
                    .filter_map(|(_, texts)| score(&texts.skills.get(&skill.id)?.words, &words))
                    .max()?;
                Some((best, skill.id.as_str()))
            })
            .collect();
        // A stable sort: equal scores stay in the vocabulary's order.
        scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
        scored
            .into_iter()
            .take(SUGGESTIONS)
            .map(|(_, id)| id)
            .collect()
    }
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

/// Precision and recall over every suggestion `vocabulary` makes for
/// `phrases` (micro-averaged), exactly as a person is offered them.
pub fn measure(vocabulary: &Vocabulary, phrases: &[LabelledPhrase]) -> Measure {
    let (mut suggested, mut labelled, mut right) = (0usize, 0usize, 0usize);
    for phrase in phrases {
        let found = vocabulary.suggest_skills(&phrase.text);
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
    use crate::{
        i18n::Locale::{self, En, Fi},
        vocabulary::types::{Labelled, Skill},
    };

    /// A vocabulary of skills in the order given, each with words in a language.
    fn vocabulary(entries: &[(&str, Locale, &[&str])]) -> Vocabulary {
        let mut vocabulary = Vocabulary::empty();
        for (id, locale, words) in entries {
            if !vocabulary.skills.iter().any(|s| s.id == *id) {
                vocabulary.skills.push(Skill {
                    id: (*id).to_owned(),
                    esco: String::new(),
                    close_match: false,
                    field: String::new(),
                    competence: None,
                    modules: Vec::new(),
                });
            }
            let words = words
                .iter()
                .map(|w| Pattern::parse(w).expect("pattern"))
                .collect();
            let (_, texts) = vocabulary
                .texts
                .iter_mut()
                .find(|(l, _)| l == locale)
                .expect("every language has texts");
            let label = (*id).to_owned();
            texts
                .skills
                .insert(label.clone(), Labelled { label, words });
        }
        vocabulary
    }

    #[test]
    fn star_ends_cover_inflection_and_compounds() {
        let vocabulary = vocabulary(&[
            ("clean", Fi, &["*siivo*"]),
            ("dishes", Fi, &["pes* astia*", "tiska*"]),
            ("shop", Fi, &["kaup*"]),
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
            let mut found = vocabulary.suggest_skills(text);
            found.sort_unstable();
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn marks_and_case_are_folded_on_both_sides() {
        let vocabulary =
            vocabulary(&[("daycare", Fi, &["päiväkoti*"]), ("truck", En, &["Truck*"])]);
        for (text, expected) in [
            ("PAIVAKODISSA ei, paivakotiapulainen", ["daycare"]),
            // NFD, as some phones and Macs send it: a and a combining diaeresis.
            ("pa\u{308}iva\u{308}kotiapulainen", ["daycare"]),
            ("körde truck på lagret", ["truck"]),
        ] {
            assert_eq!(vocabulary.suggest_skills(text), expected, "{text:?}");
        }
    }

    #[test]
    fn a_letter_and_its_combining_marks_are_one_letter_of_a_word() {
        for (text, expected) in [
            ("pa\u{308}iva\u{308}", vec!["paiva"]),
            ("päivä", vec!["paiva"]),
            (
                "Fac\u{327}ade, CRÈME brûlée",
                vec!["facade", "creme", "brulee"],
            ),
            ("Ñandú-ÅÄÖ", vec!["nandu", "aao"]),
            ("a\u{308}\u{301}b", vec!["ab"]),
        ] {
            assert_eq!(tokens(text), expected, "{text:?}");
        }
    }

    #[test]
    fn exact_and_suffix_words_do_not_match_inside_others() {
        let vocabulary = vocabulary(&[("till", En, &["till"]), ("wc", Fi, &["*wc"])]);
        assert!(vocabulary.suggest_skills("tilled the garden").is_empty());
        assert_eq!(vocabulary.suggest_skills("worked at the till"), ["till"]);
        assert_eq!(vocabulary.suggest_skills("siivosin asiakas-wc:t"), ["wc"]);
    }

    #[test]
    fn every_language_suggests_whatever_the_page_language() {
        let vocabulary = vocabulary(&[
            ("clean", Fi, &["*siivo*"]),
            ("clean", En, &["clean*"]),
            ("forklift", En, &["forklift*"]),
        ]);
        let mut found = vocabulary.suggest_skills("siivosin and drove a forklift");
        found.sort_unstable();
        assert_eq!(found, ["clean", "forklift"]);
    }

    #[test]
    fn a_skill_scores_its_best_language_not_the_sum_of_them() {
        let vocabulary = vocabulary(&[
            ("either", Fi, &["cook*"]),
            ("either", En, &["meal*"]),
            ("both", En, &["cook*", "meal*"]),
        ]);
        assert_eq!(
            vocabulary.suggest_skills("cooked meals"),
            ["both", "either"]
        );
    }

    #[test]
    fn more_matched_patterns_rank_first_and_the_limit_holds() {
        let mut entries: Vec<(&str, Locale, &[&str])> = vec![
            ("a", En, &["cook*"]),
            ("b", En, &["cook*"]),
            ("c", En, &["cook*"]),
            ("d", En, &["cook*"]),
            ("e", En, &["cook*"]),
            ("f", En, &["cook*"]),
        ];
        entries.push(("g", En, &["cook*", "meal*"]));
        let vocabulary = vocabulary(&entries);
        let found = vocabulary.suggest_skills("cooked meals");
        assert_eq!(found, ["g", "a", "b", "c", "d"]);
        assert_eq!(found.len(), SUGGESTIONS);
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
    fn short_open_words_are_named_as_written_and_folded() {
        for (pattern, expected) in [
            ("pes* astia*", vec!["pes*"]),
            ("*wc wc", vec!["*wc"]),
            ("it-tu* *ide*", vec!["tu*", "*ide*"]),
            ("mål*", vec!["mal*"]),
            ("fix tap siivo* *kodi", vec![]),
        ] {
            let found: Vec<String> = Pattern::parse(pattern)
                .expect("pattern")
                .short_open_words()
                .collect();
            assert_eq!(found, expected, "{pattern}");
        }
    }

    #[test]
    fn every_word_of_the_longest_text_is_read_and_nothing_after_it() {
        let vocabulary = vocabulary(&[("needle", En, &["needle"])]);
        let within = format!("{}needle", "ab ".repeat(160));
        assert!(within.chars().count() <= MAX_TEXT_CHARS);
        assert_eq!(vocabulary.suggest_skills(&within), ["needle"]);
        let beyond = format!("{} needle", "hay ".repeat(200));
        assert!(vocabulary.suggest_skills(&beyond).is_empty());
    }

    #[test]
    fn precision_and_recall_count_every_suggestion() {
        let vocabulary = vocabulary(&[("clean", En, &["clean*"]), ("cook", En, &["cook*"])]);
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
        let measure = measure(&vocabulary, &phrases);
        assert_eq!(measure.phrases, 2);
        assert!((measure.precision - 0.5).abs() < 1e-9);
        assert!((measure.recall - 0.5).abs() < 1e-9);
    }
}
