# Valmentajan asiakaslista.

nav-caseload = Asiakkaat

caseload-title = Asiakkaani
caseload-search = Etsi nimellä
caseload-sort = Järjestys
caseload-sort-quietest = Ensin ne, jotka eivät ole käyttäneet Askelta pisimpään aikaan
caseload-sort-name = Nimi
caseload-sort-progress = Ensin ne, jotka ovat tehneet vähiten osioita
caseload-sort-unread = Ensin ne, joilta on eniten lukemattomia viestejä
caseload-quiet-only = Vain ne, jotka eivät ole käyttäneet Askelta 14 päivään
caseload-apply = Näytä
caseload-count = { $count ->
    [0] Ketään ei löytynyt
    [one] 1 asiakas
   *[other] { $count } asiakasta
}
caseload-none = Kukaan ei sovi valintoihisi. Kokeile lyhyempää nimeä. Tai näytä kaikki.
caseload-caption = Asiakkaasi
caseload-column-name = Nimi
caseload-column-messages = Lukemattomat viestit
caseload-column-activity = Käytti Askelta viimeksi
caseload-column-modules = Osiot, jotka annoit
caseload-column-skills = Digitaidot (muutos ensimmäisestä arvioinnista)
caseload-column-plan = Askeleet, jotka pitää vielä tehdä
caseload-column-next-event = Seuraava tapahtuma
caseload-no-activity = Ei ole vielä käyttänyt Askelta
caseload-quiet-flag = Ei ole käyttänyt Askelta 14 päivään
caseload-modules-none = Et ole antanut osioita
caseload-modules-done = { $done }/{ $count } tehty
caseload-skills-none = Ei ole vielä arvioinut taitojaan
caseload-area-level = { $area }: { $level } ({ $change })
caseload-pages = Listan sivut
caseload-previous = Edellinen sivu
caseload-next = Seuraava sivu
caseload-page-of = Sivu { $page }/{ $pages }

caseload-back = Takaisin asiakkaisiin
jobseeker-back = Takaisin: { $name }
caseload-unread-messages = { $count ->
    [one] Yksi lukematon viesti
   *[other] { $count } lukematonta viestiä
}
