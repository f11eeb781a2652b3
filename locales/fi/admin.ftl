# Ylläpito: henkilökunnan tilit ja roolit.

admin-users-title = Tilit
admin-create-heading = Luo henkilökunnan tili
admin-create-intro = Luo tili työvalmentajalle, tapahtuman järjestäjälle tai toiselle ylläpitäjälle. Työnhakijat eivät saa tiliä täältä. He liittyvät työvalmentajaltaan saamallaan kutsukoodilla.
admin-role-legend = Rooli
admin-name-label = Nimi
admin-contact-hint = Henkilö kirjautuu sisään tällä. Esimerkiksi nimi@esimerkki.fi tai 040 123 4567.
admin-create-submit = Luo tili
# $name on uuden henkilön nimi.
admin-created-heading = Tili on luotu henkilölle { $name }
# $days on se, kuinka monta päivää koodi toimii; $address on sivu, jolla koodia käytetään.
admin-created-instructions = Anna tämä koodi henkilölle. Hän asettaa koodilla oman salasanansa osoitteessa { $address }. Koodi toimii kerran, { $days } päivän ajan. Koodi näytetään vain tämän yhden kerran.
admin-staff-heading = Henkilökunnan tilit
admin-own-role = Tämä on oma tilisi. Toinen ylläpitäjä voi muuttaa sen roolia.
# $name on henkilö, jonka rooli valitaan.
admin-role-label = Henkilön { $name } rooli
admin-role-submit = Muuta roolia
admin-role-changed = Rooli on muutettu.
admin-error-role-missing = Valitse rooli.
admin-error-own-role = Et voi muuttaa omaa rooliasi. Pyydä toista ylläpitäjää muuttamaan se.
admin-error-has-caseload = Tällä työvalmentajalla on vielä asiakkaina työnhakijoita. Siirrä heidät ensin toiselle työvalmentajalle.
admin-team-label = Henkilön { $name } tiimi
admin-team-submit = Tallenna tiimi
admin-team-saved = Tiimi tallennettiin.
admin-error-team-long = Tiimin nimessä voi olla enintään 100 merkkiä.
admin-deactivated = Poistettu käytöstä
admin-deactivate-hint = Poista käytöstä lähteneen henkilön tili: hän ei voi enää kirjautua, ja hänen antamansa kirjautumis- ja palautuskoodit lakkaavat toimimasta. Hänen tekemänsä kirjaukset säilyvät.
admin-deactivate-submit = Poista käyttäjän { $name } tili käytöstä
admin-reactivate-submit = Ota käyttäjän { $name } tili uudelleen käyttöön
admin-active-saved = Tili on muutettu.
admin-error-deactivate-caseload = Tällä työvalmentajalla on vielä asiakkaina työnhakijoita. Siirrä heidät toiselle työvalmentajalle ennen kuin poistat tilin käytöstä.
admin-caseload = { $count ->
    [one] Yksi työnhakija asiakkaana (mallin ohje: noin 20 kokoaikaista valmentajaa kohden)
   *[other] { $count } työnhakijaa asiakkaana (mallin ohje: noin 20 kokoaikaista valmentajaa kohden)
}
