### Työnhakijan ja valmentajan viestit.

nav-messages = Viestit
message-my-title = Viestit
message-my-intro = Täällä sinä ja valmentajasi { $coach } kirjoitatte viestejä toisillenne. Valmentajasi lukee, mitä kirjoitat tänne. Joskus valmentajasi on poissa. Silloin toinen valmentaja samasta tiimistä voi lukea viestisi ja vastata niihin. Askel merkitsee muistiin jokaisen kerran, kun hän lukee viestejäsi. Jos saat uuden valmentajan, myös hän voi lukea vanhat viestit.
message-no-coach = Sinulla ei ole vielä valmentajaa Askeleessa. Siksi et voi vielä lähettää viestiä. Kun saat valmentajan, voit kirjoittaa hänelle täällä.
message-coach-title = Viestit: { $name }
message-none = Ei vielä viestejä.
message-earlier = Aiemmat viestit
message-newest = Uusimmat viestit
message-you = Sinä
message-writer-gone = Entinen valmentaja
message-sent-at = { $day } kello { $time }
message-read-at = Luettu { $day } kello { $time }
message-not-read = Ei vielä luettu
message-write = Kirjoita viesti
message-to-coach = Viestisi valmentajalle { $coach }
message-to-jobseeker = Viestisi: { $name }
message-body-hint = Älä kirjoita viestiin henkilötunnustasi tai pankkitietojasi.
message-send = Lähetä viesti
message-sent = Lähetit viestin. Se on ylhäällä viimeisenä.
message-error-empty = Kirjoita viesti
message-error-long = Viesti on liian pitkä. Lyhennä viestiä. Siinä voi olla enintään 4000 merkkiä.
message-error-too-many = Olet lähettänyt tänään 100 viestiä. Et voi lähettää enempää yhden päivän aikana. Voit kirjoittaa taas huomenna.
message-error-sent-before = Lähetit tämän lomakkeen jo aiemmin. Silloin siinä oli eri teksti. Katso keskustelu ylhäältä. Pitääkö tämä teksti vielä lähettää? Lähetä se silloin uudelleen.
message-error-no-coach = Sinulla ei ole vielä valmentajaa. Siksi Askel ei voinut lähettää viestiä.
message-unsent = Mitä kirjoitit (viesti ei lähtenyt)
message-email-subject = Sinulle on uusi viesti Askeleessa
message-email-body = Sinulle on uusi viesti Askeleessa. Kirjaudu sisään, niin voit lukea viestin: { $link }

    Askel lähettää sinulle vain yhden sähköpostin. Saat seuraavan sähköpostin vasta, kun olet lukenut viestisi.
person-messages = Viestit
person-unread-messages = { $count ->
    [0] Häneltä ei ole lukemattomia viestejä.
    [one] Häneltä on yksi lukematon viesti.
   *[other] Häneltä on { $count } lukematonta viestiä.
}
person-open-messages = Avaa viestit
message-templates = Aloita valmiista tekstistä
message-templates-hint = Teksti on kielellä, jota hän käyttää Askeleessa. Voit muuttaa tekstiä ennen kuin lähetät sen.
message-template-recontact-title = Emme ole kuulleet sinusta vähään aikaan
message-template-recontact = Hei { $name }, emme ole kuulleet sinusta Askeleessa vähään aikaan. Mitä kuuluu? Voit vastata tähän viestiin. Voit myös kertoa ajan, joka sopii sinulle. Sitten soitan sinulle.
message-template-meeting-title = Tavataan
message-template-meeting = Hei { $name }, haluaisin tavata sinut. Mikä päivä ensi viikolla sopii sinulle? Voit vastata tähän viestiin.
message-template-well-done-title = Hienoa työtä
message-template-well-done = Hei { $name }, hienoa! Näin, mitä olet tehnyt Askeleessa. Jatka samaan tapaan. Jos tarvitset apua, kirjoita minulle.
message-sms = Askel: sinulla on uusi viesti. { $link }

## A coach's inbox, days away and covering for the team.
message-my-coach-away = { $coach } on poissa { $day } asti. Siihen asti toinen valmentaja samasta tiimistä lukee viestisi ja vastaa niihin.
message-covering = Luet tätä toisen valmentajan puolesta. Valmentaja { $coach } on poissa { $day } asti. Askel merkitsee muistiin jokaisen kerran, kun avaat tämän.
message-inbox-back = Takaisin viesteihin
message-inbox-title = Viestit
message-inbox-intro = Tässä ovat keskustelusi asiakkaidesi kanssa. Lukemattomat ovat ensin. Askel merkitsee muistiin jokaisen kerran, kun avaat tämän listan. Askel tekee niin aina, kun joku lukee henkilön tietoja.
message-inbox-own = Omat asiakkaasi
message-inbox-none = Sinulla ei ole vielä viestejä asiakkaidesi kanssa.
message-inbox-team = Tiimisi sijaisuudet
message-inbox-team-rule = Joskus tiimisi valmentaja on poissa. Silloin hänen asiakkaidensa keskustelut ovat täällä. Ne ovat täällä hänen viimeisen poissaolopäivänsä loppuun asti. Voit lukea keskusteluja ja vastata niihin. Askel merkitsee muistiin jokaisen kerran, kun avaat keskustelun.
message-inbox-nobody-away = Kukaan tiimistäsi ei ole poissa.
message-inbox-away = { $name } on poissa { $day } asti
message-inbox-none-covered = Hänen asiakkaillaan ei ole viestejä.
message-inbox-unread = { $count ->
    [one] Yksi lukematon
   *[other] { $count } lukematonta
}
message-inbox-latest-them = Viimeisin viesti { $day } kello { $time }, asiakkaalta
message-inbox-latest-coach = Viimeisin viesti { $day } kello { $time }, valmentajalta
message-inbox-formers = Poistetut keskustelut
message-former = { $unread ->
    [0] { $month }: viesti entiseltä asiakkaalta. Askel poisti keskustelun, kun se poisti hänen tilinsä.
    [one] { $month }: viesti entiseltä asiakkaalta. Askel poisti keskustelun, kun se poisti hänen tilinsä. Yksi hänen viesteistään oli lukematon.
   *[other] { $month }: viesti entiseltä asiakkaalta. Askel poisti keskustelun, kun se poisti hänen tilinsä. Hänen viesteistään { $unread } oli lukemattomia.
}
message-away-heading = Poissaolosi
message-away-none = Et ole merkinnyt poissaoloa.
message-away-until = Olet poissa { $day } asti. Siihen asti tiimisi valmentajat voivat lukea asiakkaidesi viestejä ja vastata niihin.
message-away-day = Viimeinen poissaolopäivä
message-away-hint = Esimerkiksi loma tai sairausloma. Tiimisi valmentajat voivat lukea asiakkaidesi viestejä ja vastata niihin tämän päivän loppuun asti.
message-away-save = Tallenna
message-away-back = Olen palannut
message-away-saved = Tallensit poissaolosi.
away-error-day = Kirjoita viimeinen poissaolopäiväsi. Esimerkiksi 24.12.2026
away-error-past = Viimeinen poissaolopäivä ei voi olla menneisyydessä
away-error-far = Viimeinen poissaolopäivä voi olla enintään vuoden päästä
message-file-heading = Lähetä kuva tai PDF-tiedosto
message-file-choose = Kuva tai PDF-tiedosto
message-file-hint = Voit lähettää kuvan asiakirjasta tai PDF-tiedoston. Kuvan pitää olla JPEG, PNG tai WebP. Tiedosto voi olla enintään 10 megatavua. Askel tarkistaa, millainen tiedosto oikeasti on. Askel lähettää vain nämä tiedostot.
message-file-words = Muutama sana tiedostosta (ei pakollinen)
message-file-send = Lähetä tiedosto
message-file-sent = Lähetit tiedoston. Se on ylhäällä viimeisenä.
message-file-photo = kuva
message-file-pdf = PDF
message-file-link = { $name } ({ $kind }, { $size } megatavua)
message-error-file-missing = Valitse kuva tai PDF-tiedosto, jonka haluat lähettää
message-error-file-large = Tiedosto on liian suuri. Valitse tiedosto, joka on enintään 10 megatavua. Voit lähettää jokaisen sivun omana kuvanaan.
message-error-file-type = Valitse kuva tai PDF-tiedosto. Kuvan pitää olla JPEG, PNG tai WebP. Tämä tiedosto ei ole kuva eikä PDF-tiedosto, vaikka sen nimi voi näyttää siltä.
message-error-file-too-many = Olet lähettänyt tänään 20 tiedostoa. Et voi lähettää enempää yhden päivän aikana. Voit lähettää lisää huomenna.
message-error-file-words-long = Teksti on liian pitkä. Voit kirjoittaa tiedostosta enintään 500 merkkiä.
message-live-on-phone = Viesti on puhelimessasi. Se lähtee, kun yhteys toimii.
message-live-sending = Viesti lähtee…
message-live-sent = Viesti lähti
message-live-refused = Viesti ei lähtenyt. Tekstisi on taas alla olevassa kentässä.
message-live-sign-in = Kirjaudu uudelleen. Sitten viesti lähtee.
message-live-new = { $count ->
    [one] Yksi uusi viesti
   *[other] { $count } uutta viestiä
}
message-error-file-sent-before = Lähetit tämän lomakkeen jo aiemmin. Silloin siinä oli toinen tiedosto tai eri teksti. Katso keskustelu ylhäältä. Haluatko lähettää myös tämän tiedoston? Valitse tiedosto uudelleen ja lähetä se.
