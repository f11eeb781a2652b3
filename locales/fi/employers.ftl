# Työnantajat ja niiden yhteyshenkilöt. Työvalmentajat ja ylläpitäjät hoitavat näitä.

nav-employers = Työnantajat

employers-title = Työnantajat
employers-intro = Työnantajat, jotka tarjoavat työpaikkoja ja työtehtäviä Askeleen kautta. Työnantajan yhteyshenkilöt voivat kirjautua sisään ja hoitaa sen työpaikkoja.
employers-none = Työnantajia ei ole vielä. Lisää ensimmäinen alla.
employers-caption = Työnantajat nimen mukaan
employers-column-name = Työnantaja
employers-column-business-id = Y-tunnus
employers-column-staff = Yhteyshenkilöt
employers-column-jobs = Avoimet työpaikat
employers-create-heading = Lisää työnantaja
employers-name-label = Työnantajan nimi
employers-business-id-label = Y-tunnus
employers-business-id-hint = Vapaaehtoinen. Esimerkiksi 1234567-1.
employers-create-submit = Lisää työnantaja
employers-error-name-missing = Kirjoita työnantajan nimi.
employers-error-name-long = Nimessä voi olla enintään 200 merkkiä.
employers-error-name-taken = Samanniminen työnantaja on jo listalla. Jos tämä on eri työnantaja, lisää sen Y-tunnus.
employers-error-business-id-format = Kirjoita Y-tunnus muodossa seitsemän numeroa, väliviiva ja yksi numero, esimerkiksi 1234567-1.
employers-error-business-id-check = Y-tunnus ei ole oikein: sen viimeinen numero ei sovi muihin. Tarkista tunnus kaupparekisteristä.
employers-error-business-id-taken = Työnantaja, jolla on tämä Y-tunnus, on jo listalla.

employers-back = Takaisin työnantajiin
employers-created = Työnantaja on lisätty.
employers-business-id-none = Ei tiedossa
employers-staff-heading = Yhteyshenkilöt
employers-staff-intro = Nämä henkilöt voivat kirjautua sisään ja toimia tämän työnantajan puolesta Askeleessa.
employers-staff-none = Yhteyshenkilöitä ei ole vielä.
employers-staff-deactivated = Tili on poistettu käytöstä
# $name on yhteyshenkilö.
employers-staff-remove = Poista { $name } yhteyshenkilöistä
employers-staff-remove-question = Poistetaanko { $name } tämän työnantajan yhteyshenkilöistä? Hänen tilinsä säilyy.
employers-staff-remove-confirm = Kyllä, poista { $name }
employers-staff-removed = Henkilö on poistettu yhteyshenkilöistä.
employers-add-staff-heading = Lisää yhteyshenkilö
employers-add-staff-intro = Jos henkilöllä ei vielä ole tiliä, hänelle tehdään tili, ja saat koodin, jonka annat hänelle.
employers-staff-name-label = Nimi
employers-staff-email-label = Sähköpostiosoite
employers-add-staff-submit = Lisää yhteyshenkilöksi
# $name on lisätty henkilö.
employers-staff-added = { $name } on nyt yhteyshenkilö.
employers-staff-created-heading = Tili on luotu henkilölle { $name }
# $days on se, kuinka monta päivää koodi toimii; $address on sivu, jolla koodia käytetään.
employers-staff-created-instructions = Anna tämä koodi henkilölle. Hän asettaa koodilla oman salasanansa osoitteessa { $address }. Koodi toimii kerran, { $days } päivän ajan. Koodi näytetään vain tämän yhden kerran.
employers-error-staff-name-missing = Kirjoita henkilön nimi.
employers-error-staff-name-long = Nimessä voi olla enintään 100 merkkiä.
employers-error-email-missing = Kirjoita henkilön sähköpostiosoite.
employers-error-email-invalid = Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.
employers-error-email-taken = Tämä sähköpostiosoite annettiin hetki sitten toiselle tilille. Lähetä lomake uudelleen.
employers-error-not-staff = Tämä osoite kuuluu tilille, joka ei voi olla työnantajan yhteyshenkilö (työvalmentaja, ylläpitäjä tai työnhakija). Käytä toista osoitetta.
employers-error-deactivated = Tämä osoite kuuluu tilille, joka on poistettu käytöstä. Pyydä ylläpitäjää ottamaan tili ensin takaisin käyttöön.
