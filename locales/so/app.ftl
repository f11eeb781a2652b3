## Service-wide: name, page titles, layout, languages, errors.

app-name = Askel
# $page is the page's own title.
app-page-title = { $page } – Askel
language-self-name = Af-Soomaali

layout-skip-to-content = U bood qaybta ugu muhiimsan
layout-main-nav-label = Liiska ugu weyn
layout-language-nav-label = Luqad
layout-footer-about = Askel waa adeeg bilaash ah oo loogu talagalay shaqo-doonnada, tababarayaasha shaqada iyo loo-shaqeeyayaasha.
nav-home = Bogga hore

page-continue = Sii wad

form-error-summary-title = Dhib ayaa jira
form-error-prefix = Khalad:

error-not-found = Ma aanan helin wixii aad raadinaysay.
error-unauthorized = Fadlan marka hore soo gal.
error-forbidden = Ogolaansho uma lihid inaad tan samayso.
error-validation = Fadlan hubi xogta aad qortay.
error-bad-request = Jawaabtaada lama akhriyi karin. Fadlan mar kale buuxi foomka.
error-rate-limited = Isku dayo aad u badan. Fadlan in yar sug oo isku day mar kale.
error-internal = Khalad ayaa dhinaceena ka dhacay. Jawaabahaagu way nabad qabaan. Fadlan isku day mar kale.
error-unavailable = Askel hadda wakhti yar ma shaqaynayo. Fadlan isku day mar kale daqiiqad kadib.
error-connection = Ma aanan gaari karin Askel. Hubi internetkaaga oo isku day mar kale.
error-cross-site = Foomkan waxaa laga soo diray bog internet oo kale, sidaas darteed Askel ma aqbalin. Tag Askel oo isku day mar kale.
error-too-large = Waxa aad dirtay aad buu ugu dheer yahay Askel. Soo gaabi qoraalka ugu dheer oo isku day mar kale.
forbidden-title = Lama ogola

nav-sign-in = Soo gal
nav-account = Akoonkayga
nav-invitations = Koodhadhka martiqaadka
nav-admin-users = Akoonnada
nav-modules = Casharrada

role-jobseeker = Shaqo-doon
role-coach = Tababaraha shaqada
role-organiser = Qabanqaabiyaha munaasabadda
role-admin = Maamule
