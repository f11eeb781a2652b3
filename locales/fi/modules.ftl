# Valmennusosiot: osioiden lista, vaiheiden näyttäminen ja valmis-sivu.
# Osioiden oma sisältö on kansiossa content/modules, ei tässä.

modules-title = Osiot
modules-intro = Lyhyitä oppitunteja työnhakuun. Etene omaan tahtiisi: edistymisesi tallentuu jokaisen vaiheen jälkeen.
modules-length = { $steps } vaihetta, noin { $minutes } minuuttia
modules-status-not-started = Ei aloitettu
modules-status-in-progress = Kesken: { $done }/{ $count } vaihetta tehty
modules-status-completed = Valmis
modules-assigned = Työvalmentajasi ehdotti tätä osiota sinulle
modules-assigned-due = Työvalmentajasi ehdotti tätä osiota sinulle. Tee se valmiiksi viimeistään { $date }.
modules-in-english = Tämä osio on toistaiseksi vain englanniksi.
modules-in-finnish = Tämä osio on toistaiseksi vain suomeksi.

module-step-position = Vaihe { $n }/{ $count }
module-fallback-notice = Tätä osiota ei ole vielä sinun kielelläsi. Se näytetään englanniksi.
module-fallback-notice-finnish = Tätä osiota ei ole vielä sinun kielelläsi. Se näytetään suomeksi.
module-all-modules = Kaikki osiot
module-back = Takaisin
module-continue = Jatka
module-check-answer = Tarkista vastaukseni
module-save-changed = Tallenna uusi vastaukseni
module-your-answer = Vastauksesi
module-answer-right = oikein
module-answer-not-right = ei aivan oikein
module-change-answer = Muuta vastaustasi
module-transcript = Mitä videossa sanotaan
module-captions-label = Tekstitys
module-video-fallback = Selaimesi ei voi näyttää tätä videota. Alla oleva teksti kertoo kaiken, mitä videossa näkyy.
module-reflection-hint = Vain sinä näet, mitä kirjoitat tähän, ellet itse jaa sitä työvalmentajallesi. Kirjoittaminen on vapaaehtoista.
module-share-with-coach = Jaa tämä vastaus työvalmentajalleni
module-offline = Sinulla ei ole verkkoyhteyttä. Voit jatkaa: vastauksesi säilyvät tällä laitteella.
module-waiting = Lähettämättömiä vastauksia: { $count }. Ne lähetetään, kun verkkoyhteys toimii taas.
module-all-sent = Kaikki vastauksesi on tallennettu.
module-finished-offline = Olet tehnyt kaikki vaiheet. Yhdistä internetiin, jotta viimeiset vastauksesi tallentuvat.
module-sign-in-to-send = Lähettämättömiä vastauksia: { $count }. Istuntosi on päättynyt, joten ne säilyvät tällä laitteella. Kirjaudu uudelleen, niin ne tallentuvat.
module-sign-in-link = Kirjaudu
module-trying-again = Lähettämättömiä vastauksia: { $count }. Palvelu ei juuri nyt pysty tallentamaan niitä. Ne säilyvät tällä laitteella ja lähetetään pian uudelleen.
module-refused = Vastauksia, joita ei voitu tallentaa, koska moduuli on muuttunut: { $count }. Käy moduulin vaiheet uudelleen läpi.

module-error-choose-one = Valitse yksi vastaus
module-error-choose-some = Valitse ainakin yksi vastaus
module-error-write-answer = Kirjoita vastauksesi
module-error-too-long = Vastauksesi on liian pitkä. Lyhennä se alle 4 000 merkkiin.
module-error-due-date = Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 31.12.2026
module-error-choose = Valitse moduuli

module-done-heading = Valmis: { $module }
module-not-done-heading = Vielä kesken: { $module }
module-done-progress = Olet tehnyt { $done }/{ $count } vaihetta.
module-done-answers = Vastauksesi
module-done-nothing = Ei vastausta
module-done-shared = Jaettu työvalmentajallesi
module-done-private = Vain sinä näet tämän
module-done-next = Mitä seuraavaksi
module-done-all = Olet tehnyt kaikki osiot. Hienoa!
