# Valmentajan asiakaslista.

nav-caseload = Asiakkaat

caseload-title = Asiakkaani
caseload-search = Hae nimellä
caseload-sort = Järjestys
caseload-sort-quietest = Pisimpään ilman toimintaa ensin
caseload-sort-name = Nimi
caseload-sort-progress = Vähiten moduuleja tehneet ensin
caseload-sort-unread = Eniten lukemattomia viestejä ensin
caseload-quiet-only = Vain ne, joilla ei ole ollut toimintaa 14 päivään
caseload-apply = Näytä
caseload-count = { $count ->
    [0] Ketään ei löytynyt
    [one] 1 asiakas
   *[other] { $count } asiakasta
}
caseload-none = Kukaan ei vastaa valintojasi. Kokeile lyhyempää nimeä tai näytä kaikki.
caseload-caption = Asiakkaasi
caseload-column-name = Nimi
caseload-column-messages = Lukemattomat viestit
caseload-column-activity = Viimeksi aktiivinen
caseload-column-modules = Annetut moduulit
caseload-column-skills = Digitaidot (muutos ensimmäisestä)
caseload-column-plan = Avoimet suunnitelman askeleet
caseload-column-next-event = Seuraava tapahtuma
caseload-no-activity = Ei vielä toimintaa
caseload-quiet-flag = Ei toimintaa 14 päivään
caseload-modules-none = Ei annettuja moduuleja
caseload-modules-done = { $done }/{ $count } tehty
caseload-skills-none = Ei vielä arvioitu
caseload-area-level = { $area }: { $level } ({ $change })
caseload-pages = Listan sivut
caseload-previous = Edellinen sivu
caseload-next = Seuraava sivu
caseload-page-of = Sivu { $page }/{ $pages }

caseload-back = Takaisin asiakkaisiini
jobseeker-back = Takaisin: { $name }
caseload-unread-messages = { $count ->
    [one] Yksi lukematon viesti
   *[other] { $count } lukematonta viestiä
}
