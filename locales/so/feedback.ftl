## "Was this page helpful?" form.

feedback-question = Boggan ma ku caawiyay?
feedback-yes = Haa
feedback-no = Maya
feedback-comment-label = Wax dheeraad ah noo sheeg (haddii aad rabto)
feedback-comment-hint = Ha qorin magacaaga, lambarka taleefankaaga ama xog kale oo shakhsi ah.
feedback-submit = Dir fikradaada
feedback-sending = Waa la dirayaa…
feedback-thanks = Waad ku mahadsan tahay fikradaada. Waxay naga caawinaysaa inaan Askel ka dhigno mid ka wanaagsan.
feedback-error-helpful-missing = Dooro haa ama maya
feedback-error-comment-too-long = Faalladaadu aad bay u dheer tahay. Ka dhig 1,000 xaraf ama ka yar.
