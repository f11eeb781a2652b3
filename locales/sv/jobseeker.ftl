# En arbetssökande i coachens arbetsyta: översikt, anteckningar, situation, flytt till en annan coach.

person-contents = På den här sidan
person-situation = Situation
person-plan = Sysselsättningsplan
person-modules = Moduler
person-skills = Självbedömningar
person-events = Evenemang
person-notes = Anteckningar
person-profile = Uppgifter
person-sign-in-help = Hjälp med inloggningen
person-move = Flytta till en annan coach

person-open-steps = { $count ->
    [0] Inga öppna steg i planen.
    [one] 1 öppet steg i planen.
   *[other] { $count } öppna steg i planen.
}
person-open-plan = Öppna planen

person-modules-none = Inga moduler tilldelade eller påbörjade ännu.
person-modules-caption = Tilldelade eller påbörjade moduler
person-module = Modul
person-module-progress = Framsteg
person-module-due = Sista dag
person-module-steps = { $done } av { $count } steg gjorda
person-module-no-due = Tilldelad, ingen sista dag
person-module-own = Påbörjad på eget initiativ
person-reflections = Reflektioner som delats med dig
person-assign = Tilldela en modul
person-module-choose = Välj en modul
person-assign-submit = Tilldela modul
person-assigned = Modulen tilldelades. Den arbetssökande ser den först i sin lista.

person-skills-none = Inga självbedömningar skickade ännu.
person-open-skills = Färdighetsprofil och bekräftelse av färdigheter
person-events-none = Inga platser på evenemang.

person-language = Språk
person-joined = Gick med

person-sign-in-help-intro = Om den arbetssökande har glömt sitt lösenord, ge hen en inloggningskod. Med den väljer hen ett nytt lösenord. Koden fungerar en gång, i { $days } dagar.
person-issue-code = Ge en inloggningskod
person-code-intro = Ge den här koden till den arbetssökande:
person-code-instructions = Hen går till { $address }, skriver koden och väljer ett nytt lösenord.

note-body = Ny anteckning
note-body-hint = Den arbetssökande ser en anteckning bara om du delar den, eller i en kopia av sina uppgifter som hen ber om.
note-share = Dela anteckningen med den arbetssökande (hen ser den i sin plan)
note-submit = Spara anteckningen
note-added = Anteckningen sparades.
note-none = Inga anteckningar ännu.
note-shared-flag = Delad med den arbetssökande
note-error-empty = Skriv anteckningen
note-error-long = Skriv högst 4000 tecken

outcome-employed_full_time = Heltidsanställd
outcome-employed_part_time = Deltidsanställd
outcome-subsidised_work = I lönesubventionerat arbete
outcome-training = I utbildning eller studier
outcome-other_service = I en annan tjänst
outcome-seeking = Söker fortfarande arbete
outcome-left_service = Har lämnat tjänsten
outcome-none = Ingen situation har registrerats ännu.
outcome-since-text = { $situation } från { $date }
outcome-earlier = Tidigare
outcome-record = Registrera en ändring
outcome-situation = Situationen nu
outcome-choose = Välj situationen
outcome-since = Från
outcome-since-hint = Till exempel 1.12.2026
outcome-submit = Registrera situationen
outcome-recorded = Situationen registrerades.
outcome-error-situation = Välj situationen
outcome-error-since = Skriv datumet som dag.månad.år, till exempel 1.12.2026
outcome-error-since-future = Datumet kan inte vara i framtiden

transfer-intro = Den andra coachen ser allt på den här sidan; du ser det inte längre.
transfer-coach = Ny coach
transfer-choose = Välj en coach
transfer-submit = Flytta till den här coachen
transfer-no-coaches = Det finns inga andra coacher att flytta den arbetssökande till.
transfer-error-coach = Välj coachen som den arbetssökande flyttas till
transfer-done = Den arbetssökande flyttades till den andra coachen.
transfer-team-hint = Coacherna i ditt team. Om du vill flytta den arbetssökande till en coach i ett annat team, sök coachen med namn nedan.
transfer-no-team = Det finns inga andra coacher i ditt team. Sök coachen som den arbetssökande ska flyttas till med namn.
transfer-group-found = Hittade med namn
transfer-group-team = Ditt team
transfer-coach-in-team = { $name } ({ $team })
transfer-found = { $count ->
    [one] Sökningen ”{ $name }” hittade 1 coach. Hen finns nu i listan över coacher.
   *[other] Sökningen ”{ $name }” hittade { $count } coacher. De finns nu i listan över coacher.
}
transfer-found-none = Sökningen ”{ $name }” hittade ingen coach. Kontrollera stavningen eller skriv en kortare del av namnet.
transfer-found-more = Sökningen ”{ $name }” hittade fler än { $shown } coacher. De { $shown } första finns nu i listan över coacher: skriv mer av namnet för att hitta rätt person.
transfer-find-heading = Sök en coach med namn
transfer-find-name = Coachens namn
transfer-find-hint = Minst två bokstäver av förnamnet eller efternamnet.
transfer-find-submit = Sök
transfer-find-error-short = Skriv minst två bokstäver av coachens namn
transfer-find-error-long = Namnet får vara högst 100 tecken

# Rätta eller återkalla en anteckning eller en situation på dess egen sida
record-details = Historik, rättelser
record-back = Tillbaka till arbetssökandens sida
record-corrected = { $written }, rättad { $when }
record-withdrawn = Återkallad av { $name }, { $when }
record-version-meta = Skriven { $written }, ersatt { $replaced }
record-versions = Tidigare versioner
record-only-author = Bara coachen som skrev den kan rätta eller återkalla den.
record-correct-submit = Spara rättelsen
note-page-title = Anteckning om { $name }
note-correct = Rätta anteckningen
note-correct-body = Anteckning
note-withdraw = Återkalla anteckningen
note-withdraw-intro = En återkallad anteckning finns kvar i historiken, märkt som återkallad, och den arbetssökande ser den inte längre. Återkalla en anteckning som inte borde ha skrivits; rätta en som bara delvis är fel.
note-corrected = Anteckningen rättades. Den tidigare versionen finns kvar i historiken.
note-withdrawn = Anteckningen återkallades.
outcome-page-title = Situationen för { $name }
outcome-correct = Rätta situationen
outcome-correct-situation = Situation
outcome-withdraw = Återkalla situationen
outcome-withdraw-intro = En återkallad situation finns kvar i historiken, märkt som återkallad. Den räknas inte längre som personens situation eller i effektrapporten.
outcome-corrected = Situationen rättades. Den tidigare versionen finns kvar i historiken.
outcome-withdrawn = Situationen återkallades.

person-jobs = Intressanta jobb
person-jobs-none = Inga jobb markerade som intressanta ännu.
person-job-interest = Intresserad sedan { $day }. Arbetsgivaren ser inte kunnandet.
person-job-interest-shared = Intresserad sedan { $day }. Arbetsgivaren ser kunnandet för det här jobbet.
person-job-proposed = Du föreslog det { $day }. Personen har inte sagt att hen är intresserad.
person-job-stage = Arbetsgivaren säger: { $stage }. Registrera situationen nedan när den är bekräftad.
person-jobs-that-fit = Jobb som passar personen
