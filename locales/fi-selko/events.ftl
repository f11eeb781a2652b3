# Työnantajien tapaamistapahtumat: tapahtumien etsiminen, ilmoittautuminen, "Omat tapahtumat".

nav-events = Tapahtumat

events-title = Tapaa työnantajia
events-intro = Työnantajat ja järjestäjät pitävät tapahtumia. Tapahtumissa voit tavata työnantajia kasvokkain. Tapahtuma voi olla esimerkiksi rekrytointipäivä. Silloin työnantajat etsivät uusia työntekijöitä. Tapahtumassa voi olla lyhyitä työhaastatteluja. Voit myös käydä työpaikalla. Infotilaisuudessa kuulet tietoa työstä. Ilmoittaudu tapahtumiin, jotka kiinnostavat sinua.
events-all = Kaikki tapahtumat
events-mine-link = Omat tapahtumat
events-find = Etsi tapahtumia
events-count = { $count ->
    [0] Tapahtumia ei löytynyt
    [one] 1 tapahtuma
   *[other] { $count } tapahtumaa
}
events-none = Valintoihisi sopivia tapahtumia ei ole. Poista joitakin valintoja. Tai katso myöhemmin uudelleen. Uusia tapahtumia tulee usein.

events-filter-title = Valitse, millaisia tapahtumia näet
events-filter-from = Mistä päivästä
events-filter-until = Mihin päivään asti
events-filter-date-hint = Esimerkiksi 1.12.2026
events-filter-error-date = Kirjoita päivä, kuukausi ja vuosi. Esimerkiksi 1.12.2026
events-filter-sector = Ala
events-filter-any-sector = Kaikki alat
events-filter-kind = Millainen tapahtuma
events-filter-any-kind = Kaikki tapahtumat
events-filter-language = Kieli
events-filter-any-language = Kaikki kielet
events-filter-format = Missä
events-filter-format-any = Paikan päällä tai internetissä
events-filter-format-in-person = Paikan päällä
events-filter-format-online = Internetissä
events-filter-free = Vain tapahtumat, joissa on vapaita paikkoja
events-filter-apply = Näytä tapahtumat
events-filter-clear = Poista valinnat

event-fact-when = Milloin
event-fact-where = Missä
event-fact-kind = Millainen tapahtuma
event-fact-sector = Ala
event-fact-languages = Tapahtuman kielet
event-fact-seats = Paikat
event-deadline-at = { $date } kello { $time }
event-fact-deadline = Ilmoittaudu viimeistään
event-free-seats = { $count ->
    [one] 1 vapaa paikka
   *[other] { $count } vapaata paikkaa
}
event-full = Täynnä. Voit mennä jonoon.
event-online = Internetissä
event-online-at = Internetissä: { $url }
event-card-signed-up = Olet ilmoittautunut
event-card-waiting = Olet jonossa
event-when-same-day = { $date } kello { $start }–{ $end }
event-when-days = { $startdate } kello { $start } – { $enddate } kello { $end }

event-about = Tietoa tapahtumasta
event-directions = Näin pääset paikalle
event-accessibility = Esteettömyys
event-accessibility-none = Järjestäjä ei ole kertonut, onko paikka esteetön. Esteetön tarkoittaa, että paikalle pääsee helposti, esimerkiksi pyörätuolilla. Tarvitsetko jotain? Kysy järjestäjältä ennen tapahtumaa.
event-cancelled-notice = Järjestäjä perui tämän tapahtuman.
event-signups-closed = Et voi enää ilmoittautua tähän tapahtumaan.

event-sign-up-title = Ilmoittaudu
event-full-hint = Kaikki paikat ovat jo varattuja. Jos ilmoittaudut, pääset jonoon. Jos joku peruu, saat hänen paikkansa. Kerromme siitä sinulle sähköpostilla.
event-slot-legend = Valitse aika
event-slot-hint = Jokainen aika on lyhyt tapaaminen työnantajan kanssa.
event-slot-full = täynnä, jono
event-answer-hint = Sinun ei ole pakko vastata.
event-share-contact = Anna järjestäjälle sähköpostiosoitteeni ja puhelinnumeroni
event-share-contact-hint = Järjestäjä näkee aina nimesi. Järjestäjä näkee myös vastauksesi, jotka ovat tässä ylhäällä. Järjestäjä tarvitsee nimesi, kun hän merkitsee ovella, että olet tullut.
event-sign-up-button = Ilmoittaudu
event-join-waiting-list = Mene jonoon
event-error-deadline-passed = Et voi enää ilmoittautua tähän tapahtumaan.
event-error-slot-missing = Valitse aika
event-error-answer-long = Vastauksesi on liian pitkä. Voit kirjoittaa enintään 1 000 merkkiä.

event-standing-confirmed = Olet ilmoittautunut
event-standing-waiting = Olet jonossa. Numerosi jonossa on { $position }.
event-standing-waiting-hint = Jos joku peruu, saat hänen paikkansa. Sinun ei tarvitse tehdä mitään. Kerromme siitä sinulle sähköpostilla.
event-standing-slot = Aikasi: { $slot }
event-standing-by-coach = Valmentajasi ilmoitti sinut tapahtumaan. Sinä annoit siihen luvan.
event-calendar-link = Lisää kalenteriini (.ics-tiedosto)
event-cancel-button = Peru ilmoittautuminen

events-mine-title = Omat tapahtumat
events-mine-none = Et ole vielä ilmoittautunut yhteenkään tapahtumaan.
event-status-cancelled = Järjestäjä perui tapahtuman
event-status-attended = Olit tapahtumassa
event-status-past = Tapahtuma on päättynyt

event-email-promoted-subject = Sait paikan: { $title }
event-email-promoted-body = Hyviä uutisia! Paikka vapautui. Nyt paikka on sinun.

    { $title }
    { $when }
    { $place }

    Etkö pääse tulemaan? Peru silloin ilmoittautuminen. Sitten seuraava ihminen jonossa saa paikan: { $link }
event-email-cancelled-subject = Järjestäjä perui tapahtuman: { $title }
event-email-cancelled-body = Olemme pahoillamme. Järjestäjä perui tämän tapahtuman.

    { $title }
    { $when }

    Sinun ei tarvitse tehdä mitään. Etsi muita tapahtumia täältä: { $link }
event-email-reminder-subject = Huomenna: { $title }
event-email-reminder-body = Muistutus: olet ilmoittautunut tähän tapahtumaan. Tapahtuma on huomenna.

    { $title }
    { $when }
    { $place }

    Etkö pääse tulemaan? Peru silloin ilmoittautuminen. Sitten joku muu saa paikkasi: { $link }
event-email-changed-subject = Tapahtuma muuttui: { $title }
event-email-changed-body = Järjestäjä muutti tapahtuman aikaa tai paikkaa. Ilmoittautumisesi on yhä voimassa.

    { $title }

    { $changes }

    Etkö enää pääse tulemaan? Peru silloin ilmoittautuminen. Sitten joku muu saa paikkasi: { $link }
event-email-changed-time =
    Aika ennen: { $old }
    Aika nyt: { $new }
event-email-changed-place =
    Paikka ennen: { $old }
    Paikka nyt: { $new }

event-sector-retail = Kauppa ja myynti
event-sector-hospitality = Ravintolat, kahvilat ja hotellit
event-sector-health-social = Hoitotyö ja sosiaalityö
event-sector-cleaning-property = Siivous ja talojen huolto
event-sector-logistics = Kuljetus ja varastot
event-sector-construction = Rakentaminen
event-sector-manufacturing = Tehtaat ja teollisuus
event-sector-it = Tietotekniikka ja työ tietokoneella
event-sector-education = Opetus ja päiväkodit
event-sector-public = Kunnan ja valtion palvelut
event-sector-other = Muut alat

event-kind-recruitment-day = Rekrytointipäivä
event-kind-speed-interviews = Lyhyet työhaastattelut
event-kind-workplace-visit = Käynti työpaikalla
event-kind-info-session = Infotilaisuus

event-language-fi = suomi
event-language-sv = ruotsi
event-language-en = englanti
event-language-ru = venäjä
event-language-et = viro
event-language-ar = arabia
event-language-so = somali
event-language-uk = ukraina
event-language-fa = persia

event-access-step-free = Pääset sisään ilman portaita
event-access-accessible-toilet = Esteetön vessa
event-access-hearing-loop = Induktiosilmukka kuulolaitteen käyttäjälle
event-access-quiet-room = Hiljainen huone, jossa voit pitää tauon
event-access-seating = Paikkoja, joissa voit istua, kun odotat
event-access-accessible-parking = Pysäköintipaikka liikuntavammaisille
event-access-public-transport = Bussi- tai junapysäkki on lähellä

# Valmentajat: asiakkaiden tapahtumat ja ilmoittaminen asiakkaan luvalla.
events-caseload-title = Asiakkaideni tapahtumat
events-caseload-intro = Tässä ovat tapahtumat, joihin asiakkaasi ovat ilmoittautuneet. Voit myös ilmoittaa asiakkaan tapahtumaan, jos hän antaa luvan. Avaa silloin tapahtuma.
events-caseload-none = Kukaan asiakkaistasi ei ole vielä ilmoittautunut tapahtumaan.
events-caseload-caption = Asiakkaidesi tapahtumat. Tulevat tapahtumat ovat ensin.
events-caseload-jobseeker = Asiakas
events-caseload-attended = Oli tapahtumassa
events-caseload-by-coach = Valmentaja ilmoitti
event-coach-title = Asiakkaasi
event-coach-none-here = Kukaan asiakkaistasi ei ole vielä ilmoittautunut tähän tapahtumaan.
event-coach-jobseeker = Ilmoita asiakas tapahtumaan
event-coach-consent = Asiakas antoi luvan, että ilmoitan hänet tähän tapahtumaan
event-coach-sign-up = Ilmoita asiakas
event-coach-done = Ilmoitit asiakkaan. Asiakas näkee tapahtuman nyt sivulla Omat tapahtumat.
event-coach-error-jobseeker = Valitse asiakas, jonka haluat ilmoittaa
event-coach-error-consent = Laita rasti ruutuun. Näin kerrot, että asiakas antoi luvan.
event-sms-promoted = Askel: sait paikan tapahtumaan { $title }, { $when }. { $link }
event-sms-reminder = Askel muistuttaa: { $title } on huomenna, { $when }. { $link }
event-sms-cancelled = Askel: järjestäjä perui tapahtuman { $title } ({ $when }). { $link }
event-sms-changed = Askel: tapahtuma { $title } muuttui. { $link }
