# Työnantajat ja niiden yhteyshenkilöt. Työvalmentajat ja ylläpitäjät hoitavat näitä.

nav-employers = Työnantajat

employers-title = Työnantajat
employers-intro = Nämä työnantajat tarjoavat työpaikkoja ja työtehtäviä Askeleessa. Työnantajan yhteyshenkilöt voivat kirjautua sisään. He voivat hoitaa työnantajan työpaikkoja.
employers-none = Listassa ei ole vielä työnantajia. Lisää ensimmäinen työnantaja alla.
employers-caption = Työnantajat nimen mukaan
employers-column-name = Työnantaja
employers-column-business-id = Yritystunnus
employers-column-staff = Yhteyshenkilöt
employers-column-jobs = Avoimet työpaikat
employers-create-heading = Lisää työnantaja
employers-name-label = Työnantajan nimi
employers-business-id-label = Yritystunnus
employers-business-id-hint = Yritystunnus eli Y-tunnus. Ei pakollinen. Esimerkiksi 1234567-1.
employers-create-submit = Lisää työnantaja
employers-error-name-missing = Kirjoita työnantajan nimi.
employers-error-name-long = Nimessä voi olla enintään 200 merkkiä.
employers-error-name-taken = Listassa on jo työnantaja, jolla on sama nimi. Onko tämä eri työnantaja? Lisää silloin sen yritystunnus.
employers-error-business-id-format = Kirjoita yritystunnus näin: seitsemän numeroa, viiva ja yksi numero. Esimerkiksi 1234567-1.
employers-error-business-id-check = Yritystunnus ei ole oikein. Viimeinen numero ei sovi muihin numeroihin. Tarkista yritystunnus kaupparekisteristä.
employers-error-business-id-taken = Listassa on jo työnantaja, jolla on tämä yritystunnus.

employers-back = Takaisin työnantajiin
employers-created = Lisäsit työnantajan.
employers-business-id-none = Ei tiedossa
employers-staff-heading = Yhteyshenkilöt
employers-staff-intro = Nämä henkilöt voivat kirjautua sisään. He voivat hoitaa tämän työnantajan asioita Askeleessa.
employers-staff-none = Työnantajalla ei ole vielä yhteyshenkilöitä.
employers-staff-deactivated = Tili on suljettu
# $name on yhteyshenkilö.
employers-staff-remove = Poista { $name } yhteyshenkilöistä
employers-staff-remove-question = Haluatko poistaa henkilön { $name } tämän työnantajan yhteyshenkilöistä? Hänen tilinsä jää Askeleeseen.
employers-staff-remove-confirm = Kyllä, poista { $name }
employers-staff-removed = Poistit henkilön yhteyshenkilöistä.
employers-add-staff-heading = Lisää yhteyshenkilö
employers-add-staff-intro = Jos henkilöllä ei ole vielä tiliä, Askel tekee hänelle tilin. Saat koodin. Anna koodi henkilölle.
employers-staff-name-label = Nimi
employers-staff-email-label = Sähköpostiosoite
employers-add-staff-submit = Lisää yhteyshenkilöksi
# $name on lisätty henkilö.
employers-staff-added = { $name } on nyt yhteyshenkilö.
employers-staff-created-heading = Teit tilin henkilölle { $name }
# $days on se, kuinka monta päivää koodi toimii; $address on sivu, jolla koodia käytetään.
employers-staff-created-instructions = Anna tämä koodi henkilölle. Hän tekee koodilla oman salasanan osoitteessa { $address }. Koodi toimii vain yhden kerran. Koodi toimii { $days } päivää. Näet koodin vain nyt. Et näe sitä enää myöhemmin.
employers-error-staff-name-missing = Kirjoita henkilön nimi.
employers-error-staff-name-long = Nimessä voi olla enintään 100 merkkiä.
employers-error-email-missing = Kirjoita henkilön sähköpostiosoite.
employers-error-email-invalid = Kirjoita sähköpostiosoite näin: nimi@esimerkki.fi.
employers-error-email-taken = Joku antoi tämän sähköpostiosoitteen juuri äsken toiselle tilille. Lähetä lomake uudelleen.
employers-error-not-staff = Tämä osoite on tilillä, joka ei voi olla työnantajan yhteyshenkilö. Tili on valmentajan, ylläpitäjän tai työnhakijan tili. Käytä toista osoitetta.
employers-error-deactivated = Tämä osoite on tilillä, joka on suljettu. Pyydä ylläpitäjää avaamaan tili ensin uudelleen.
