### How Askel contacts a person.

notify-title = Kuidas Askel sinuga ühendust võtab
notify-change = Vali, kuidas sulle sõnumitest, kohtumistest ja üritustest teatatakse
notify-intro = Askel annab sulle teada, kui sinu nõustaja sulle kirjutab või kui saad koha üritusel. Samuti siis, kui kohtumine broneeritakse, viiakse teisele ajale või on varsti tulemas. Teates ei ole kunagi kirjas, mida sõnumis öeldakse.
notify-channels = Teata mulle
notify-by-email = E-postiga aadressile { $address }
notify-by-sms = SMS-iga numbrile { $phone }
notify-no-phone = Kui tahad saada SMS-e, lisa oma telefoninumber lehel Minu konto.
notify-quiet = Vaikne aeg SMS-ide jaoks
notify-quiet-hint = SMS-id, mis tuleksid nendel tundidel, tulevad hoopis vaikse aja lõpus. Kui tahad SMS-e saada igal ajal, vali kaks korda sama tund.
notify-quiet-from = SMS-e ei saadeta alates
notify-quiet-until = Kuni
notify-save = Salvesta
notify-saved = Sinu valikud on salvestatud.
notify-error-hour = Vali tund
notify-email-footer = Vali, kuidas Askel sinuga ühendust võtab: { $link }

## One-click stop links in every notice (`/unsubscribe`).
notify-email-stop = Lõpeta need e-kirjad ühe vajutusega: { $link }
notify-sms-stop = Lõpeta SMS-id: { $link }
notify-stop-email-title = Lõpeta Askeli e-kirjad
notify-stop-email-intro = Vajuta nuppu ja Askel ei saada sulle enam e-kirju sõnumite, kohtumiste, sinu kava ja ürituste kohta. Sinu konto ja kõik andmed selles jäävad alles.
notify-stop-email-button = Lõpeta e-kirjad
notify-stop-email-stopped = Askel ei saada sulle e-kirju. Kui sisse logid, leiad ikka kõik üles.
notify-stop-email-again = Saada mulle jälle e-kirju
notify-stop-sms-title = Lõpeta Askeli SMS-id
notify-stop-sms-intro = Vajuta nuppu ja Askel ei saada sulle enam SMS-e sõnumite, kohtumiste, sinu kava ja ürituste kohta. Sinu konto ja kõik andmed selles jäävad alles.
notify-stop-sms-button = Lõpeta SMS-id
notify-stop-sms-stopped = Askel ei saada sulle SMS-e. Kui sisse logid, leiad ikka kõik üles.
notify-stop-sms-again = Saada mulle jälle SMS-e
notify-stop-saved = Sinu valik on salvestatud.
notify-stop-settings = Sa saad valida ka siis, kui oled sisse logitud:

## The daily digest.
notify-digest = Kogu minu e-kirjad üheks kirjaks päevas, mis saadetakse pärast kella 8 hommikul (SMS-id tulevad ikka ükshaaval)
notify-digest-subject = Mis on Askelis sinu jaoks uut
notify-digest-body = Pärast eelmist e-kirja juhtus Askelis sinu jaoks järgmist:
    { $lines }

    Logi sisse, et seda näha: { $link }

## Notifications on the phone's own screen (Web Push).

notify-push-heading = Teated sinu telefoni ekraanil
notify-push-intro = Askel saab näidata teadet selle telefoni või arvuti ekraanil, mida sa praegu kasutad, nagu teevad ka teised rakendused. Teade ütleb ainult, et midagi on uut, mitte seda, mis.
notify-push-devices = { $count ->
    [0] Ükski telefon ega brauser ei näita sinu teateid.
    [one] Üks telefon või brauser näitab sinu teateid.
   *[other] { $count } telefoni või brauserit näitavad sinu teateid.
}
notify-push-turn-on = Lülita teated selles telefonis sisse
notify-push-turn-off = Lülita teated selles telefonis välja
notify-push-on = Teated on selles telefonis sees.
notify-push-off = Teated on selles telefonis väljas.
notify-push-working = Üks hetk…
notify-push-blocked = Sinu brauser blokeerib Askeli teated. Et neid lubada, ava brauseri seaded selle saidi jaoks.
notify-push-failed = Teateid ei saanud sisse lülitada. Proovi hiljem uuesti.
notify-push-unsupported = See brauser ei saa Askeli teateid näidata. Telefonis lisa Askel kõigepealt avaekraanile.
notify-push-needs-script = Teadete sisselülitamiseks on brauseris vaja JavaScripti.
notify-push-stop-all = Lõpeta teated kõigis telefonides
notify-push-stopped = Nüüd ei näita ükski telefon ega brauser sinu teateid.
# The notification's title on the lock screen; its text is the email's subject.
notify-push-title = Askel
