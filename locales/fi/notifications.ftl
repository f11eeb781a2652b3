### Miten Askel ottaa yhteyttä.

notify-title = Miten Askel ottaa sinuun yhteyttä
notify-change = Valitse, miten sinulle kerrotaan viesteistä, tapaamisista ja tapahtumista
notify-intro = Askel kertoo sinulle, kun valmentajasi kirjoittaa sinulle, kun tapaaminen varataan, siirtyy tai on lähellä ja kun saat paikan tapahtumaan. Ilmoitus ei koskaan kerro, mitä viestissä lukee.
notify-channels = Kerro minulle
notify-by-email = Sähköpostilla osoitteeseen { $address }
notify-by-sms = Tekstiviestillä numeroon { $phone }
notify-no-phone = Jos haluat tekstiviestejä, lisää puhelinnumerosi Omat tiedot -sivulla.
notify-quiet = Hiljaiset tunnit tekstiviesteille
notify-quiet-hint = Tekstiviestit, jotka tulisivat näinä tunteina, tulevat vasta niiden jälkeen. Valitse sama tunti kahdesti, jos haluat viestit mihin aikaan tahansa.
notify-quiet-from = Ei tekstiviestejä alkaen
notify-quiet-until = Päättyen
notify-save = Tallenna
notify-saved = Valintasi on tallennettu.
notify-error-hour = Valitse tunti
notify-email-footer = Voit valita, miten Askel ottaa sinuun yhteyttä: { $link }
