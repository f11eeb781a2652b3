# Sharaxaadda erayada: bogga erayada iyo liiska ka hooseeya qoraalka.
words-title = Sharaxaadda erayada
words-intro = Kuwani waa erayo aad la kulanto marka aad Finland shaqo ka raadinayso. Halkan waxaan kuugu sharxaynaa luqad fudud. Haddii eray ka mid ah erayadan uu ku jiro cashar, erayga waa link kuu geynaya sharaxaaddiisa.
words-explained = Sharaxaadda erayada
