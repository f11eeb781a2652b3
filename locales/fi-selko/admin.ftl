# Ylläpito: henkilökunnan tilit ja roolit.

admin-users-title = Tilit
admin-create-heading = Tee tili henkilökunnalle
admin-create-intro = Tee tili valmentajalle, tapahtuman järjestäjälle tai toiselle ylläpitäjälle. Työnhakijat eivät saa tiliä täältä. Työnhakija liittyy kutsukoodilla. Hän saa koodin valmentajaltaan.
admin-role-legend = Rooli
admin-name-label = Nimi
admin-contact-hint = Henkilö kirjautuu sisään tällä. Esimerkiksi nimi@esimerkki.fi tai 040 123 4567.
admin-create-submit = Tee tili
# $name on uuden henkilön nimi.
admin-created-heading = Teit tilin henkilölle { $name }
# $days on se, kuinka monta päivää koodi toimii; $address on sivu, jolla koodia käytetään.
admin-created-instructions = Anna tämä koodi henkilölle. Hän tekee koodilla oman salasanan osoitteessa { $address }. Koodi toimii vain yhden kerran. Koodi toimii { $days } päivää. Näet koodin vain nyt. Et näe sitä enää myöhemmin.
admin-staff-heading = Henkilökunnan tilit
admin-own-role = Tämä on sinun oma tilisi. Toinen ylläpitäjä voi muuttaa sen roolin.
# $name on henkilö, jonka rooli valitaan.
admin-role-label = Henkilön { $name } rooli
admin-role-submit = Muuta rooli
admin-role-changed = Muutit roolin.
admin-error-role-missing = Valitse rooli.
admin-error-own-role = Et voi muuttaa omaa rooliasi. Pyydä toista ylläpitäjää muuttamaan se.
admin-error-has-caseload = Tällä valmentajalla on vielä asiakkaita. Siirrä asiakkaat ensin toiselle valmentajalle.
admin-team-label = Henkilön { $name } tiimi
admin-team-submit = Tallenna tiimi
admin-team-saved = Tallensit tiimin.
admin-error-team-long = Tiimin nimessä voi olla enintään 100 merkkiä.
admin-deactivated = Tili on suljettu
admin-deactivate-hint = Kun henkilö lähtee työstä, sulje hänen tilinsä. Sen jälkeen hän ei voi enää kirjautua. Koodit, jotka hän antoi muille kirjautumista tai uutta salasanaa varten, eivät enää toimi. Asiat, jotka hän kirjoitti Askeleeseen, jäävät talteen.
admin-deactivate-submit = Sulje käyttäjän { $name } tili
admin-reactivate-submit = Avaa käyttäjän { $name } tili uudelleen
admin-active-saved = Tallensit muutoksen.
admin-error-deactivate-caseload = Tällä valmentajalla on vielä asiakkaita. Siirrä asiakkaat toiselle valmentajalle. Sulje tili vasta sitten.
admin-caseload = { $count ->
    [one] Yksi asiakas. Ohje: noin 20 asiakasta yhdelle valmentajalle, joka tekee kokoaikaista työtä.
   *[other] { $count } asiakasta. Ohje: noin 20 asiakasta yhdelle valmentajalle, joka tekee kokoaikaista työtä.
}
