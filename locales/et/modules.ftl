# Coaching modules: the list, the step player and the completion page.
# Module content itself lives in content/modules, not here.

modules-title = Moodulid
modules-intro = Lühikesed õppetunnid, mis aitavad sul tööd otsida. Läbi need omas tempos. Sinu edenemine salvestatakse pärast iga sammu.
modules-length = { $steps } sammu, umbes { $minutes } minutit
modules-status-not-started = Alustamata
modules-status-in-progress = Pooleli: { $done }/{ $count } sammu tehtud
modules-status-completed = Läbitud
modules-assigned = Sinu nõustaja soovitas seda moodulit
modules-assigned-due = Sinu nõustaja soovitas seda moodulit. Palun tee see läbi hiljemalt { $date }.
modules-in-english = See moodul on praegu ainult inglise keeles.
modules-in-finnish = See moodul on praegu ainult soome keeles.

module-step-position = Samm { $n }/{ $count }
module-fallback-notice = See moodul ei ole veel sinu keeles saadaval. Seda näidatakse inglise keeles.
module-fallback-notice-finnish = See moodul ei ole veel sinu keeles saadaval. Seda näidatakse soome keeles.
module-all-modules = Kõik moodulid
module-back = Tagasi
module-continue = Jätka
module-check-answer = Kontrolli minu vastust
module-save-changed = Salvesta minu uus vastus
module-your-answer = Sinu vastus
module-answer-right = õige
module-answer-not-right = ei ole päris õige
module-change-answer = Muuda oma vastust
module-transcript = Mida videos räägitakse
module-captions-label = Subtiitrid
module-video-fallback = Sinu brauser ei saa seda videot näidata. Allolevas tekstis on kõik, mida videos näidatakse.
module-reflection-hint = Seda, mida siia kirjutad, näed ainult sina. Kui tahad, võid seda oma nõustajaga jagada. Kirjutamine on vabatahtlik.
module-share-with-coach = Jaga seda vastust minu nõustajaga
module-offline = Sul ei ole praegu internetiühendust. Võid jätkata: sinu vastused jäävad sellesse seadmesse.
module-waiting = Saatmist ootavad vastused: { $count }. Need saadetakse, kui internetiühendus on tagasi.
module-all-sent = Kõik sinu vastused on salvestatud.
module-finished-offline = Sa oled kõik sammud teinud. Loo internetiühendus, et viimased vastused salvestada.
module-sign-in-to-send = Saatmist ootavad vastused: { $count }. Sind logiti välja, seega jäävad need sellesse seadmesse. Logi uuesti sisse, siis need salvestatakse.
module-sign-in-link = Logi sisse
module-trying-again = Saatmist ootavad vastused: { $count }. Teenus ei saa neid praegu salvestada. Need jäävad sellesse seadmesse ja saadetakse varsti uuesti.
module-refused = Vastused, mida ei saanud salvestada, sest moodul on muutunud: { $count }. Palun käi mooduli sammud uuesti läbi.

module-error-choose-one = Vali üks vastus
module-error-choose-some = Vali vähemalt üks vastus
module-error-write-answer = Kirjuta oma vastus
module-error-too-long = Sinu vastus on liiga pikk. Tee see lühemaks kui 4000 märki.
module-error-due-date = Kirjuta kuupäev kujul päev.kuu.aasta, näiteks 31.12.2026
module-error-choose = Vali moodul

module-done-heading = Sa läbisid mooduli: { $module }
module-not-done-heading = Veel läbimata: { $module }
module-done-progress = Sa oled teinud { $done } sammu { $count }-st.
module-done-answers = Sinu vastused
module-done-nothing = Vastust ei ole
module-done-shared = Jagatud sinu nõustajaga
module-done-private = Seda näed ainult sina
module-done-next = Mis edasi
module-done-all = Sa oled läbinud kõik moodulid. Tubli!
