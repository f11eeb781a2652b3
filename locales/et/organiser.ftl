# Organisers: their events, the event form, attendees and check-in at the door.

nav-organiser-events = Minu üritused

organiser-events-title = Minu üritused
organiser-create = Loo üritus
organiser-events-none = Sul ei ole veel üritusi. Loo üritus: see jääb mustandiks, mida näed ainult sina, kuni sa selle avaldad.
organiser-events-caption = Sinu üritused, eelseisvad eespool
organiser-column-event = Üritus
organiser-column-when = Millal
organiser-column-status = Olek
organiser-column-confirmed = Registreerunud
organiser-column-waiting = Ootejärjekord

organiser-status-draft = Mustand (tööotsijad ei näe seda)
organiser-status-published = Avaldatud
organiser-status-cancelled = Ära jäetud
organiser-standing-confirmed = Sai koha
organiser-standing-waiting = Ootejärjekorras

organiser-new-title = Loo üritus
organiser-edit-title = Muuda üritust
organiser-back-to-event = Tagasi ürituse juurde
organiser-form-intro = Kirjuta lihtsas keeles: paljud lugejad alles õpivad soome keelt. Täida kõik väljad, mille juures ei ole „(vabatahtlik)“. Kui salvestad, jääb üritus mustandiks, kuni sa selle avaldad.
organiser-choose = Vali…
organiser-section-about = Ürituse kohta
organiser-title-fi = Ürituse nimi soome keeles
organiser-description-fi = Kirjeldus soome keeles
organiser-employer = Tööandja või korraldaja
organiser-section-translations = Rootsi ja inglise keeles (vabatahtlik)
organiser-translations-hint = Kui kirjutad mõnes keeles nime, kirjuta samas keeles ka kirjeldus. Kui lugeja keeles tõlget ei ole, näeb ta soomekeelset teksti.
organiser-title-sv = Nimi rootsi keeles (vabatahtlik)
organiser-description-sv = Kirjeldus rootsi keeles (vabatahtlik)
organiser-title-en = Nimi inglise keeles (vabatahtlik)
organiser-description-en = Kirjeldus inglise keeles (vabatahtlik)
organiser-section-when = Millal
organiser-date = Kuupäev
organiser-start = Algab kell
organiser-end = Lõpeb kell
organiser-time-hint = Soome aja järgi, näiteks 9.30
organiser-deadline-date = Registreerumise viimane päev
organiser-deadline-time = Registreerumine lõpeb kell (vabatahtlik)
organiser-deadline-time-hint = Soome aja järgi. Kui sa kellaaega ei kirjuta, lõpeb registreerumine päeva lõpus.
organiser-section-where = Kus
organiser-address = Aadress (kohapeal)
organiser-directions = Kuidas kohale jõuda (vabatahtlik)
organiser-online-url = Veebiürituse link
organiser-online-url-hint = Link, mis algab https://
organiser-access-legend = Toimumiskohas on (märgi kõik, mis kehtivad)
organiser-access-notes = Veel ligipääsetavuse kohta (vabatahtlik)
organiser-section-seats = Kohad
organiser-seating-legend = Kuidas inimesed registreeruvad?
organiser-seating-seats = Kohad: kõik osalevad kogu üritusel
organiser-seating-slots = Ajad: iga inimene broneerib endale aja, näiteks kiirintervjuuks
organiser-capacity = Kohtade arv
organiser-capacity-hint = Täida, kui valisid kohad. Kui kõik kohad on täis, saavad inimesed minna ootejärjekorda.
organiser-slot-minutes = Ühe aja pikkus minutites
organiser-slot-minutes-hint = Täida, kui valisid ajad. Ajad tulevad üksteise järel ürituse algusest lõpuni.
organiser-slot-seats = Mitu inimest saab ühe aja broneerida
organiser-slot-seats-hint = Täida, kui valisid ajad. Näiteks 1, kui see on intervjuu kahekesi.
organiser-section-questions = Küsimused registreerujatele (vabatahtlik)
organiser-questions-hint = Kuni kolm lühikest küsimust, näiteks „Milline töö sind huvitab?“. Registreerujad ei pea neile vastama.
organiser-question-legend = Küsimus { $number }
organiser-question-fi = Soome keeles
organiser-question-sv = Rootsi keeles (vabatahtlik)
organiser-question-en = Inglise keeles (vabatahtlik)
organiser-save-draft = Salvesta mustandina
organiser-save = Salvesta muudatused

organiser-error-title-fi = Sisesta ürituse nimi soome keeles
organiser-error-description-fi = Sisesta kirjeldus soome keeles
organiser-error-translation-pair = Kirjuta selles keeles nii nimi kui ka kirjeldus või jäta mõlemad tühjaks
organiser-error-too-long = See tekst on liiga pikk: lühenda seda
organiser-error-employer = Sisesta tööandja või korraldaja
organiser-error-sector = Vali tegevusala
organiser-error-kind = Vali ürituse liik
organiser-error-date = Sisesta kuupäev kujul päev.kuu.aasta, näiteks 28.3.2027
organiser-error-date-past = Üritus peab olema tulevikus: vali tulevane kuupäev
organiser-error-start = Sisesta algusaeg tundide ja minutitena, näiteks 9.30
organiser-error-end = Sisesta lõpuaeg tundide ja minutitena, näiteks 12.00
organiser-error-end-before-start = Lõpuaeg peab olema pärast algusaega
organiser-error-time-skipped = Sellel päeval seda kellaaega ei ole: kellad keeratakse tund aega edasi. Vali teine aeg
organiser-error-deadline = Sisesta registreerumise viimane päev, näiteks 27.3.2027
organiser-error-deadline-time = Sisesta kellaaeg tundide ja minutitena, näiteks 16.00
organiser-error-deadline-after-start = Registreerumine peab lõppema enne ürituse algust
organiser-error-format = Vali, kas üritus on kohapeal või veebis
organiser-error-address = Sisesta aadress
organiser-error-online-url = Sisesta link, mis algab https://
organiser-error-languages = Märgi vähemalt üks keel, mida üritusel räägitakse
organiser-error-capacity = Sisesta kohtade arv, 1 kuni 100 000
organiser-error-capacity-below-taken = Koha on saanud juba rohkem inimesi: kohtade arv ei saa olla väiksem kui juba võetud kohtade arv
organiser-error-slot-minutes = Sisesta ühe aja pikkus minutites, 5 kuni 240
organiser-error-slot-seats = Sisesta, mitu inimest saab ühe aja broneerida, 1 kuni 100
organiser-error-slots-fit = Algusest lõpuni peab mahtuma vähemalt üks aeg ja kõige rohkem 200 aega
organiser-error-slots-booked = Inimesed on juba aegu broneerinud: kellaaegu ja aegu ei saa enam muuta. Kui muudatus on hädavajalik, jäta üritus ära ja loo uus
organiser-error-question-fi = Kirjuta küsimus ka soome keeles
organiser-error-cancelled = See üritus on ära jäetud ja seda ei saa muuta
organiser-error-not-draft = See üritus on juba avaldatud
organiser-error-cancel-confirm = Tee kasti linnuke. Nii kinnitad, et tahad ürituse ära jätta

organiser-counts = Koha saanud: { $confirmed }, ootejärjekorras: { $waiting }
organiser-edit-link = Muuda üritust
organiser-draft-title = See üritus on mustand
organiser-draft-hint = Tööotsijad ei näe seda veel. Kontrolli andmeid ja avalda siis üritus.
organiser-publish = Avalda üritus
organiser-published = Üritus on avaldatud: tööotsijad saavad selle nüüd leida ja registreeruda.
organiser-cancelled-notice = See üritus on ära jäetud. Kõigile registreerunutele teatati sellest e-postiga.

organiser-attendees-title = Registreerunud inimesed
organiser-arrived-count = Kohale tulnud: { $arrived }/{ $confirmed }
organiser-search-label = Otsi inimest nime järgi
organiser-search-button = Otsi
organiser-search-found = { $count ->
    [0] Otsinguga „{ $search }“ ei leitud kedagi.
    [one] Otsinguga „{ $search }“ leiti 1 inimene.
   *[other] Otsinguga „{ $search }“ leiti { $count } inimest.
}
organiser-search-clear = Näita kõiki
organiser-attendees-none = Keegi ei ole veel registreerunud.
organiser-arrived = Kohal
organiser-mark-arrived = Märgi kohalolijaks
organiser-undo-arrival = Tühista kohalolek
organiser-csv-link = Laadi nimekiri alla (CSV)
organiser-privacy-hint = E-posti aadressi ja telefoninumbrit näidatakse ainult nende inimeste kohta, kes nõustusid neid jagama. Hoia nimekirja turvaliselt ja kustuta see pärast üritust.
organiser-attendee-name = Nimi
organiser-attendee-standing = Olek
organiser-attendee-slot = Aeg
organiser-attendee-email = E-post
organiser-attendee-phone = Telefon
organiser-attendee-checked-in = Kohal
organiser-yes = Jah

organiser-cancel-title = Jäta üritus ära
organiser-cancel-hint = Kõik, kes registreerusid või on ootejärjekorras, saavad e-kirja, et üritus jääb ära. Seda ei saa tagasi võtta.
organiser-cancel-confirm = Jah, jäta see üritus ära ja teata kõigile
organiser-cancel-button = Jäta üritus ära
organiser-matching-skills = Oskused, mida selle ürituse töökohad nõuavad: { $skills }
