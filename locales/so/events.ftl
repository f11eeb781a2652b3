# Employer rendezvous events: finding them, signing up, "My events".

nav-events = Munaasabadaha

events-title = La kulan loo-shaqeeyayaasha
events-intro = Loo-shaqeeyayaasha iyo qabanqaabiyayaashu waxay qabtaan munaasabado aad fool ka fool kula kulmi karto: maalmaha shaqaaleysiinta, wareysiyo degdeg ah, booqashooyin goobaha shaqada iyo kulamo macluumaad. Is-diiwaangeli kuwa aad xiisaynayso.
events-all = Dhammaan munaasabadaha
events-mine-link = Munaasabadahayga
events-find = Raadi munaasabado
events-count = { $count ->
    [0] Munaasabad lama helin
    [one] 1 munaasabad
   *[other] { $count } munaasabadood
}
events-none = Munaasabad kuma habboona doorashooyinkaaga. Isku day shaandhooyin ka yar, ama mar dambe soo laabo: munaasabado cusub ayaa marar badan lagu daraa.

events-filter-title = Shaandhee munaasabadaha
events-filter-from = Laga bilaabo
events-filter-until = Ilaa
events-filter-date-hint = Tusaale ahaan 1.12.2026
events-filter-error-date = Taariikhda u qor maalin, bil iyo sanad, tusaale ahaan 1.12.2026
events-filter-sector = Qaybta shaqada
events-filter-any-sector = Qayb kasta oo shaqo
events-filter-kind = Nooca munaasabadda
events-filter-any-kind = Nooc kasta
events-filter-language = Luqad
events-filter-any-language = Luqad kasta
events-filter-format = Xagee
events-filter-format-any = Goob ahaan ama online
events-filter-format-in-person = Goob ahaan (fool ka fool)
events-filter-format-online = Online
events-filter-free = Munaasabadaha leh kuraas bannaan oo keliya
events-filter-apply = Muuji munaasabadaha
events-filter-clear = Tirtir shaandhooyinka

event-fact-when = Goorma
event-fact-where = Xagee
event-fact-kind = Nooca
event-fact-sector = Qaybta shaqada
event-fact-languages = Luqadaha lagu hadlo
event-fact-seats = Kuraasta
event-deadline-at = { $date } saacadda { $time }
event-fact-deadline = Is-diiwaangeli ka hor
event-free-seats = { $count ->
    [one] 1 kursi oo bannaan
   *[other] { $count } kursi oo bannaan
}
event-full = Waa buuxdaa: waxaad ku biiri kartaa liiska sugitaanka
event-online = Online
event-online-at = Online: { $url }
event-card-signed-up = Waad is-diiwaangelisay
event-card-waiting = Waxaad ku jirtaa liiska sugitaanka
event-when-same-day = { $date } saacadda { $start }–{ $end }
event-when-days = { $startdate } saacadda { $start } – { $enddate } saacadda { $end }

event-about = Munaasabadda ku saabsan
event-directions = Sida loo tago
event-accessibility = Gelitaanka dadka naafada ah
event-accessibility-none = Qabanqaabiyuhu nooma sheegin sida goobtu ugu habboon tahay dadka naafada ah. Haddii aad wax u baahan tahay, weydii qabanqaabiyaha ka hor munaasabadda.
event-cancelled-notice = Munaasabaddan waa la joojiyay.
event-signups-closed = Is-diiwaangelinta munaasabaddan waa la xiray.

event-sign-up-title = Is-diiwaangeli
event-full-hint = Dhammaan kuraasta waa la qaatay. Haddii aad is-diiwaangeliso, waxaad galaysaa liiska sugitaanka. Haddii qof ka baxo, adiga ayaa helaya kursigiisa, waxaana kuugu sheegaynaa iimayl.
event-slot-legend = Dooro wakhti
event-slot-hint = Wakhti kastaa waa kulan gaaban oo lala yeelanayo loo-shaqeeyaha.
event-slot-full = buuxa, liiska sugitaanka
event-answer-hint = Tan waad ka tagi kartaa iyadoo bannaan.
event-share-contact = La wadaag qabanqaabiyaha cinwaanka iimaylkayga iyo lambarka taleefankayga
event-share-contact-hint = Qabanqaabiyuhu had iyo jeer wuu arkaa magacaaga iyo jawaabahaaga kore. Magacaaga ayuu albaabka kugu hubiyaa.
event-sign-up-button = Is-diiwaangeli
event-join-waiting-list = Ku biir liiska sugitaanka
event-error-deadline-passed = Is-diiwaangelinta munaasabaddan waa la xiray.
event-error-slot-missing = Dooro wakhti
event-error-answer-long = Jawaabtaadu aad bay u dheer tahay. Isticmaal ugu badnaan 1,000 xaraf.

event-standing-confirmed = Waad is-diiwaangelisay
event-standing-waiting = Waxaad tahay lambarka { $position } ee liiska sugitaanka
event-standing-waiting-hint = Haddii qof ka baxo, si toos ah ayaad u helaysaa kursigiisa, waxaana kuugu sheegaynaa iimayl.
event-standing-slot = Wakhtigaaga: { $slot }
event-standing-by-coach = Tababarahaaga shaqada ayaa ku diiwaangeliyay, adigoo oggol.
event-calendar-link = Ku dar jadwalkayga (faylka .ics)
event-cancel-button = Ka noqo booskayga

events-mine-title = Munaasabadahayga
events-mine-none = Weli ma aadan is-diiwaangelin munaasabad.
event-status-cancelled = Qabanqaabiyaha ayaa joojiyay
event-status-attended = Waad ka qayb gashay
event-status-past = Munaasabaddani way dhammaatay

event-email-promoted-subject = Boos ayaad heshay: { $title }
event-email-promoted-body = War wanaagsan: kursi ayaa bannaanaaday, hadda waa kaaga.

    { $title }
    { $when }
    { $place }

    Haddii aadan iman karin, fadlan ka noqo si qofka xiga u helo kursiga: { $link }
event-email-cancelled-subject = La joojiyay: { $title }
event-email-cancelled-body = Waan ka xunnahay: qabanqaabiyuhu wuu joojiyay munaasabaddan.

    { $title }
    { $when }

    Waxba uma baahnid inaad samayso. Raadi munaasabado kale: { $link }
event-email-reminder-subject = Berri: { $title }
event-email-reminder-body = Xasuusin: waxaad is-diiwaangelisay munaasabaddan berri ah.

    { $title }
    { $when }
    { $place }

    Haddii aadan iman karin, fadlan ka noqo si qof kale u helo kursigaaga: { $link }
event-email-changed-subject = Waa la beddelay: { $title }
event-email-changed-body = Qabanqaabiyuhu wuu beddelay wakhtiga ama goobta munaasabaddan. Is-diiwaangelintaadu way sii jirtaa.

    { $title }

    { $changes }

    Haddii aadan hadda iman karin, fadlan ka noqo si qof kale u helo booskaaga: { $link }
event-email-changed-time =
    Wakhtigii hore: { $old }
    Wakhtiga hadda: { $new }
event-email-changed-place =
    Goobtii hore: { $old }
    Goobta hadda: { $new }

event-sector-retail = Tafaariiq iyo iibin
event-sector-hospitality = Makhaayado, kafeyaal iyo hudheelo
event-sector-health-social = Caafimaad iyo daryeel bulsho
event-sector-cleaning-property = Nadiifin iyo adeegyada dhismayaasha
event-sector-logistics = Gaadiid, bakhaarro iyo saadka
event-sector-construction = Dhismo
event-sector-manufacturing = Warshado iyo wax-soo-saar
event-sector-it = IT iyo shaqo dijitaal ah
event-sector-education = Waxbarasho iyo xannaanada carruurta
event-sector-public = Adeegyada dowladda
event-sector-other = Qaybo kale

event-kind-recruitment-day = Maalin shaqaaleysiin
event-kind-speed-interviews = Wareysiyo degdeg ah
event-kind-workplace-visit = Booqasho goob shaqo
event-kind-info-session = Kulan macluumaad

event-language-fi = Af-Finnish
event-language-sv = Af-Iswiidhish
event-language-en = Af-Ingiriisi
event-language-ru = Af-Ruush
event-language-et = Af-Estooniyaan
event-language-ar = Af-Carabi
event-language-so = Af-Soomaali
event-language-uk = Af-Yukreeniyaan
event-language-fa = Af-Faarisi

event-access-step-free = Gelitaan aan jaranjar lahayn
event-access-accessible-toilet = Musqul ku habboon dadka naafada ah
event-access-hearing-loop = Qalabka maqalka (hearing loop)
event-access-quiet-room = Qol aamusan oo lagu nasto
event-access-seating = Meelo lagu fadhiisto inta la sugayo
event-access-accessible-parking = Baarkin ku habboon dadka naafada ah
event-access-public-transport = Joogsiga gaadiidka dadweynaha oo u dhow

# Coaches: their jobseekers' events, and signing one up with consent.
events-caseload-title = Munaasabadaha shaqo-doonnadayda
events-caseload-intro = Munaasabadaha ay is-diiwaangeliyeen shaqo-doonnada liiskaaga ku jira. Fur munaasabad si aad qof u diiwaangeliso, isagoo oggol.
events-caseload-none = Weli shaqo-doonnadaada midna ma is-diiwaangelin munaasabad.
events-caseload-caption = Munaasabadaha shaqo-doonnada liiskaaga ku jira, kuwa soo socda marka hore
events-caseload-jobseeker = Shaqo-doon
events-caseload-attended = Wuu ka qayb galay
events-caseload-by-coach = Tababare ayaa diiwaangeliyay
event-coach-title = Shaqo-doonnadaada
event-coach-none-here = Weli shaqo-doonnadaada midna ma is-diiwaangelin munaasabaddan.
event-coach-jobseeker = Diiwaangeli shaqo-doon liiskaaga ku jira
event-coach-consent = Shaqo-doonku wuu oggolaaday inaan munaasabaddan u diiwaangeliyo
event-coach-sign-up = Diiwaangeli shaqo-doonka
event-coach-done = Waa la diiwaangeliyay. Munaasabaddu hadda waxay ku jirtaa bogga “Munaasabadahayga” ee shaqo-doonka.
event-coach-error-jobseeker = Dooro shaqo-doonka aad diiwaangelinayso
event-coach-error-consent = Calaamadee sanduuqa si aad u xaqiijiso in shaqo-doonku oggolaaday
event-sms-promoted = Askel: boos ayaad ku heshay { $title }, { $when }. { $link }
event-sms-reminder = Askel xasuusin: { $title } berri, { $when }. { $link }
event-sms-cancelled = Askel: { $title } ({ $when }) waa la joojiyay. { $link }
event-sms-changed = Askel: { $title } waa la beddelay. { $link }
