# Sysselsättningsplanen: coachens plansidor och arbetssökandens "Min plan".

nav-plan = Min plan

plan-my-title = Min plan
plan-my-intro = Det här är planen du kom överens om med din jobbcoach. När du har gjort ett steg, markera det som gjort: din coach ser det.
plan-my-empty = Du har ingen plan ännu. Du och din jobbcoach gör den tillsammans på ert nästa möte.
plan-my-back = Tillbaka till min plan
plan-my-notes = Anteckningar från din jobbcoach
plan-print-hint = Om du vill ha planen på papper, skriv ut sidan från webbläsarens meny.

plan-goals-and-steps = Mål och steg
plan-loose-steps = Andra steg
plan-no-steps = Inga steg för det här målet ännu.
plan-who = Vem
plan-who-jobseeker = Du
plan-who-coach = Din jobbcoach
plan-who-together = Du och din coach tillsammans
plan-coach-who-jobseeker = Den arbetssökande
plan-coach-who-coach = Coachen
plan-coach-who-together = Tillsammans
plan-due = Senast
plan-due-hint = Frivilligt. Till exempel 15.1.2027
plan-no-due = Inget datum
plan-overdue = Försenat
plan-status = Status
plan-step-status-todo = Att göra
plan-step-status-doing = Pågår
plan-step-status-done = Gjort
plan-step-status-dropped = Struket
plan-goal-status = Målets status
plan-goal-status-open = Pågår
plan-goal-status-reached = Uppnått
plan-goal-status-dropped = Struket
plan-mark-done = Markera som gjort
plan-mark-not-done = Markera som inte gjort

plan-coach-title = Sysselsättningsplan: { $name }
plan-coach-empty = Inga mål eller steg ännu. Lägg till de första ni kom överens om nedan.
plan-history-link = Ändringshistorik
plan-change-goal = Ändra målet
plan-change-step = Ändra steget
plan-add-step = Lägg till ett steg
plan-add-step-submit = Lägg till steg
plan-step-what = Steg
plan-step-what-hint = Vad som ska göras, med ord som den arbetssökande förstår.
plan-goal-field = Målet som steget leder till
plan-goal-none = Inget särskilt mål
plan-step-added = Steget lades till i planen.
plan-add-goal = Lägg till ett mål
plan-add-goal-submit = Lägg till mål
plan-goal-what = Mål
plan-goal-what-hint = Till exempel: ett jobb i en butik, eller en kurs som börjar i vår.
plan-goal-added = Målet lades till i planen.
plan-back = Tillbaka till planen
plan-change-step-title = Ändra ett steg i planen: { $name }
plan-change-goal-title = Ändra ett mål i planen: { $name }
plan-save = Spara ändringarna

plan-error-step-what = Skriv vad steget är
plan-error-goal-what = Skriv vad målet är
plan-error-what-long = Skriv högst 500 tecken
plan-error-who = Välj vem som gör steget
plan-error-due_on = Skriv datumet som dag.månad.år, till exempel 15.1.2027
plan-error-dropped = Det här steget har strukits ur din plan, så det kan inte markeras.
plan-error-status = Välj en status

plan-history-title = Min plans ändringshistorik
plan-history-coach-title = Planens ändringshistorik: { $name }
plan-history-caption = Alla ändringar i planen, den senaste först
plan-history-none = Inga ändringar ännu.
plan-history-when = När
plan-history-by = Vem ändrade
plan-history-change = Ändring
plan-history-by-you = Du
plan-history-by-gone = Ett raderat konto
plan-history-added-step = Lade till steget ”{ $what }”
plan-history-added-goal = Lade till målet ”{ $what }”
plan-history-changed-step = Ändrade steget ”{ $what }”
plan-history-changed-goal = Ändrade målet ”{ $what }”
plan-history-renamed = Hette tidigare ”{ $from }”

## När coachen lägger till något i planen (inget innehåll i ämnesraden)
plan-email-step-subject = Din coach lade till ett steg i din plan i Askel
plan-email-step-body = Din coach lade till ett steg i din sysselsättningsplan. Logga in för att se det: { $link }
plan-sms-step = Askel: din coach lade till ett steg i din plan. { $link }
plan-email-note-subject = Din coach skrev en anteckning till dig i Askel
plan-email-note-body = Din coach skrev en anteckning till dig. Du hittar den i din sysselsättningsplan. Logga in för att läsa den: { $link }
plan-sms-note = Askel: din coach skrev en anteckning till dig. { $link }
