# Sanat selitettyinä: sanastosivu ja luettelo tekstin alla.
words-title = Sanoja selitettynä
words-intro = Sanoja, joita tapaat, kun haet työtä Suomessa, selitettynä selkeästi. Kun jokin näistä sanoista on osion tekstissä, se on linkki selitykseen.
words-explained = Sanoja selitettynä
