# Evenemang där du träffar arbetsgivare: hitta evenemang, anmäla sig, "Mina evenemang".

nav-events = Evenemang

events-title = Träffa arbetsgivare
events-intro = Arbetsgivare och arrangörer ordnar evenemang där du kan träffa dem ansikte mot ansikte: rekryteringsdagar, snabbintervjuer, arbetsplatsbesök och infotillfällen. Anmäl dig till de evenemang som intresserar dig.
events-all = Alla evenemang
events-mine-link = Mina evenemang
events-find = Hitta evenemang
events-count = { $count ->
    [0] Inga evenemang hittades
    [one] 1 evenemang
   *[other] { $count } evenemang
}
events-none = Inga evenemang passar dina val. Ta bort några filter, eller kom tillbaka senare. Nya evenemang läggs till ofta.

events-filter-title = Filtrera evenemang
events-filter-from = Från
events-filter-until = Till
events-filter-date-hint = Till exempel 1.12.2026
events-filter-error-date = Skriv datumet med dag, månad och år, till exempel 1.12.2026
events-filter-sector = Bransch
events-filter-any-sector = Alla branscher
events-filter-kind = Typ av evenemang
events-filter-any-kind = Alla typer
events-filter-language = Språk
events-filter-any-language = Alla språk
events-filter-format = Var
events-filter-format-any = På plats eller på nätet
events-filter-format-in-person = På plats
events-filter-format-online = På nätet
events-filter-free = Bara evenemang med lediga platser
events-filter-apply = Visa evenemang
events-filter-clear = Ta bort filtren

event-fact-when = När
event-fact-where = Var
event-fact-kind = Typ
event-fact-sector = Bransch
event-fact-languages = Språk som talas
event-fact-seats = Platser
event-deadline-at = { $date } kl. { $time }
event-fact-deadline = Anmäl dig senast
event-free-seats = { $count ->
    [one] 1 ledig plats
   *[other] { $count } lediga platser
}
event-full = Fullt: du kan ställa dig på reservlistan
event-online = På nätet
event-online-at = På nätet: { $url }
event-card-signed-up = Du är anmäld
event-card-waiting = Du står på reservlistan
event-when-same-day = { $date } kl. { $start }–{ $end }
event-when-days = { $startdate } kl. { $start } – { $enddate } kl. { $end }

event-about = Om evenemanget
event-directions = Så hittar du dit
event-accessibility = Tillgänglighet
event-accessibility-none = Arrangören har inte berättat för oss hur tillgänglig platsen är. Fråga arrangören före evenemanget om du behöver något.
event-cancelled-notice = Det här evenemanget har ställts in.
event-signups-closed = Anmälan till det här evenemanget är stängd.

event-sign-up-title = Anmäl dig
event-full-hint = Alla platser är tagna. Om du anmäler dig hamnar du på reservlistan. Om någon avbokar får du platsen, och vi berättar det för dig per e-post.
event-slot-legend = Välj en tid
event-slot-hint = Varje tid är ett kort möte med arbetsgivaren.
event-slot-full = fullt, reservlista
event-answer-hint = Du kan lämna det här tomt.
event-share-contact = Dela min e-postadress och mitt telefonnummer med arrangören
event-share-contact-hint = Arrangören ser alltid ditt namn och dina svar ovan. Med hjälp av namnet kan arrangören pricka av dig vid dörren.
event-sign-up-button = Anmäl mig
event-join-waiting-list = Ställ mig på reservlistan
event-error-deadline-passed = Anmälan till det här evenemanget är stängd.
event-error-slot-missing = Välj en tid
event-error-answer-long = Ditt svar är för långt. Korta ner det till högst 1 000 tecken.

event-standing-confirmed = Du är anmäld
event-standing-waiting = Du är nummer { $position } på reservlistan
event-standing-waiting-hint = Om någon avbokar får du platsen automatiskt, och vi berättar det för dig per e-post.
event-standing-slot = Din tid: { $slot }
event-standing-by-coach = Din jobbcoach anmälde dig med ditt samtycke.
event-calendar-link = Lägg till i min kalender (.ics-fil)
event-cancel-button = Avboka min plats

events-mine-title = Mina evenemang
events-mine-none = Du har inte anmält dig till något evenemang ännu.
event-status-cancelled = Inställt av arrangören
event-status-attended = Du deltog
event-status-past = Evenemanget är över

event-email-promoted-subject = Du har fått en plats: { $title }
event-email-promoted-body = Goda nyheter: en plats blev ledig, och nu är den din.

    { $title }
    { $when }
    { $place }

    Om du inte kan komma, avboka din plats så att nästa person får den: { $link }
event-email-cancelled-subject = Inställt: { $title }
event-email-cancelled-body = Vi beklagar: arrangören har ställt in evenemanget.

    { $title }
    { $when }

    Du behöver inte göra något. Hitta andra evenemang här: { $link }
event-email-reminder-subject = I morgon: { $title }
event-email-reminder-body = En påminnelse: du är anmäld till det här evenemanget i morgon.

    { $title }
    { $when }
    { $place }

    Om du inte kan komma, avboka din plats så att någon annan får den: { $link }
event-email-changed-subject = Ändrat: { $title }
event-email-changed-body = Arrangören har ändrat tiden eller platsen för evenemanget. Din anmälan gäller fortfarande.

    { $title }

    { $changes }

    Om du inte längre kan komma, avboka din plats så att någon annan får den: { $link }
event-email-changed-time =
    Tid tidigare: { $old }
    Tid nu: { $new }
event-email-changed-place =
    Plats tidigare: { $old }
    Plats nu: { $new }

event-sector-retail = Handel och försäljning
event-sector-hospitality = Restauranger, kaféer och hotell
event-sector-health-social = Social- och hälsovård
event-sector-cleaning-property = Städning och fastighetsservice
event-sector-logistics = Transport, lager och logistik
event-sector-construction = Byggbranschen
event-sector-manufacturing = Industri och tillverkning
event-sector-it = IT och digitalt arbete
event-sector-education = Utbildning och småbarnspedagogik
event-sector-public = Offentliga tjänster
event-sector-other = Andra branscher

event-kind-recruitment-day = Rekryteringsdag
event-kind-speed-interviews = Snabbintervjuer
event-kind-workplace-visit = Arbetsplatsbesök
event-kind-info-session = Infotillfälle

event-language-fi = finska
event-language-sv = svenska
event-language-en = engelska
event-language-ru = ryska
event-language-et = estniska
event-language-ar = arabiska
event-language-so = somaliska
event-language-uk = ukrainska
event-language-fa = persiska

event-access-step-free = Tillträde utan trappsteg
event-access-accessible-toilet = Tillgänglig toalett
event-access-hearing-loop = Hörslinga
event-access-quiet-room = Tyst rum där du kan ta en paus
event-access-seating = Sittplatser medan du väntar
event-access-accessible-parking = Parkering för personer med rörelsehinder
event-access-public-transport = Hållplats för kollektivtrafik i närheten

# Coacher: klienternas evenemang, och anmälan med klientens samtycke.
events-caseload-title = Mina klienters evenemang
events-caseload-intro = Evenemang som klienterna du coachar har anmält sig till. Öppna ett evenemang för att anmäla en klient med hens samtycke.
events-caseload-none = Ingen av dina klienter har anmält sig till ett evenemang ännu.
events-caseload-caption = Dina klienters evenemang, kommande först
events-caseload-jobseeker = Klient
events-caseload-attended = Deltog
events-caseload-by-coach = Anmäld av coach
event-coach-title = Dina klienter
event-coach-none-here = Ingen av dina klienter har anmält sig till det här evenemanget ännu.
event-coach-jobseeker = Anmäl en klient till evenemanget
event-coach-consent = Klienten har gett sitt samtycke till att jag anmäler hen till det här evenemanget
event-coach-sign-up = Anmäl klienten
event-coach-done = Anmäld. Evenemanget finns nu under klientens "Mina evenemang".
event-coach-error-jobseeker = Välj klienten som du anmäler
event-coach-error-consent = Kryssa i rutan för att bekräfta att klienten har gett sitt samtycke
event-sms-promoted = Askel: du har fått en plats på { $title }, { $when }. { $link }
event-sms-reminder = Askel påminner: { $title } i morgon, { $when }. { $link }
event-sms-cancelled = Askel: { $title } ({ $when }) är inställt. { $link }
event-sms-changed = Askel: { $title } har ändrats. { $link }
