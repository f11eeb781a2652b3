### Möten mellan en arbetssökande och hens coach.

nav-meetings = Möten
person-meetings = Möten
person-open-meetings = Öppna möten

## Den arbetssökandes sida
meeting-my-title = Möten
meeting-yours = Dina möten
meeting-none-booked = Du har inga bokade möten.
meeting-no-coach = Du har ingen coach i Askel ännu. När du får en coach kan du boka ett möte med hen här.
meeting-with-coach = Med din coach { $name }
meeting-move = Flytta till en annan tid
meeting-cancel = Avboka mötet { $when }
meeting-cancel-question = Vill du avboka mötet? Tiden blir ledig för andra.
meeting-cancel-confirm = Ja, avboka mötet
meeting-free-heading = Lediga tider hos { $name }
meeting-move-heading = Välj en ny tid för ditt möte { $when }
meeting-no-free-times = Din coach har inga lediga tider de närmaste fyra veckorna. Du kan skriva till hen på sidan Meddelanden.
meeting-book = Boka { $time }
meeting-move-here = Flytta till { $time }
meeting-booked = Ditt möte är bokat. Du får ett e-postmeddelande om det och påminnelser dagen före och två timmar före.
meeting-cancelled = Ditt möte är avbokat.
meeting-add-to-calendar = Lägg till i min kalender
meeting-weekday-1 = Måndag
meeting-weekday-2 = Tisdag
meeting-weekday-3 = Onsdag
meeting-weekday-4 = Torsdag
meeting-weekday-5 = Fredag
meeting-weekday-6 = Lördag
meeting-weekday-7 = Söndag
meeting-mode-in-person = Möte på en adress
meeting-mode-phone = Telefonsamtal
meeting-mode-video = Videosamtal

## Coachens kalender
meeting-coach-title = Möten
meeting-weeks = Veckor
meeting-days = Dagar
meeting-week-range = Veckan { $from }–{ $until }
meeting-week-empty = Du har inga tider den här veckan.
meeting-previous-week = Föregående vecka
meeting-next-week = Nästa vecka
meeting-previous-day = Föregående dag
meeting-next-day = Nästa dag
meeting-whole-week = Hela veckan
meeting-today = Dagens tider
meeting-day-empty = Du har inga tider den här dagen.
meeting-free = Ledig
meeting-remove = Ta bort tiden { $time }
meeting-remove-booked = Avboka mötet { $time }
meeting-remove-question = Vill du ta bort den lediga tiden?
meeting-remove-booked-question = Vill du avboka mötet? Den arbetssökande får veta det per e-post.
meeting-remove-confirm = Ja, ta bort { $time }
meeting-removed = Tiden är borttagen.
meeting-offer-heading = Erbjud lediga tider
meeting-offered = Tiderna är tillagda. Arbetssökande i din klientgrupp kan nu boka dem.
meeting-day = Dag
meeting-day-hint = Till exempel 7.12.2026
meeting-start = Första tiden börjar
meeting-start-hint = Till exempel 9.00
meeting-length = Längd på en tid
meeting-minutes = { $minutes } minuter
meeting-count = Hur många tider i rad
meeting-count-hint = Från 1 till { $max }. Tiderna följer varandra utan paus.
meeting-mode = Hur ni träffas
meeting-place = Adress, videolänk eller anteckning
meeting-place-hint = Gatuadressen eller videolänken (https://…). För ett telefonsamtal kan du lämna fältet tomt eller säga vem som ringer.
meeting-offer = Lägg till tiderna

## En arbetssökandes möten, för coachen
meeting-person-title = Möten med { $name }
meeting-coming = Kommande möten
meeting-person-none = Inga bokade möten.
meeting-book-for-heading = Boka en tid för { $name }
meeting-book-for-hint = Det här är dina lediga tider. Hen får veta det per e-post.
meeting-book-for = Boka { $time }
meeting-booked-for = Mötet är bokat. Hen får veta det per e-post.
meeting-held = Hållna möten
meeting-outcome = Vad ni kom överens om
meeting-outcome-none = Inget skrivet ännu.
meeting-outcome-write = Skriv vad ni kom överens om
meeting-next-step = Nästa steg i planen (frivilligt)
meeting-next-step-hint = Det läggs till i hens sysselsättningsplan som ett steg för hen.
meeting-outcome-save = Spara
meeting-outcome-saved = Sparat.

## Problem
meeting-error-no-coach = Du har ingen coach ännu, så det finns ingen tid att boka.
meeting-error-cannot-move = Det mötet kan inte längre flyttas. Se dina möten ovan.
meeting-error-have-one = Du har redan ett bokat möte. Välj "Flytta till en annan tid" om du vill byta tid.
meeting-error-taken = Någon bokade den här tiden alldeles nyss. Välj en annan tid.
meeting-error-overlap-own = Du har redan ett möte vid den här tiden. Välj en annan tid.
meeting-error-overlap = Du har redan en tid som överlappar med de här. Välj en annan starttid eller färre tider.
meeting-error-day = Skriv dagen, till exempel 7.12.2026
meeting-error-start = Skriv starttiden, till exempel 9.00
meeting-error-length = Välj längden på en tid
meeting-error-count = Skriv antalet tider, från 1 till 8
meeting-error-mode = Välj hur ni träffas
meeting-error-place = Skriv adressen eller videolänken
meeting-error-place-long = Skriv adressen eller länken med högst 300 tecken
meeting-error-video-link = Skriv videolänken, som börjar med https://
meeting-error-time-skipped = Den tiden finns inte den dagen, eftersom klockan ställs fram. Välj en annan tid.
meeting-error-past = Tiden har redan passerat. Välj en tid framåt.
meeting-error-outcome = Skriv vad ni kom överens om
meeting-error-outcome-long = Skriv med högst 2000 tecken

## Kalenderfil och e-post
meeting-calendar-title = Möte med din coach { $name }
meeting-calendar-title-coach = Möte med { $name }
meeting-email-booked-subject = Ditt möte med din coach är bokat
meeting-email-booked-by-coach-subject = Din coach har bokat ett möte åt dig
meeting-email-reminder-subject = Påminnelse: möte med din coach
meeting-email-booked-body = Ditt möte med din coach är { $day } kl. { $time }.

    { $place }

    Logga in för att se, flytta eller avboka det: { $link }
meeting-email-cancelled-subject = Ditt möte med din coach har avbokats
meeting-email-cancelled-body = Din coach avbokade ditt möte { $day } kl. { $time }.

    Du kan boka en ny tid: { $link }

meeting-sms-booked = Askel: ditt möte med din coach är { $day } kl. { $time }. { $link }
meeting-sms-booked-by-coach = Askel: din coach har bokat ett möte åt dig { $day } kl. { $time }. { $link }
meeting-sms-reminder = Askel påminner: möte med din coach { $day } kl. { $time }. { $link }
meeting-sms-cancelled = Askel: din coach avbokade ditt möte { $day } kl. { $time }. Du kan boka en ny tid: { $link }
meeting-error-overlap-theirs = Hen har redan ett möte vid den här tiden. Välj en annan tid.
meeting-error-far = Erbjud tider högst ett år framåt.
meeting-calendar-title-free = Ledig tid i Askel
meeting-no-free-times-coach = Du har inga lediga tider de närmaste fyra veckorna.
