### Coachens arbete med arbetsgivare och stöd efter att någon börjat arbeta.

nav-employer-contacts = Arbetsgivarkontakter
employers-contacts-link = Kontakter med den här arbetsgivaren, och logga en ny
account-employers-change = Säg om din coach får berätta om dig för arbetsgivare

## På en arbetssökandes sida i coachens arbetsyta
person-employers = Arbetsgivarkontakter
person-employer-consent = Har gått med på att du berättar om hen för arbetsgivare (sedan { $day }).
person-employer-no-consent = Har inte gått med på att du berättar om hen för arbetsgivare. Du kan logga kontakter med arbetsgivare, men inte nämna hen. Hen kan gå med på det under Mitt konto.
person-log-contact = Logga en arbetsgivarkontakt
person-follow-along = Stöd efter start
person-open-checkins = { $count ->
    [0] Inga uppföljningar att göra.
    [one] En uppföljning att göra.
   *[other] { $count } uppföljningar att göra.
}
person-open-follow-along = Öppna uppföljningen
caseload-column-first-contact = Första arbetsgivarkontakt
caseload-first-contact-late = Över en månad

## Loggen
contact-title = Arbetsgivarkontakter
contact-intro = Ditt teams kontakter med arbetsgivare, nyaste först. Logga varje kontakt: då vet teamet vem som senast talade med en arbetsgivare. Du kan nämna en person bara om hen har gått med på det, och bara du ser namnet.
contact-log-heading = Logga en kontakt
contact-logged = Kontakten är loggad.
contact-latest = Senaste kontakterna
contact-with-employer = Kontakter med { $employer }
contact-all = Alla kontakter
contact-none = Inga kontakter loggade ännu.
contact-employer = Arbetsgivare
contact-employer-hint = Arbetsgivarna är gemensamma för hela tjänsten.
contact-employer-choose = Välj en arbetsgivare
contact-employer-add = Finns arbetsgivaren inte på listan? Lägg till den på sidan Arbetsgivare.
contact-day = Dag för kontakten
contact-how = Hur
contact-how-visit = Besök på arbetsplatsen
contact-how-phone = Per telefon
contact-how-email = Per e-post
contact-how-meeting = Möte någon annanstans
contact-how-event = På ett evenemang
contact-person = Om vem
contact-person-hint = Bara personer i din klientgrupp som har gått med på att du berättar om dem för arbetsgivare finns på listan.
contact-person-none = Ingen särskild
contact-result = Vad det ledde till
contact-result-no-opening = Inga lediga platser nu
contact-result-later = Kontakta igen senare
contact-result-opening = En ledig plats eller arbetsuppgift
contact-result-interview = En arbetsintervju
contact-result-work-trial = En arbetsprövning
contact-result-hired = Anställd
contact-note = Anteckning (frivillig)
contact-note-hint = Vad som avtalades och vad som händer härnäst. Inga hälsouppgifter eller andra känsliga uppgifter.
contact-save = Logga kontakten
contact-by = av { $name }
contact-about = Om:
contact-about-someone = Om någon i en annan klientgrupp.
contact-rapid-after = efter { $days ->
    [one] en dag
   *[other] { $days } dagar
}
contact-rapid-none-yet = ingen ännu (dag { $days })
contact-error-employer = Välj en arbetsgivare på listan
contact-error-day = Skriv dagen för kontakten, till exempel 3.12.2026
contact-error-day-future = Dagen för kontakten kan inte vara i framtiden
contact-error-day-old = Dagen för kontakten måste vara inom det senaste året
contact-error-how = Välj hur kontakten togs
contact-error-result = Välj vad kontakten ledde till
contact-error-person = Välj en person på listan: hen måste vara i din klientgrupp och ha gått med på det
contact-error-note-long = Anteckningen får ha högst 1 000 tecken

## Den arbetssökandes samtycke
contact-consent-title = Din coach och arbetsgivare
contact-consent-intro = Din coach söker arbete med dig och talar med arbetsgivare. Får din coach berätta om dig för arbetsgivare?
contact-consent-what = Om du svarar ja kan din coach berätta för en arbetsgivare vad du heter och vad du kan.
contact-consent-not = Din coach berättar inte om din hälsa eller din livssituation.
contact-consent-back = Du kan ändra ditt svar här när som helst. Askel sparar när du svarade ja och när du tog tillbaka det.
contact-consent-given = Du har svarat ja (sedan { $day }).
contact-consent-not-given = Du har inte svarat ja.
contact-consent-question = Får din coach berätta om dig för arbetsgivare?
contact-consent-yes = Ja
contact-consent-no = Nej
contact-consent-save = Spara
contact-consent-saved = Ditt svar är sparat.
contact-consent-error = Välj ja eller nej

## Uppföljningar efter start
checkin-kind-week = En vecka
checkin-kind-month = En månad
checkin-kind-three-months = Tre månader
checkin-kind-agreed = Avtalad uppföljning
checkin-title = { $kind }: { $day }
checkin-due-heading = Uppföljningar att göra
checkin-late = Försenad
checkin-page-title = Stöd efter start: { $name }
checkin-intro = När någon börjar arbeta, håll kontakt med hen och, om hen vill, med arbetsgivaren: efter en vecka, en månad och tre månader, sedan enligt överenskommelse. Skriv en kort anteckning om varje.
checkin-none = Inga uppföljningar. De kommer när du registrerar att personen har fått arbete.
checkin-saved = Uppföljningen är sparad.
checkin-agreed = Uppföljningen är tillagd.
checkin-agree-heading = Kom överens om en ny uppföljning
checkin-agree-day = Dag
checkin-agree-save = Lägg till uppföljningen
checkin-done-by = Gjord { $day } av { $name }
checkin-done = Gjord { $day }
checkin-note = Hur det gick
checkin-note-hint = Hur arbetet går och vilket stöd som avtalades. Inga hälsouppgifter eller andra känsliga uppgifter.
checkin-save = Spara uppföljningen
checkin-write = Skriv den här uppföljningen
checkin-error-note = Skriv hur uppföljningen gick
checkin-error-note-long = Anteckningen får ha högst 1 000 tecken
checkin-error-day = Skriv dagen, till exempel 15.1.2027
checkin-error-day-past = Dagen kan inte vara i det förflutna
checkin-error-day-far = Dagen måste vara inom ett år
