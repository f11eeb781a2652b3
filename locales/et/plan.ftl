# The employment plan: the coach's plan pages and the jobseeker's "My plan".

nav-plan = Minu kava

plan-my-title = Minu kava
plan-my-intro = See on kava, mille sa oma nõustajaga kokku leppisid. Kui oled sammu teinud, märgi see tehtuks. Siis näeb sinu nõustaja seda.
plan-my-empty = Sul ei ole veel kava. Sa teed selle koos oma nõustajaga järgmisel kohtumisel.
plan-my-back = Tagasi minu kava juurde
plan-my-notes = Märkused sinu nõustajalt
plan-print-hint = Kui tahad kava paberil, prindi see leht brauseri menüüst.

plan-goals-and-steps = Eesmärgid ja sammud
plan-loose-steps = Muud sammud
plan-no-steps = Selle eesmärgi jaoks ei ole veel samme.
plan-who = Kes
plan-who-jobseeker = Sina
plan-who-coach = Sinu nõustaja
plan-who-together = Sina ja sinu nõustaja koos
plan-coach-who-jobseeker = Tööotsija
plan-coach-who-coach = Nõustaja
plan-coach-who-together = Koos
plan-due = Mis ajaks
plan-due-hint = Vabatahtlik. Näiteks 15.1.2027
plan-no-due = Kuupäeva ei ole
plan-overdue = Hilinenud
plan-status = Olek
plan-step-status-todo = Tegemata
plan-step-status-doing = Pooleli
plan-step-status-done = Tehtud
plan-step-status-dropped = Välja jäetud
plan-goal-status = Eesmärgi olek
plan-goal-status-open = Pooleli
plan-goal-status-reached = Saavutatud
plan-goal-status-dropped = Välja jäetud
plan-mark-done = Märgi tehtuks
plan-mark-not-done = Märgi tegematuks

plan-coach-title = Tööotsimiskava: { $name }
plan-coach-empty = Eesmärke ega samme veel ei ole. Lisa allpool esimesed, mille te kokku leppisite.
plan-history-link = Muudatuste ajalugu
plan-change-goal = Muuda eesmärki
plan-change-step = Muuda sammu
plan-add-step = Lisa samm
plan-add-step-submit = Lisa samm
plan-step-what = Samm
plan-step-what-hint = Mida tehakse. Kirjuta sõnadega, mida tööotsija mõistab.
plan-goal-field = Eesmärk, mille poole see samm viib
plan-goal-none = Kindlat eesmärki ei ole
plan-step-added = Samm on kavasse lisatud.
plan-add-goal = Lisa eesmärk
plan-add-goal-submit = Lisa eesmärk
plan-goal-what = Eesmärk
plan-goal-what-hint = Näiteks: töö poes või kursus, mis algab kevadel.
plan-goal-added = Eesmärk on kavasse lisatud.
plan-back = Tagasi kava juurde
plan-change-step-title = Muuda sammu kavas: { $name }
plan-change-goal-title = Muuda eesmärki kavas: { $name }
plan-save = Salvesta muudatused

plan-error-step-what = Kirjuta, mis samm see on
plan-error-goal-what = Kirjuta, mis eesmärk see on
plan-error-what-long = Kirjuta kõige rohkem 500 märki
plan-error-who = Vali, kes sammu teeb
plan-error-due_on = Kirjuta kuupäev kujul päev.kuu.aasta, näiteks 15.1.2027
plan-error-dropped = See samm on sinu kavast välja jäetud, seega ei saa seda märkida.
plan-error-status = Vali olek

plan-history-title = Minu kava muudatuste ajalugu
plan-history-coach-title = Kava muudatuste ajalugu: { $name }
plan-history-caption = Kõik kava muudatused, uusimad eespool
plan-history-none = Muudatusi veel ei ole.
plan-history-when = Millal
plan-history-by = Kes muutis
plan-history-change = Muudatus
plan-history-by-you = Sina
plan-history-by-gone = Eemaldatud konto
plan-history-added-step = Lisas sammu „{ $what }“
plan-history-added-goal = Lisas eesmärgi „{ $what }“
plan-history-changed-step = Muutis sammu „{ $what }“
plan-history-changed-goal = Muutis eesmärki „{ $what }“
plan-history-renamed = Varem: „{ $from }“

## Telling the jobseeker their coach added to their plan (no content in the subject)
plan-email-step-subject = Sinu nõustaja lisas Askelis sinu kavasse sammu
plan-email-step-body = Sinu nõustaja lisas sinu tööotsimiskavasse sammu. Logi sisse, et seda näha: { $link }
plan-sms-step = Askel: sinu nõustaja lisas sinu kavasse sammu. { $link }
plan-email-note-subject = Sinu nõustaja kirjutas sulle Askelis märkuse
plan-email-note-body = Sinu nõustaja kirjutas sulle märkuse. Leiad selle oma tööotsimiskavast. Logi sisse, et seda lugeda: { $link }
plan-sms-note = Askel: sinu nõustaja kirjutas sulle märkuse. { $link }
