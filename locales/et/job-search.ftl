### The jobseeker's job-search log.

nav-job-search = Tööotsingute päevik
person-job-search = Tööotsingute päevik
person-open-job-search = Ava tööotsingute päevik

search-title = Tööotsingute päevik
search-intro = Kirjuta üles, mida sa töö leidmiseks teed. Tööhõiveteenused (TE-teenused) võivad paluda seda näha: prindi see leht või näita seda oma telefonis. See, mida sa Askelis teed, on siin juba olemas.
search-add-heading = Lisa päevikusse
search-kind = Mida sa tegid?
search-kind-application = Kandideerisin tööle
search-kind-contact = Võtsin tööandjaga ühendust
search-kind-interview = Käisin tööintervjuul
search-kind-other = Midagi muud töö leidmiseks
search-kind-interest = Ütlesin Askelis, et töökoht huvitab mind
search-kind-event = Osalesin üritusel
search-kind-module = Läbisin õppemooduli
search-day = Kuupäev
search-employer = Tööandja
search-what = Töökoht või millest oli juttu (vabatahtlik)
search-what-hint = Näiteks: köögiabiline, osaajaga
search-add = Lisa minu päevikusse
search-added = Lisatud sinu päevikusse.
search-removed = Eemaldatud sinu päevikust.
search-month = { $month ->
    [1] Jaanuar
    [2] Veebruar
    [3] Märts
    [4] Aprill
    [5] Mai
    [6] Juuni
    [7] Juuli
    [8] August
    [9] September
    [10] Oktoober
    [11] November
   *[12] Detsember
} { $year }
search-months = Kuud
search-previous-month = Eelmine kuu
search-next-month = Järgmine kuu
search-print-hint = Kui tahad seda kuud tööhõiveteenustele näidata, prindi see leht või salvesta see brauseri menüüst PDF-ina.
search-none = Selle kuu kohta ei ole päevikus midagi.
search-summary = Kokkuvõte
search-caption = Tööotsingud: { $month }
search-column-day = Kuupäev
search-column-kind = Mida
search-column-employer = Tööandja
search-column-what = Töökoht või teema
search-column-remove = Eemalda
search-by-askel = Askeli märgitud
search-remove = Eemalda: { $what }
search-remove-question = Kas eemaldada „{ $what }“ sinu päevikust?
search-remove-confirm = Jah, eemalda
search-person-title = Tööotsingute päevik: { $name }
search-person-intro = Mida inimene on üles kirjutanud ja mida ta on Askelis teinud, kuu kaupa. Ainult tema saab seda muuta.
search-error-kind = Vali, mida sa tegid
search-error-day = Sisesta kuupäev, näiteks 3.12.2026
search-error-day-future = Kuupäev ei saa olla tulevikus
search-error-day-old = Kuupäev peab olema viimase aasta sees
search-error-employer = Sisesta tööandja
search-error-employer-long = Tööandja nimi võib olla kõige rohkem 200 märki
search-error-what-long = See võib olla kõige rohkem 300 märki
