### Den arbetssökandes jobbsökardagbok.

nav-job-search = Jobbsökardagbok
person-job-search = Jobbsökardagbok
person-open-job-search = Öppna jobbsökardagboken

search-title = Jobbsökardagbok
search-intro = Skriv ner vad du gör för att hitta arbete. Arbetskraftsbyrån kan be att få se den: skriv ut sidan eller visa den på telefonen. Det du gör i Askel finns här redan.
search-add-heading = Lägg till i dagboken
search-kind = Vad gjorde du?
search-kind-application = Sökte ett jobb
search-kind-contact = Kontaktade en arbetsgivare
search-kind-interview = Var på en arbetsintervju
search-kind-other = Gjorde något annat för att hitta arbete
search-kind-interest = Berättade i Askel att jag är intresserad av ett jobb
search-kind-event = Deltog i ett evenemang
search-kind-module = Gick igenom en coachningsdel
search-day = Dag
search-employer = Arbetsgivare
search-what = Jobbet, eller vad det gällde (frivilligt)
search-what-hint = Till exempel: Köksbiträde, deltid
search-add = Lägg till i dagboken
search-added = Tillagt i din dagbok.
search-removed = Borttaget ur din dagbok.
search-month = { $month ->
    [1] Januari
    [2] Februari
    [3] Mars
    [4] April
    [5] Maj
    [6] Juni
    [7] Juli
    [8] Augusti
    [9] September
    [10] Oktober
    [11] November
   *[12] December
} { $year }
search-months = Månader
search-previous-month = Föregående månad
search-next-month = Nästa månad
search-print-hint = Om du vill visa den här månaden för arbetskraftsbyrån, skriv ut sidan eller spara den som PDF från webbläsarens meny.
search-none = Inget i dagboken för den här månaden.
search-summary = Sammanfattning
search-caption = Jobbsökande i { $month }
search-column-day = Dag
search-column-kind = Vad
search-column-employer = Arbetsgivare
search-column-what = Jobb eller ämne
search-column-remove = Ta bort
search-by-askel = Registrerat av Askel
search-remove = Ta bort: { $what }
search-remove-question = Ta bort "{ $what }" ur din dagbok?
search-remove-confirm = Ja, ta bort
search-person-title = Jobbsökardagbok: { $name }
search-person-intro = Vad personen har skrivit och vad hen har gjort i Askel, månad för månad. Bara hen kan ändra den.
search-error-kind = Välj vad du gjorde
search-error-day = Skriv dagen, till exempel 3.12.2026
search-error-day-future = Dagen kan inte vara i framtiden
search-error-day-old = Dagen måste vara inom det senaste året
search-error-employer = Skriv arbetsgivaren
search-error-employer-long = Arbetsgivarens namn får ha högst 200 tecken
search-error-what-long = Här får det finnas högst 300 tecken
