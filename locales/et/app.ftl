## Service-wide: name, page titles, layout, languages, errors.

app-name = Askel
# $page is the page's own title.
app-page-title = { $page } – Askel
language-self-name = Eesti keel

layout-skip-to-content = Mine põhisisu juurde
layout-main-nav-label = Peamenüü
layout-language-nav-label = Keel
layout-footer-about = Askel on tasuta teenus tööotsijatele, nõustajatele ja tööandjatele.
nav-home = Avaleht

page-continue = Jätka

form-error-summary-title = Midagi on valesti
form-error-prefix = Viga:

error-not-found = Me ei leidnud seda, mida sa otsisid.
error-unauthorized = Palun logi kõigepealt sisse.
error-forbidden = Sul ei ole selleks õigust.
error-validation = Palun kontrolli sisestatud andmeid.
error-bad-request = Sinu vastust ei saanud lugeda. Palun täida vorm uuesti.
error-rate-limited = Liiga palju katseid. Palun oota natuke ja proovi uuesti.
error-internal = Meie poolel läks midagi valesti. Sinu vastused on alles. Palun proovi uuesti.
error-unavailable = Askel ei ole hetkel kättesaadav. Palun proovi minuti pärast uuesti.
error-connection = Me ei saanud Askeliga ühendust. Kontrolli internetiühendust ja proovi uuesti.
error-cross-site = See vorm saadeti teiselt veebilehelt, seega Askel ei võtnud seda vastu. Mine Askelisse ja proovi uuesti.
error-too-large = Saadetud tekst on liiga pikk. Lühenda kõige pikemat teksti ja proovi uuesti.
forbidden-title = Ei ole lubatud

nav-sign-in = Logi sisse
nav-account = Minu konto
nav-invitations = Kutsekoodid
nav-admin-users = Kontod
nav-modules = Moodulid

role-jobseeker = Tööotsija
role-coach = Nõustaja
role-organiser = Ürituse korraldaja
role-admin = Administraator
