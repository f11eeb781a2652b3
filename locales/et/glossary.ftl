# Sõnade selgitused: sõnastiku leht ja loend teksti all.
words-title = Sõnade selgitused
words-intro = Siin on sõnad, mida kohtad, kui otsid Soomes tööd. Me selgitame neid lihtsas keeles. Kui mõni neist sõnadest on mooduli tekstis, on see sõna link, mis viib selgituseni.
words-explained = Sõnade selgitused
