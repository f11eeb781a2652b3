## Formuläret "Var den här sidan till hjälp?".

feedback-question = Var den här sidan till hjälp?
feedback-yes = Ja
feedback-no = Nej
feedback-comment-label = Berätta mer (frivilligt)
feedback-comment-hint = Skriv inte ditt namn, telefonnummer eller andra personuppgifter.
feedback-submit = Skicka respons
feedback-sending = Skickar…
feedback-thanks = Tack för din respons. Den hjälper oss att göra Askel bättre.
feedback-error-helpful-missing = Välj ja eller nej
feedback-error-comment-too-long = Din kommentar är för lång. Korta ner den till högst 1 000 tecken.
