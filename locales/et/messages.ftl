### Messages between a jobseeker and their coach.

nav-messages = Sõnumid
message-my-title = Sõnumid
message-my-intro = Siin kirjutate sina ja sinu nõustaja { $coach } teineteisele. Sinu nõustaja loeb, mida sa siia kirjutad. Kui sinu nõustaja on eemal, võib sinu sõnumeid lugeda ja neile vastata teine nõustaja samast meeskonnast. Iga selline kord pannakse kirja. Kui saad uue nõustaja, saab ka tema varasemaid sõnumeid lugeda.
message-no-coach = Sul ei ole veel Askelis nõustajat, seega ei ole kellelegi kirjutada. Kui saad nõustaja, saad talle siin kirjutada.
message-coach-title = Sõnumid: { $name }
message-none = Sõnumeid veel ei ole.
message-earlier = Varasemad sõnumid
message-newest = Uusimad sõnumid
message-you = Sina
message-writer-gone = Endine nõustaja
message-sent-at = { $day } kell { $time }
message-read-at = Loetud { $day } kell { $time }
message-not-read = Veel lugemata
message-write = Kirjuta sõnum
message-to-coach = Sinu sõnum nõustajale { $coach }
message-to-jobseeker = Sinu sõnum tööotsijale { $name }
message-body-hint = Ära kirjuta sõnumisse oma isikukoodi ega pangaandmeid.
message-send = Saada sõnum
message-sent = Sõnum on saadetud. Näed seda ülal viimasena.
message-error-empty = Kirjuta oma sõnum
message-error-long = Kirjuta oma sõnum kõige rohkem 4000 märgiga
message-error-too-many = Sa oled täna saatnud 100 sõnumit. See on ühe päeva kõige suurem arv. Homme saad jälle kirjutada.
message-error-sent-before = See vorm on juba saadetud, aga teise tekstiga. Vaata vestlust ülal. Kui see tekst on vaja veel saata, saada see uuesti.
message-error-no-coach = Sul ei ole veel nõustajat, seega sõnumit ei saanud saata.
message-unsent = Mida sa kirjutasid (saatmata)
message-email-subject = Sul on Askelis uus sõnum
message-email-body = Sul on Askelis uus sõnum. Logi sisse, et seda lugeda: { $link }

    Järgmise e-kirja saad alles siis, kui oled oma sõnumid läbi lugenud.
person-messages = Sõnumid
person-unread-messages = { $count ->
    [0] Temalt ei ole lugemata sõnumeid.
    [one] Temalt on üks lugemata sõnum.
   *[other] Temalt on { $count } lugemata sõnumit.
}
person-open-messages = Ava sõnumid
message-templates = Alusta valmis tekstist
message-templates-hint = Tekst on selles keeles, mida tööotsija Askelis kasutab. Sa võid seda enne saatmist muuta.
message-template-recontact-title = Me pole sinust ammu kuulnud
message-template-recontact = Tere, { $name }! Me pole sinust Askelis tükk aega kuulnud. Kuidas sul läheb? Sa võid vastata siin või öelda mulle aja, mis sulle sobib, ja ma helistan sulle.
message-template-meeting-title = Kohtume
message-template-meeting = Tere, { $name }! Ma tahaksin sinuga kohtuda. Milline päev järgmisel nädalal sulle sobib? Sa võid vastata siin.
message-template-well-done-title = Hästi tehtud
message-template-well-done = Tere, { $name }! Hästi tehtud! Ma nägin, mida sa oled Askelis teinud. Jätka samas vaimus ja kirjuta mulle, kui vajad abi.
message-sms = Askel: sul on uus sõnum. { $link }

## A coach's inbox, days away and covering for the team.
message-my-coach-away = { $coach } on eemal kuni { $day }. Seni loeb sinu sõnumeid ja vastab neile teine sama meeskonna nõustaja.
message-covering = { $coach } on eemal kuni { $day }. Sa loed seda tema asemel. Iga avamine pannakse kirja.
message-inbox-back = Tagasi sõnumite juurde
message-inbox-title = Sõnumid
message-inbox-intro = Sinu vestlused oma tööotsijatega, lugemata eespool. Iga selle nimekirja avamine pannakse kirja, nagu iga kord, kui kellegi andmeid loetakse.
message-inbox-own = Sinu tööotsijad
message-inbox-none = Sinu tööotsijatega ei ole veel sõnumeid.
message-inbox-team = Meeskonnakaaslaste asendamine
message-inbox-team-rule = Kui sinu meeskonna nõustaja on eemal, on tema tööotsijate vestlused siin kuni tema viimase eemaloleku päeva lõpuni. Sa võid neid lugeda ja neile vastata. Iga vestluse avamine pannakse kirja.
message-inbox-nobody-away = Keegi sinu meeskonnast ei ole eemal.
message-inbox-away = { $name } on eemal kuni { $day }
message-inbox-none-covered = Tema tööotsijatega ei ole sõnumeid.
message-inbox-unread = { $count ->
    [one] Üks lugemata
   *[other] { $count } lugemata
}
message-inbox-latest-them = Viimane sõnum { $day } kell { $time }, tööotsijalt
message-inbox-latest-coach = Viimane sõnum { $day } kell { $time }, nõustajalt
message-inbox-formers = Eemaldatud vestlused
message-former = { $unread ->
    [0] { $month }: sõnum endiselt tööotsijalt. Vestlus eemaldati koos tema kontoga.
    [one] { $month }: sõnum endiselt tööotsijalt. Vestlus eemaldati koos tema kontoga. Üks sõnum temalt oli lugemata.
   *[other] { $month }: sõnum endiselt tööotsijalt. Vestlus eemaldati koos tema kontoga. { $unread } sõnumit temalt oli lugemata.
}
message-away-heading = Sinu eemaloleku päevad
message-away-none = Sa ei ole märgitud eemalolevaks.
message-away-until = Sa oled eemal kuni { $day }. Seni saavad sinu meeskonna nõustajad lugeda sinu tööotsijate sõnumeid ja neile vastata.
message-away-day = Viimane eemaloleku päev
message-away-hint = Näiteks puhkus või haigusleht. Selle päeva lõpuni saavad sinu meeskonna nõustajad lugeda sinu tööotsijate sõnumeid ja neile vastata.
message-away-save = Salvesta
message-away-back = Olen tagasi
message-away-saved = Sinu eemaloleku päevad on salvestatud.
away-error-day = Sisesta viimane eemaloleku päev kuupäevana, näiteks 24.12.2026
away-error-past = Viimane eemaloleku päev ei saa olla minevikus
away-error-far = Viimane eemaloleku päev võib olla kõige rohkem aasta pärast tänast
message-file-heading = Saada foto või PDF
message-file-choose = Foto või PDF-fail
message-file-hint = Foto dokumendist (JPEG, PNG või WebP) või PDF-fail, kõige rohkem 10 MB. Askel kontrollib, mis fail see tegelikult on, ja saadab ainult neid liike.
message-file-words = Paar sõna selle kohta (võid jätta tühjaks)
message-file-send = Saada fail
message-file-sent = Fail on saadetud. Näed seda ülal viimasena.
message-file-photo = foto
message-file-pdf = PDF
message-file-link = { $name } ({ $kind }, { $size } MB)
message-error-file-missing = Vali saatmiseks foto või PDF-fail
message-error-file-large = Vali fail, mis on kõige rohkem 10 MB. Iga lehe võid saata eraldi fotona.
message-error-file-type = Vali foto (JPEG, PNG või WebP) või PDF-fail. See fail on midagi muud, ükskõik mida selle nimi ütleb.
message-error-file-too-many = Sa oled täna saatnud 20 faili. See on ühe päeva kõige suurem arv. Homme saad jälle saata.
message-error-file-words-long = Kirjuta faili kohta kõige rohkem 500 märki
message-live-on-phone = Sinu telefonis: saadetakse, kui ühendus on olemas
message-live-sending = Saadan…
message-live-sent = Saadetud
message-live-refused = Ei saadetud. Sinu tekst on jälle allolevas kastis.
message-live-sign-in = Logi uuesti sisse, siis sõnum saadetakse
message-live-new = { $count ->
    [one] Üks uus sõnum
   *[other] { $count } uut sõnumit
}
message-error-file-sent-before = See vorm on juba saadetud, aga teise faili või tekstiga. Vaata vestlust ülal. Kui tahad saata ka selle faili, vali see uuesti ja saada.
