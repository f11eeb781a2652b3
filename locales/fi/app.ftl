## Koko palvelu: nimi, sivujen otsikot, asettelu, kielet, virheet.

app-name = Askel
# $page on sivun oma otsikko.
app-page-title = { $page } – Askel
language-self-name = Suomi

layout-skip-to-content = Siirry pääsisältöön
layout-main-nav-label = Päävalikko
layout-language-nav-label = Kieli
layout-footer-about = Askel on maksuton palvelu työnhakijoille, työvalmentajille ja työnantajille.
nav-home = Etusivu

page-continue = Jatka

form-error-summary-title = Tiedoissa on virhe
form-error-prefix = Virhe:

error-not-found = Etsimääsi asiaa ei löytynyt.
error-unauthorized = Kirjaudu ensin sisään.
error-forbidden = Sinulla ei ole oikeutta tehdä tätä.
error-validation = Tarkista antamasi tiedot.
error-bad-request = Vastaustasi ei voitu lukea. Täytä lomake uudelleen.
error-rate-limited = Liian monta yritystä. Odota hetki ja yritä uudelleen.
error-internal = Meillä tapahtui virhe. Vastauksesi ovat tallessa. Yritä uudelleen.
error-unavailable = Askel ei ole hetkeen käytettävissä. Yritä uudelleen minuutin kuluttua.
error-connection = Askeleeseen ei saatu yhteyttä. Tarkista internetyhteys ja yritä uudelleen.
error-cross-site = Tämä lomake lähetettiin toiselta verkkosivulta, joten Askel ei hyväksynyt sitä. Mene Askeleeseen ja yritä uudelleen.
error-too-large = Lähettämäsi teksti on liian pitkä. Lyhennä pisintä tekstiä ja yritä uudelleen.
forbidden-title = Ei sallittu

nav-sign-in = Kirjaudu sisään
nav-account = Oma tili
nav-invitations = Kutsukoodit
nav-admin-users = Tilit
nav-modules = Osiot

role-jobseeker = Työnhakija
role-coach = Työvalmentaja
role-organiser = Tapahtuman järjestäjä
role-admin = Ylläpitäjä
