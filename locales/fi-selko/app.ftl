## Koko palvelu: nimi, sivujen otsikot, asettelu, kielet, virheet.

app-name = Askel
# $page on sivun oma otsikko.
app-page-title = { $page } – Askel
language-self-name = Selkosuomi

layout-skip-to-content = Siirry sivun sisältöön
layout-main-nav-label = Valikko
layout-language-nav-label = Kieli
layout-footer-about = Askel on ilmainen palvelu. Se on työnhakijoille, valmentajille ja työnantajille.
nav-home = Etusivu

page-continue = Jatka

form-error-summary-title = Tiedoissa on virhe
form-error-prefix = Virhe:

error-not-found = Emme löytäneet sitä, mitä etsit.
error-unauthorized = Kirjaudu ensin sisään.
error-forbidden = Et voi tehdä tätä. Sinulla ei ole siihen lupaa.
error-validation = Tarkista tiedot, jotka kirjoitit.
error-bad-request = Askel ei voinut lukea vastaustasi. Täytä lomake uudelleen.
error-rate-limited = Yritit liian monta kertaa. Odota hetki. Yritä sitten uudelleen.
error-internal = Askeleessa tapahtui virhe. Vastauksesi ovat tallessa. Yritä uudelleen.
error-unavailable = Askel ei toimi juuri nyt. Yritä uudelleen minuutin päästä.
error-connection = Askel ei saanut yhteyttä. Tarkista, että internet toimii. Yritä sitten uudelleen.
error-cross-site = Lomake tuli toiselta verkkosivulta. Siksi Askel ei ottanut sitä vastaan. Mene Askeleeseen ja yritä uudelleen.
error-too-large = Tekstisi on liian pitkä. Lyhennä pisintä tekstiä. Yritä sitten uudelleen.
forbidden-title = Ei lupaa

nav-sign-in = Kirjaudu sisään
nav-account = Oma tili
nav-invitations = Kutsukoodit
nav-admin-users = Tilit
nav-modules = Osiot

role-jobseeker = Työnhakija
role-coach = Valmentaja
role-organiser = Tapahtuman järjestäjä
role-admin = Ylläpitäjä
