### Työnhakijan ja valmentajan viestit.

nav-messages = Viestit
message-my-title = Viestit
message-my-intro = Täällä sinä ja valmentajasi { $coach } kirjoitatte toisillenne. Valmentajasi lukee, mitä kirjoitat tänne. Kun valmentajasi on poissa, saman tiimin toinen valmentaja voi lukea viestisi ja vastata niihin, ja jokainen lukukerta kirjataan. Jos saat uuden valmentajan, hänkin voi lukea aiemmat viestit.
message-no-coach = Sinulla ei ole vielä valmentajaa Askeleessa, joten viestiä ei voi lähettää kenellekään. Kun saat valmentajan, voit kirjoittaa hänelle täällä.
message-coach-title = Viestit: { $name }
message-none = Ei vielä viestejä.
message-earlier = Aiemmat viestit
message-newest = Uusimmat viestit
message-you = Sinä
message-writer-gone = Entinen valmentaja
message-sent-at = { $day } klo { $time }
message-read-at = Luettu { $day } klo { $time }
message-not-read = Ei vielä luettu
message-write = Kirjoita viesti
message-to-coach = Viestisi valmentajalle { $coach }
message-to-jobseeker = Viestisi: { $name }
message-body-hint = Älä kirjoita viestiin henkilötunnustasi tai pankkitietojasi.
message-send = Lähetä viesti
message-sent = Viesti lähetetty. Se näkyy viimeisenä yllä.
message-error-empty = Kirjoita viesti
message-error-long = Kirjoita viesti enintään 4000 merkillä
message-error-too-many = Olet lähettänyt tänään 100 viestiä, mikä on yhden päivän enimmäismäärä. Voit kirjoittaa taas huomenna.
message-error-sent-before = Tämä lomake oli jo lähetetty, eri tekstillä. Katso keskustelu yllä. Jos tämä teksti pitää vielä lähettää, lähetä se uudelleen.
message-error-no-coach = Sinulla ei ole vielä valmentajaa, joten viestiä ei voitu lähettää.
message-unsent = Mitä kirjoitit (ei lähetetty)
message-email-subject = Sinulle on uusi viesti Askeleessa
message-email-body = Sinulle on uusi viesti Askeleessa. Kirjaudu sisään lukeaksesi sen: { $link }

    Saat yhden sähköpostin, kunnes olet lukenut viestisi.
person-messages = Viestit
person-unread-messages = { $count ->
    [0] Ei lukemattomia viestejä häneltä.
    [one] Yksi lukematon viesti häneltä.
   *[other] { $count } lukematonta viestiä häneltä.
}
person-open-messages = Avaa viestit
message-templates = Aloita valmiista tekstistä
message-templates-hint = Teksti on kielellä, jota hän käyttää Askeleessa. Voit muuttaa sitä ennen lähettämistä.
message-template-recontact-title = Emme ole kuulleet sinusta vähään aikaan
message-template-recontact = Hei { $name }, emme ole kuulleet sinusta Askeleessa vähään aikaan. Mitä kuuluu? Voit vastata tähän tai kertoa ajan, joka sopii sinulle, niin soitan sinulle.
message-template-meeting-title = Tavataan
message-template-meeting = Hei { $name }, haluaisin tavata sinut. Mikä päivä ensi viikolla sopii sinulle? Voit vastata tähän.
message-template-well-done-title = Hienoa työtä
message-template-well-done = Hei { $name }, hienoa! Näin, mitä olet tehnyt Askeleessa. Jatka samaan malliin ja kirjoita minulle, jos tarvitset apua.
message-sms = Askel: sinulla on uusi viesti. { $link }

## A coach's inbox, days away and covering for the team.
message-my-coach-away = { $coach } on poissa { $day } asti. Siihen asti saman tiimin toinen valmentaja lukee viestisi ja vastaa niihin.
message-covering = Luet tätä valmentajan { $coach } puolesta. Hän on poissa { $day } asti. Jokainen avauskerta kirjataan.
message-inbox-back = Takaisin viesteihin
message-inbox-title = Viestit
message-inbox-intro = Keskustelusi asiakkaidesi kanssa, lukemattomat ensin. Jokainen tämän listan avaus kirjataan, kuten jokainen henkilön tietojen lukeminen.
message-inbox-own = Omat asiakkaasi
message-inbox-none = Asiakkaidesi kanssa ei ole vielä viestejä.
message-inbox-team = Tiimisi sijaisuudet
message-inbox-team-rule = Kun tiimisi valmentaja on poissa, hänen asiakkaidensa keskustelut ovat täällä hänen viimeisen poissaolopäivänsä loppuun asti. Voit lukea niitä ja vastata niihin. Jokainen avauskerta kirjataan.
message-inbox-nobody-away = Kukaan tiimistäsi ei ole poissa.
message-inbox-away = { $name } on poissa { $day } asti
message-inbox-none-covered = Hänen asiakkaidensa kanssa ei ole viestejä.
message-inbox-unread = { $count ->
    [one] Yksi lukematon
   *[other] { $count } lukematonta
}
message-inbox-latest-them = Viimeisin viesti { $day } klo { $time }, asiakkaalta
message-inbox-latest-coach = Viimeisin viesti { $day } klo { $time }, valmentajalta
message-inbox-formers = Poistetut keskustelut
message-former = { $unread ->
    [0] { $month }: viesti entiseltä asiakkaalta. Keskustelu poistettiin hänen tilinsä mukana.
    [one] { $month }: viesti entiseltä asiakkaalta. Keskustelu poistettiin hänen tilinsä mukana. Yksi hänen viestinsä oli lukematta.
   *[other] { $month }: viesti entiseltä asiakkaalta. Keskustelu poistettiin hänen tilinsä mukana. { $unread } hänen viestiään oli lukematta.
}
message-away-heading = Poissaolosi
message-away-none = Sinua ei ole merkitty poissaolevaksi.
message-away-until = Olet poissa { $day } asti. Siihen asti tiimisi valmentajat voivat lukea asiakkaidesi viestejä ja vastata niihin.
message-away-day = Viimeinen poissaolopäivä
message-away-hint = Esimerkiksi loma tai sairausloma. Tämän päivän loppuun asti tiimisi valmentajat voivat lukea asiakkaidesi viestejä ja vastata niihin.
message-away-save = Tallenna
message-away-back = Olen palannut
message-away-saved = Poissaolosi on tallennettu.
away-error-day = Kirjoita viimeinen poissaolopäiväsi päivämääränä, esimerkiksi 24.12.2026
away-error-past = Viimeinen poissaolopäivä ei voi olla menneisyydessä
away-error-far = Viimeinen poissaolopäivä voi olla enintään vuoden päästä
message-file-heading = Lähetä kuva tai PDF
message-file-choose = Kuva tai PDF-tiedosto
message-file-hint = Kuva asiakirjasta (JPEG, PNG tai WebP) tai PDF-tiedosto, enintään 10 Mt. Askel tarkistaa, mikä tiedosto oikeasti on, ja lähettää vain nämä.
message-file-words = Muutama sana tiedostosta (voit jättää tyhjäksi)
message-file-send = Lähetä tiedosto
message-file-sent = Tiedosto lähetetty. Se on ylhäällä viimeisenä.
message-file-photo = kuva
message-file-pdf = PDF
message-file-link = { $name } ({ $kind }, { $size } Mt)
message-error-file-missing = Valitse lähetettävä kuva tai PDF-tiedosto
message-error-file-large = Valitse tiedosto, joka on enintään 10 Mt. Voit lähettää jokaisen sivun omana kuvanaan.
message-error-file-type = Valitse kuva (JPEG, PNG tai WebP) tai PDF-tiedosto. Tämä tiedosto on jotain muuta, sanoi sen nimi mitä tahansa.
message-error-file-too-many = Olet lähettänyt tänään 20 tiedostoa, mikä on yhden päivän enimmäismäärä. Voit lähettää lisää huomenna.
message-error-file-words-long = Kirjoita tiedostosta enintään 500 merkkiä
message-live-on-phone = Puhelimessasi: lähtee, kun yhteys toimii
message-live-sending = Lähetetään…
message-live-sent = Lähetetty
message-live-refused = Ei lähetetty. Sanasi ovat taas alla olevassa kentässä.
message-live-sign-in = Kirjaudu uudelleen, niin viesti lähtee
message-live-new = { $count ->
    [one] Yksi uusi viesti
   *[other] { $count } uutta viestiä
}
message-error-file-sent-before = Tämä lomake on jo lähetetty toisella tiedostolla tai toisin sanoin. Katso keskustelu yllä. Jos haluat lähettää myös tämän tiedoston, valitse se uudelleen ja lähetä.
