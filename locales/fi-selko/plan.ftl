# Työllistymissuunnitelma: valmentajan suunnitelmasivut ja työnhakijan "Oma suunnitelma".

nav-plan = Oma suunnitelma

plan-my-title = Oma suunnitelma
plan-my-intro = Tässä on suunnitelma, josta sovit valmentajasi kanssa. Suunnitelmassa on askeleita. Askel on yksi tehtävä suunnitelmassa. Kun olet tehnyt askeleen, merkitse se tehdyksi. Silloin valmentajasi näkee sen.
plan-my-empty = Sinulla ei ole vielä suunnitelmaa. Teette suunnitelman yhdessä valmentajasi kanssa, kun tapaatte seuraavan kerran.
plan-my-back = Takaisin omaan suunnitelmaan
plan-my-notes = Valmentajasi muistiinpanot
plan-print-hint = Haluatko suunnitelman paperille? Tulosta tämä sivu selaimen valikosta.

plan-goals-and-steps = Tavoitteet ja askeleet
plan-loose-steps = Muut askeleet
plan-no-steps = Tässä tavoitteessa ei ole vielä askeleita.
plan-who = Kuka tekee
plan-who-jobseeker = Sinä
plan-who-coach = Valmentajasi
plan-who-together = Sinä ja valmentajasi yhdessä
plan-coach-who-jobseeker = Työnhakija
plan-coach-who-coach = Valmentaja
plan-coach-who-together = Yhdessä
plan-due = Mihin mennessä
plan-due-hint = Ei pakollinen. Esimerkiksi 15.1.2027
plan-no-due = Ei päivämäärää
plan-overdue = Myöhässä
plan-status = Tilanne
plan-step-status-todo = Tekemättä
plan-step-status-doing = Kesken
plan-step-status-done = Tehty
plan-step-status-dropped = Ei enää mukana
plan-goal-status = Tavoitteen tilanne
plan-goal-status-open = Kesken
plan-goal-status-reached = Onnistui
plan-goal-status-dropped = Ei enää mukana
plan-mark-done = Merkitse tehdyksi
plan-mark-not-done = Merkitse tekemättömäksi

plan-coach-title = Suunnitelma: { $name }
plan-coach-empty = Suunnitelmassa ei ole vielä tavoitteita eikä askeleita. Lisää alla ensimmäiset asiat, joista sovitte.
plan-history-link = Muutokset
plan-change-goal = Muuta tavoitetta
plan-change-step = Muuta askelta
plan-add-step = Lisää askel
plan-add-step-submit = Lisää askel
plan-step-what = Askel
plan-step-what-hint = Kirjoita, mitä pitää tehdä. Käytä sanoja, jotka työnhakija ymmärtää.
plan-goal-field = Tavoite, johon askel vie
plan-goal-none = Ei mitään tiettyä tavoitetta
plan-step-added = Lisäsit askeleen suunnitelmaan.
plan-add-goal = Lisää tavoite
plan-add-goal-submit = Lisää tavoite
plan-goal-what = Tavoite
plan-goal-what-hint = Esimerkiksi työ kaupassa tai kurssi, joka alkaa keväällä.
plan-goal-added = Lisäsit tavoitteen suunnitelmaan.
plan-back = Takaisin suunnitelmaan
plan-change-step-title = Muuta askelta: { $name }
plan-change-goal-title = Muuta tavoitetta: { $name }
plan-save = Tallenna muutokset

plan-error-step-what = Kirjoita, mikä askel on
plan-error-goal-what = Kirjoita, mikä tavoite on
plan-error-what-long = Kirjoita enintään 500 merkkiä
plan-error-who = Valitse, kuka tekee askeleen
plan-error-due_on = Kirjoita päivämäärä näin: päivä.kuukausi.vuosi. Esimerkiksi 15.1.2027
plan-error-dropped = Tämä askel ei ole enää suunnitelmassasi. Siksi et voi merkitä sitä.
plan-error-status = Valitse tilanne

plan-history-title = Suunnitelmani muutokset
plan-history-coach-title = Suunnitelman muutokset: { $name }
plan-history-caption = Kaikki suunnitelman muutokset. Uusin on ensin.
plan-history-none = Ei vielä muutoksia.
plan-history-when = Milloin
plan-history-by = Kuka muutti
plan-history-change = Muutos
plan-history-by-you = Sinä
plan-history-by-gone = Tiliä ei enää ole
plan-history-added-step = Uusi askel: ”{ $what }”
plan-history-added-goal = Uusi tavoite: ”{ $what }”
plan-history-changed-step = Muutos askeleeseen: ”{ $what }”
plan-history-changed-goal = Muutos tavoitteeseen: ”{ $what }”
plan-history-renamed = Ennen muutosta: ”{ $from }”

## Kun valmentaja lisää suunnitelmaan (otsikossa ei sisältöä)
plan-email-step-subject = Valmentajasi lisäsi askeleen suunnitelmaasi Askeleessa
plan-email-step-body = Valmentajasi lisäsi uuden askeleen suunnitelmaasi. Kirjaudu sisään, niin näet askeleen: { $link }
plan-sms-step = Askel: valmentajasi lisäsi askeleen suunnitelmaasi. { $link }
plan-email-note-subject = Valmentajasi kirjoitti sinulle muistiinpanon Askeleessa
plan-email-note-body = Valmentajasi kirjoitti sinulle muistiinpanon. Muistiinpano on suunnitelmassasi. Kirjaudu sisään, niin voit lukea sen: { $link }
plan-sms-note = Askel: valmentajasi kirjoitti sinulle muistiinpanon. { $link }
