# Järjestäjät: omat tapahtumat, tapahtumalomake, ilmoittautuneet ja saapuneiden merkitseminen ovella.

nav-organiser-events = Omat tapahtumat

organiser-events-title = Omat tapahtumat
organiser-create = Tee tapahtuma
organiser-events-none = Sinulla ei ole vielä tapahtumia. Tee tapahtuma. Tapahtuma on ensin luonnos eli keskeneräinen. Vain sinä näet luonnoksen. Muut näkevät tapahtuman vasta, kun julkaiset sen.
organiser-events-caption = Tapahtumasi. Tulevat tapahtumat ovat ensin.
organiser-column-event = Tapahtuma
organiser-column-when = Milloin
organiser-column-status = Tila
organiser-column-confirmed = Ilmoittautuneet
organiser-column-waiting = Jono

organiser-status-draft = Luonnos (työnhakijat eivät näe tätä)
organiser-status-published = Julkaistu
organiser-status-cancelled = Peruttu
organiser-standing-confirmed = Sai paikan
organiser-standing-waiting = Jonossa

organiser-new-title = Tee tapahtuma
organiser-edit-title = Muuta tapahtumaa
organiser-back-to-event = Takaisin tapahtumaan
organiser-form-intro = Kirjoita selkeästi. Moni lukija opettelee vielä suomea. Täytä kaikki kentät, joissa ei lue "(ei pakollinen)". Kun tallennat, tapahtuma on luonnos. Työnhakijat näkevät tapahtuman vasta, kun julkaiset sen.
organiser-choose = Valitse…
organiser-section-about = Tietoa tapahtumasta
organiser-title-fi = Tapahtuman nimi suomeksi
organiser-description-fi = Kuvaus suomeksi
organiser-employer = Työnantaja tai järjestäjä
organiser-section-translations = Ruotsiksi ja englanniksi (ei pakollinen)
organiser-translations-hint = Jos kirjoitat nimen jollakin kielellä, kirjoita myös kuvaus samalla kielellä. Jos tekstiä ei ole lukijan kielellä, lukija näkee tekstin suomeksi.
organiser-title-sv = Nimi ruotsiksi (ei pakollinen)
organiser-description-sv = Kuvaus ruotsiksi (ei pakollinen)
organiser-title-en = Nimi englanniksi (ei pakollinen)
organiser-description-en = Kuvaus englanniksi (ei pakollinen)
organiser-section-when = Milloin
organiser-date = Päivämäärä
organiser-start = Alkaa kello
organiser-end = Päättyy kello
organiser-time-hint = Suomen aika. Esimerkiksi 9.30
organiser-deadline-date = Ilmoittautumisen viimeinen päivä
organiser-deadline-time = Ilmoittautuminen päättyy kello (ei pakollinen)
organiser-deadline-time-hint = Suomen aika. Jos et kirjoita kellonaikaa, ilmoittautuminen päättyy, kun päivä loppuu.
organiser-section-where = Missä
organiser-address = Katuosoite, jos tapahtuma on paikan päällä
organiser-directions = Näin pääset paikalle (ei pakollinen)
organiser-online-url = Linkki tapahtumaan internetissä
organiser-online-url-hint = Linkin pitää alkaa https://
organiser-access-legend = Tapahtumapaikalla on (valitse kaikki, jotka ovat totta)
organiser-access-notes = Lisää tietoa esteettömyydestä (ei pakollinen)
organiser-section-seats = Paikat
organiser-seating-legend = Miten ihmiset ilmoittautuvat?
organiser-seating-seats = Paikat: kaikki ovat mukana koko tapahtuman ajan
organiser-seating-slots = Ajat: jokainen varaa oman ajan, esimerkiksi lyhyeen työhaastatteluun
organiser-capacity = Montako paikkaa
organiser-capacity-hint = Täytä tämä, jos valitsit paikat. Kun kaikki paikat ovat varattuja, ihmiset voivat mennä jonoon.
organiser-slot-minutes = Yhden ajan pituus minuutteina
organiser-slot-minutes-hint = Täytä tämä, jos valitsit ajat. Ajat ovat peräkkäin koko tapahtuman ajan, alusta loppuun.
organiser-slot-seats = Montako ihmistä voi varata saman ajan
organiser-slot-seats-hint = Täytä tämä, jos valitsit ajat. Kirjoita esimerkiksi 1, jos haastattelija tapaa yhden ihmisen kerrallaan.
organiser-section-questions = Kysymyksiä ilmoittautujille (ei pakollinen)
organiser-questions-hint = Voit kirjoittaa enintään kolme lyhyttä kysymystä. Esimerkiksi: "Mikä työ sinua kiinnostaa?" Ilmoittautujien ei ole pakko vastata.
organiser-question-legend = Kysymys { $number }
organiser-question-fi = Suomeksi
organiser-question-sv = Ruotsiksi (ei pakollinen)
organiser-question-en = Englanniksi (ei pakollinen)
organiser-save-draft = Tallenna luonnoksena
organiser-save = Tallenna muutokset

organiser-error-title-fi = Kirjoita tapahtuman nimi suomeksi
organiser-error-description-fi = Kirjoita kuvaus suomeksi
organiser-error-translation-pair = Kirjoita tällä kielellä sekä nimi että kuvaus. Tai jätä molemmat tyhjiksi.
organiser-error-too-long = Tämä teksti on liian pitkä. Lyhennä sitä.
organiser-error-employer = Kirjoita työnantaja tai järjestäjä
organiser-error-sector = Valitse ala
organiser-error-kind = Valitse, millainen tapahtuma on
organiser-error-date = Kirjoita päivä, kuukausi ja vuosi. Esimerkiksi 28.3.2027
organiser-error-date-past = Tämä päivä on jo mennyt. Valitse päivä, joka on tulevaisuudessa.
organiser-error-start = Kirjoita, mihin aikaan tapahtuma alkaa. Kirjoita tunnit ja minuutit, esimerkiksi 9.30
organiser-error-end = Kirjoita, mihin aikaan tapahtuma päättyy. Kirjoita tunnit ja minuutit, esimerkiksi 12.00
organiser-error-end-before-start = Tapahtuman pitää päättyä myöhemmin kuin se alkaa. Tarkista kellonajat.
organiser-error-time-skipped = Tätä kellonaikaa ei ole sinä päivänä. Silloin kellot siirtyvät tunnin eteenpäin. Valitse toinen aika.
organiser-error-deadline = Kirjoita ilmoittautumisen viimeinen päivä. Esimerkiksi 27.3.2027
organiser-error-deadline-time = Kirjoita kellonaika. Kirjoita tunnit ja minuutit, esimerkiksi 16.00
organiser-error-deadline-after-start = Ilmoittautumisen pitää päättyä ennen kuin tapahtuma alkaa.
organiser-error-format = Valitse, onko tapahtuma paikan päällä vai internetissä
organiser-error-address = Kirjoita katuosoite
organiser-error-online-url = Kirjoita linkki, joka alkaa https://
organiser-error-languages = Valitse ainakin yksi kieli, jota ihmiset puhuvat tapahtumassa
organiser-error-capacity = Kirjoita, montako paikkaa on. Luvun pitää olla vähintään 1 ja enintään 100 000.
organiser-error-capacity-below-taken = Useampi ihminen on jo saanut paikan. Paikkoja pitää olla vähintään yhtä monta kuin ihmisiä, joilla on jo paikka.
organiser-error-slot-minutes = Kirjoita yhden ajan pituus minuutteina. Luvun pitää olla vähintään 5 ja enintään 240.
organiser-error-slot-seats = Kirjoita, montako ihmistä voi varata saman ajan. Luvun pitää olla vähintään 1 ja enintään 100.
organiser-error-slots-fit = Tapahtuman alun ja lopun väliin pitää mahtua vähintään yksi aika. Aikoja voi olla enintään 200.
organiser-error-slots-booked = Ihmiset ovat jo varanneet aikoja. Siksi et voi enää muuttaa tapahtuman kellonaikoja. Et voi myöskään muuttaa aikoja, joita ihmiset voivat varata. Jos sinun on pakko muuttaa niitä, peru tapahtuma. Tee sitten uusi tapahtuma.
organiser-error-question-fi = Kirjoita kysymys myös suomeksi
organiser-error-cancelled = Järjestäjä perui tämän tapahtuman. Siksi et voi enää muuttaa sitä.
organiser-error-not-draft = Tämä tapahtuma on jo julkinen.
organiser-error-cancel-confirm = Laita rasti ruutuun. Näin vahvistat, että haluat perua tapahtuman.

organiser-counts = Sai paikan: { $confirmed }. Jonossa: { $waiting }.
organiser-edit-link = Muuta tapahtumaa
organiser-draft-title = Tämä tapahtuma on luonnos
organiser-draft-hint = Työnhakijat eivät vielä näe tapahtumaa. Tarkista tiedot. Julkaise sitten tapahtuma.
organiser-publish = Julkaise tapahtuma
organiser-published = Julkaisit tapahtuman. Nyt työnhakijat voivat löytää sen ja ilmoittautua siihen.
organiser-cancelled-notice = Järjestäjä perui tämän tapahtuman. Askel kertoi siitä sähköpostilla kaikille, jotka olivat ilmoittautuneet.

organiser-attendees-title = Ilmoittautuneet
organiser-arrived-count = Tuli paikalle: { $arrived } / { $confirmed }
organiser-search-label = Etsi nimellä
organiser-search-button = Etsi
organiser-search-found = { $count ->
    [0] Nimellä ”{ $search }” ei löytynyt ketään.
    [one] Nimellä ”{ $search }” löytyi 1 ihminen.
   *[other] Nimellä ”{ $search }” löytyi { $count } ihmistä.
}
organiser-search-clear = Näytä kaikki
organiser-attendees-none = Kukaan ei ole vielä ilmoittautunut.
organiser-arrived = Tuli paikalle
organiser-mark-arrived = Merkitse tulleeksi
organiser-undo-arrival = Poista merkintä
organiser-csv-link = Lataa lista (CSV-tiedosto)
organiser-privacy-hint = Näet ihmisen sähköpostiosoitteen ja puhelinnumeron vain, jos hän on antanut luvan jakaa ne. Säilytä lista turvallisessa paikassa. Poista lista, kun tapahtuma on ohi.
organiser-attendee-name = Nimi
organiser-attendee-standing = Tilanne
organiser-attendee-slot = Aika
organiser-attendee-email = Sähköposti
organiser-attendee-phone = Puhelin
organiser-attendee-checked-in = Tuli paikalle
organiser-yes = Kyllä

organiser-cancel-title = Peru tapahtuma
organiser-cancel-hint = Askel lähettää sähköpostin kaikille, jotka ovat ilmoittautuneet tai ovat jonossa. Viesti kertoo, että peruit tapahtuman. Et voi palauttaa tapahtumaa, kun olet perunut sen.
organiser-cancel-confirm = Kyllä, peru tämä tapahtuma ja kerro siitä kaikille
organiser-cancel-button = Peru tapahtuma
organiser-matching-skills = Taidot, joita tämän tapahtuman töissä tarvitsee: { $skills }
