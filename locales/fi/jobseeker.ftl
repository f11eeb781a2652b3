# Yksi työnhakija valmentajan työtilassa: yleiskuva, muistiinpanot, tilanne, siirto toiselle valmentajalle.

person-contents = Tällä sivulla
person-situation = Tilanne
person-plan = Työllistymissuunnitelma
person-modules = Moduulit
person-skills = Itsearvioinnit
person-events = Tapahtumat
person-notes = Muistiinpanot
person-profile = Tiedot
person-sign-in-help = Apua kirjautumiseen
person-move = Siirrä toiselle valmentajalle

person-open-steps = { $count ->
    [0] Suunnitelmassa ei ole avoimia askeleita.
    [one] Suunnitelmassa on 1 avoin askel.
   *[other] Suunnitelmassa on { $count } avointa askelta.
}
person-open-plan = Avaa suunnitelma

person-modules-none = Moduuleja ei ole vielä annettu tai aloitettu.
person-modules-caption = Annetut tai aloitetut moduulit
person-module = Moduuli
person-module-progress = Eteneminen
person-module-due = Määräpäivä
person-module-steps = { $done } / { $count } vaihetta tehty
person-module-no-due = Annettu, ei määräpäivää
person-module-own = Aloitettu omatoimisesti
person-reflections = Sinulle jaetut pohdinnat
person-assign = Anna moduuli
person-module-choose = Valitse moduuli
person-assign-submit = Anna moduuli
person-assigned = Moduuli annettiin. Työnhakija näkee sen listansa alussa.

person-skills-none = Itsearviointeja ei ole vielä lähetetty.
person-open-skills = Taitoprofiili ja taitojen vahvistaminen
person-events-none = Ei paikkoja tapahtumissa.

person-language = Kieli
person-joined = Liittyi

person-sign-in-help-intro = Jos työnhakija on unohtanut salasanansa, anna hänelle kirjautumiskoodi. Sen avulla hän valitsee uuden salasanan. Koodi toimii kerran, { $days } päivän ajan.
person-issue-code = Anna kirjautumiskoodi
person-code-intro = Anna tämä koodi työnhakijalle:
person-code-instructions = Hän menee osoitteeseen { $address }, kirjoittaa koodin ja valitsee uuden salasanan.

note-body = Uusi muistiinpano
note-body-hint = Työnhakija näkee muistiinpanon vain, jos jaat sen, tai pyytämässään kopiossa tiedoistaan.
note-share = Jaa muistiinpano työnhakijalle (hän näkee sen suunnitelmassaan)
note-submit = Tallenna muistiinpano
note-added = Muistiinpano tallennettiin.
note-none = Ei vielä muistiinpanoja.
note-shared-flag = Jaettu työnhakijalle
note-error-empty = Kirjoita muistiinpano
note-error-long = Kirjoita enintään 4000 merkkiä

outcome-employed_full_time = Kokoaikatyössä
outcome-employed_part_time = Osa-aikatyössä
outcome-subsidised_work = Palkkatuetussa työssä
outcome-training = Koulutuksessa tai opiskelemassa
outcome-other_service = Toisessa palvelussa
outcome-seeking = Etsii yhä työtä
outcome-left_service = Lähtenyt palvelusta
outcome-none = Tilannetta ei ole vielä kirjattu.
outcome-since-text = { $situation } { $date } alkaen
outcome-earlier = Aiemmin
outcome-record = Kirjaa muutos
outcome-situation = Tilanne nyt
outcome-choose = Valitse tilanne
outcome-since = Alkaen
outcome-since-hint = Esimerkiksi 1.12.2026
outcome-submit = Kirjaa tilanne
outcome-recorded = Tilanne kirjattiin.
outcome-error-situation = Valitse tilanne
outcome-error-since = Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 1.12.2026
outcome-error-since-future = Päivämäärä ei voi olla tulevaisuudessa

transfer-intro = Toinen valmentaja näkee kaiken tällä sivulla; sinä et enää näe sitä.
transfer-coach = Uusi valmentaja
transfer-choose = Valitse valmentaja
transfer-submit = Siirrä tälle valmentajalle
transfer-no-coaches = Muita valmentajia, joille työnhakijan voisi siirtää, ei ole.
transfer-error-coach = Valitse valmentaja, jolle työnhakija siirretään
transfer-done = Työnhakija siirrettiin toiselle valmentajalle.
transfer-team-hint = Tiimisi valmentajat. Jos haluat siirtää työnhakijan toisen tiimin valmentajalle, hae valmentaja nimellä alempana.
transfer-no-team = Tiimissäsi ei ole muita valmentajia. Hae valmentaja, jolle työnhakija siirretään, nimellä.
transfer-group-found = Nimellä löytyneet
transfer-group-team = Tiimisi
transfer-coach-in-team = { $name } ({ $team })
transfer-found = { $count ->
    [one] Haulla ”{ $name }” löytyi 1 valmentaja. Hän on nyt valmentajien luettelossa.
   *[other] Haulla ”{ $name }” löytyi { $count } valmentajaa. He ovat nyt valmentajien luettelossa.
}
transfer-found-none = Haulla ”{ $name }” ei löytynyt valmentajaa. Tarkista kirjoitusasu tai kirjoita nimestä vähemmän.
transfer-found-more = Haulla ”{ $name }” löytyi yli { $shown } valmentajaa. Ensimmäiset { $shown } ovat nyt valmentajien luettelossa: kirjoita nimestä enemmän, niin oikea löytyy.
transfer-find-heading = Hae valmentaja nimellä
transfer-find-name = Valmentajan nimi
transfer-find-hint = Vähintään kaksi kirjainta etu- tai sukunimestä.
transfer-find-submit = Hae
transfer-find-error-short = Kirjoita vähintään kaksi kirjainta valmentajan nimestä
transfer-find-error-long = Nimessä voi olla enintään 100 merkkiä

# Muistiinpanon tai tilanteen korjaaminen tai peruminen omalla sivullaan
record-details = Historia, korjaukset
record-back = Takaisin työnhakijan sivulle
record-corrected = { $written }, korjattu { $when }
record-withdrawn = Perunut { $name }, { $when }
record-version-meta = Kirjoitettu { $written }, korvattu { $replaced }
record-versions = Aiemmat versiot
record-only-author = Vain sen kirjoittanut valmentaja voi korjata tai perua sen.
record-correct-submit = Tallenna korjaus
note-page-title = Muistiinpano: { $name }
note-correct = Korjaa muistiinpano
note-correct-body = Muistiinpano
note-withdraw = Peru muistiinpano
note-withdraw-intro = Peruttu muistiinpano jää historiaan perutuksi merkittynä, eikä työnhakija enää näe sitä. Peru muistiinpano, jota ei olisi pitänyt kirjoittaa; korjaa sellainen, joka on vain osin väärin.
note-corrected = Muistiinpano korjattiin. Aiempi versio säilyy sen historiassa.
note-withdrawn = Muistiinpano peruttiin.
outcome-page-title = Tilanne: { $name }
outcome-correct = Korjaa tilanne
outcome-correct-situation = Tilanne
outcome-withdraw = Peru tilanne
outcome-withdraw-intro = Peruttu tilanne jää historiaan perutuksi merkittynä. Sitä ei enää lasketa henkilön tilanteeksi eikä vaikuttavuusraporttiin.
outcome-corrected = Tilanne korjattiin. Aiempi versio säilyy sen historiassa.
outcome-withdrawn = Tilanne peruttiin.

person-jobs = Kiinnostavat työt
person-jobs-none = Ei vielä kiinnostaviksi merkittyjä töitä.
person-job-interest = Kiinnostunut { $day } alkaen. Työnantaja ei näe osaamista.
person-job-interest-shared = Kiinnostunut { $day } alkaen. Työnantaja näkee osaamisen tätä työtä varten.
person-job-proposed = Ehdotit tätä { $day }. Hän ei ole kertonut olevansa kiinnostunut.
person-job-stage = Työnantaja kertoo: { $stage }. Kirjaa tilanne alle, kun se on varmistunut.
person-jobs-that-fit = Hänelle sopivat työt
