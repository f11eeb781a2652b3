# Valmennusosiot: osioiden lista, vaiheiden näyttäminen ja valmis-sivu.
# Osioiden oma sisältö on kansiossa content/modules, ei tässä.

modules-title = Osiot
modules-intro = Osiot ovat lyhyitä oppitunteja. Ne auttavat sinua, kun haet työtä. Voit tehdä osiot omaan tahtiisi. Askel tallentaa, mitä olet tehnyt, aina kun teet yhden vaiheen.
modules-length = { $steps } vaihetta, noin { $minutes } minuuttia
modules-status-not-started = Et ole vielä aloittanut
modules-status-in-progress = Kesken: { $done }/{ $count } vaihetta tehty
modules-status-completed = Valmis
modules-assigned = Valmentajasi ehdotti tätä osiota sinulle
modules-assigned-due = Valmentajasi ehdotti tätä osiota sinulle. Tee osio valmiiksi viimeistään { $date }.
modules-in-english = Tämä osio on vielä vain englanniksi.
modules-in-finnish = Tämä osio on vielä vain suomeksi.

module-step-position = Vaihe { $n }/{ $count }
module-fallback-notice = Tätä osiota ei ole vielä selkosuomeksi. Siksi Askel näyttää sen englanniksi.
module-fallback-notice-finnish = Tätä osiota ei ole vielä selkosuomeksi. Siksi Askel näyttää sen tavallisella suomen kielellä.
module-all-modules = Kaikki osiot
module-back = Takaisin
module-continue = Jatka
module-check-answer = Tarkista vastaukseni
module-save-changed = Tallenna uusi vastaukseni
module-your-answer = Vastauksesi
module-answer-right = oikein
module-answer-not-right = ei aivan oikein
module-change-answer = Muuta vastaustasi
module-transcript = Video tekstinä
module-captions-label = Tekstitys
module-video-fallback = Selaimesi ei voi näyttää tätä videota. Alla on teksti. Se kertoo kaiken, mitä videossa näkyy.
module-reflection-hint = Vain sinä näet, mitä kirjoitat tähän. Voit jakaa tekstin valmentajallesi, jos haluat. Sinun ei ole pakko kirjoittaa.
module-share-with-coach = Jaa tämä vastaus valmentajalleni
module-offline = Sinulla ei ole yhteyttä internetiin. Voit silti jatkaa. Vastauksesi pysyvät tallessa tässä puhelimessa tai tietokoneessa.
module-waiting = Vastauksia, jotka eivät ole vielä lähteneet: { $count }. Ne lähtevät, kun yhteys internetiin toimii taas.
module-all-sent = Askel tallensi kaikki vastauksesi.
module-finished-offline = Olet tehnyt kaikki vaiheet. Yhdistä internetiin. Sitten Askel tallentaa viimeiset vastauksesi.
module-sign-in-to-send = Vastauksia, jotka eivät ole vielä lähteneet: { $count }. Askel kirjasi sinut ulos. Siksi vastaukset ovat tallessa tässä puhelimessa tai tietokoneessa. Kirjaudu uudelleen. Sitten Askel tallentaa ne.
module-sign-in-link = Kirjaudu
module-trying-again = Vastauksia, jotka eivät ole vielä lähteneet: { $count }. Askel ei voi tallentaa niitä juuri nyt. Vastaukset ovat tallessa tässä puhelimessa tai tietokoneessa. Askel yrittää pian lähettää ne uudelleen.
module-refused = Vastauksia, joita Askel ei voinut tallentaa: { $count }. Syy on, että osio on muuttunut. Tee osion vaiheet uudelleen.

module-error-choose-one = Valitse yksi vastaus
module-error-choose-some = Valitse ainakin yksi vastaus
module-error-write-answer = Kirjoita vastauksesi
module-error-too-long = Vastauksesi on liian pitkä. Lyhennä vastausta. Siinä pitää olla alle 4 000 merkkiä.
module-error-due-date = Kirjoita päivämäärä näin: päivä.kuukausi.vuosi. Esimerkiksi 31.12.2026
module-error-choose = Valitse osio

module-done-heading = Valmis: { $module }
module-not-done-heading = Vielä kesken: { $module }
module-done-progress = Olet tehnyt { $done }/{ $count } vaihetta.
module-done-answers = Vastauksesi
module-done-nothing = Ei vastausta
module-done-shared = Jaoit tämän valmentajallesi
module-done-private = Vain sinä näet tämän
module-done-next = Mitä teet seuraavaksi
module-done-all = Olet tehnyt kaikki osiot. Hienoa!
