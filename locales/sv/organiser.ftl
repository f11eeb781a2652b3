# Arrangörer: deras evenemang, formuläret för evenemang, deltagarna och avprickning vid dörren.

nav-organiser-events = Mina evenemang

organiser-events-title = Mina evenemang
organiser-create = Skapa ett evenemang
organiser-events-none = Du har inga evenemang ännu. Skapa ett: det är ett utkast som bara du ser tills du publicerar det.
organiser-events-caption = Dina evenemang, de kommande först
organiser-column-event = Evenemang
organiser-column-when = När
organiser-column-status = Status
organiser-column-confirmed = Anmälda
organiser-column-waiting = Reservlista

organiser-status-draft = Utkast (syns inte för arbetssökande)
organiser-status-published = Publicerat
organiser-status-cancelled = Inställt
organiser-standing-confirmed = Har en plats
organiser-standing-waiting = På reservlistan

organiser-new-title = Skapa ett evenemang
organiser-edit-title = Ändra evenemanget
organiser-back-to-event = Tillbaka till evenemanget
organiser-form-intro = Skriv enkelt: många läsare håller fortfarande på att lära sig finska. Fyll i alla fält som inte har "(frivilligt)". När du sparar förblir evenemanget ett utkast tills du publicerar det.
organiser-choose = Välj…
organiser-section-about = Om evenemanget
organiser-title-fi = Evenemangets namn på finska
organiser-description-fi = Beskrivning på finska
organiser-employer = Arbetsgivare eller arrangör
organiser-section-translations = På svenska och engelska (frivilligt)
organiser-translations-hint = Om du skriver ett namn på ett språk, skriv också beskrivningen på samma språk. Om det inte finns någon översättning till läsarens språk ser läsaren den finska texten.
organiser-title-sv = Namn på svenska (frivilligt)
organiser-description-sv = Beskrivning på svenska (frivilligt)
organiser-title-en = Namn på engelska (frivilligt)
organiser-description-en = Beskrivning på engelska (frivilligt)
organiser-section-when = När
organiser-date = Datum
organiser-start = Börjar kl.
organiser-end = Slutar kl.
organiser-time-hint = Finsk tid, till exempel 9.30
organiser-deadline-date = Sista anmälningsdag
organiser-deadline-time = Anmälan stängs kl. (frivilligt)
organiser-deadline-time-hint = Finsk tid. Om du inte skriver någon tid stängs anmälan när dagen tar slut.
organiser-section-where = Var
organiser-address = Gatuadress (på plats)
organiser-directions = Så hittar du dit (frivilligt)
organiser-online-url = Länk till evenemanget på nätet
organiser-online-url-hint = En länk som börjar med https://
organiser-access-legend = Platsen har (kryssa för allt som stämmer)
organiser-access-notes = Mer om tillgänglighet (frivilligt)
organiser-section-seats = Platser
organiser-seating-legend = Hur anmäler man sig?
organiser-seating-seats = Platser: alla är med under hela evenemanget
organiser-seating-slots = Tider: var och en bokar en egen tid, till exempel för snabbintervjuer
organiser-capacity = Antal platser
organiser-capacity-hint = Fyll i om du valde platser. När alla platser är tagna kan man ställa sig på reservlistan.
organiser-slot-minutes = Hur lång en tid är, i minuter
organiser-slot-minutes-hint = Fyll i om du valde tider. Tiderna följer direkt efter varandra från början till slutet.
organiser-slot-seats = Hur många personer som kan boka samma tid
organiser-slot-seats-hint = Fyll i om du valde tider. Till exempel 1 för en intervju med en person i taget.
organiser-section-questions = Frågor till dem som anmäler sig (frivilligt)
organiser-questions-hint = Högst tre korta frågor, till exempel "Vilket jobb är du intresserad av?". De som anmäler sig behöver inte svara.
organiser-question-legend = Fråga { $number }
organiser-question-fi = På finska
organiser-question-sv = På svenska (frivilligt)
organiser-question-en = På engelska (frivilligt)
organiser-save-draft = Spara som utkast
organiser-save = Spara ändringarna

organiser-error-title-fi = Skriv evenemangets namn på finska
organiser-error-description-fi = Skriv en beskrivning på finska
organiser-error-translation-pair = Skriv både namnet och beskrivningen på det här språket, eller lämna båda tomma
organiser-error-too-long = Den här texten är för lång: korta ner den
organiser-error-employer = Skriv arbetsgivaren eller arrangören
organiser-error-sector = Välj en bransch
organiser-error-kind = Välj typ av evenemang
organiser-error-date = Skriv datumet med dag, månad och år, till exempel 28.3.2027
organiser-error-date-past = Evenemanget kan inte vara i det förflutna: välj en dag som inte har varit ännu
organiser-error-start = Skriv starttiden med timmar och minuter, till exempel 9.30
organiser-error-end = Skriv sluttiden med timmar och minuter, till exempel 12.00
organiser-error-end-before-start = Sluttiden måste vara efter starttiden
organiser-error-time-skipped = Den här tiden finns inte den dagen: klockan ställs fram en timme. Välj en annan tid
organiser-error-deadline = Skriv sista anmälningsdagen, till exempel 27.3.2027
organiser-error-deadline-time = Skriv tiden med timmar och minuter, till exempel 16.00
organiser-error-deadline-after-start = Anmälan måste stängas innan evenemanget börjar
organiser-error-format = Välj om evenemanget är på plats eller på nätet
organiser-error-address = Skriv gatuadressen
organiser-error-online-url = Skriv en länk som börjar med https://
organiser-error-languages = Kryssa för minst ett språk som talas på evenemanget
organiser-error-capacity = Skriv antalet platser, 1–100 000
organiser-error-capacity-below-taken = Fler personer har redan fått en plats: antalet platser kan inte vara mindre än antalet tagna platser
organiser-error-slot-minutes = Skriv tidens längd i minuter, 5–240
organiser-error-slot-seats = Skriv hur många personer som kan boka samma tid, 1–100
organiser-error-slots-fit = Minst en tid och högst 200 tider måste rymmas mellan början och slutet
organiser-error-slots-booked = Personer har redan bokat: klockslagen och tiderna kan inte ändras nu. Om du måste ändra dem, ställ in evenemanget och skapa ett nytt
organiser-error-question-fi = Skriv frågan på finska också
organiser-error-cancelled = Det här evenemanget har ställts in och kan inte ändras
organiser-error-not-draft = Det här evenemanget har redan publicerats
organiser-error-cancel-confirm = Kryssa i rutan för att bekräfta att du vill ställa in evenemanget

organiser-counts = { $confirmed } med plats, { $waiting } på reservlistan
organiser-edit-link = Ändra evenemanget
organiser-draft-title = Det här evenemanget är ett utkast
organiser-draft-hint = Arbetssökande kan inte se det ännu. Kontrollera uppgifterna och publicera det sedan.
organiser-publish = Publicera evenemanget
organiser-published = Evenemanget är publicerat: arbetssökande kan nu hitta det och anmäla sig.
organiser-cancelled-notice = Det här evenemanget har ställts in. Alla som hade anmält sig fick ett meddelande per e-post.

organiser-attendees-title = Anmälda
organiser-arrived-count = { $arrived } av { $confirmed } har kommit
organiser-search-label = Sök efter en person med namn
organiser-search-button = Sök
organiser-search-found = { $count ->
    [0] Ingen hittades med sökningen ”{ $search }”.
    [one] 1 person hittades med sökningen ”{ $search }”.
   *[other] { $count } personer hittades med sökningen ”{ $search }”.
}
organiser-search-clear = Visa alla
organiser-attendees-none = Ingen har anmält sig ännu.
organiser-arrived = Har kommit
organiser-mark-arrived = Pricka av som kommen
organiser-undo-arrival = Ta bort avprickningen
organiser-csv-link = Ladda ner listan (CSV)
organiser-privacy-hint = E-postadresser och telefonnummer visas bara för personer som har gått med på att dela dem. Förvara listan säkert och radera den efter evenemanget.
organiser-attendee-name = Namn
organiser-attendee-standing = Plats
organiser-attendee-slot = Tid
organiser-attendee-email = E-post
organiser-attendee-phone = Telefon
organiser-attendee-checked-in = Har kommit
organiser-yes = Ja

organiser-cancel-title = Ställ in evenemanget
organiser-cancel-hint = Alla som har anmält sig eller står på reservlistan får ett e-postmeddelande om att evenemanget är inställt. Det går inte att ångra.
organiser-cancel-confirm = Ja, ställ in evenemanget och meddela alla
organiser-cancel-button = Ställ in evenemanget
organiser-matching-skills = Färdigheter som jobben på evenemanget kräver: { $skills }
