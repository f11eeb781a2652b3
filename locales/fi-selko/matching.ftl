# Matching: "Sinulle sopivat työt", yksi työ, tallennetut työt ja kiinnostukset.

nav-jobs = Sinulle sopivat työt

match-jobs-title = Sinulle sopivat työt
match-jobs-intro = Tässä ovat avoimet työpaikat ja työtehtävät. Ensin ovat ne, jotka sopivat parhaiten sinun taitoihisi. Näet jokaisesta työstä, mitä sinulla jo on. Näet myös, mitä tarvitset vielä.
match-how-sorted = Miten Askel järjestää työt?
match-how-sorted-text = Jokainen työ saa enintään 100 pistettä. Askel laskee pisteet sen mukaan, mitä työssä tarvitsee. Työ saa pakollisista taidoista enintään 50 pistettä. Se saa korteista ja todistuksista enintään 20 pistettä. Se saa kielistä enintään 15 pistettä. Se saa hyödyllisistä taidoista enintään 15 pistettä. Jos työssä ei tarvitse jotain näistä, saat siitä kaikki pisteet. Askel katsoo vain taitojasi, korttejasi ja kieliäsi. Ikäsi, sukupuolesi tai taustasi ei vaikuta pisteisiin koskaan.
match-my-jobs-link = Tallennetut työt ja työt, jotka kiinnostavat sinua
match-no-facts = Askel ei vielä tiedä, mitä osaat. Siksi Askel ei voi järjestää töitä sinulle.
match-no-facts-link = Kerro, mitä olet tehnyt ja mitä osaat
match-found = { $count ->
    [one] Askel löysi yhden työn
   *[other] Askel löysi { $count } työtä
}
match-none = Näillä valinnoilla ei ole avoimia töitä. Poista joitakin valintoja.
match-filter-field = Ala
match-filter-any-field = Kaikki alat
match-filter-place = Paikka
match-filter-any-place = Kaikki paikat
match-filter-form = Millainen työsuhde
match-filter-any-form = Kaikki työsuhteet
match-filter-kind = Työpaikka vai työtehtävä
match-filter-any-kind = Molemmat
match-filter-no-finnish = Vain työt, joissa ei tarvitse suomea
match-filter-apply = Näytä työt
match-pages = Listan sivut
match-page-of = Sivu { $page }/{ $pages }
match-previous = Edelliset työt
match-next = Lisää töitä
match-fit-score = Sopii sinulle: { $score } / 100 pistettä.
match-all-musts = Sinulla on kaikki, mitä työssä pitää olla.
match-you-have = Sinulla on:
match-you-need = Tarvitset vielä:
match-need-language = { $language } { $level ->
    [native] äidinkielenä
   *[other] vähintään tasolla { $level }
}
match-must = pakollinen
match-nice = hyödyllinen
match-way-module = Opettele osiossa: { $module }
match-way-assessment = Näytä taitosi arvioinnissa: { $assessment }
match-way-experience = Oletko tehnyt tätä? Kerro siitä
match-way-certificate = Onko sinulla tämä kortti? Lisää se Osaamiseni-sivulle
match-way-language = Lisää kieli ja kerro, miten hyvin osaat sitä
match-meet = Tapaa työnantaja: { $employer }
match-how-to-apply = Näin haet työtä
match-apply-link = Hae työtä työnantajan verkkosivulla
match-how-you-fit = Miten sovit tähän työhön
match-job-closed = Tämä työ on suljettu. Et voi enää hakea sitä.
match-job-closed-short = Suljettu
match-next-step = Seuraava askeleesi
match-interest-explain = Kerro valmentajallesi, että tämä työ kiinnostaa sinua. Valmentaja voi auttaa sinua, kun haet työtä.
match-share-label = Näytä taitoni myös työnantajalle { $employer } tätä työtä varten
match-share-hint = Työnantaja näkee nimesi. Työnantaja näkee myös taidot, jotka ovat Osaamiseni-sivullasi. Lisäksi työnantaja näkee, miten sovit tähän työhön. Muuta työnantaja ei näe. Voit lopettaa tämän milloin vain.
match-interested = Olen kiinnostunut
match-interested-since = Kerroit valmentajallesi { $day }, että tämä työ kiinnostaa sinua.
match-shared-since = Työnantaja { $employer } on nähnyt taitosi tätä työtä varten { $day } alkaen.
match-not-shared = Työnantaja { $employer } ei näe taitojasi.
match-share-now = Näytä taitoni työnantajalle { $employer }
match-share-stop = Älä enää näytä taitojani
match-withdraw = En ole enää kiinnostunut
match-save = Tallenna tämä työ
match-forget = Poista tallennetuista töistä
match-saved = Tallensit työn. Löydät sen tallennetuista töistä.
match-forgotten = Poistit työn tallennetuista töistä.
match-interest-sent = Valmentajasi näkee nyt, että tämä työ kiinnostaa sinua.
match-interest-withdrawn = Kerroit, että työ ei enää kiinnosta sinua.
match-share-stopped = Työnantaja ei enää näe taitojasi tätä työtä varten.
match-error-cannot-save = Askel ei voinut tallentaa työtä. Ehkä työ on suljettu. Tai sinulla on jo 100 tallennettua työtä. Voit tallentaa enintään 100 työtä.
match-error-job-closed = Tämä työ ei ole enää avoinna.
match-my-jobs-title = Tallennetut työt ja työt, jotka kiinnostavat sinua
match-interests-title = Työt, jotka kiinnostavat sinua
match-interests-none = Et ole vielä kertonut valmentajallesi, että jokin työ kiinnostaa sinua.
match-saved-title = Tallennetut työt
match-saved-none = Et ole tallentanut yhtään työtä.
match-saved-on = Tallensit työn { $day }.

# Valmentajan näkymä: yhdelle ihmiselle sopivat työt.
match-coach-title = Työt, jotka sopivat henkilölle { $name }
match-coach-intro = Tässä ovat avoimet työt, jotka sopivat hänelle parhaiten. Askel antaa töille samat pisteet, jotka hän näkee itse. Voit ehdottaa hänelle työtä. Hän näkee ehdotuksesi. Työnantaja näkee hänet vain, jos hän antaa luvan. Puuttuuko häneltä jotain? Voit tehdä siitä askeleen hänen suunnitelmaansa yhdellä painalluksella.
match-coach-fit-score = Sopivuus: { $score } / 100 pistettä.
match-coach-has = Hänellä on:
match-coach-lacks = Hän tarvitsee vielä:
match-gap-to-plan = Lisää suunnitelmaan: { $need }
match-plan-step = { $need } – työtä varten: { $job }, { $employer }
match-gap-planned = Tämä askel on suunnitelmassa.
match-propose = Ehdota tätä työtä henkilölle { $name }
match-proposed = Ehdotit tätä työtä.
match-proposed-done = Ehdotit työtä. Hän näkee työn omassa listassaan.
match-proposed-to-you = Valmentajasi ehdotti tätä työtä sinulle { $day }.

# Työnantajan näkymä: työn hakijat.
match-candidates-title = Ehdokkaat
match-candidates-intro = Tässä ovat ihmiset, joita tämä työ kiinnostaa. Tässä ovat myös ihmiset, joille valmentaja on ehdottanut tätä työtä. Näet heidät vain, jos he ovat antaneet luvan näyttää taitonsa sinulle.
match-candidates-none = Ei vielä ehdokkaita.
match-count = Askeleessa on { $count } ihmistä, joilla on kaikki pakolliset taidot tähän työhön.
match-count-few = Askeleessa on alle 5 ihmistä, joilla on kaikki pakolliset taidot tähän työhön.
match-came-interested = Kiinnostunut
match-came-proposed = Valmentaja ehdotti
match-came-both = Kiinnostunut, ja valmentaja ehdotti
match-candidate-fit = Sopivuus: { $score } / 100 pistettä. Asiat, joita työssä tarvitsee: hänellä on { $have }/{ $asked }.
match-stage-label = Mitä on tapahtunut
match-stage-none = Ei vielä mitään
match-stage-contacted = Otimme yhteyttä
match-stage-interview = Kutsuimme työhaastatteluun
match-stage-hired = Palkkasimme
match-stage-not-chosen = Emme valinneet
match-stage-save = Tallenna
match-stage-saved = Tallensit tiedon. Jos palkkaat jonkun, hänen valmentajansa näkee sen.
match-error-stage = Valitse, mitä on tapahtunut
match-employer-says = Työnantaja kertoo: { $stage }
match-candidate-title = Henkilön { $name } taidot
match-candidate-intro = Tämä ihminen päätti näyttää sinulle nämä asiat tätä työtä varten. Hän voi lopettaa näyttämisen milloin vain.
match-candidates-back = Takaisin työhön

# Valmentajan lista avoimista töistä ja yhteen työhön sopivat ihmiset.
nav-coach-jobs = Työpaikat
match-coach-jobs-title = Avoimet työt
match-coach-jobs-intro = Tässä ovat kaikki avoimet työpaikat ja työtehtävät. Uusin on ensin. Avaa työ. Sitten näet, kenelle asiakkaistasi se sopii parhaiten.
match-coach-people = Kenelle asiakkaistasi työ sopii
match-coach-people-intro = Ensin ovat ne, joilla on kaikki pakolliset asiat tähän työhön. Sen jälkeen järjestys on pisteiden mukaan. Voit ehdottaa työtä asiakkaalle. Hän näkee ehdotuksesi. Työnantaja näkee hänet vain, jos hän antaa luvan.
match-coach-nobody = Sinulla ei ole vielä asiakkaita.
match-filter-label = Valitse, millaisia töitä näet
match-prepare-title = Valmistaudu tähän tapahtumaan
match-prepare-intro = Tässä tapahtumassa työnantajat tapaavat ihmisiä näihin töihin. Katso, mitä sinulla jo on jokaiseen työhön. Katso myös, mitä voisit vielä oppia.
match-prepare-bring-title = Mitä otat mukaan
match-prepare-bring-cv = CV:si. Askel tekee CV:n taidoistasi.
match-prepare-bring-card = { $card }: kortti tai kuva kortista
match-prepare-module-title = Ennen tapahtumaa
match-prepare-module = Tee ensin tämä osio: { $module }
match-error-already-planned = Tämä on jo askel hänen suunnitelmassaan.
