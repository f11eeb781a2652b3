//! Links words of the glossary where they appear in a text: the first time
//! each appears on a page, as `<a class="term" href="#word-<id>">`.

use super::types::{Word, Words, fold, is_mark};

/// Elements whose text is never linked: a link inside a link is invalid, and
/// headings and code read better as they are.
const LEFT_AS_THEY_ARE: [&str; 10] = [
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "dfn",
];

/// Characters after which a letter goes on the same word, address or entity:
/// "продавец-консультант", "example.fi/cv", "cv@example.fi", "&amp;".
const JOINERS: [char; 6] = ['-', '/', '@', '.', '_', '&'];

/// Links each word once across every text given to [`Linker::html`] or
/// [`Linker::text`], and remembers which words it linked, in order.
pub struct Linker<'w> {
    words: &'w Words,
    linked: Vec<usize>,
}

impl<'w> Linker<'w> {
    pub fn new(words: &'w Words) -> Self {
        Self {
            words,
            linked: Vec::new(),
        }
    }

    /// `html` (well-formed, as the content's Markdown renders it) with the
    /// words in its text linked.
    pub fn html(&mut self, html: &str) -> String {
        let mut out = String::with_capacity(html.len() + 64);
        let mut inside_left_alone = 0usize;
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            let (text, from_tag) = rest.split_at(start);
            self.push_text(text, inside_left_alone > 0, &mut out);
            let end = from_tag.find('>').map_or(from_tag.len(), |i| i + 1);
            let tag = &from_tag[..end];
            inside_left_alone = match tag_name(tag) {
                Some((name, closing)) if LEFT_AS_THEY_ARE.contains(&name) => {
                    if closing {
                        inside_left_alone.saturating_sub(1)
                    } else {
                        inside_left_alone + 1
                    }
                }
                _ => inside_left_alone,
            };
            out.push_str(tag);
            rest = &from_tag[end..];
        }
        self.push_text(rest, inside_left_alone > 0, &mut out);
        out
    }

    /// Plain `text` (a person's own words) as HTML: escaped, with the words
    /// linked.
    pub fn text(&mut self, text: &str) -> String {
        self.html(&html_escape::encode_double_quoted_attribute(text))
    }

    /// The words linked so far, in the order they first appeared.
    pub fn linked(&self) -> Vec<Word> {
        self.linked
            .iter()
            .filter_map(|i| self.words.words.get(*i).cloned())
            .collect()
    }

    fn push_text(&mut self, text: &str, left_alone: bool, out: &mut String) {
        if left_alone || self.linked.len() == self.words.words.len() {
            out.push_str(text);
            return;
        }
        let mut copied_to = 0;
        let mut previous: Option<char> = None;
        for (at, letter) in text.char_indices() {
            // A vowel mark belongs to the letter before it.
            if is_mark(letter) {
                continue;
            }
            let starts_word =
                previous.is_none_or(|p| !p.is_alphanumeric() && !JOINERS.contains(&p));
            previous = Some(letter);
            if at < copied_to || !starts_word {
                continue;
            }
            let Some((end, index)) = self.match_at(text, at, letter) else {
                continue;
            };
            let word = &self.words.words[index];
            out.push_str(&text[copied_to..at]);
            out.push_str(&format!(r##"<a class="term" href="#{}">"##, word.anchor()));
            out.push_str(&text[at..end]);
            out.push_str("</a>");
            copied_to = end;
            self.linked.push(index);
        }
        out.push_str(&text[copied_to..]);
    }

    /// The end of a form of a word not yet linked that starts at `at` and
    /// ends where the word does, and the word's index.
    fn match_at(&self, text: &str, at: usize, first: char) -> Option<(usize, usize)> {
        self.words
            .starting_with(fold(first))
            .iter()
            .filter(|(_, index)| !self.linked.contains(index))
            .find_map(|(form, index)| {
                let mut letters = text[at..]
                    .char_indices()
                    .filter(|(_, c)| !is_mark(*c))
                    .peekable();
                for expected in form {
                    let (_, letter) = letters.next()?;
                    if *expected == ' ' {
                        // Any space between a form's words: a line break, a no-break space.
                        if !letter.is_whitespace() {
                            return None;
                        }
                        while letters.next_if(|(_, c)| c.is_whitespace()).is_some() {}
                    } else if fold(letter) != *expected {
                        return None;
                    }
                }
                // The word's own marks after its last letter belong to it.
                let end = letters.next().map_or(text.len(), |(offset, _)| at + offset);
                (!continues_word(&text[end..])).then_some((end, *index))
            })
    }
}

/// Whether `rest` goes on with the same word: a letter, or a joiner and a
/// letter ("CV-Anna.pdf" and "cv@example.fi" are not the word CV; "CV." at
/// a sentence's end is).
fn continues_word(rest: &str) -> bool {
    let mut letters = rest.chars();
    match letters.next() {
        // In HTML text `&` only starts an entity ("&lt;"), which ends a word.
        Some(joiner) if joiner != '&' && JOINERS.contains(&joiner) => {
            letters.next().is_some_and(char::is_alphanumeric)
        }
        Some(letter) => letter.is_alphanumeric(),
        None => false,
    }
}

/// The element name of a tag and whether it closes, or `None` for a comment
/// or anything else that is not an element's tag.
fn tag_name(tag: &str) -> Option<(&str, bool)> {
    let inner = tag.strip_prefix('<')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let end = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    (end > 0).then(|| (&inner[..end], closing))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        let word = |id: &str, term: &str| Word {
            id: id.into(),
            term: term.into(),
            explains: format!("{term} explained"),
        };
        Words::new(
            vec![
                word("work-trial", "työkokeilu"),
                word("cv", "CV"),
                word("services", "employment services"),
            ],
            &[
                vec!["työkokeilu".into(), "työkokeiluun".into()],
                vec!["CV".into()],
                vec!["employment services".into(), "employment".into()],
            ],
        )
    }

    #[test]
    fn the_first_appearance_of_each_word_is_linked_once() {
        let words = words();
        let mut linker = Linker::new(&words);
        let html = linker.html("<p>Hae työkokeiluun. Työkokeilu auttaa. CV:n teet itse.</p>");
        assert_eq!(
            html,
            r##"<p>Hae <a class="term" href="#word-work-trial">työkokeiluun</a>. Työkokeilu auttaa. <a class="term" href="#word-cv">CV</a>:n teet itse.</p>"##
        );
        let ids: Vec<String> = linker.linked().into_iter().map(|w| w.id).collect();
        assert_eq!(ids, ["work-trial", "cv"]);
        // Linked once on the page, even in a later text.
        assert_eq!(linker.html("<p>CV</p>"), "<p>CV</p>");
    }

    #[test]
    fn only_whole_words_in_text_outside_links_headings_and_code_are_linked() {
        let words = words();
        let mut linker = Linker::new(&words);
        let html = linker.html(
            r#"<h2>CV</h2><p><a href="/cv">CV</a> <code>CV</code> CVs työkokeilut CV-Anna.pdf oma-CV example.fi/cv cv@example.fi <em>cv</em></p>"#,
        );
        assert_eq!(
            html,
            r##"<h2>CV</h2><p><a href="/cv">CV</a> <code>CV</code> CVs työkokeilut CV-Anna.pdf oma-CV example.fi/cv cv@example.fi <em><a class="term" href="#word-cv">cv</a></em></p>"##
        );
    }

    #[test]
    fn the_longest_form_wins_and_a_persons_text_is_escaped() {
        let words = words();
        let mut linker = Linker::new(&words);
        assert_eq!(
            linker.text("<b> Employment\nservices & more"),
            "&lt;b&gt; <a class=\"term\" href=\"#word-services\">Employment\nservices</a> &amp; more"
        );
    }

    #[test]
    fn any_apostrophe_matches() {
        let words = Words::new(
            vec![Word {
                id: "duty".into(),
                term: "обов'язок".into(),
                explains: String::new(),
            }],
            &[vec!["обов'язок".into()]],
        );
        let mut linker = Linker::new(&words);
        assert_eq!(
            linker.html("<p>Це обов’язок.</p>"),
            r##"<p>Це <a class="term" href="#word-duty">обов’язок</a>.</p>"##
        );
    }

    #[test]
    fn arabic_words_with_an_attached_article_match_as_listed() {
        let words = Words::new(
            vec![Word {
                id: "cv".into(),
                term: "السيرة الذاتية".into(),
                explains: String::new(),
            }],
            &[vec!["السيرة الذاتية".into(), "سيرتك الذاتية".into()]],
        );
        let mut linker = Linker::new(&words);
        assert_eq!(
            linker.html("<p>اكتب سيرتك الذاتية اليوم.</p>"),
            r##"<p>اكتب <a class="term" href="#word-cv">سيرتك الذاتية</a> اليوم.</p>"##
        );
        // With vowel marks written in, the word is the same word.
        let mut linker = Linker::new(&words);
        assert_eq!(
            linker.html("<p>اكتب السِّيرة الذاتيّة.</p>"),
            r##"<p>اكتب <a class="term" href="#word-cv">السِّيرة الذاتيّة</a>.</p>"##
        );
    }
}
