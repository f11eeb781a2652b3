## "Oliko tästä sivusta apua?" -lomake.

feedback-question = Oliko tästä sivusta apua?
feedback-yes = Kyllä
feedback-no = Ei
feedback-comment-label = Kerro lisää (ei pakollinen)
feedback-comment-hint = Älä kirjoita nimeäsi, puhelinnumeroasi tai muita tietoja itsestäsi.
feedback-submit = Lähetä palaute
feedback-sending = Palaute lähtee…
feedback-thanks = Kiitos palautteesta. Palautteen avulla teemme Askeleesta paremman.
feedback-error-helpful-missing = Valitse kyllä tai ei
feedback-error-comment-too-long = Palautteesi on liian pitkä. Lyhennä sitä. Siinä voi olla enintään 1 000 merkkiä.
