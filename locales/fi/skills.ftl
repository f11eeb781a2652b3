## Osaamisen itsearviointi: lista, yksi kysymys sivulla, vastausten
## tarkistus, tulokset ja historia. Viitekehysten omat tekstit (osa-alueet,
## osaamiset, "Osaan…"-väitteet) ovat kansiossa content/assessments.

nav-skills = Osaamiseni

skills-title = Osaamiseni
skills-intro = Katso, mitä osaat jo. Lue jokainen lause ja valitse, miten hyvin se sopii sinuun. Vääriä vastauksia ei ole.
skills-coach-sees = Työvalmentajasi näkee tuloksesi, jotta voitte suunnitella seuraavat askeleet yhdessä.
skills-all = Kaikki osaamisen arvioinnit
skills-back = Takaisin
skills-draft-progress = Kysymyksiä käyty läpi: { $done }/{ $count }.
skills-latest-results = Viimeisimmät tuloksesi: { $date }
skills-history-link = Katso, miten osaamisesi on muuttunut
skills-continue = Jatka
skills-start = Aloita
skills-switch = Vaihda pituus
skills-mode-legend = Haluatko tehdä lyhyen vai laajan arvioinnin?
skills-mode-legend-change = Haluatko vaihtaa pituutta? Jo antamasi vastaukset säilyvät.
skills-mode-short = Lyhyt: { $count } kysymystä, noin 10 minuuttia
skills-mode-full = Laaja: { $count } kysymystä, noin 25 minuuttia
skills-saved-for-later = Vastauksesi on tallennettu. Voit jatkaa milloin haluat.

skills-question-position = Kysymys { $n }/{ $count }
skills-question-caption = Kysymys { $n }/{ $count }: { $area }
skills-question-hint = Kuinka hyvin osaat tämän?
skills-question-hint-skipped = Ohitit tämän kysymyksen aiemmin. Kuinka hyvin osaat tämän?
skills-scale-not-yet = En osaa tätä vielä
skills-scale-with-help = Osaan tämän, kun saan apua
skills-scale-on-my-own = Osaan tämän itse
skills-scale-help-others = Osaan auttaa muita tässä
skills-skipped = Ohitettu
skills-skip = Ohita kysymys
skills-save-later = Tallenna ja jatka myöhemmin

skills-check-title = Tarkista vastauksesi
skills-check-page-title = Tarkista vastauksesi: { $framework }
skills-check-counts = Vastattu: { $answered }/{ $count }. Ohitettu: { $skipped }.
skills-not-answered = Ei vielä vastattu
skills-change = Muuta
skills-answer-now = Vastaa
skills-send-heading = Lähetä vastauksesi
skills-send-body = Kun lähetät vastauksesi, näet tuloksesi. Voit tehdä arvioinnin myöhemmin uudelleen ja nähdä, miten osaamisesi kasvaa.
skills-send = Lähetä vastaukseni

skills-results-title = Tuloksesi: { $framework }
skills-results-sent = Lähetetty
skills-results-areas = Tasosi kullakin osa-alueella
skills-results-table = Tasosi ja pisteesi kullakin osa-alueella
skills-results-competences = Tasosi kussakin taidossa
skills-chart-scale = Pisteet ovat 1–4: 1 tarkoittaa "En osaa tätä vielä" ja 4 tarkoittaa "Osaan auttaa muita tässä".
# Yksi osa-alue kaavion kuvauksessa ruudunlukijalle.
skills-chart-bar = { $area }: { $level }, pisteet { $score }.
skills-chart-bar-none = { $area }: ei arvioitu.
skills-chart-point = { $date }: pisteet { $score }
skills-chart-point-none = { $date }: ei arvioitu
skills-column-area = Osa-alue
skills-column-level = Taso
skills-column-score = Pisteet (1–4)
skills-column-date = Päivämäärä
skills-level-not-yet = Ei vielä
skills-level-foundation = Perustaso
skills-level-intermediate = Keskitaso
skills-level-advanced = Edistynyt taso
skills-level-none = Ei arvioitu
skills-suggested-heading = Osiot, joista on sinulle apua
skills-suggested-intro = Nämä osiot auttavat osa-alueilla, joilla voit oppia eniten.
skills-suggested-none = Olet vahva kaikilla osa-alueilla. Voit silti tehdä minkä tahansa osion.

skills-history-title = Miten osaamisesi on muuttunut: { $framework }
skills-history-none = Et ole vielä lähettänyt tätä arviointia. Kun lähetät sen, tuloksesi näkyvät tässä.
skills-history-changes = Muutos kullakin osa-alueella
skills-history-first = Ensimmäinen ({ $date })
skills-history-previous = Edellinen ({ $date })
skills-history-latest = Viimeisin ({ $date })
skills-history-since-first = Muutos ensimmäisestä
skills-history-since-previous = Muutos edellisestä
skills-history-trends = Pisteesi kullakin osa-alueella ajan mittaan
skills-history-period = Arvioinnit ajalla { $first } – { $latest }.
skills-history-every = Kaikki arvioinnit
skills-history-every-caption = Pisteesi kullakin osa-alueella arvioinneittain

skills-error-choose-mode = Valitse, kuinka pitkän arvioinnin haluat tehdä
skills-error-choose-answer = Valitse, kuinka hyvin osaat tämän, tai ohita kysymys
skills-error-nothing-answered = Vastaa ainakin yhteen kysymykseen ennen kuin lähetät
