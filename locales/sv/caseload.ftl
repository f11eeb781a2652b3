# Coachens klientlista.

nav-caseload = Klienter

caseload-title = Mina klienter
caseload-search = Sök med namn
caseload-sort = Ordning
caseload-sort-quietest = Längst utan aktivitet först
caseload-sort-name = Namn
caseload-sort-progress = Minst gjorda moduler först
caseload-sort-unread = Flest olästa meddelanden först
caseload-quiet-only = Bara de som inte har varit aktiva på 14 dagar
caseload-apply = Visa
caseload-count = { $count ->
    [0] Ingen hittades
    [one] 1 klient
   *[other] { $count } klienter
}
caseload-none = Ingen motsvarar dina val. Prova ett kortare namn eller visa alla.
caseload-caption = Dina klienter
caseload-column-name = Namn
caseload-column-messages = Olästa meddelanden
caseload-column-activity = Senast aktiv
caseload-column-modules = Tilldelade moduler
caseload-column-skills = Digitala färdigheter (ändring sedan första)
caseload-column-plan = Öppna steg i planen
caseload-column-next-event = Nästa evenemang
caseload-no-activity = Ingen aktivitet ännu
caseload-quiet-flag = Ingen aktivitet på 14 dagar
caseload-modules-none = Inga tilldelade
caseload-modules-done = { $done } av { $count } gjorda
caseload-skills-none = Inte bedömt ännu
caseload-area-level = { $area }: { $level } ({ $change })
caseload-pages = Listans sidor
caseload-previous = Föregående sida
caseload-next = Nästa sida
caseload-page-of = Sida { $page } av { $pages }

caseload-back = Tillbaka till mina klienter
jobseeker-back = Tillbaka till { $name }
caseload-unread-messages = { $count ->
    [one] Ett oläst meddelande
   *[other] { $count } olästa meddelanden
}
