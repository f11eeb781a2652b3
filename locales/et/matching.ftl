# Matching: "Jobs for you", one job, saved jobs and interests.

nav-jobs = Töökohad sulle

match-jobs-title = Töökohad sulle
match-jobs-intro = Avatud töökohad ja tööülesanded. Eespool on need, mis sobivad kõige paremini sellega, mida sa oskad. Iga töökoha juures näed, mis sul juba on ja mida sul oleks veel vaja.
match-how-sorted = Kuidas töökohad on järjestatud?
match-how-sorted-text = Iga töökoht saab 100 punktist punktid selle järgi, mida töökoht nõuab: kohustuslikud oskused 50, kaardid ja tunnistused 20, keeled 15 ja soovitavad oskused 15. Kui töökoht ei nõua midagi ühest liigist, saad need punktid täies ulatuses. Arvesse lähevad ainult sinu oskused, kaardid ja keeled. Sinu vanus, sugu või päritolu ei lähe kunagi arvesse.
match-my-jobs-link = Sinu salvestatud töökohad ja huvid
match-no-facts = Askel ei tea veel sinu oskusi, seega ei ole töökohad sinu jaoks järjestatud.
match-no-facts-link = Lisa, mida sa oled teinud ja mida sa oskad
match-found = { $count ->
    [one] Leiti üks töökoht
   *[other] Leiti { $count } töökohta
}
match-none = Nende valikutega avatud töökohti ei ole. Proovi vähem valida.
match-filter-field = Valdkond
match-filter-any-field = Kõik valdkonnad
match-filter-place = Asukoht
match-filter-any-place = Kõik asukohad
match-filter-form = Töösuhte vorm
match-filter-any-form = Kõik vormid
match-filter-kind = Töökoht või tööülesanne
match-filter-any-kind = Mõlemad
match-filter-no-finnish = Ainult töökohad, kus soome keel ei ole nõutud
match-filter-apply = Näita töökohti
match-pages = Töökohtade lehed
match-page-of = Leht { $page }/{ $pages }
match-previous = Eelmised töökohad
match-next = Veel töökohti
match-fit-score = Sobivus sulle: { $score } punkti 100-st.
match-all-musts = Sul on olemas kõik, mis on kohustuslik.
match-you-have = Sul on:
match-you-need = Sul oleks veel vaja:
match-need-language = { $language } { $level ->
    [native] emakeelena
   *[other] tasemel { $level } või paremini
}
match-must = kohustuslik
match-nice = soovitav
match-way-module = Õpi seda: { $module }
match-way-assessment = Näita seda enesehindamises: { $assessment }
match-way-experience = Kas sa oled seda teinud? Räägi meile sellest
match-way-certificate = Kas sul on see kaart? Lisa see oma oskuste juurde
match-way-language = Lisa keel ja oma tase
match-meet = Kohtu tööandjaga: { $employer }
match-how-to-apply = Kuidas kandideerida
match-apply-link = Kandideeri tööandja veebilehel
match-how-you-fit = Kuidas sa sellele töökohale sobid
match-job-closed = See töökoht on suletud. Sa ei saa enam kandideerida.
match-job-closed-short = Suletud
match-next-step = Sinu järgmine samm
match-interest-explain = Ütle oma nõustajale, et see töökoht huvitab sind. Sinu nõustaja saab aidata sul kandideerida.
match-share-label = Näita selle töökoha jaoks minu oskusi ka tööandjale { $employer }
match-share-hint = Tööandja näeb sinu nime, lehel Minu oskused olevaid oskusi ja seda, kui hästi sa sellele töökohale sobid. Muud ta ei näe. Sa võid selle igal ajal lõpetada.
match-interested = Mind huvitab
match-interested-since = Sa ütlesid oma nõustajale { $day }, et oled huvitatud.
match-shared-since = { $employer } näeb selle töökoha jaoks sinu oskusi alates { $day }.
match-not-shared = { $employer } ei näe sinu oskusi.
match-share-now = Näita minu oskusi tööandjale { $employer }
match-share-stop = Lõpeta minu oskuste näitamine
match-withdraw = See ei huvita mind enam
match-save = Salvesta see töökoht
match-forget = Eemalda salvestatud töökohtade hulgast
match-saved = Töökoht on salvestatud. Leiad selle oma salvestatud töökohtade hulgast.
match-forgotten = Töökoht on sinu salvestatud töökohtade hulgast eemaldatud.
match-interest-sent = Sinu nõustaja näeb nüüd, et sa oled huvitatud.
match-interest-withdrawn = Sinu huvi on tagasi võetud.
match-share-stopped = Tööandja ei näe enam selle töökoha jaoks sinu oskusi.
match-error-cannot-save = Töökohta ei saanud salvestada. See võib olla suletud või sul on juba 100 salvestatud töökohta.
match-error-job-closed = See töökoht ei ole enam avatud.
match-my-jobs-title = Sinu salvestatud töökohad ja huvid
match-interests-title = Töökohad, mis sind huvitavad
match-interests-none = Sa ei ole veel oma nõustajale ühestki töökohast rääkinud.
match-saved-title = Salvestatud töökohad
match-saved-none = Sul ei ole salvestatud töökohti.
match-saved-on = Salvestatud { $day }.

# A coach's view: jobs that fit one person.
match-coach-title = Sobivad töökohad: { $name }
match-coach-intro = Kõige paremini sobivad avatud töökohad, samade punktide järgi, mida näeb ka inimene ise. Soovita töökohta: ta näeb soovitust ja tööandja näeb teda ainult siis, kui ta on nõus. Tee puuduvast asjast ühe vajutusega samm tema kavas.
match-coach-fit-score = Sobivus: { $score } punkti 100-st.
match-coach-has = Tal on:
match-coach-lacks = Tal oleks veel vaja:
match-gap-to-plan = Lisa kavasse: { $need }
match-plan-step = { $need } – töökoha { $job } jaoks, { $employer }
match-gap-planned = Samm on kavas.
match-propose = Soovita seda töökohta tööotsijale { $name }
match-proposed = Soovitatud.
match-proposed-done = Töökoht on soovitatud. Ta näeb seda oma töökohtade hulgas.
match-proposed-to-you = Sinu nõustaja soovitas seda töökohta sulle { $day }.

# The employer's view: candidates for a job.
match-candidates-title = Kandidaadid
match-candidates-intro = Inimesed, keda see töökoht huvitab või keda nende nõustaja on soovitanud, kui nad on nõus sulle oma oskusi näitama.
match-candidates-none = Kandidaate veel ei ole.
match-count = Teenuses on { $count } inimest, kellel on kõik selle töökoha kohustuslikud oskused.
match-count-few = Teenuses on alla 5 inimese, kellel on kõik selle töökoha kohustuslikud oskused.
match-came-interested = Huvitatud
match-came-proposed = Soovitas tema nõustaja
match-came-both = Huvitatud ja soovitas ka tema nõustaja
match-candidate-fit = Sobivus: { $score } punkti 100-st. Nõutud asju { $asked }, neist olemas { $have }.
match-stage-label = Mis on toimunud
match-stage-none = Veel mitte midagi
match-stage-contacted = Ühendust võetud
match-stage-interview = Intervjuu
match-stage-hired = Tööle võetud
match-stage-not-chosen = Ei valitud
match-stage-save = Salvesta
match-stage-saved = Salvestatud. Kui keegi võetakse tööle, näeb seda tema nõustaja.
match-error-stage = Vali, mis on toimunud
match-employer-says = Tööandja ütleb: { $stage }
match-candidate-title = Oskused: { $name }
match-candidate-intro = See, mida inimene on otsustanud sulle selle töökoha jaoks näidata. Ta võib selle näitamise igal ajal lõpetada.
match-candidates-back = Tagasi töökoha juurde

# A coach's list of open jobs and one job's fitting people.
nav-coach-jobs = Töökohad
match-coach-jobs-title = Avatud töökohad
match-coach-jobs-intro = Kõik avatud töökohad ja tööülesanded, uusimad eespool. Ava töökoht, et näha, kes sinu tööotsijatest sobib sellele kõige paremini.
match-coach-people = Kes sinu tööotsijatest sobib
match-coach-people-intro = Eespool on need, kellel on olemas kõik, mis on töökohas kohustuslik, siis punktide järgi. Soovita töökohta: inimene näeb seda ja tööandja näeb teda ainult siis, kui ta on nõus.
match-coach-nobody = Sul ei ole veel ühtegi tööotsijat.
match-filter-label = Vali töökohad
match-prepare-title = Valmistu selleks ürituseks
match-prepare-intro = Tööandjad otsivad siin inimesi nendele töökohtadele. Vaata iga töökoha juures, mis sul juba on ja mida sa võiksid veel õppida.
match-prepare-bring-title = Mida kaasa võtta
match-prepare-bring-cv = Sinu CV: Askel teeb selle sinu oskuste põhjal
match-prepare-bring-card = { $card }: kaart ise või foto sellest
match-prepare-module-title = Enne üritust
match-prepare-module = Tee kõigepealt see moodul: { $module }
match-error-already-planned = See on juba tema kavas üks samm.
