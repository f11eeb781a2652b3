# Oma tili: omat tiedot, kieli, salasana, tallennetut tiedot ja tilin poistaminen.

account-details-saved = Tallensit tietosi.
account-language-saved = Tallensit kielen.
account-password-saved = Vaihdoit salasanasi. Askel kirjasi sinut ulos muissa puhelimissa ja tietokoneissa.
account-back = Takaisin Oma tili -sivulle
account-not-given = Et ole antanut
account-coach = Valmentajasi
account-email = Sähköpostiosoite
account-phone = Puhelinnumero
account-details-heading = Omat tietosi
account-change-details = Muuta tietojasi
account-language-heading = Kieli
account-language-now = Askel näkyy sinulle tällä kielellä. Myös viestimme sinulle ovat tällä kielellä:
account-change-language = Vaihda kieli
account-password-heading = Salasana
account-change-password = Vaihda salasana
account-data-heading = Tietosi Askeleessa
account-data-intro = Askel tallentaa tietoja sinusta. Voit ladata kaikki nämä tiedot yhtenä tiedostona. Tiedostosta näet myös, kuka on katsonut tietojasi ja milloin.
account-data-download = Lataa tietoni (JSON-tiedosto)
account-delete-heading = Poista tilisi
account-delete-intro = Etkö enää halua käyttää Askelta? Silloin voit poistaa tilisi ja tietosi.
account-delete-link = Poista tilini

account-error-email-invalid = Kirjoita sähköpostiosoite näin: nimi@esimerkki.fi. Tai jätä kohta tyhjäksi.
account-error-phone-invalid = Kirjoita puhelinnumero näin: 040 123 4567. Tai jätä kohta tyhjäksi.
account-error-contact-none = Kirjoita sähköpostiosoite tai puhelinnumero. Tarvitset toisen niistä, kun kirjaudut sisään.
account-error-language-missing = Valitse kieli.
account-error-current-password-missing = Kirjoita nykyinen salasanasi.
account-error-current-password-wrong = Nykyinen salasanasi on väärin. Tarkista se. Yritä sitten uudelleen.

details-title = Muuta tietojasi
details-contact-intro = Kirjaudut sisään sähköpostiosoitteella tai puhelinnumerolla. Anna ainakin toinen niistä.
details-phone-hint = Esimerkiksi 040 123 4567.
details-password-hint = Kirjoita salasanasi vain, jos vaihdat sähköpostiosoitteen tai puhelinnumeron.
details-submit = Tallenna tiedot

language-page-title = Vaihda kieli
language-page-hint = Askel näkyy sinulle tällä kielellä. Kirjoitamme sinulle myös tällä kielellä.
language-page-submit = Tallenna kieli

password-page-title = Vaihda salasana
password-page-intro = Kun vaihdat salasanan, pysyt kirjautuneena tässä puhelimessa tai tietokoneessa. Muissa puhelimissa ja tietokoneissa sinun pitää kirjautua uudelleen.
password-page-current = Nykyinen salasana
password-page-new = Uusi salasana
password-page-submit = Tallenna uusi salasana

delete-title = Poista tilisi
delete-removed-intro = Jos poistat tilisi, poistamme nämä asiat:
delete-removed-details = nimesi, sähköpostiosoitteesi, puhelinnumerosi ja salasanasi
delete-removed-sign-in = pääsysi Askeleeseen. Kirjaamme sinut ulos kaikkialta. Et voi enää kirjautua sisään.
delete-removed-answers = vastauksesi ja muistiinpanosi Askeleessa
delete-kept = Säilytämme vain lukuja tilastoja varten, esimerkiksi syntymävuotesi. Luvuissa ei ole nimeäsi. Kukaan ei voi tietää, että luvut ovat sinun.
delete-coach-told = Kerromme valmentajallesi, että olet lähtenyt Askeleesta.
delete-copy-first = Haluatko ensin kopion tiedoistasi?
delete-confirm-label = Ymmärrän, että tilini poistuu lopullisesti. En voi saada sitä takaisin.
delete-password-label = Salasanasi
delete-password-hint = Kysymme salasanan, jotta kukaan muu ei voi poistaa tiliäsi.
delete-submit = Poista tilini
delete-error-confirm = Laita rasti ruutuun. Näin kerrot, että haluat poistaa tilisi.
delete-coach-email-subject = Työnhakija on lähtenyt Askeleesta
# $name on työnhakijan nimi.
delete-coach-email-body =
    Hei,

    { $name } poisti tilinsä Askeleessa. Askel poisti hänen henkilötietonsa. Hän ei ole enää asiakkaasi.

    Askel

deleted-title = Poistit tilisi
deleted-body = Askel poisti henkilötietosi. Kiitos, että käytit Askelta. Onnea matkaan!
deleted-home-link = Mene etusivulle
account-email-pending = Lähetimme linkin osoitteeseen { $address }. Avaa linkki. Sen jälkeen voit käyttää tätä osoitetta.
email-confirm-email-subject = Vahvista uusi sähköpostiosoitteesi Askeleeseen
email-confirm-email-body =
    Hei,

    Pyysit, että kirjaudut jatkossa Askeleeseen tällä sähköpostiosoitteella. Vahvista osoite näin: Avaa tämä linkki. Paina sitten painiketta, joka on sivulla.
    { $link }

    Linkki toimii { $hours } tuntia. Ennen kuin vahvistat osoitteen, kirjaudut vanhoilla tiedoillasi.

    Etkö sinä pyytänyt tätä? Silloin sinun ei tarvitse tehdä mitään.
email-confirm-title = Vahvista uusi sähköpostiosoitteesi
email-confirm-intro = Paina painiketta. Sitten voit kirjautua Askeleeseen tällä sähköpostiosoitteella.
email-confirm-code-label = Koodi
email-confirm-submit = Vahvista sähköpostiosoitteeni
email-confirm-done = Uusi sähköpostiosoitteesi toimii nyt. Kirjaudu jatkossa sillä.
email-confirm-to-account = Mene Oma tili -sivulle
email-confirm-error-wrong = Tämä linkki ei toimi. Linkki voi olla liian vanha. Tai joku on jo käyttänyt sen. Saat uuden linkin, kun vaihdat sähköpostiosoitteen uudelleen Oma tili -sivulla.
email-confirm-error-taken = Tämä sähköpostiosoite on jo toisella tilillä. Siksi et voi käyttää sitä.
