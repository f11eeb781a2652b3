### The jobseeker's job-search log.

nav-job-search = Diiwaanka shaqo-raadinta
person-job-search = Diiwaanka shaqo-raadinta
person-open-job-search = Fur diiwaanka shaqo-raadinta

search-title = Diiwaanka shaqo-raadinta
search-intro = Qor waxa aad samayso si aad shaqo u hesho. Xafiiska shaqadu wuxuu kaa codsan karaa inuu arko: daabac boggan, ama ku tus taleefankaaga. Waxa aad Askel ku samayso horay ayay halkan ugu jiraan.
search-add-heading = Ku dar diiwaankaaga
search-kind = Maxaad samaysay?
search-kind-application = Shaqo ayaan codsaday
search-kind-contact = Loo-shaqeeye ayaan la xiriiray
search-kind-interview = Wareysi shaqo ayaan galay
search-kind-other = Wax kale oo shaqo lagu raadinayo
search-kind-interest = Askel ayaan ku sheegay inaan shaqo xiiseynayo
search-kind-event = Munaasabad ayaan ka qayb galay
search-kind-module = Cashar ayaan dhammeeyay
search-day = Maalin
search-employer = Loo-shaqeeye
search-what = Shaqada, ama waxa uu ku saabsanaa (haddii aad rabto)
search-what-hint = Tusaale ahaan: Caawiye jikada, wakhti dhiman
search-add = Ku dar diiwaankayga
search-added = Waa lagu daray diiwaankaaga.
search-removed = Waa laga saaray diiwaankaaga.
search-month = { $month ->
    [1] Janaayo
    [2] Febraayo
    [3] Maarso
    [4] Abriil
    [5] Maajo
    [6] Juun
    [7] Luulyo
    [8] Agoosto
    [9] Sebtembar
    [10] Oktoobar
    [11] Nofembar
   *[12] Desembar
} { $year }
search-months = Bilaha
search-previous-month = Bishii hore
search-next-month = Bisha xigta
search-print-hint = Si aad bishan u tusto xafiiska shaqada, daabac boggan ama u kaydi PDF ahaan liiska biraawsarkaaga.
search-none = Bishan waxba kuma jiraan diiwaanka.
search-summary = Soo koobid
search-caption = Shaqo-raadinta { $month }
search-column-day = Maalin
search-column-kind = Waxa la sameeyay
search-column-employer = Loo-shaqeeye
search-column-what = Shaqo ama mawduuc
search-column-remove = Ka saar
search-by-askel = Askel ayaa diiwaangeliyay
search-remove = Ka saar: { $what }
search-remove-question = Ma ka saaraysaa "{ $what }" diiwaankaaga?
search-remove-confirm = Haa, ka saar
search-person-title = Diiwaanka shaqo-raadinta: { $name }
search-person-intro = Waxa qofku qoray iyo waxa uu Askel ku sameeyay, bil bil. Isaga oo keliya ayaa beddeli kara.
search-error-kind = Dooro waxa aad samaysay
search-error-day = Qor maalinta, tusaale ahaan 3.12.2026
search-error-day-future = Maalintu ma noqon karto mustaqbalka
search-error-day-old = Maalintu waa inay ku jirtaa 12-kii bilood ee la soo dhaafay
search-error-employer = Qor loo-shaqeeyaha
search-error-employer-long = Magaca loo-shaqeeyuhu waa inuu ahaadaa 200 xaraf ama ka yar
search-error-what-long = Tani waa inay ahaataa 300 xaraf ama ka yar
