## "Oliko tästä sivusta apua?" -lomake.

feedback-question = Oliko tästä sivusta apua?
feedback-yes = Kyllä
feedback-no = Ei
feedback-comment-label = Kerro lisää (vapaaehtoinen)
feedback-comment-hint = Älä kirjoita nimeäsi, puhelinnumeroasi tai muita henkilötietojasi.
feedback-submit = Lähetä palaute
feedback-sending = Lähetetään…
feedback-thanks = Kiitos palautteestasi. Sen avulla teemme Askeleesta paremman.
feedback-error-helpful-missing = Valitse kyllä tai ei
feedback-error-comment-too-long = Kommenttisi on liian pitkä. Lyhennä se enintään 1 000 merkkiin.
