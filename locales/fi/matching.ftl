# Matching: "Sinulle sopivat työt", yksi työ, tallennetut työt ja kiinnostukset.

nav-jobs = Sinulle sopivat työt

match-jobs-title = Sinulle sopivat työt
match-jobs-intro = Avoimet työpaikat ja työtehtävät, osaamiseesi parhaiten sopivat ensin. Jokaisesta näet, mitä sinulla jo on ja mitä vielä tarvitsisit.
match-how-sorted = Miten työt on järjestetty?
match-how-sorted-text = Jokainen työ saa pisteitä sadasta sen mukaan, mitä se vaatii: pakolliset taidot 50, kortit ja todistukset 20, kielet 15 ja toivotut taidot 15. Jos työ ei vaadi jotakin näistä, saat ne pisteet kokonaan. Vain taitosi, korttisi ja kielesi lasketaan. Ikäsi, sukupuolesi tai taustasi ei koskaan vaikuta.
match-my-jobs-link = Tallentamasi työt ja kiinnostuksesi
match-no-facts = Askel ei vielä tiedä osaamistasi, joten töitä ei ole järjestetty sinulle.
match-no-facts-link = Kerro, mitä olet tehnyt ja mitä osaat
match-found = { $count ->
    [one] Löytyi yksi työ
   *[other] Löytyi { $count } työtä
}
match-none = Näillä valinnoilla ei ole avoimia töitä. Kokeile valita vähemmän.
match-filter-field = Ala
match-filter-any-field = Kaikki alat
match-filter-place = Paikka
match-filter-any-place = Kaikki paikat
match-filter-form = Työsuhteen muoto
match-filter-any-form = Kaikki muodot
match-filter-kind = Työpaikka vai työtehtävä
match-filter-any-kind = Molemmat
match-filter-no-finnish = Vain työt, joissa suomen kieltä ei vaadita
match-filter-apply = Näytä työt
match-pages = Työlistan sivut
match-page-of = Sivu { $page } / { $pages }
match-previous = Edelliset työt
match-next = Lisää töitä
match-fit-score = Sopii sinulle: { $score } / 100.
match-all-musts = Sinulla on kaikki, mitä työ vaatii.
match-you-have = Sinulla on:
match-you-need = Tarvitsisit vielä:
match-need-language = { $language } { $level ->
    [native] äidinkielenä
   *[other] vähintään tasolla { $level }
}
match-must = pakollinen
match-nice = toivottu
match-way-module = Opettele: { $module }
match-way-assessment = Näytä se itsearvioinnissa: { $assessment }
match-way-experience = Oletko tehnyt tätä? Kerro siitä
match-way-certificate = Onko sinulla tämä kortti? Lisää se osaamiseesi
match-way-language = Lisää kieli ja tasosi
match-meet = Tapaa { $employer }
match-how-to-apply = Näin haet
match-apply-link = Hae työnantajan sivuilla
match-how-you-fit = Miten sovit tähän työhön
match-job-closed = Tämä työ on suljettu. Siihen ei voi enää hakea.
match-job-closed-short = Suljettu
match-next-step = Seuraava askeleesi
match-interest-explain = Kerro valmentajallesi, että tämä työ kiinnostaa sinua. Valmentaja voi auttaa sinua hakemaan.
match-share-label = Näytä osaamiseni myös työnantajalle { $employer } tätä työtä varten
match-share-hint = Työnantaja näkee nimesi, Osaamiseni-sivusi taidot ja sen, miten sovit tähän työhön, ei muuta. Voit lopettaa sen milloin vain.
match-interested = Olen kiinnostunut
match-interested-since = Kerroit valmentajallesi kiinnostuksestasi { $day }.
match-shared-since = { $employer } on nähnyt osaamisesi tätä työtä varten { $day } alkaen.
match-not-shared = { $employer } ei näe osaamistasi.
match-share-now = Näytä osaamiseni työnantajalle { $employer }
match-share-stop = Lopeta osaamiseni näyttäminen
match-withdraw = En ole enää kiinnostunut
match-save = Tallenna tämä työ
match-forget = Poista tallennetuista
match-saved = Työ on tallennettu. Löydät sen tallentamistasi töistä.
match-forgotten = Työ on poistettu tallennetuista.
match-interest-sent = Valmentajasi näkee nyt, että olet kiinnostunut.
match-interest-withdrawn = Kiinnostuksesi on peruttu.
match-share-stopped = Työnantaja ei enää näe osaamistasi tätä työtä varten.
match-error-cannot-save = Työtä ei voitu tallentaa. Se voi olla suljettu, tai sinulla on jo 100 tallennettua työtä.
match-error-job-closed = Tämä työ ei ole enää avoinna.
match-my-jobs-title = Tallentamasi työt ja kiinnostuksesi
match-interests-title = Työt, jotka kiinnostavat sinua
match-interests-none = Et ole vielä kertonut valmentajallesi mistään työstä.
match-saved-title = Tallennetut työt
match-saved-none = Sinulla ei ole tallennettuja töitä.
match-saved-on = Tallennettu { $day }.

# Valmentajan näkymä: yhdelle ihmiselle sopivat työt.
match-coach-title = Työt, jotka sopivat henkilölle { $name }
match-coach-intro = Parhaiten sopivat avoimet työt samoin pistein kuin henkilö itse näkee. Ehdota työtä: hän näkee ehdotuksen, ja työnantaja näkee hänet vain, jos hän suostuu. Tee puuttuvasta asiasta suunnitelman askel yhdellä painalluksella.
match-coach-fit-score = Sopivuus: { $score } / 100.
match-coach-has = On:
match-coach-lacks = Tarvitsisi vielä:
match-gap-to-plan = Lisää suunnitelmaan: { $need }
match-plan-step = { $need } – työhön { $job }, { $employer }
match-gap-planned = Askel on suunnitelmassa.
match-propose = Ehdota tätä työtä henkilölle { $name }
match-proposed = Ehdotettu.
match-proposed-done = Työ on ehdotettu. Hän näkee sen töissään.
match-proposed-to-you = Valmentajasi ehdotti tätä työtä sinulle { $day }.

# Työnantajan näkymä: työn hakijat.
match-candidates-title = Ehdokkaat
match-candidates-intro = Ihmiset, joita tämä työ kiinnostaa tai joille valmentaja on sitä ehdottanut, kun he ovat suostuneet näyttämään osaamisensa sinulle.
match-candidates-none = Ei vielä ehdokkaita.
match-count = Palvelussa on { $count } ihmistä, joilla on kaikki tämän työn pakolliset taidot.
match-count-few = Palvelussa on alle 5 ihmistä, joilla on kaikki tämän työn pakolliset taidot.
match-came-interested = Kiinnostunut
match-came-proposed = Valmentajan ehdottama
match-came-both = Kiinnostunut, ja valmentajan ehdottama
match-candidate-fit = Sopivuus: { $score } / 100 ({ $have }/{ $asked } vaaditusta asiasta).
match-stage-label = Mitä on tapahtunut
match-stage-none = Ei vielä mitään
match-stage-contacted = Otettu yhteyttä
match-stage-interview = Haastattelu
match-stage-hired = Palkattu
match-stage-not-chosen = Ei valittu
match-stage-save = Tallenna
match-stage-saved = Tallennettu. Jos joku palkataan, hänen valmentajansa näkee sen.
match-error-stage = Valitse, mitä on tapahtunut
match-employer-says = Työnantaja kertoo: { $stage }
match-candidate-title = Henkilön { $name } osaaminen
match-candidate-intro = Mitä tämä ihminen on päättänyt näyttää sinulle tätä työtä varten. Hän voi lopettaa sen milloin vain.
match-candidates-back = Takaisin työhön

# Valmentajan lista avoimista töistä ja yhteen työhön sopivat ihmiset.
nav-coach-jobs = Työpaikat
match-coach-jobs-title = Avoimet työt
match-coach-jobs-intro = Kaikki avoimet työpaikat ja työtehtävät, uusimmat ensin. Avaa työ nähdäksesi, kenelle asiakkaistasi se sopii parhaiten.
match-coach-people = Kenelle asiakkaistasi työ sopii
match-coach-people-intro = Ensin ne, joilla on kaikki työn pakolliset asiat, sitten pisteiden mukaan. Ehdota työtä: hän näkee sen, ja työnantaja näkee hänet vain, jos hän suostuu.
match-coach-nobody = Sinulla ei ole vielä asiakkaita.
match-filter-label = Rajaa töitä
match-prepare-title = Valmistaudu tähän tapahtumaan
match-prepare-intro = Työnantajat tapaavat täällä ihmisiä näihin töihin. Katso, mitä sinulla jo on kuhunkin ja mitä voisit vielä oppia.
match-prepare-bring-title = Mitä ottaa mukaan
match-prepare-bring-cv = CV:si: Askel tekee sen taidoistasi
match-prepare-bring-card = { $card }: kortti tai kuva siitä
match-prepare-module-title = Ennen tapahtumaa
match-prepare-module = Tee ensin tämä osio: { $module }
match-error-already-planned = Tämä on jo vaihe hänen suunnitelmassaan.
