# The coach's caseload list.

nav-caseload = Liiska shaqo-doonnada

caseload-title = Liiskayga shaqo-doonnada
caseload-search = Ku raadi magac
caseload-sort = U kala saar
caseload-sort-quietest = Kuwa ugu muddada dheer aan waxba samayn marka hore
caseload-sort-name = Magac
caseload-sort-progress = Kuwa casharrada ugu yar dhammeeyay marka hore
caseload-sort-unread = Kuwa fariimaha ugu badan aan la akhrin marka hore
caseload-quiet-only = Dadka aan waxba samayn 14 maalmood oo keliya
caseload-apply = Muuji
caseload-count = { $count ->
    [0] Qofna lama helin
    [one] 1 shaqo-doon
   *[other] { $count } shaqo-doon
}
caseload-none = Qofna kuma habboona doorashooyinkaaga. Isku day magac ka gaaban, ama muuji dadka oo dhan.
caseload-caption = Shaqo-doonnada liiskaaga ku jira
caseload-column-name = Magac
caseload-column-messages = Fariimo aan la akhrin
caseload-column-activity = Waxqabadkii ugu dambeeyay
caseload-column-modules = Casharrada loo qoondeeyay
caseload-column-skills = Xirfadaha dijitaalka (isbeddelka tan iyo kii ugu horreeyay)
caseload-column-plan = Tallaabooyinka qorshaha ee furan
caseload-column-next-event = Munaasabadda xigta
caseload-no-activity = Weli waxqabad ma jiro
caseload-quiet-flag = Waxqabad ma jirin 14 maalmood
caseload-modules-none = Midna looma qoondeyn
caseload-modules-done = { $done } ka mid ah { $count } waa la dhammeeyay
caseload-skills-none = Weli lama qiimeyn
caseload-area-level = { $area }: { $level } ({ $change })
caseload-pages = Bogagga liiska
caseload-previous = Boggii hore
caseload-next = Bogga xiga
caseload-page-of = Bogga { $page } ee { $pages }

caseload-back = Ku laabo liiskaaga shaqo-doonnada
jobseeker-back = Ku laabo { $name }
caseload-unread-messages = { $count ->
    [one] Hal fariin oo aan la akhrin
   *[other] { $count } fariimood oo aan la akhrin
}
