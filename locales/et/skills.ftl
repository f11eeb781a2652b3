## Skills self-assessment: the list, one question per page, checking
## answers, results and history. The frameworks' own texts (areas,
## competences, "I can…" statements) live in content/assessments, not here.

nav-skills = Minu oskused

skills-title = Minu oskused
skills-intro = Vaata, mida sa juba oskad. Loe iga lauset ja vali, kui hästi see sulle sobib. Valesid vastuseid ei ole.
skills-coach-sees = Sinu nõustaja näeb sinu tulemusi. Nii saate järgmised sammud koos planeerida.
skills-all = Kõik oskuste enesehindamised
skills-back = Tagasi
skills-draft-progress = Läbitud küsimusi: { $done }/{ $count }.
skills-latest-results = Sinu viimased tulemused: { $date }
skills-history-link = Vaata, kuidas sinu oskused on muutunud
skills-continue = Jätka
skills-start = Alusta
skills-switch = Muuda pikkust
skills-mode-legend = Kas tahad teha lühikese või täieliku enesehindamise?
skills-mode-legend-change = Kas tahad pikkust muuta? Vastused, mille oled juba andnud, jäävad alles.
skills-mode-short = Lühike: { $count } küsimust, umbes 10 minutit
skills-mode-full = Täielik: { $count } küsimust, umbes 25 minutit
skills-saved-for-later = Sinu vastused on salvestatud. Sa võid jätkata siis, kui tahad.

skills-question-position = Küsimus { $n }/{ $count }
skills-question-caption = Küsimus { $n }/{ $count }: { $area }
skills-question-hint = Kui hästi sa seda oskad?
skills-question-hint-skipped = Sa jätsid selle küsimuse enne vahele. Kui hästi sa seda oskad?
skills-scale-not-yet = Ma ei oska seda veel
skills-scale-with-help = Ma oskan seda abiga
skills-scale-on-my-own = Ma oskan seda ise
skills-scale-help-others = Ma oskan teisi selles aidata
skills-skipped = Vahele jäetud
skills-skip = Jäta see küsimus vahele
skills-save-later = Salvesta ja jätka hiljem

skills-check-title = Kontrolli oma vastuseid
skills-check-page-title = Kontrolli oma vastuseid: { $framework }
skills-check-counts = Vastatud: { $answered }/{ $count }. Vahele jäetud: { $skipped }.
skills-not-answered = Veel vastamata
skills-change = Muuda
skills-answer-now = Vasta
skills-send-heading = Saada oma vastused
skills-send-body = Kui saadad oma vastused, näed oma tulemusi. Hiljem võid enesehindamise uuesti teha ja näha, kuidas sinu oskused kasvavad.
skills-send = Saada minu vastused

skills-results-title = Sinu tulemused: { $framework }
skills-results-sent = Saadetud
skills-results-areas = Sinu tase igas valdkonnas
skills-results-table = Sinu tase ja punktid igas valdkonnas
skills-results-competences = Sinu tase igas oskuses
skills-chart-scale = Punktid on 1 kuni 4: 1 tähendab „Ma ei oska seda veel“ ja 4 tähendab „Ma oskan teisi selles aidata“.
# One area in the chart's description for screen readers.
skills-chart-bar = { $area }: { $level }, punktid { $score }.
skills-chart-bar-none = { $area }: hindamata.
skills-chart-point = { $date }: punktid { $score }
skills-chart-point-none = { $date }: hindamata
skills-column-area = Valdkond
skills-column-level = Tase
skills-column-score = Punktid (1–4)
skills-column-date = Kuupäev
skills-level-not-yet = Veel mitte
skills-level-foundation = Algtase
skills-level-intermediate = Kesktase
skills-level-advanced = Kõrgtase
skills-level-none = Hindamata
skills-suggested-heading = Moodulid, mis võivad sind aidata
skills-suggested-intro = Need moodulid aitavad valdkondades, kus sa saad kõige rohkem õppida.
skills-suggested-none = Sa oled tugev kõigis valdkondades. Sa võid ikka teha ükskõik millist moodulit.

skills-history-title = Kuidas sinu oskused on muutunud: { $framework }
skills-history-none = Sa ei ole seda enesehindamist veel saatnud. Kui oled selle saatnud, näed siin oma tulemusi.
skills-history-changes = Muutus igas valdkonnas
skills-history-first = Esimene ({ $date })
skills-history-previous = Eelmine ({ $date })
skills-history-latest = Viimane ({ $date })
skills-history-since-first = Muutus esimesest korrast
skills-history-since-previous = Muutus eelmisest korrast
skills-history-trends = Sinu punktid igas valdkonnas aja jooksul
skills-history-period = Ajavahemik: { $first } – { $latest }.
skills-history-every = Kõik enesehindamised
skills-history-every-caption = Sinu punktid igas valdkonnas kuupäevade kaupa

skills-error-choose-mode = Vali, kui pika enesehindamise sa tahad teha
skills-error-choose-answer = Vali, kui hästi sa seda oskad, või jäta küsimus vahele
skills-error-nothing-answered = Vasta enne saatmist vähemalt ühele küsimusele
