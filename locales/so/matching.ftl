# Matching: "Jobs for you", one job, saved jobs and interests.

nav-jobs = Shaqooyin kuu habboon

match-jobs-title = Shaqooyin kuu habboon
match-jobs-intro = Shaqooyin iyo hawlo shaqo oo furan, kuwa ugu habboon waxa aad qaban karto marka hore. Mid kasta waxaad ku arkaysaa waxa aad horay u haysato iyo waxa aad weli u baahan lahayd.
match-how-sorted = Sidee loo kala saaray shaqooyinka?
match-how-sorted-text = Shaqo kasta waxay helaysaa dhibco 100 ka mid ah, iyadoo loo eegayo waxa ay weydiinayso: xirfadaha qasabka ah 50, kaararka iyo shahaadooyinka 20, luqadaha 15, xirfadaha fiican in la haysto 15. Haddii shaqadu aysan waxba ka weydiin nooc, dhibcahaas oo dhan ayaad helaysaa. Xirfadahaaga, kaararkaaga iyo luqadahaaga oo keliya ayaa la tiriyaa. Da'daada, jinsigaaga ama meesha aad ka timid marna lama tiriyo.
match-my-jobs-link = Shaqooyinkaaga kaydsan iyo kuwa aad xiiseyso
match-no-facts = Askel weli ma yaqaan xirfadahaaga, sidaas darteed shaqooyinka looma kala saarin adiga.
match-no-facts-link = Ku dar waxa aad samaysay iyo waxa aad qaban karto
match-found = { $count ->
    [one] Hal shaqo ayaa la helay
   *[other] { $count } shaqo ayaa la helay
}
match-none = Ma jiraan shaqooyin furan oo leh doorashooyinkan. Isku day doorashooyin ka yar.
match-filter-field = Qaybta
match-filter-any-field = Dhammaan qaybaha
match-filter-place = Goobta
match-filter-any-place = Dhammaan goobaha
match-filter-form = Nooca qandaraaska
match-filter-any-form = Dhammaan noocyada
match-filter-kind = Shaqo ama hawl shaqo
match-filter-any-kind = Labadaba
match-filter-no-finnish = Shaqooyinka aan af-Finnish qasab ka ahayn oo keliya
match-filter-apply = Muuji shaqooyinka
match-pages = Bogagga shaqooyinka
match-page-of = Bogga { $page } ee { $pages }
match-previous = Shaqooyinkii hore
match-next = Shaqooyin kale
match-fit-score = Sida ay kuugu habboon tahay: { $score } 100 ka mid ah.
match-all-musts = Waxaad haysataa wax kasta oo qasab ah.
match-you-have = Waxaad haysataa:
match-you-need = Waxaad weli u baahan lahayd:
match-need-language = { $language } { $level ->
    [native] af hooyo ahaan
   *[other] heerka { $level } ama ka fiican
}
match-must = qasab
match-nice = fiican in la haysto
match-way-module = Baro: { $module }
match-way-assessment = Ku muuji is-qiimeyn: { $assessment }
match-way-experience = Tan ma samaysay? Noo sheeg
match-way-certificate = Kaarkan ma haysataa? Ku dar xirfadahaaga
match-way-language = Ku dar luqadda iyo heerkaaga
match-meet = La kulan { $employer }
match-how-to-apply = Sida loo codsado
match-apply-link = Ka codso bogga loo-shaqeeyaha
match-how-you-fit = Sida aad ugu habboon tahay shaqadan
match-job-closed = Shaqadan waa xiran tahay. Mar dambe ma codsan kartid.
match-job-closed-short = Xiran
match-next-step = Tallaabadaada xigta
match-interest-explain = U sheeg tababarahaaga inaad xiiseynayso shaqadan. Tababarahaagu wuu kaa caawin karaa codsiga.
match-share-label = Sidoo kale { $employer } u muuji xirfadahayga shaqadan
match-share-hint = Waxay arkaan magacaaga, xirfadaha ku jira boggaaga “Xirfadahayga” iyo sida aad ugu habboon tahay shaqadan, wax kale maya. Wakhti kasta waad joojin kartaa.
match-interested = Waan xiiseynayaa
match-interested-since = Waxaad tababarahaaga u sheegtay inaad xiiseynayso { $day }.
match-shared-since = { $employer } wuxuu arkaa xirfadahaaga shaqadan tan iyo { $day }.
match-not-shared = { $employer } ma arko xirfadahaaga.
match-share-now = U muuji xirfadahayga { $employer }
match-share-stop = Jooji muujinta xirfadahayga
match-withdraw = Mar dambe ma xiiseynayo
match-save = Kaydi shaqadan
match-forget = Ka saar shaqooyinka kaydsan
match-saved = Shaqada waa la kaydiyay. Waxaad ka helaysaa shaqooyinkaaga kaydsan.
match-forgotten = Shaqada waa laga saaray shaqooyinkaaga kaydsan.
match-interest-sent = Tababarahaagu hadda wuu arkaa inaad xiiseynayso.
match-interest-withdrawn = Xiisahaaga waa laga noqday.
match-share-stopped = Loo-shaqeeyuhu mar dambe ma arko xirfadahaaga shaqadan.
match-error-cannot-save = Shaqada lama kaydin karin. Waxaa laga yaabaa inay xiran tahay, ama aad horay u haysato 100 shaqo oo kaydsan.
match-error-job-closed = Shaqadani mar dambe ma furna.
match-my-jobs-title = Shaqooyinkaaga kaydsan iyo kuwa aad xiiseyso
match-interests-title = Shaqooyinka aad xiiseyso
match-interests-none = Weli tababarahaaga uma sheegin shaqo.
match-saved-title = Shaqooyinka kaydsan
match-saved-none = Ma lihid shaqooyin kaydsan.
match-saved-on = La kaydiyay { $day }.

# A coach's view: jobs that fit one person.
match-coach-title = Shaqooyinka ku habboon { $name }
match-coach-intro = Shaqooyinka furan ee ugu habboon, iyadoo la isticmaalayo dhibcaha uu qofku arko. Soo jeedi shaqo: wuu arkayaa soo jeedinta, loo-shaqeeyuhuna wuxuu arkayaa oo keliya haddii uu oggolaado. Wax uu ka maqan yahay hal mar ka dhig tallaabo qorshihiisa ah.
match-coach-fit-score = Ku habboonaanta: { $score } 100 ka mid ah.
match-coach-has = Wuu haystaa:
match-coach-lacks = Weli wuxuu u baahan lahaa:
match-gap-to-plan = Ku dar qorshaha: { $need }
match-plan-step = { $need } – shaqada { $job } ee { $employer }
match-gap-planned = Tallaabadu waxay ku jirtaa qorshaha.
match-propose = U soo jeedi shaqadan { $name }
match-proposed = Waa la soo jeediyay.
match-proposed-done = Shaqada waa la soo jeediyay. Wuxuu ku arkayaa bogga “Shaqooyin kuu habboon”.
match-proposed-to-you = Tababarahaagu wuxuu kuu soo jeediyay shaqadan { $day }.

# The employer's view: candidates for a job.
match-candidates-title = Musharixiinta
match-candidates-intro = Dadka xiiseeya shaqadan, ama uu tababarahoodu soo jeediyay, marka ay oggolaadaan inay ku tusaan xirfadahooda.
match-candidates-none = Weli musharax ma jiro.
match-count = { $count } qof oo adeegga ku jira ayaa haysta dhammaan xirfadaha qasabka ah ee shaqadan.
match-count-few = Wax ka yar 5 qof oo adeegga ku jira ayaa haysta dhammaan xirfadaha qasabka ah ee shaqadan.
match-came-interested = Wuu xiiseeyay
match-came-proposed = Tababarahiisa ayaa soo jeediyay
match-came-both = Wuu xiiseeyay, tababarahiisuna wuu soo jeediyay
match-candidate-fit = Ku habboonaanta: { $score } 100 ka mid ah ({ $have } ka mid ah { $asked } shay oo la weydiiyay).
match-stage-label = Maxaa dhacay
match-stage-none = Weli waxba
match-stage-contacted = Waa lala xiriiray
match-stage-interview = Wareysi
match-stage-hired = Waa la shaqaaleysiiyay
match-stage-not-chosen = Lama dooran
match-stage-save = Kaydi
match-stage-saved = Waa la kaydiyay. Haddii qof la shaqaaleysiiyo, tababarahiisu wuu arkayaa.
match-error-stage = Dooro waxa dhacay
match-employer-says = Loo-shaqeeyuhu wuxuu leeyahay: { $stage }
match-candidate-title = Xirfadaha { $name }
match-candidate-intro = Waxa qofkani doortay inuu ku tuso shaqadan. Wakhti kasta wuu joojin karaa muujinta.
match-candidates-back = Ku laabo shaqada

# A coach's list of open jobs and one job's fitting people.
nav-coach-jobs = Shaqooyinka
match-coach-jobs-title = Shaqooyinka furan
match-coach-jobs-intro = Shaqo kasta iyo hawl shaqo kasta oo furan, kuwa ugu cusub marka hore. Fur mid si aad u aragto cidda liiskaaga ku jirta ee ugu habboon.
match-coach-people = Cidda liiskaaga ku jirta ee ku habboon
match-coach-people-intro = Kuwa haysta wax kasta oo shaqadu qasab ka dhigtay marka hore, kadib dhibcaha. Soo jeedi shaqada: way arkayaan, loo-shaqeeyuhuna wuxuu arkayaa oo keliya haddii ay oggolaadaan.
match-coach-nobody = Weli qofna kuma jiro liiskaaga shaqo-doonnada.
match-filter-label = Dooro shaqooyin
match-prepare-title = U diyaar garow munaasabaddan
match-prepare-intro = Loo-shaqeeyayaasha halkan ayay dadka kula kulmaan shaqooyinkan. Mid kasta ka eeg waxa aad horay u haysato iyo waxa aad weli baran karto.
match-prepare-bring-title = Waxa aad keenayso
match-prepare-bring-cv = CV-gaaga: Askel wuxuu ka sameeyaa xirfadahaaga
match-prepare-bring-card = { $card }: kaarka laftiisa ama sawirkiisa
match-prepare-module-title = Maalinta ka hor
match-prepare-module = Marka hore samee casharkan: { $module }
match-error-already-planned = Tani horay ayay tallaabo qorshihiisa ugu jirtay.
