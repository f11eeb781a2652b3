# Työllistymissuunnitelma: valmentajan suunnitelmasivut ja työnhakijan "Oma suunnitelma".

nav-plan = Oma suunnitelma

plan-my-title = Oma suunnitelma
plan-my-intro = Tämä on suunnitelma, josta sovit työvalmentajasi kanssa. Kun olet tehnyt askeleen, merkitse se tehdyksi: valmentajasi näkee sen.
plan-my-empty = Sinulla ei ole vielä suunnitelmaa. Teette sen yhdessä työvalmentajasi kanssa seuraavassa tapaamisessa.
plan-my-back = Takaisin omaan suunnitelmaan
plan-my-notes = Työvalmentajasi muistiinpanot
plan-print-hint = Jos haluat suunnitelman paperille, tulosta tämä sivu selaimen valikosta.

plan-goals-and-steps = Tavoitteet ja askeleet
plan-loose-steps = Muut askeleet
plan-no-steps = Tälle tavoitteelle ei ole vielä askeleita.
plan-who = Kuka
plan-who-jobseeker = Sinä
plan-who-coach = Työvalmentajasi
plan-who-together = Sinä ja valmentajasi yhdessä
plan-coach-who-jobseeker = Työnhakija
plan-coach-who-coach = Valmentaja
plan-coach-who-together = Yhdessä
plan-due = Mihin mennessä
plan-due-hint = Vapaaehtoinen. Esimerkiksi 15.1.2027
plan-no-due = Ei päivämäärää
plan-overdue = Myöhässä
plan-status = Tilanne
plan-step-status-todo = Tekemättä
plan-step-status-doing = Työn alla
plan-step-status-done = Tehty
plan-step-status-dropped = Jätetty pois
plan-goal-status = Tavoitteen tilanne
plan-goal-status-open = Työn alla
plan-goal-status-reached = Saavutettu
plan-goal-status-dropped = Jätetty pois
plan-mark-done = Merkitse tehdyksi
plan-mark-not-done = Merkitse tekemättömäksi

plan-coach-title = Työllistymissuunnitelma: { $name }
plan-coach-empty = Tavoitteita tai askeleita ei ole vielä. Lisää ensimmäiset, joista sovitte, alla.
plan-history-link = Muutoshistoria
plan-change-goal = Muuta tavoitetta
plan-change-step = Muuta askelta
plan-add-step = Lisää askel
plan-add-step-submit = Lisää askel
plan-step-what = Askel
plan-step-what-hint = Mitä tehdään, sanoin jotka työnhakija ymmärtää.
plan-goal-field = Tavoite, johon askel vie
plan-goal-none = Ei tiettyä tavoitetta
plan-step-added = Askel lisättiin suunnitelmaan.
plan-add-goal = Lisää tavoite
plan-add-goal-submit = Lisää tavoite
plan-goal-what = Tavoite
plan-goal-what-hint = Esimerkiksi: työ kaupassa tai keväällä alkava kurssi.
plan-goal-added = Tavoite lisättiin suunnitelmaan.
plan-back = Takaisin suunnitelmaan
plan-change-step-title = Muuta askelta: { $name }
plan-change-goal-title = Muuta tavoitetta: { $name }
plan-save = Tallenna muutokset

plan-error-step-what = Kirjoita, mikä askel on
plan-error-goal-what = Kirjoita, mikä tavoite on
plan-error-what-long = Kirjoita enintään 500 merkkiä
plan-error-who = Valitse, kuka tekee askeleen
plan-error-due_on = Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 15.1.2027
plan-error-dropped = Tämä askel on poistettu suunnitelmastasi, joten sitä ei voi merkitä.
plan-error-status = Valitse tilanne

plan-history-title = Suunnitelmani muutoshistoria
plan-history-coach-title = Suunnitelman muutoshistoria: { $name }
plan-history-caption = Kaikki suunnitelman muutokset, uusin ensin
plan-history-none = Ei vielä muutoksia.
plan-history-when = Milloin
plan-history-by = Kuka muutti
plan-history-change = Muutos
plan-history-by-you = Sinä
plan-history-by-gone = Poistettu tili
plan-history-added-step = Lisätty askel ”{ $what }”
plan-history-added-goal = Lisätty tavoite ”{ $what }”
plan-history-changed-step = Muutettu askelta ”{ $what }”
plan-history-changed-goal = Muutettu tavoitetta ”{ $what }”
plan-history-renamed = Aiemmin ”{ $from }”

## Kun valmentaja lisää suunnitelmaan (otsikossa ei sisältöä)
plan-email-step-subject = Valmentajasi lisäsi askeleen suunnitelmaasi Askeleessa
plan-email-step-body = Valmentajasi lisäsi askeleen työllistymissuunnitelmaasi. Kirjaudu sisään nähdäksesi sen: { $link }
plan-sms-step = Askel: valmentajasi lisäsi askeleen suunnitelmaasi. { $link }
plan-email-note-subject = Valmentajasi kirjoitti sinulle muistiinpanon Askeleessa
plan-email-note-body = Valmentajasi kirjoitti sinulle muistiinpanon. Löydät sen työllistymissuunnitelmastasi. Kirjaudu sisään lukeaksesi sen: { $link }
plan-sms-note = Askel: valmentajasi kirjoitti sinulle muistiinpanon. { $link }
