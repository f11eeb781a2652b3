//! A word and its explanation, and every language's words.

use serde::{Deserialize, Serialize};

/// One word and its explanation, in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Word {
    /// The same in every language.
    pub id: String,
    pub term: String,
    pub explains: String,
}

impl Word {
    /// The id of the word's explanation on a page, which its links point at.
    pub fn anchor(&self) -> String {
        format!("word-{}", self.id)
    }
}

#[cfg(feature = "ssr")]
pub use server_side::{Glossary, Words, fold, is_mark};

#[cfg(feature = "ssr")]
mod server_side {
    use std::collections::HashMap;

    use super::Word;
    use crate::i18n::Locale;

    /// One language's words, and the forms that link each in a text.
    #[derive(Clone, Debug, Default)]
    pub struct Words {
        pub words: Vec<Word>,
        /// Each form folded (see [`fold`]), with its word's index, by its
        /// first letter; the longest first, so that "employment services"
        /// wins over a shorter form starting at the same place.
        forms: HashMap<char, Vec<(Vec<char>, usize)>>,
    }

    /// A letter as matching compares it: case does not matter, nor which
    /// apostrophe a writer typed (Ukrainian "обов’язок", "обов'язок").
    pub fn fold(letter: char) -> char {
        match letter {
            '\u{2019}' | '\u{02BC}' => '\'',
            other => other.to_lowercase().next().unwrap_or(other),
        }
    }

    /// Arabic vowel marks and the shadda, which writers may or may not put
    /// in: matching passes over them («مدرّب» is «مدرب»).
    pub fn is_mark(letter: char) -> bool {
        ('\u{064B}'..='\u{065F}').contains(&letter) || letter == '\u{0670}'
    }

    impl Words {
        /// `words` with their `forms` (the same order).
        pub fn new(words: Vec<Word>, forms: &[Vec<String>]) -> Self {
            let mut by_first: HashMap<char, Vec<(Vec<char>, usize)>> = HashMap::new();
            for (index, word_forms) in forms.iter().enumerate() {
                for form in word_forms {
                    let folded: Vec<char> =
                        form.chars().filter(|c| !is_mark(*c)).map(fold).collect();
                    if let Some(first) = folded.first() {
                        by_first.entry(*first).or_default().push((folded, index));
                    }
                }
            }
            for candidates in by_first.values_mut() {
                candidates.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
            }
            Self {
                words,
                forms: by_first,
            }
        }

        /// The forms that start with `first` (folded), longest first.
        pub fn starting_with(&self, first: char) -> &[(Vec<char>, usize)] {
            self.forms.get(&first).map_or(&[], Vec::as_slice)
        }
    }

    /// Every language's words.
    #[derive(Clone, Debug, Default)]
    pub struct Glossary {
        pub languages: Vec<(Locale, Words)>,
    }

    impl Glossary {
        /// The words of `locale`, or of the nearest language of its chain
        /// that has them.
        pub fn words(&self, locale: Locale) -> Option<&Words> {
            locale.chain().find_map(|l| {
                self.languages
                    .iter()
                    .find(|(language, _)| *language == l)
                    .map(|(_, words)| words)
            })
        }
    }
}
