# Järjestäjät: omat tapahtumat, tapahtumalomake, ilmoittautuneet ja saapuneiden merkitseminen ovella.

nav-organiser-events = Omat tapahtumat

organiser-events-title = Omat tapahtumat
organiser-create = Luo tapahtuma
organiser-events-none = Sinulla ei ole vielä tapahtumia. Luo tapahtuma: se on luonnos, jonka vain sinä näet, kunnes julkaiset sen.
organiser-events-caption = Tapahtumasi, tulevat ensin
organiser-column-event = Tapahtuma
organiser-column-when = Milloin
organiser-column-status = Tila
organiser-column-confirmed = Ilmoittautuneet
organiser-column-waiting = Jonotuslista

organiser-status-draft = Luonnos (ei näy työnhakijoille)
organiser-status-published = Julkaistu
organiser-status-cancelled = Peruttu
organiser-standing-confirmed = Saanut paikan
organiser-standing-waiting = Jonotuslistalla

organiser-new-title = Luo tapahtuma
organiser-edit-title = Muuta tapahtumaa
organiser-back-to-event = Takaisin tapahtumaan
organiser-form-intro = Kirjoita selkeästi: moni lukija opettelee vielä suomea. Täytä kaikki kentät, joissa ei lue "(vapaaehtoinen)". Kun tallennat, tapahtuma pysyy luonnoksena, kunnes julkaiset sen.
organiser-choose = Valitse…
organiser-section-about = Tietoa tapahtumasta
organiser-title-fi = Tapahtuman nimi suomeksi
organiser-description-fi = Kuvaus suomeksi
organiser-employer = Työnantaja tai järjestäjä
organiser-section-translations = Ruotsiksi ja englanniksi (vapaaehtoinen)
organiser-translations-hint = Jos kirjoitat nimen jollakin kielellä, kirjoita myös kuvaus samalla kielellä. Jos tekstiä ei ole käännetty lukijan kielelle, lukija näkee suomenkielisen tekstin.
organiser-title-sv = Nimi ruotsiksi (vapaaehtoinen)
organiser-description-sv = Kuvaus ruotsiksi (vapaaehtoinen)
organiser-title-en = Nimi englanniksi (vapaaehtoinen)
organiser-description-en = Kuvaus englanniksi (vapaaehtoinen)
organiser-section-when = Milloin
organiser-date = Päivämäärä
organiser-start = Alkaa klo
organiser-end = Päättyy klo
organiser-time-hint = Suomen aikaa, esimerkiksi 9.30
organiser-deadline-date = Viimeinen ilmoittautumispäivä
organiser-deadline-time = Ilmoittautuminen päättyy klo (vapaaehtoinen)
organiser-deadline-time-hint = Suomen aikaa. Jos et kirjoita kellonaikaa, ilmoittautuminen päättyy, kun päivä loppuu.
organiser-section-where = Missä
organiser-address = Katuosoite (paikan päällä)
organiser-directions = Näin pääset paikalle (vapaaehtoinen)
organiser-online-url = Linkki verkkotapahtumaan
organiser-online-url-hint = Linkki, joka alkaa https://
organiser-access-legend = Tapahtumapaikalla on (valitse kaikki, jotka pitävät paikkansa)
organiser-access-notes = Lisätietoa esteettömyydestä (vapaaehtoinen)
organiser-section-seats = Paikat
organiser-seating-legend = Miten ihmiset ilmoittautuvat?
organiser-seating-seats = Paikat: kaikki osallistuvat koko tapahtumaan
organiser-seating-slots = Ajat: jokainen varaa oman ajan, esimerkiksi pikahaastatteluun
organiser-capacity = Paikkojen määrä
organiser-capacity-hint = Täytä, jos valitsit paikat. Kun kaikki paikat on varattu, ihmiset voivat liittyä jonotuslistalle.
organiser-slot-minutes = Yhden ajan pituus minuutteina
organiser-slot-minutes-hint = Täytä, jos valitsit ajat. Ajat ovat peräkkäin tapahtuman alusta loppuun.
organiser-slot-seats = Montako henkilöä voi varata saman ajan
organiser-slot-seats-hint = Täytä, jos valitsit ajat. Esimerkiksi 1, jos kyseessä on kahdenkeskinen haastattelu.
organiser-section-questions = Kysymyksiä ilmoittautujille (vapaaehtoinen)
organiser-questions-hint = Enintään kolme lyhyttä kysymystä, esimerkiksi "Mikä työ sinua kiinnostaa?". Ilmoittautujien ei ole pakko vastata.
organiser-question-legend = Kysymys { $number }
organiser-question-fi = Suomeksi
organiser-question-sv = Ruotsiksi (vapaaehtoinen)
organiser-question-en = Englanniksi (vapaaehtoinen)
organiser-save-draft = Tallenna luonnoksena
organiser-save = Tallenna muutokset

organiser-error-title-fi = Kirjoita tapahtuman nimi suomeksi
organiser-error-description-fi = Kirjoita kuvaus suomeksi
organiser-error-translation-pair = Kirjoita tällä kielellä sekä nimi että kuvaus, tai jätä molemmat tyhjiksi
organiser-error-too-long = Tämä teksti on liian pitkä: lyhennä sitä
organiser-error-employer = Kirjoita työnantaja tai järjestäjä
organiser-error-sector = Valitse ala
organiser-error-kind = Valitse tapahtuman tyyppi
organiser-error-date = Kirjoita päivä, kuukausi ja vuosi, esimerkiksi 28.3.2027
organiser-error-date-past = Tapahtuman päivä ei voi olla mennyt: valitse tuleva päivä
organiser-error-start = Kirjoita alkamisaika tunteina ja minuutteina, esimerkiksi 9.30
organiser-error-end = Kirjoita päättymisaika tunteina ja minuutteina, esimerkiksi 12.00
organiser-error-end-before-start = Päättymisajan täytyy olla alkamisajan jälkeen
organiser-error-time-skipped = Tätä kellonaikaa ei ole sinä päivänä: kelloja siirretään tunti eteenpäin. Valitse toinen aika
organiser-error-deadline = Kirjoita viimeinen ilmoittautumispäivä, esimerkiksi 27.3.2027
organiser-error-deadline-time = Kirjoita kellonaika tunteina ja minuutteina, esimerkiksi 16.00
organiser-error-deadline-after-start = Ilmoittautumisen täytyy päättyä ennen kuin tapahtuma alkaa
organiser-error-format = Valitse, onko tapahtuma paikan päällä vai verkossa
organiser-error-address = Kirjoita katuosoite
organiser-error-online-url = Kirjoita linkki, joka alkaa https://
organiser-error-languages = Valitse vähintään yksi kieli, jota tapahtumassa puhutaan
organiser-error-capacity = Kirjoita paikkojen määrä väliltä 1–100 000
organiser-error-capacity-below-taken = Paikan on jo saanut useampi ihminen: paikkoja ei voi olla vähemmän kuin on jo varattu
organiser-error-slot-minutes = Kirjoita ajan pituus minuutteina väliltä 5–240
organiser-error-slot-seats = Kirjoita, montako henkilöä voi varata saman ajan, väliltä 1–100
organiser-error-slots-fit = Alun ja lopun väliin täytyy mahtua vähintään yksi aika ja enintään 200 aikaa
organiser-error-slots-booked = Ihmiset ovat jo varanneet aikoja: kellonaikoja ja varattavia aikoja ei voi enää muuttaa. Jos muutos on pakko tehdä, peru tapahtuma ja luo uusi
organiser-error-question-fi = Kirjoita kysymys myös suomeksi
organiser-error-cancelled = Tämä tapahtuma on peruttu, eikä sitä voi muuttaa
organiser-error-not-draft = Tämä tapahtuma on jo julkaistu
organiser-error-cancel-confirm = Vahvista, että haluat perua tapahtuman: laita rasti ruutuun

organiser-counts = Paikan saaneita { $confirmed }, jonotuslistalla { $waiting }
organiser-edit-link = Muuta tapahtumaa
organiser-draft-title = Tämä tapahtuma on luonnos
organiser-draft-hint = Työnhakijat eivät vielä näe sitä. Tarkista tiedot ja julkaise sitten tapahtuma.
organiser-publish = Julkaise tapahtuma
organiser-published = Tapahtuma on julkaistu: työnhakijat voivat nyt löytää sen ja ilmoittautua.
organiser-cancelled-notice = Tämä tapahtuma on peruttu. Kaikille ilmoittautuneille kerrottiin siitä sähköpostilla.

organiser-attendees-title = Ilmoittautuneet
organiser-arrived-count = { $confirmed } henkilöstä { $arrived } on saapunut
organiser-search-label = Etsi henkilöä nimellä
organiser-search-button = Etsi
organiser-search-found = { $count ->
    [0] Haulla ”{ $search }” ei löytynyt ketään.
    [one] Haulla ”{ $search }” löytyi 1 henkilö.
   *[other] Haulla ”{ $search }” löytyi { $count } henkilöä.
}
organiser-search-clear = Näytä kaikki
organiser-attendees-none = Kukaan ei ole vielä ilmoittautunut.
organiser-arrived = Saapunut
organiser-mark-arrived = Merkitse saapuneeksi
organiser-undo-arrival = Poista saapumismerkintä
organiser-csv-link = Lataa lista (CSV)
organiser-privacy-hint = Sähköpostiosoite ja puhelinnumero näkyvät vain niistä henkilöistä, jotka ovat antaneet luvan jakaa ne. Säilytä lista turvallisesti ja poista se tapahtuman jälkeen.
organiser-attendee-name = Nimi
organiser-attendee-standing = Tilanne
organiser-attendee-slot = Aika
organiser-attendee-email = Sähköposti
organiser-attendee-phone = Puhelin
organiser-attendee-checked-in = Saapunut
organiser-yes = Kyllä

organiser-cancel-title = Peru tapahtuma
organiser-cancel-hint = Kaikki ilmoittautuneet ja jonotuslistalla olevat saavat sähköpostin, jossa kerrotaan, että tapahtuma on peruttu. Peruttua tapahtumaa ei voi palauttaa.
organiser-cancel-confirm = Kyllä, peru tämä tapahtuma ja kerro siitä kaikille
organiser-cancel-button = Peru tapahtuma
organiser-matching-skills = Taidot, joita tämän tapahtuman työt pyytävät: { $skills }
