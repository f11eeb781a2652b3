### Miten Askel ottaa yhteyttä.

notify-title = Miten Askel ottaa sinuun yhteyttä
notify-change = Valitse, miten sinulle kerrotaan viesteistä, tapaamisista ja tapahtumista
notify-intro = Askel kertoo sinulle, kun valmentajasi kirjoittaa sinulle, kun tapaaminen varataan, siirtyy tai on lähellä ja kun saat paikan tapahtumaan. Ilmoitus ei koskaan kerro, mitä viestissä lukee.
notify-channels = Kerro minulle
notify-by-email = Sähköpostilla osoitteeseen { $address }
notify-by-sms = Tekstiviestillä numeroon { $phone }
notify-no-phone = Jos haluat tekstiviestejä, lisää puhelinnumerosi: Oma tili ja sitten Muuta tietojasi.
notify-quiet = Hiljaiset tunnit tekstiviesteille
notify-quiet-hint = Tekstiviestit, jotka tulisivat näinä tunteina, tulevat vasta niiden jälkeen. Valitse sama tunti kahdesti, jos haluat viestit mihin aikaan tahansa.
notify-quiet-from = Ei tekstiviestejä alkaen
notify-quiet-until = Päättyen
notify-save = Tallenna
notify-saved = Valintasi on tallennettu.
notify-error-hour = Valitse tunti
notify-email-footer = Voit valita, miten Askel ottaa sinuun yhteyttä: { $link }

## One-click stop links in every notice (`/unsubscribe`).
notify-email-stop = Voit lopettaa nämä sähköpostit yhdellä painalluksella: { $link }
notify-sms-stop = Lopeta tekstiviestit: { $link }
notify-stop-email-title = Lopeta Askeleen sähköpostit
notify-stop-email-intro = Paina painiketta, niin Askel ei enää lähetä sinulle sähköposteja viesteistä, tapaamisista, suunnitelmastasi ja tapahtumista. Tilisi ja kaikki sen tiedot pysyvät ennallaan.
notify-stop-email-button = Lopeta sähköpostit
notify-stop-email-stopped = Askel ei lähetä sinulle sähköposteja. Löydät kaiken edelleen, kun kirjaudut sisään.
notify-stop-email-again = Aloita sähköpostit uudelleen
notify-stop-sms-title = Lopeta Askeleen tekstiviestit
notify-stop-sms-intro = Paina painiketta, niin Askel ei enää lähetä sinulle tekstiviestejä viesteistä, tapaamisista, suunnitelmastasi ja tapahtumista. Tilisi ja kaikki sen tiedot pysyvät ennallaan.
notify-stop-sms-button = Lopeta tekstiviestit
notify-stop-sms-stopped = Askel ei lähetä sinulle tekstiviestejä. Löydät kaiken edelleen, kun kirjaudut sisään.
notify-stop-sms-again = Aloita tekstiviestit uudelleen
notify-stop-saved = Valintasi on tallennettu.
notify-stop-settings = Voit valita myös kirjauduttuasi:

## The daily digest.
notify-digest = Kokoa sähköpostini yhdeksi viestiksi päivässä, lähetetään aamulla kello 8 jälkeen (tekstiviestit tulevat edelleen yksitellen)
notify-digest-subject = Uutta sinulle Askeleessa
notify-digest-body = Edellisen sähköpostin jälkeen Askeleessa on tapahtunut sinulle tätä:
    { $lines }

    Kirjaudu sisään nähdäksesi: { $link }

## Ilmoitukset puhelimen omalle näytölle (Web Push).

notify-push-heading = Ilmoitukset puhelimen näytölle
notify-push-intro = Askel voi näyttää ilmoituksen sen puhelimen tai tietokoneen näytöllä, jota käytät nyt, kuten muutkin sovellukset. Ilmoitus kertoo vain, että on jotain uutta, ei sitä, mitä.
notify-push-devices = { $count ->
    [0] Mikään puhelin tai selain ei näytä ilmoituksiasi.
    [one] Yksi puhelin tai selain näyttää ilmoituksesi.
   *[other] { $count } puhelinta tai selainta näyttää ilmoituksesi.
}
notify-push-turn-on = Laita ilmoitukset päälle tässä puhelimessa
notify-push-turn-off = Laita ilmoitukset pois tästä puhelimesta
notify-push-on = Ilmoitukset ovat päällä tässä puhelimessa.
notify-push-off = Ilmoitukset eivät ole päällä tässä puhelimessa.
notify-push-working = Hetki…
notify-push-blocked = Selaimesi estää Askeleen ilmoitukset. Voit sallia ne selaimen asetuksista tälle sivustolle.
notify-push-failed = Ilmoituksia ei saatu päälle. Yritä myöhemmin uudelleen.
notify-push-unsupported = Tämä selain ei voi näyttää Askeleen ilmoituksia. Lisää puhelimessa Askel ensin aloitusnäytölle.
notify-push-needs-script = Ilmoitusten laittaminen päälle vaatii selaimeen JavaScriptin.
notify-push-stop-all = Lopeta ilmoitukset kaikissa puhelimissa
notify-push-stopped = Mikään puhelin tai selain ei nyt näytä ilmoituksiasi.
notify-push-title = Askel
