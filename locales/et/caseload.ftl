# The coach's caseload list.

nav-caseload = Minu tööotsijad

caseload-title = Minu tööotsijad
caseload-search = Otsi nime järgi
caseload-sort = Järjesta
caseload-sort-quietest = Kõige kauem tegevuseta eespool
caseload-sort-name = Nimi
caseload-sort-progress = Kõige vähem mooduleid tehtud eespool
caseload-sort-unread = Kõige rohkem lugemata sõnumeid eespool
caseload-quiet-only = Ainult inimesed, kellel ei ole 14 päeva jooksul tegevust olnud
caseload-apply = Näita
caseload-count = { $count ->
    [0] Kedagi ei leitud
    [one] 1 tööotsija
   *[other] { $count } tööotsijat
}
caseload-none = Sinu valikutele ei vasta keegi. Proovi lühemat nime või näita kõiki.
caseload-caption = Sinu tööotsijad
caseload-column-name = Nimi
caseload-column-messages = Lugemata sõnumid
caseload-column-activity = Viimane tegevus
caseload-column-modules = Määratud moodulid
caseload-column-skills = Digioskused (muutus esimesest korrast)
caseload-column-plan = Lõpetamata sammud kavas
caseload-column-next-event = Järgmine üritus
caseload-no-activity = Tegevust veel ei ole
caseload-quiet-flag = 14 päeva jooksul tegevust ei ole
caseload-modules-none = Ühtegi ei ole määratud
caseload-modules-done = { $done }/{ $count } tehtud
caseload-skills-none = Veel hindamata
caseload-area-level = { $area }: { $level } ({ $change })
caseload-pages = Nimekirja lehed
caseload-previous = Eelmine leht
caseload-next = Järgmine leht
caseload-page-of = Leht { $page }/{ $pages }

caseload-back = Tagasi sinu tööotsijate juurde
jobseeker-back = Tagasi: { $name }
caseload-unread-messages = { $count ->
    [one] Üks lugemata sõnum
   *[other] { $count } lugemata sõnumit
}
