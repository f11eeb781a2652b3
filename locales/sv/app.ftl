## Hela tjänsten: namn, sidrubriker, layout, språk, fel.

app-name = Askel
# $page är sidans egen rubrik.
app-page-title = { $page } – Askel
language-self-name = Svenska

layout-skip-to-content = Hoppa till huvudinnehållet
layout-main-nav-label = Huvudmeny
layout-language-nav-label = Språk
layout-footer-about = Askel är en avgiftsfri tjänst för arbetssökande, jobbcoacher och arbetsgivare.
nav-home = Startsida

page-continue = Fortsätt

form-error-summary-title = Det finns ett fel
form-error-prefix = Fel:

error-not-found = Vi hittade inte det du letade efter.
error-unauthorized = Logga in först.
error-forbidden = Du har inte behörighet att göra det här.
error-validation = Kontrollera uppgifterna du har angett.
error-bad-request = Ditt svar kunde inte läsas. Fyll i formuläret igen.
error-rate-limited = För många försök. Vänta en stund och försök igen.
error-internal = Något gick fel hos oss. Dina svar finns kvar. Försök igen.
error-unavailable = Askel är inte tillgänglig för tillfället. Försök igen om en minut.
error-connection = Vi fick ingen kontakt med Askel. Kontrollera internetanslutningen och försök igen.
error-cross-site = Formuläret skickades från en annan webbplats, så Askel tog inte emot det. Gå till Askel och försök igen.
error-too-large = Det du skickade är för långt. Korta av den längsta texten och försök igen.
forbidden-title = Inte tillåtet

nav-sign-in = Logga in
nav-account = Mitt konto
nav-invitations = Inbjudningskoder
nav-admin-users = Konton
nav-modules = Avsnitt

role-jobseeker = Arbetssökande
role-coach = Jobbcoach
role-organiser = Evenemangsarrangör
role-admin = Administratör
