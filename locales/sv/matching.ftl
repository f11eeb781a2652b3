# Matchning: "Jobb för dig", ett jobb, sparade jobb och intressen.

nav-jobs = Jobb för dig

match-jobs-title = Jobb för dig
match-jobs-intro = Lediga jobb och arbetsuppgifter, de som passar ditt kunnande bäst först. För varje jobb ser du vad du redan har och vad du ännu skulle behöva.
match-how-sorted = Hur är jobben ordnade?
match-how-sorted-text = Varje jobb får poäng av 100 utifrån vad det kräver: obligatoriska färdigheter 50, kort och intyg 20, språk 15 och önskade färdigheter 15. Om ett jobb inte kräver något av ett slag får du de poängen helt. Bara dina färdigheter, kort och språk räknas. Din ålder, ditt kön eller var du kommer ifrån räknas aldrig.
match-my-jobs-link = Dina sparade jobb och intressen
match-no-facts = Askel känner ännu inte till ditt kunnande, så jobben är inte ordnade för dig.
match-no-facts-link = Berätta vad du har gjort och vad du kan
match-found = { $count ->
    [one] Ett jobb hittades
   *[other] { $count } jobb hittades
}
match-none = Inga lediga jobb med de här valen. Försök välja mindre.
match-filter-field = Bransch
match-filter-any-field = Alla branscher
match-filter-place = Ort
match-filter-any-place = Alla orter
match-filter-form = Anställningsform
match-filter-any-form = Alla former
match-filter-kind = Jobb eller arbetsuppgift
match-filter-any-kind = Båda
match-filter-no-finnish = Bara jobb där finska inte krävs
match-filter-apply = Visa jobb
match-pages = Sidor med jobb
match-page-of = Sida { $page } av { $pages }
match-previous = Föregående jobb
match-next = Fler jobb
match-fit-score = Passar dig: { $score } av 100.
match-all-musts = Du har allt som jobbet kräver.
match-you-have = Du har:
match-you-need = Du skulle ännu behöva:
match-need-language = { $language } { $level ->
    [native] som modersmål
   *[other] minst på nivå { $level }
}
match-must = krävs
match-nice = önskas
match-way-module = Lär dig: { $module }
match-way-assessment = Visa det i en självvärdering: { $assessment }
match-way-experience = Har du gjort det här? Berätta om det
match-way-certificate = Har du det här kortet? Lägg till det i ditt kunnande
match-way-language = Lägg till språket och din nivå
match-meet = Träffa { $employer }
match-how-to-apply = Så här söker du
match-apply-link = Sök på arbetsgivarens webbplats
match-how-you-fit = Hur du passar för jobbet
match-job-closed = Det här jobbet är stängt. Du kan inte längre söka det.
match-job-closed-short = Stängt
match-next-step = Ditt nästa steg
match-interest-explain = Berätta för din coach att du är intresserad av jobbet. Din coach kan hjälpa dig att söka.
match-share-label = Visa också mitt kunnande för { $employer } för det här jobbet
match-share-hint = De ser ditt namn, färdigheterna på din sida Mitt kunnande och hur väl du passar för jobbet, inget annat. Du kan sluta när du vill.
match-interested = Jag är intresserad
match-interested-since = Du berättade för din coach att du är intresserad { $day }.
match-shared-since = { $employer } har sett ditt kunnande för det här jobbet sedan { $day }.
match-not-shared = { $employer } ser inte ditt kunnande.
match-share-now = Visa mitt kunnande för { $employer }
match-share-stop = Sluta visa mitt kunnande
match-withdraw = Jag är inte längre intresserad
match-save = Spara jobbet
match-forget = Ta bort från sparade jobb
match-saved = Jobbet är sparat. Du hittar det bland dina sparade jobb.
match-forgotten = Jobbet är borttaget från dina sparade jobb.
match-interest-sent = Din coach ser nu att du är intresserad.
match-interest-withdrawn = Ditt intresse är återtaget.
match-share-stopped = Arbetsgivaren ser inte längre ditt kunnande för det här jobbet.
match-error-cannot-save = Jobbet kunde inte sparas. Det kan vara stängt, eller så har du redan 100 sparade jobb.
match-error-job-closed = Det här jobbet är inte längre ledigt.
match-my-jobs-title = Dina sparade jobb och intressen
match-interests-title = Jobb som intresserar dig
match-interests-none = Du har ännu inte berättat för din coach om något jobb.
match-saved-title = Sparade jobb
match-saved-none = Du har inga sparade jobb.
match-saved-on = Sparat { $day }.

# Coachens vy: jobb som passar en person.
match-coach-title = Jobb som passar { $name }
match-coach-intro = De lediga jobb som passar bäst, med samma poäng som personen själv ser. Föreslå ett jobb: personen ser förslaget, och arbetsgivaren ser personen bara om hen går med på det. Gör något som saknas till ett steg i planen med en knapp.
match-coach-fit-score = Passar: { $score } av 100.
match-coach-has = Har:
match-coach-lacks = Skulle ännu behöva:
match-gap-to-plan = Lägg till i planen: { $need }
match-plan-step = { $need } – för jobbet { $job } hos { $employer }
match-gap-planned = Steget finns i planen.
match-propose = Föreslå jobbet för { $name }
match-proposed = Föreslaget.
match-proposed-done = Jobbet är föreslaget. Personen ser det bland sina jobb.
match-proposed-to-you = Din coach föreslog det här jobbet för dig { $day }.

# Arbetsgivarens vy: kandidater för ett jobb.
match-candidates-title = Kandidater
match-candidates-intro = Personer som är intresserade av jobbet eller som deras coach har föreslagit, när de har gått med på att visa dig sitt kunnande.
match-candidates-none = Inga kandidater ännu.
match-count = { $count } personer i tjänsten har alla färdigheter som jobbet kräver.
match-count-few = Färre än 5 personer i tjänsten har alla färdigheter som jobbet kräver.
match-came-interested = Intresserad
match-came-proposed = Föreslagen av sin coach
match-came-both = Intresserad, och föreslagen av sin coach
match-candidate-fit = Passar: { $score } av 100 ({ $have } av { $asked } saker som krävs).
match-stage-label = Vad har hänt
match-stage-none = Inget ännu
match-stage-contacted = Kontaktad
match-stage-interview = Intervju
match-stage-hired = Anställd
match-stage-not-chosen = Inte vald
match-stage-save = Spara
match-stage-saved = Sparat. Om någon anställs ser personens coach det.
match-error-stage = Välj vad som har hänt
match-employer-says = Arbetsgivaren säger: { $stage }
match-candidate-title = Kunnandet hos { $name }
match-candidate-intro = Det som personen har valt att visa dig för det här jobbet. Hen kan sluta när som helst.
match-candidates-back = Tillbaka till jobbet

# Coachens lista över lediga jobb och personer som passar ett jobb.
nav-coach-jobs = Jobb
match-coach-jobs-title = Lediga jobb
match-coach-jobs-intro = Alla lediga jobb och arbetsuppgifter, de nyaste först. Öppna ett jobb för att se vem bland dina klienter som passar bäst.
match-coach-people = Vem bland dina klienter passar
match-coach-people-intro = Först de som har allt som jobbet kräver, sedan efter poäng. Föreslå jobbet: personen ser det, och arbetsgivaren ser personen bara om hen går med på det.
match-coach-nobody = Du har inga klienter ännu.
match-filter-label = Välj jobb
match-prepare-title = Förbered dig för evenemanget
match-prepare-intro = Arbetsgivare träffar människor här för de här jobben. Se vad du redan har för vart och ett och vad du ännu kunde lära dig.
match-prepare-bring-title = Vad du ska ta med
match-prepare-bring-cv = Ditt CV: Askel gör det av dina färdigheter
match-prepare-bring-card = { $card }: kortet eller ett foto av det
match-prepare-module-title = Före dagen
match-prepare-module = Gör först den här modulen: { $module }
match-error-already-planned = Det här är redan ett steg i hens plan.
