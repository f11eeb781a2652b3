# Yksi työnhakija valmentajan työtilassa: yleiskuva, muistiinpanot, tilanne, siirto toiselle valmentajalle.

person-contents = Tällä sivulla
person-situation = Tilanne
person-plan = Suunnitelma
person-modules = Osiot
person-skills = Taitojen arvioinnit
person-events = Tapahtumat
person-notes = Muistiinpanot
person-profile = Tiedot
person-sign-in-help = Apua kirjautumiseen
person-move = Siirrä toiselle valmentajalle

person-open-steps = { $count ->
    [0] Suunnitelmassa ei ole askeleita, joita pitää vielä tehdä.
    [one] Suunnitelmassa on 1 askel, joka pitää vielä tehdä.
   *[other] Suunnitelmassa on { $count } askelta, jotka pitää vielä tehdä.
}
person-open-plan = Avaa suunnitelma

person-modules-none = Hänellä ei ole vielä yhtään osiota.
person-modules-caption = Osiot, jotka annoit hänelle tai jotka hän aloitti
person-module = Osio
person-module-progress = Miten pitkällä
person-module-due = Viimeinen päivä
person-module-steps = { $done } / { $count } vaihetta tehty
person-module-no-due = Annoit osion, ei viimeistä päivää
person-module-own = Hän aloitti osion itse
person-reflections = Vastaukset, jotka hän jakoi sinulle
person-assign = Anna osio
person-module-choose = Valitse osio
person-assign-submit = Anna osio
person-assigned = Annoit osion. Työnhakija näkee sen listansa alussa.

person-skills-none = Hän ei ole vielä lähettänyt arviointeja.
person-open-skills = Taidot ja taitojen vahvistaminen
person-events-none = Hän ei ole ilmoittautunut tapahtumiin.

person-language = Kieli
person-joined = Liittyi

person-sign-in-help-intro = Onko työnhakija unohtanut salasanansa? Anna hänelle koodi. Koodilla hän voi tehdä uuden salasanan. Koodi toimii vain yhden kerran. Koodi toimii { $days } päivää.
person-issue-code = Anna koodi
person-code-intro = Anna tämä koodi työnhakijalle:
person-code-instructions = Hän menee osoitteeseen { $address }. Hän kirjoittaa koodin. Sitten hän valitsee uuden salasanan.

note-body = Uusi muistiinpano
note-body-hint = Työnhakija näkee muistiinpanon vain, jos jaat sen hänelle. Hän näkee sen myös, jos hän pyytää kopion tiedoistaan.
note-share = Jaa muistiinpano työnhakijalle. Hän näkee sen suunnitelmassaan.
note-submit = Tallenna muistiinpano
note-added = Tallensit muistiinpanon.
note-none = Ei vielä muistiinpanoja.
note-shared-flag = Jaoit tämän työnhakijalle
note-error-empty = Kirjoita muistiinpano
note-error-long = Kirjoita enintään 4000 merkkiä

outcome-employed_full_time = Kokoaikaisessa työssä
outcome-employed_part_time = Osa-aikaisessa työssä
outcome-subsidised_work = Palkkatuetussa työssä
outcome-training = Koulutuksessa tai opiskelee
outcome-other_service = Toisessa palvelussa
outcome-seeking = Etsii yhä työtä
outcome-left_service = Lähti palvelusta
outcome-none = Kukaan ei ole vielä merkinnyt tilannetta.
outcome-since-text = { $situation } { $date } alkaen
outcome-earlier = Aiemmin
outcome-record = Merkitse muutos
outcome-situation = Tilanne nyt
outcome-choose = Valitse tilanne
outcome-since = Alkaen
outcome-since-hint = Esimerkiksi 1.12.2026
outcome-submit = Merkitse tilanne
outcome-recorded = Merkitsit tilanteen.
outcome-error-situation = Valitse tilanne
outcome-error-since = Kirjoita päivämäärä näin: päivä.kuukausi.vuosi. Esimerkiksi 1.12.2026
outcome-error-since-future = Päivämäärä ei voi olla tulevaisuudessa

transfer-intro = Uusi valmentaja näkee kaiken, mitä tällä sivulla on. Sinä et enää näe sitä.
transfer-coach = Uusi valmentaja
transfer-choose = Valitse valmentaja
transfer-submit = Siirrä tälle valmentajalle
transfer-no-coaches = Ei ole muita valmentajia, joille voisit siirtää työnhakijan.
transfer-error-coach = Valitse valmentaja, jolle siirrät työnhakijan
transfer-done = Siirsit työnhakijan toiselle valmentajalle.
transfer-team-hint = Listassa ovat tiimisi valmentajat. Voit siirtää työnhakijan myös toisen tiimin valmentajalle. Etsi hänet nimellä alla.
transfer-no-team = Tiimissäsi ei ole muita valmentajia. Etsi nimellä valmentaja, jolle siirrät työnhakijan.
transfer-group-found = Nimellä löytyneet
transfer-group-team = Tiimisi
transfer-coach-in-team = { $name } ({ $team })
transfer-found = { $count ->
    [one] Nimellä ”{ $name }” löytyi 1 valmentaja. Hän on nyt valmentajien listassa.
   *[other] Nimellä ”{ $name }” löytyi { $count } valmentajaa. He ovat nyt valmentajien listassa.
}
transfer-found-none = Nimellä ”{ $name }” ei löytynyt valmentajaa. Tarkista, että kirjoitit nimen oikein. Tai kirjoita nimestä vähemmän kirjaimia.
transfer-found-more = Nimellä ”{ $name }” löytyi yli { $shown } valmentajaa. Valmentajien listassa on nyt vain { $shown } ensimmäistä. Kirjoita nimestä enemmän kirjaimia. Silloin löydät oikean valmentajan.
transfer-find-heading = Etsi valmentaja nimellä
transfer-find-name = Valmentajan nimi
transfer-find-hint = Kirjoita vähintään kaksi kirjainta valmentajan etunimestä tai sukunimestä.
transfer-find-submit = Etsi
transfer-find-error-short = Kirjoita vähintään kaksi kirjainta valmentajan nimestä
transfer-find-error-long = Nimi on liian pitkä. Siinä voi olla enintään 100 merkkiä

# Muistiinpanon tai tilanteen korjaaminen tai peruminen omalla sivullaan
record-details = Historia ja korjaukset
record-back = Takaisin työnhakijan sivulle
record-corrected = { $written }, korjaus { $when }
record-withdrawn = { $name } perui tämän { $when }
record-version-meta = Kirjoitus: { $written }. Korjaus: { $replaced }.
record-versions = Aiemmat versiot
record-only-author = Vain valmentaja, joka kirjoitti tämän, voi korjata tai perua sen.
record-correct-submit = Tallenna korjaus
note-page-title = Muistiinpano: { $name }
note-correct = Korjaa muistiinpano
note-correct-body = Muistiinpano
note-withdraw = Peru muistiinpano
note-withdraw-intro = Kun perut muistiinpanon, se jää historiaan. Askel merkitsee sen perutuksi. Työnhakija ei enää näe sitä. Peru muistiinpano, jos sitä ei olisi pitänyt kirjoittaa ollenkaan. Korjaa muistiinpano, jos vain osa siitä on väärin.
note-corrected = Korjasit muistiinpanon. Vanha versio jää historiaan.
note-withdrawn = Peruit muistiinpanon.
outcome-page-title = Tilanne: { $name }
outcome-correct = Korjaa tilanne
outcome-correct-situation = Tilanne
outcome-withdraw = Peru tilanne
outcome-withdraw-intro = Kun perut tilanteen, se jää historiaan. Askel merkitsee sen perutuksi. Askel ei enää laske sitä henkilön tilanteeksi. Askel ei myöskään käytä sitä vaikuttavuusraportissa eli raportissa, joka kertoo, miten palvelu auttaa.
outcome-corrected = Korjasit tilanteen. Vanha versio jää historiaan.
outcome-withdrawn = Peruit tilanteen.

person-jobs = Työt, jotka kiinnostavat häntä
person-jobs-none = Hän ei ole vielä merkinnyt töitä, jotka kiinnostavat häntä.
person-job-interest = Kiinnostunut { $day } alkaen. Työnantaja ei näe hänen taitojaan.
person-job-interest-shared = Kiinnostunut { $day } alkaen. Työnantaja näkee hänen taitonsa tätä työtä varten.
person-job-proposed = Ehdotit tätä työtä { $day }. Hän ei ole kertonut, että työ kiinnostaa häntä.
person-job-stage = Työnantaja kertoo: { $stage }. Merkitse tilanne alle, kun tiedät sen varmasti.
person-jobs-that-fit = Työt, jotka sopivat hänelle
