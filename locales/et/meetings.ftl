### Meetings between a jobseeker and their coach.

nav-meetings = Kohtumised
person-meetings = Kohtumised
person-open-meetings = Ava kohtumised

## The jobseeker's page
meeting-my-title = Kohtumised
meeting-yours = Sinu kohtumised
meeting-none-booked = Sul ei ole broneeritud kohtumisi.
meeting-no-coach = Sul ei ole veel Askelis nõustajat. Kui saad nõustaja, saad siin temaga kohtumise broneerida.
meeting-with-coach = Sinu nõustajaga ({ $name })
meeting-move = Vali teine aeg
meeting-cancel = Tühista kohtumine: { $when }
meeting-cancel-question = Kas tühistada see kohtumine? Aeg vabaneb teistele.
meeting-cancel-confirm = Jah, tühista kohtumine
meeting-free-heading = Vabad ajad: { $name }
meeting-move-heading = Vali uus aeg kohtumisele, mis on praegu { $when }
meeting-no-free-times = Sinu nõustajal ei ole järgmise nelja nädala jooksul vabu aegu. Sa võid talle kirjutada lehel Sõnumid.
meeting-book = Broneeri { $time }
meeting-move-here = Vii kohtumine ajale { $time }
meeting-booked = Sinu kohtumine on broneeritud. Saad selle kohta e-kirja ning meeldetuletused päev enne ja kaks tundi enne.
meeting-cancelled = Sinu kohtumine on tühistatud.
meeting-add-to-calendar = Lisa minu kalendrisse
meeting-weekday-1 = Esmaspäev
meeting-weekday-2 = Teisipäev
meeting-weekday-3 = Kolmapäev
meeting-weekday-4 = Neljapäev
meeting-weekday-5 = Reede
meeting-weekday-6 = Laupäev
meeting-weekday-7 = Pühapäev
meeting-mode-in-person = Kohtumine aadressil
meeting-mode-phone = Telefonikõne
meeting-mode-video = Videokõne

## The coach's calendar
meeting-coach-title = Kohtumised
meeting-weeks = Nädalad
meeting-days = Päevad
meeting-week-range = Nädal { $from }–{ $until }
meeting-week-empty = Sul ei ole sellel nädalal aegu.
meeting-previous-week = Eelmine nädal
meeting-next-week = Järgmine nädal
meeting-previous-day = Eelmine päev
meeting-next-day = Järgmine päev
meeting-whole-week = Terve nädal
meeting-today = Tänased ajad
meeting-day-empty = Sul ei ole sellel päeval aegu.
meeting-free = Vaba
meeting-remove = Eemalda aeg { $time }
meeting-remove-booked = Tühista kohtumine: { $time }
meeting-remove-question = Kas eemaldada see vaba aeg?
meeting-remove-booked-question = Kas tühistada see kohtumine? Tööotsijale teatatakse e-postiga.
meeting-remove-confirm = Jah, eemalda aeg { $time }
meeting-removed = Aeg on eemaldatud.
meeting-offer-heading = Paku vabu aegu
meeting-offered = Ajad on lisatud. Sinu tööotsijad saavad neid nüüd broneerida.
meeting-day = Kuupäev
meeting-day-hint = Näiteks 7.12.2026
meeting-start = Esimene aeg algab kell
meeting-start-hint = Näiteks 9.00
meeting-length = Ühe aja pikkus
meeting-minutes = { $minutes } minutit
meeting-count = Mitu aega järjest
meeting-count-hint = 1 kuni { $max }. Ajad tulevad vahetult üksteise järel.
meeting-mode = Kuidas te kohtute
meeting-place = Aadress, videolink või märkus
meeting-place-hint = Aadress või videolink (https://…). Telefonikõne puhul võid selle tühjaks jätta või kirjutada, kes helistab.
meeting-offer = Lisa ajad

## One jobseeker's meetings, for their coach
meeting-person-title = Kohtumised: { $name }
meeting-coming = Tulevased kohtumised
meeting-person-none = Broneeritud kohtumisi ei ole.
meeting-book-for-heading = Broneeri aeg tööotsijale { $name }
meeting-book-for-hint = Need on sinu vabad ajad. Tööotsijale teatatakse e-postiga.
meeting-book-for = Broneeri { $time }
meeting-booked-for = Kohtumine on broneeritud. Tööotsijale teatatakse e-postiga.
meeting-held = Toimunud kohtumised
meeting-outcome = Kohtumise tulemus
meeting-outcome-none = Veel pole midagi kirjutatud.
meeting-outcome-write = Kirjuta kohtumise tulemus
meeting-next-step = Järgmine samm tema kavasse (vabatahtlik)
meeting-next-step-hint = See lisatakse tema tööotsimiskavasse. Sammu teeb tööotsija ise.
meeting-outcome-save = Salvesta
meeting-outcome-saved = Salvestatud.

## Problems
meeting-error-no-coach = Sul ei ole veel nõustajat, seega ei saa aega broneerida.
meeting-error-cannot-move = Seda kohtumist ei saa enam teisele ajale viia. Vaata oma kohtumisi ülal.
meeting-error-have-one = Sul on juba kohtumine broneeritud. Aja muutmiseks vali „Vali teine aeg“.
meeting-error-taken = Keegi broneeris selle aja just äsja. Vali teine aeg.
meeting-error-overlap-own = Sul on sellel ajal juba kohtumine. Vali teine aeg.
meeting-error-overlap = Sul on juba aeg, mis kattub nendega. Vali teine algusaeg või vähem aegu.
meeting-error-day = Sisesta kuupäev, näiteks 7.12.2026
meeting-error-start = Sisesta algusaeg, näiteks 9.00
meeting-error-length = Vali ühe aja pikkus
meeting-error-count = Sisesta aegade arv, 1 kuni 8
meeting-error-mode = Vali, kuidas te kohtute
meeting-error-place = Sisesta aadress või videolink
meeting-error-place-long = Kirjuta aadress või link kõige rohkem 300 märgiga
meeting-error-video-link = Sisesta videolink, mis algab https://
meeting-error-time-skipped = Sellel päeval seda kellaaega ei ole, sest kellad keeratakse edasi. Vali teine aeg.
meeting-error-past = See aeg on juba möödas. Vali aeg tulevikus.
meeting-error-outcome = Kirjuta kohtumise tulemus
meeting-error-outcome-long = Kirjuta tulemus kõige rohkem 2000 märgiga

## Calendar file and emails
meeting-calendar-title = Kohtumine nõustajaga ({ $name })
meeting-calendar-title-coach = Kohtumine: { $name }
meeting-email-booked-subject = Sinu kohtumine nõustajaga on broneeritud
meeting-email-booked-by-coach-subject = Sinu nõustaja broneeris sulle kohtumise
meeting-email-reminder-subject = Meeldetuletus: kohtumine nõustajaga
meeting-email-booked-body = Sinu kohtumine nõustajaga on { $day } kell { $time }.

    { $place }

    Logi sisse, et kohtumist vaadata, teisele ajale viia või tühistada: { $link }
meeting-email-cancelled-subject = Sinu kohtumine nõustajaga tühistati
meeting-email-cancelled-body = Sinu nõustaja tühistas sinu kohtumise, mis pidi toimuma { $day } kell { $time }.

    Sa võid broneerida uue aja: { $link }

meeting-sms-booked = Askel: sinu kohtumine nõustajaga on { $day } kell { $time }. { $link }
meeting-sms-booked-by-coach = Askel: sinu nõustaja broneeris sulle kohtumise { $day } kell { $time }. { $link }
meeting-sms-reminder = Askeli meeldetuletus: kohtumine nõustajaga { $day } kell { $time }. { $link }
meeting-sms-cancelled = Askel: sinu nõustaja tühistas sinu kohtumise { $day } kell { $time }. Sa võid broneerida uue aja: { $link }
meeting-error-overlap-theirs = Tööotsijal on sellel ajal juba kohtumine. Vali teine aeg.
meeting-error-far = Paku aegu kõige rohkem aasta ette.
meeting-calendar-title-free = Vaba kohtumisaeg Askelis
meeting-no-free-times-coach = Sul ei ole järgmise nelja nädala jooksul vabu aegu.
