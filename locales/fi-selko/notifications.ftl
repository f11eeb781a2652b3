### Miten Askel ottaa yhteyttä.

notify-title = Miten Askel ottaa sinuun yhteyttä
notify-change = Valitse, miten Askel kertoo sinulle viesteistä, tapaamisista ja tapahtumista
notify-intro = Askel kertoo sinulle, kun valmentajasi kirjoittaa sinulle. Askel kertoo myös, kun joku varaa tai siirtää tapaamisen ja kun tapaaminen on pian. Lisäksi Askel kertoo, kun saat paikan tapahtumaan. Ilmoituksessa ei koskaan ole sitä, mitä viestissä lukee.
notify-channels = Kerro minulle
notify-by-email = Sähköpostilla osoitteeseen { $address }
notify-by-sms = Tekstiviestillä numeroon { $phone }
notify-no-phone = Haluatko tekstiviestejä? Lisää silloin puhelinnumerosi Oma tili -sivulla kohdassa Omat tietosi.
notify-quiet = Hiljaiset tunnit tekstiviesteille
notify-quiet-hint = Hiljaisina tunteina Askel ei lähetä sinulle tekstiviestejä. Askel lähettää ne, kun hiljaiset tunnit loppuvat. Haluatko tekstiviestit mihin aikaan tahansa? Valitse silloin sama tunti molempiin kohtiin.
notify-quiet-from = Ei tekstiviestejä alkaen
notify-quiet-until = Mihin asti
notify-save = Tallenna
notify-saved = Tallensit valintasi.
notify-error-hour = Valitse tunti
notify-email-footer = Voit valita, miten Askel ottaa sinuun yhteyttä: { $link }

## One-click stop links in every notice (`/unsubscribe`).
notify-email-stop = Voit lopettaa nämä sähköpostit yhdellä painalluksella: { $link }
notify-sms-stop = Lopeta tekstiviestit: { $link }
notify-stop-email-title = Lopeta Askeleen sähköpostit
notify-stop-email-intro = Paina painiketta. Sen jälkeen Askel ei enää lähetä sinulle sähköposteja viesteistä, tapaamisista, suunnitelmastasi ja tapahtumista. Tilisi ja kaikki sen tiedot pysyvät samoina.
notify-stop-email-button = Lopeta sähköpostit
notify-stop-email-stopped = Askel ei lähetä sinulle sähköposteja. Löydät silti kaiken, kun kirjaudut sisään.
notify-stop-email-again = Aloita sähköpostit uudelleen
notify-stop-sms-title = Lopeta Askeleen tekstiviestit
notify-stop-sms-intro = Paina painiketta. Sen jälkeen Askel ei enää lähetä sinulle tekstiviestejä viesteistä, tapaamisista, suunnitelmastasi ja tapahtumista. Tilisi ja kaikki sen tiedot pysyvät samoina.
notify-stop-sms-button = Lopeta tekstiviestit
notify-stop-sms-stopped = Askel ei lähetä sinulle tekstiviestejä. Löydät silti kaiken, kun kirjaudut sisään.
notify-stop-sms-again = Aloita tekstiviestit uudelleen
notify-stop-saved = Tallensit valintasi.
notify-stop-settings = Voit valita myös, kun olet kirjautunut sisään:

## The daily digest.
notify-digest = Kokoa sähköpostini yhdeksi viestiksi päivässä. Askel lähettää viestin aamulla kello 8 jälkeen. Tekstiviestit tulevat yhä yksi kerrallaan.
notify-digest-subject = Uutta sinulle Askeleessa
notify-digest-body = Askeleessa on tapahtunut sinulle näitä asioita edellisen sähköpostin jälkeen:
    { $lines }

    Kirjaudu sisään, niin näet ne: { $link }

## Ilmoitukset puhelimen omalle näytölle (Web Push).

notify-push-heading = Ilmoitukset puhelimen näytölle
notify-push-intro = Askel voi näyttää ilmoituksen puhelimen tai tietokoneen näytöllä, kuten muutkin sovellukset. Askel näyttää ilmoituksen siinä puhelimessa tai tietokoneessa, jota käytät nyt. Ilmoitus kertoo vain, että Askeleessa on jotain uutta. Ilmoitus ei kerro, mitä uutta on.
notify-push-devices = { $count ->
    [0] Mikään puhelin tai selain ei näytä ilmoituksiasi.
    [one] Yksi puhelin tai selain näyttää ilmoituksesi.
   *[other] { $count } puhelinta tai selainta näyttää ilmoituksesi.
}
notify-push-turn-on = Laita ilmoitukset päälle tässä puhelimessa
notify-push-turn-off = Laita ilmoitukset pois päältä tässä puhelimessa
notify-push-on = Ilmoitukset ovat päällä tässä puhelimessa.
notify-push-off = Ilmoitukset eivät ole päällä tässä puhelimessa.
notify-push-working = Hetki…
notify-push-blocked = Selaimesi estää Askeleen ilmoitukset. Haluatko ilmoitukset? Avaa silloin selaimen asetukset. Salli ilmoitukset tälle sivustolle.
notify-push-failed = Askel ei voinut laittaa ilmoituksia päälle. Yritä myöhemmin uudelleen.
notify-push-unsupported = Tämä selain ei voi näyttää Askeleen ilmoituksia. Jos käytät puhelinta, lisää Askel ensin puhelimen aloitusnäytölle. Aloitusnäyttö on puhelimen näkymä, jossa sovellukset ovat.
notify-push-needs-script = Jotta voit laittaa ilmoitukset päälle, selaimessa pitää olla JavaScript päällä.
notify-push-stop-all = Lopeta ilmoitukset kaikissa puhelimissa
notify-push-stopped = Mikään puhelin tai selain ei nyt näytä ilmoituksiasi.
# Ilmoituksen otsikko lukitusnäytöllä; sen teksti on sähköpostin otsikko.
notify-push-title = Askel
