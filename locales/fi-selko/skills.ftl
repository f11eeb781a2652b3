## Osaamisen itsearviointi: lista, yksi kysymys sivulla, vastausten
## tarkistus, tulokset ja historia. Viitekehysten omat tekstit (osa-alueet,
## osaamiset, "Osaan…"-väitteet) ovat kansiossa content/assessments.

nav-skills = Osaamiseni

skills-title = Osaamiseni
skills-intro = Katso, mitä osaat jo. Lue jokainen lause. Valitse, miten hyvin lause sopii sinuun. Vääriä vastauksia ei ole.
skills-coach-sees = Valmentajasi näkee tuloksesi. Näin voitte yhdessä suunnitella, mitä teette seuraavaksi.
skills-all = Kaikki taitojen arvioinnit
skills-back = Takaisin
skills-draft-progress = Olet käynyt läpi kysymyksiä: { $done }/{ $count }.
skills-latest-results = Uusimmat tuloksesi: { $date }
skills-history-link = Katso, miten taitosi ovat muuttuneet
skills-continue = Jatka
skills-start = Aloita
skills-switch = Vaihda pituus
skills-mode-legend = Haluatko tehdä lyhyen vai pitkän arvioinnin?
skills-mode-legend-change = Haluatko vaihtaa pituutta? Vastaukset, jotka olet jo antanut, pysyvät tallessa.
skills-mode-short = Lyhyt: { $count } kysymystä, noin 10 minuuttia
skills-mode-full = Pitkä: { $count } kysymystä, noin 25 minuuttia
skills-saved-for-later = Vastauksesi ovat tallessa. Voit jatkaa milloin haluat.

skills-question-position = Kysymys { $n }/{ $count }
skills-question-caption = Kysymys { $n }/{ $count }: { $area }
skills-question-hint = Miten hyvin osaat tämän?
skills-question-hint-skipped = Ohitit tämän kysymyksen aiemmin. Miten hyvin osaat tämän?
skills-scale-not-yet = En osaa tätä vielä
skills-scale-with-help = Osaan tämän, kun saan apua
skills-scale-on-my-own = Osaan tämän itse
skills-scale-help-others = Osaan auttaa muita tässä
skills-skipped = Ohitit
skills-skip = Ohita kysymys
skills-save-later = Tallenna ja jatka myöhemmin

skills-check-title = Tarkista vastauksesi
skills-check-page-title = Tarkista vastauksesi: { $framework }
skills-check-counts = Vastasit: { $answered }/{ $count }. Ohitit: { $skipped }.
skills-not-answered = Et ole vielä vastannut
skills-change = Muuta
skills-answer-now = Vastaa
skills-send-heading = Lähetä vastauksesi
skills-send-body = Kun lähetät vastauksesi, näet tuloksesi. Voit tehdä arvioinnin myöhemmin uudelleen. Silloin näet, miten taitosi kasvavat.
skills-send = Lähetä vastaukseni

skills-results-title = Tuloksesi: { $framework }
skills-results-sent = Lähetit
skills-results-areas = Tasosi jokaisessa aiheessa
skills-results-table = Tasosi ja pisteesi jokaisessa aiheessa
skills-results-competences = Tasosi jokaisessa taidossa
skills-chart-scale = Pisteet ovat 1, 2, 3 tai 4. 1 tarkoittaa "En osaa tätä vielä". 4 tarkoittaa "Osaan auttaa muita tässä".
# Yksi osa-alue kaavion kuvauksessa ruudunlukijalle.
skills-chart-bar = { $area }: { $level }, pisteet { $score }.
skills-chart-bar-none = { $area }: ei arviota.
skills-chart-point = { $date }: pisteet { $score }
skills-chart-point-none = { $date }: ei arviota
skills-column-area = Aihe
skills-column-level = Taso
skills-column-score = Pisteet (1–4)
skills-column-date = Päivämäärä
skills-level-not-yet = Ei vielä
skills-level-foundation = Perustaso
skills-level-intermediate = Keskitaso
skills-level-advanced = Edistynyt taso
skills-level-none = Ei arviota
skills-suggested-heading = Osiot, joista on sinulle apua
skills-suggested-intro = Nämä osiot auttavat sinua aiheissa, joissa voit oppia eniten.
skills-suggested-none = Olet vahva kaikissa aiheissa. Voit silti tehdä minkä tahansa osion.

skills-history-title = Miten taitosi ovat muuttuneet: { $framework }
skills-history-none = Et ole vielä lähettänyt tätä arviointia. Kun lähetät sen, näet tuloksesi tässä.
skills-history-changes = Muutos jokaisessa aiheessa
skills-history-first = Ensimmäinen ({ $date })
skills-history-previous = Edellinen ({ $date })
skills-history-latest = Uusin ({ $date })
skills-history-since-first = Muutos ensimmäisestä
skills-history-since-previous = Muutos edellisestä
skills-history-trends = Pisteesi jokaisessa aiheessa eri aikoina
skills-history-period = Arvioinnit ajalta { $first } – { $latest }.
skills-history-every = Kaikki arvioinnit
skills-history-every-caption = Pisteesi jokaisessa aiheessa, päivämäärän mukaan

skills-error-choose-mode = Valitse, haluatko tehdä lyhyen vai pitkän arvioinnin
skills-error-choose-answer = Valitse, miten hyvin osaat tämän. Tai ohita kysymys.
skills-error-nothing-answered = Vastaa ainakin yhteen kysymykseen. Sitten voit lähettää vastauksesi.
