# Employer rendezvous events: finding them, signing up, "My events".

nav-events = Üritused

events-title = Kohtu tööandjatega
events-intro = Tööandjad ja teised korraldajad teevad üritusi, kus saad tööandjatega silmast silma kohtuda. Need on näiteks värbamispäevad, kiirintervjuud, töökohakülastused ja infotunnid. Registreeru üritustele, mis sulle huvi pakuvad.
events-all = Kõik üritused
events-mine-link = Minu üritused
events-find = Leia üritusi
events-count = { $count ->
    [0] Üritusi ei leitud
    [one] 1 üritus
   *[other] { $count } üritust
}
events-none = Sinu valikutele ei vasta ükski üritus. Proovi vähemate filtritega või tule hiljem tagasi: uusi üritusi lisatakse tihti.

events-filter-title = Filtreeri üritusi
events-filter-from = Alates
events-filter-until = Kuni
events-filter-date-hint = Näiteks 1.12.2026
events-filter-error-date = Sisesta kuupäev kujul päev.kuu.aasta, näiteks 1.12.2026
events-filter-sector = Tegevusala
events-filter-any-sector = Kõik tegevusalad
events-filter-kind = Ürituse liik
events-filter-any-kind = Kõik liigid
events-filter-language = Keel
events-filter-any-language = Kõik keeled
events-filter-format = Kus
events-filter-format-any = Kohapeal või veebis
events-filter-format-in-person = Kohapeal
events-filter-format-online = Veebis
events-filter-free = Ainult üritused, kus on vabu kohti
events-filter-apply = Näita üritusi
events-filter-clear = Tühjenda filtrid

event-fact-when = Millal
event-fact-where = Kus
event-fact-kind = Liik
event-fact-sector = Tegevusala
event-fact-languages = Ürituse keeled
event-fact-seats = Kohad
event-deadline-at = { $date } kell { $time }
event-fact-deadline = Registreerumise tähtaeg
event-free-seats = { $count ->
    [one] 1 vaba koht
   *[other] { $count } vaba kohta
}
event-full = Täis: saad minna ootejärjekorda
event-online = Veebis
event-online-at = Veebis: { $url }
event-card-signed-up = Sa oled registreerunud
event-card-waiting = Sa oled ootejärjekorras
event-when-same-day = { $date } kell { $start }–{ $end }
event-when-days = { $startdate } kell { $start } – { $enddate } kell { $end }

event-about = Ürituse kohta
event-directions = Kuidas kohale jõuda
event-accessibility = Ligipääsetavus
event-accessibility-none = Korraldaja ei ole meile toimumiskoha ligipääsetavusest rääkinud. Kui sul on midagi vaja, küsi korraldajalt enne üritust.
event-cancelled-notice = See üritus on ära jäetud.
event-signups-closed = Sellele üritusele registreerumine on lõppenud.

event-sign-up-title = Registreeru
event-full-hint = Kõik kohad on täis. Kui registreerud, lähed ootejärjekorda. Kui keegi loobub, saad tema koha ja me teatame sulle e-postiga.
event-slot-legend = Vali aeg
event-slot-hint = Iga aeg on lühike kohtumine tööandjaga.
event-slot-full = täis, ootejärjekord
event-answer-hint = Selle võid tühjaks jätta.
event-share-contact = Jaga korraldajaga minu e-posti aadressi ja telefoninumbrit
event-share-contact-hint = Korraldaja näeb alati sinu nime ja sinu vastuseid ülal. Nime järgi märgib ta uksel, et sa tulid.
event-sign-up-button = Registreeru
event-join-waiting-list = Mine ootejärjekorda
event-error-deadline-passed = Sellele üritusele registreerumine on lõppenud.
event-error-slot-missing = Vali aeg
event-error-answer-long = Sinu vastus on liiga pikk. Kasuta kõige rohkem 1000 märki.

event-standing-confirmed = Sa oled registreerunud
event-standing-waiting = Sinu koht ootejärjekorras: { $position }
event-standing-waiting-hint = Kui keegi loobub, saad tema koha automaatselt ja me teatame sulle e-postiga.
event-standing-slot = Sinu aeg: { $slot }
event-standing-by-coach = Sinu nõustaja registreeris sind sinu nõusolekul.
event-calendar-link = Lisa minu kalendrisse (.ics-fail)
event-cancel-button = Loobu oma kohast

events-mine-title = Minu üritused
events-mine-none = Sa ei ole veel ühelegi üritusele registreerunud.
event-status-cancelled = Korraldaja jättis ürituse ära
event-status-attended = Sa osalesid
event-status-past = See üritus on läbi

event-email-promoted-subject = Sul on koht: { $title }
event-email-promoted-body = Hea uudis: üks koht vabanes ja see on nüüd sinu.

    { $title }
    { $when }
    { $place }

    Kui sa ei saa tulla, palun loobu kohast, et järgmine inimene saaks selle: { $link }
event-email-cancelled-subject = Ära jäetud: { $title }
event-email-cancelled-body = Meil on kahju: korraldaja jättis selle ürituse ära.

    { $title }
    { $when }

    Sa ei pea midagi tegema. Leia teisi üritusi: { $link }
event-email-reminder-subject = Homme: { $title }
event-email-reminder-body = Meeldetuletus: sa oled registreerunud sellele üritusele, mis toimub homme.

    { $title }
    { $when }
    { $place }

    Kui sa ei saa tulla, palun loobu kohast, et keegi teine saaks selle: { $link }
event-email-changed-subject = Muudetud: { $title }
event-email-changed-body = Korraldaja muutis selle ürituse aega või kohta. Sinu registreerumine kehtib edasi.

    { $title }

    { $changes }

    Kui sa ei saa enam tulla, palun loobu kohast, et keegi teine saaks selle: { $link }
event-email-changed-time =
    Varasem aeg: { $old }
    Uus aeg: { $new }
event-email-changed-place =
    Varasem koht: { $old }
    Uus koht: { $new }

event-sector-retail = Kaubandus ja müük
event-sector-hospitality = Restoranid, kohvikud ja hotellid
event-sector-health-social = Tervishoid ja hoolekanne
event-sector-cleaning-property = Koristus- ja kinnisvarateenused
event-sector-logistics = Transport, laod ja logistika
event-sector-construction = Ehitus
event-sector-manufacturing = Tööstus ja tootmine
event-sector-it = IT ja digitöö
event-sector-education = Haridus ja alusharidus
event-sector-public = Avalikud teenused
event-sector-other = Muud valdkonnad

event-kind-recruitment-day = Värbamispäev
event-kind-speed-interviews = Kiirintervjuud
event-kind-workplace-visit = Töökohakülastus
event-kind-info-session = Infotund

event-language-fi = Soome keel
event-language-sv = Rootsi keel
event-language-en = Inglise keel
event-language-ru = Vene keel
event-language-et = Eesti keel
event-language-ar = Araabia keel
event-language-so = Somaali keel
event-language-uk = Ukraina keel
event-language-fa = Pärsia keel

event-access-step-free = Trepivaba ligipääs
event-access-accessible-toilet = Ligipääsetav tualett
event-access-hearing-loop = Induktsioonsilmus
event-access-quiet-room = Vaikne ruum puhkamiseks
event-access-seating = Istekohad ootamise ajaks
event-access-accessible-parking = Parkimiskoht puudega inimestele
event-access-public-transport = Ühistranspordi peatus on lähedal

# Coaches: their jobseekers' events, and signing one up with consent.
events-caseload-title = Minu tööotsijate üritused
events-caseload-intro = Üritused, millele sinu tööotsijad on registreerunud. Ava üritus, et registreerida keegi tema nõusolekul.
events-caseload-none = Ükski sinu tööotsija ei ole veel üritusele registreerunud.
events-caseload-caption = Sinu tööotsijate üritused, eelseisvad eespool
events-caseload-jobseeker = Tööotsija
events-caseload-attended = Osales
events-caseload-by-coach = Registreeris nõustaja
event-coach-title = Sinu tööotsijad
event-coach-none-here = Ükski sinu tööotsija ei ole veel sellele üritusele registreerunud.
event-coach-jobseeker = Registreeri üks oma tööotsijatest
event-coach-consent = Tööotsija on nõus, et ma registreerin ta sellele üritusele
event-coach-sign-up = Registreeri tööotsija
event-coach-done = Registreeritud. Üritus on nüüd tööotsija lehel Minu üritused.
event-coach-error-jobseeker = Vali tööotsija, keda registreerida
event-coach-error-consent = Tee kasti linnuke. Nii kinnitad, et tööotsija on nõus.
event-sms-promoted = Askel: sul on koht üritusel { $title }, { $when }. { $link }
event-sms-reminder = Askeli meeldetuletus: { $title } homme, { $when }. { $link }
event-sms-cancelled = Askel: { $title } ({ $when }) jääb ära. { $link }
event-sms-changed = Askel: üritus { $title } on muutunud. { $link }
