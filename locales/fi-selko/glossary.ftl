# Sanojen selitykset: sivu, jolla on kaikki sanat, ja lista tekstin alla.
words-title = Sanojen selitykset
words-intro = Tässä on sanoja, joita näet tai kuulet, kun haet työtä Suomessa. Askel selittää ne selkeästi. Jos sana on osion tekstissä, sana on linkki. Linkki vie sanan selitykseen.
words-explained = Sanojen selitykset
