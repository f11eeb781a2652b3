# Työnantajien tapaamistapahtumat: tapahtumien etsiminen, ilmoittautuminen, "Omat tapahtumat".

nav-events = Tapahtumat

events-title = Tapaa työnantajia
events-intro = Työnantajat ja järjestäjät pitävät tapahtumia, joissa voit tavata heitä kasvokkain. Niitä ovat esimerkiksi rekrytointipäivät, pikahaastattelut, työpaikkavierailut ja infotilaisuudet. Ilmoittaudu tapahtumiin, jotka kiinnostavat sinua.
events-all = Kaikki tapahtumat
events-mine-link = Omat tapahtumat
events-find = Etsi tapahtumia
events-count = { $count ->
    [0] Tapahtumia ei löytynyt
    [one] 1 tapahtuma
   *[other] { $count } tapahtumaa
}
events-none = Valintojasi vastaavia tapahtumia ei ole. Poista joitakin rajauksia tai katso myöhemmin uudelleen. Uusia tapahtumia tulee usein.

events-filter-title = Rajaa tapahtumia
events-filter-from = Mistä päivästä
events-filter-until = Mihin päivään asti
events-filter-date-hint = Esimerkiksi 1.12.2026
events-filter-error-date = Kirjoita päivä, kuukausi ja vuosi, esimerkiksi 1.12.2026
events-filter-sector = Ala
events-filter-any-sector = Kaikki alat
events-filter-kind = Tapahtuman tyyppi
events-filter-any-kind = Kaikki tyypit
events-filter-language = Kieli
events-filter-any-language = Kaikki kielet
events-filter-format = Missä
events-filter-format-any = Paikan päällä tai verkossa
events-filter-format-in-person = Paikan päällä
events-filter-format-online = Verkossa
events-filter-free = Vain tapahtumat, joissa on vapaita paikkoja
events-filter-apply = Näytä tapahtumat
events-filter-clear = Poista rajaukset

event-fact-when = Milloin
event-fact-where = Missä
event-fact-kind = Tyyppi
event-fact-sector = Ala
event-fact-languages = Tapahtuman kielet
event-fact-seats = Paikat
event-deadline-at = { $date } klo { $time }
event-fact-deadline = Ilmoittaudu viimeistään
event-free-seats = { $count ->
    [one] 1 vapaa paikka
   *[other] { $count } vapaata paikkaa
}
event-full = Täynnä: voit liittyä jonotuslistalle
event-online = Verkossa
event-online-at = Verkossa: { $url }
event-card-signed-up = Olet ilmoittautunut
event-card-waiting = Olet jonotuslistalla
event-when-same-day = { $date } klo { $start }–{ $end }
event-when-days = { $startdate } klo { $start } – { $enddate } klo { $end }

event-about = Tietoa tapahtumasta
event-directions = Näin pääset paikalle
event-accessibility = Esteettömyys
event-accessibility-none = Järjestäjä ei ole kertonut meille, onko paikka esteetön. Jos tarvitset jotain, kysy järjestäjältä ennen tapahtumaa.
event-cancelled-notice = Tämä tapahtuma on peruttu.
event-signups-closed = Ilmoittautuminen tähän tapahtumaan on päättynyt.

event-sign-up-title = Ilmoittaudu
event-full-hint = Kaikki paikat on varattu. Jos ilmoittaudut, pääset jonotuslistalle. Jos joku peruu, saat hänen paikkansa. Kerromme siitä sinulle sähköpostilla.
event-slot-legend = Valitse aika
event-slot-hint = Jokainen aika on lyhyt tapaaminen työnantajan kanssa.
event-slot-full = täynnä, jonotuslista
event-answer-hint = Voit jättää tämän tyhjäksi.
event-share-contact = Anna sähköpostiosoitteeni ja puhelinnumeroni järjestäjälle
event-share-contact-hint = Järjestäjä näkee aina nimesi ja yllä olevat vastauksesi. Nimesi avulla järjestäjä voi merkitä ovella, että olet tullut.
event-sign-up-button = Ilmoittaudu
event-join-waiting-list = Liity jonotuslistalle
event-error-deadline-passed = Ilmoittautuminen tähän tapahtumaan on päättynyt.
event-error-slot-missing = Valitse aika
event-error-answer-long = Vastauksesi on liian pitkä. Lyhennä se enintään 1 000 merkkiin.

event-standing-confirmed = Olet ilmoittautunut
event-standing-waiting = Olet jonotuslistalla sijalla { $position }
event-standing-waiting-hint = Jos joku peruu, saat hänen paikkansa automaattisesti. Kerromme siitä sinulle sähköpostilla.
event-standing-slot = Aikasi: { $slot }
event-standing-by-coach = Työvalmentajasi ilmoitti sinut tapahtumaan sinun luvallasi.
event-calendar-link = Lisää kalenteriini (.ics-tiedosto)
event-cancel-button = Peru ilmoittautumiseni

events-mine-title = Omat tapahtumat
events-mine-none = Et ole vielä ilmoittautunut mihinkään tapahtumaan.
event-status-cancelled = Järjestäjä perui tapahtuman
event-status-attended = Osallistuit
event-status-past = Tapahtuma on päättynyt

event-email-promoted-subject = Sait paikan: { $title }
event-email-promoted-body = Hyviä uutisia: paikka vapautui, ja se on nyt sinun.

    { $title }
    { $when }
    { $place }

    Jos et pääse tulemaan, peru ilmoittautumisesi. Silloin seuraava jonossa saa paikan: { $link }
event-email-cancelled-subject = Peruttu: { $title }
event-email-cancelled-body = Olemme pahoillamme: järjestäjä on perunut tämän tapahtuman.

    { $title }
    { $when }

    Sinun ei tarvitse tehdä mitään. Etsi muita tapahtumia täältä: { $link }
event-email-reminder-subject = Huomenna: { $title }
event-email-reminder-body = Muistutus: olet ilmoittautunut tähän tapahtumaan. Tapahtuma on huomenna.

    { $title }
    { $when }
    { $place }

    Jos et pääse tulemaan, peru ilmoittautumisesi. Silloin joku muu saa paikkasi: { $link }
event-email-changed-subject = Muutos tapahtumaan: { $title }
event-email-changed-body = Järjestäjä on muuttanut tapahtuman aikaa tai paikkaa. Ilmoittautumisesi on edelleen voimassa.

    { $title }

    { $changes }

    Jos et enää pääse tulemaan, peru ilmoittautumisesi. Silloin joku muu saa paikkasi: { $link }
event-email-changed-time =
    Aika ennen: { $old }
    Aika nyt: { $new }
event-email-changed-place =
    Paikka ennen: { $old }
    Paikka nyt: { $new }

event-sector-retail = Kauppa ja myynti
event-sector-hospitality = Ravintolat, kahvilat ja hotellit
event-sector-health-social = Sosiaali- ja terveysala
event-sector-cleaning-property = Siivous- ja kiinteistöpalvelut
event-sector-logistics = Kuljetus, varastointi ja logistiikka
event-sector-construction = Rakentaminen
event-sector-manufacturing = Teollisuus ja tuotanto
event-sector-it = IT-ala ja digityö
event-sector-education = Opetus ja varhaiskasvatus
event-sector-public = Julkiset palvelut
event-sector-other = Muut alat

event-kind-recruitment-day = Rekrytointipäivä
event-kind-speed-interviews = Pikahaastattelut
event-kind-workplace-visit = Työpaikkavierailu
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

event-access-step-free = Kulku ilman portaita
event-access-accessible-toilet = Esteetön wc
event-access-hearing-loop = Induktiosilmukka
event-access-quiet-room = Hiljainen huone, jossa voi pitää tauon
event-access-seating = Istumapaikkoja odottamista varten
event-access-accessible-parking = Invapysäköinti
event-access-public-transport = Joukkoliikenteen pysäkki lähellä

# Valmentajat: asiakkaiden tapahtumat ja ilmoittaminen asiakkaan luvalla.
events-caseload-title = Asiakkaideni tapahtumat
events-caseload-intro = Tapahtumat, joihin asiakkaasi ovat ilmoittautuneet. Avaa tapahtuma, jos haluat ilmoittaa asiakkaan hänen luvallaan.
events-caseload-none = Kukaan asiakkaistasi ei ole vielä ilmoittautunut tapahtumaan.
events-caseload-caption = Asiakkaidesi tapahtumat, tulevat ensin
events-caseload-jobseeker = Asiakas
events-caseload-attended = Osallistui
events-caseload-by-coach = Valmentaja ilmoitti
event-coach-title = Asiakkaasi
event-coach-none-here = Kukaan asiakkaistasi ei ole vielä ilmoittautunut tähän tapahtumaan.
event-coach-jobseeker = Ilmoita asiakas tapahtumaan
event-coach-consent = Asiakas on antanut luvan ilmoittaa hänet tähän tapahtumaan
event-coach-sign-up = Ilmoita asiakas
event-coach-done = Ilmoitettu. Tapahtuma näkyy nyt asiakkaan sivulla "Omat tapahtumat".
event-coach-error-jobseeker = Valitse asiakas, jonka ilmoitat
event-coach-error-consent = Vahvista rastilla, että asiakas on antanut luvan
event-sms-promoted = Askel: sait paikan tapahtumaan { $title }, { $when }. { $link }
event-sms-reminder = Askel muistuttaa: { $title } huomenna, { $when }. { $link }
event-sms-cancelled = Askel: { $title } ({ $when }) on peruttu. { $link }
event-sms-changed = Askel: tapahtuma { $title } on muuttunut. { $link }
