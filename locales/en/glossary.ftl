# Words explained: the glossary page and the list under a text.
words-title = Words explained
words-intro = Words you meet when you look for work in Finland, explained in plain language. Where one of these words is in a module, it is a link to its explanation.
words-explained = Words explained
