# Oma tili: omat tiedot, kieli, salasana, tallennetut tiedot ja tilin poistaminen.

account-details-saved = Tietosi on tallennettu.
account-language-saved = Kieli on tallennettu.
account-password-saved = Salasanasi on vaihdettu. Sinut on kirjattu ulos muilla laitteillasi.
account-back = Takaisin Oma tili -sivulle
account-not-given = Ei annettu
account-coach = Työvalmentajasi
account-email = Sähköpostiosoite
account-phone = Puhelinnumero
account-details-heading = Omat tietosi
account-change-details = Muuta tietojasi
account-language-heading = Kieli
account-language-now = Askel ja viestimme sinulle ovat tällä kielellä:
account-change-language = Vaihda kieli
account-password-heading = Salasana
account-change-password = Vaihda salasanasi
account-data-heading = Tallennetut tietosi
account-data-intro = Voit ladata tiedostona kaikki tiedot, jotka Askel on tallentanut sinusta. Tiedostosta näet myös, kuka on katsonut tietojasi ja milloin.
account-data-download = Lataa tietoni (JSON-tiedosto)
account-delete-heading = Poista tilisi
account-delete-intro = Jos et enää halua käyttää Askelta, voit poistaa tilisi ja tietosi.
account-delete-link = Poista tilini

account-error-email-invalid = Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi, tai jätä kenttä tyhjäksi.
account-error-phone-invalid = Kirjoita puhelinnumero muodossa 040 123 4567, tai jätä kenttä tyhjäksi.
account-error-contact-none = Kirjoita sähköpostiosoite tai puhelinnumero. Tarvitset toisen niistä, kun kirjaudut sisään.
account-error-language-missing = Valitse kieli.
account-error-current-password-missing = Kirjoita nykyinen salasanasi.
account-error-current-password-wrong = Nykyinen salasanasi on väärin. Tarkista se ja yritä uudelleen.

details-title = Muuta tietojasi
details-contact-intro = Kirjaudut sisään sähköpostiosoitteella tai puhelinnumerolla. Anna ainakin toinen niistä.
details-phone-hint = Esimerkiksi 040 123 4567.
details-password-hint = Tarvitaan vain, jos vaihdat sähköpostiosoitteesi tai puhelinnumerosi.
details-submit = Tallenna tiedot

language-page-title = Vaihda kieli
language-page-hint = Askel näkyy tällä kielellä. Kirjoitamme sinulle myös tällä kielellä.
language-page-submit = Tallenna kieli

password-page-title = Vaihda salasanasi
password-page-intro = Vaihdon jälkeen olet yhä kirjautuneena tällä laitteella. Muilla laitteilla sinun pitää kirjautua uudelleen.
password-page-current = Nykyinen salasana
password-page-new = Uusi salasana
password-page-submit = Tallenna uusi salasana

delete-title = Poista tilisi
delete-removed-intro = Jos poistat tilisi, poistamme:
delete-removed-details = nimesi, sähköpostiosoitteesi, puhelinnumerosi ja salasanasi
delete-removed-sign-in = pääsysi Askeleeseen: sinut kirjataan ulos kaikkialta, etkä voi enää kirjautua sisään
delete-removed-answers = vastauksesi ja muistiinpanosi Askeleessa
delete-kept = Säilytämme vain nimettömiä lukuja tilastoja varten, esimerkiksi syntymävuotesi. Niitä ei voi yhdistää sinuun.
delete-coach-told = Kerromme työvalmentajallesi, että olet lähtenyt Askeleesta.
delete-copy-first = Haluatko ensin kopion tiedoistasi?
delete-confirm-label = Ymmärrän, että tilini poistetaan lopullisesti. Sitä ei voi palauttaa.
delete-password-label = Salasanasi
delete-password-hint = Kysymme sen, jotta kukaan muu ei voi poistaa tiliäsi.
delete-submit = Poista tilini
delete-error-confirm = Laita rasti ruutuun. Näin vahvistat, että haluat poistaa tilisi.
delete-coach-email-subject = Työnhakija on lähtenyt Askeleesta
# $name on työnhakijan nimi.
delete-coach-email-body =
    Hei,

    { $name } on poistanut Askel-tilinsä. Hänen henkilötietonsa on poistettu, eikä hän ole enää asiakkaanasi.

    Askel

deleted-title = Tilisi on poistettu
deleted-body = Henkilötietosi on poistettu Askeleesta. Kiitos, että käytit Askelta, ja onnea matkaan!
deleted-home-link = Siirry etusivulle
account-email-pending = Osoitteeseen { $address } lähetettiin linkki. Osoite otetaan käyttöön, kun avaat linkin.
email-confirm-email-subject = Vahvista uusi sähköpostiosoitteesi Askeleeseen
email-confirm-email-body =
    Hei,

    Pyysit, että kirjaudut jatkossa Askeleeseen tällä sähköpostiosoitteella. Vahvista osoite avaamalla tämä linkki ja painamalla sivulla olevaa painiketta:
    { $link }

    Linkki toimii { $hours } tuntia. Siihen asti kirjaudut aiemmilla tiedoillasi.

    Jos et pyytänyt tätä, sinun ei tarvitse tehdä mitään.
email-confirm-title = Vahvista uusi sähköpostiosoitteesi
email-confirm-intro = Paina painiketta, niin voit kirjautua Askeleeseen tällä sähköpostiosoitteella.
email-confirm-code-label = Vahvistuskoodi
email-confirm-submit = Vahvista sähköpostiosoitteeni
email-confirm-done = Uusi sähköpostiosoitteesi on nyt käytössä. Kirjaudu jatkossa sillä.
email-confirm-to-account = Siirry Oma tili -sivulle
email-confirm-error-wrong = Tämä linkki ei toimi. Se on ehkä vanhentunut tai jo käytetty. Saat uuden linkin, kun vaihdat sähköpostiosoitteesi uudelleen Oma tili -sivulla.
email-confirm-error-taken = Toisella tilillä on jo tämä sähköpostiosoite, joten sitä ei voitu ottaa käyttöön.
