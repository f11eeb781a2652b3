### Messages between a jobseeker and their coach.

nav-messages = Fariimaha
message-my-title = Fariimaha
message-my-intro = Halkan adiga iyo tababarahaaga { $coach } waxaad isu qortaan fariimo. Tababarahaagu wuu akhriyaa waxa aad halkan ku qorto. Marka tababarahaagu maqan yahay, tababare kale oo isla kooxda ka mid ah ayaa akhrin kara fariimahaaga oo ka jawaabi kara. Mar kasta oo uu akhriyo waa la diiwaangeliyaa. Haddii aad hesho tababare cusub, isna wuu akhrin karaa fariimihii hore.
message-no-coach = Weli Askel tababare shaqo kuma lihid, sidaas darteed ma jiro qof aad wax u qorto. Marka aad tababare hesho, halkan ayaad wax ugu qori kartaa.
message-coach-title = Fariimaha { $name }
message-none = Weli fariin ma jirto.
message-earlier = Fariimihii hore
message-newest = Fariimaha ugu cusub
message-you = Adiga
message-writer-gone = Tababare hore
message-sent-at = { $day } saacadda { $time }
message-read-at = La akhriyay { $day } saacadda { $time }
message-not-read = Weli lama akhrin
message-write = Qor fariin
message-to-coach = Fariintaada loo dirayo { $coach }
message-to-jobseeker = Fariintaada loo dirayo { $name }
message-body-hint = Fariinta ha ku qorin lambarkaaga aqoonsiga shakhsiga ah ama xogta bangigaaga.
message-send = Dir fariinta
message-sent = Fariinta waa la diray. Waa tan ugu dambaysa ee kor ku jirta.
message-error-empty = Qor fariintaada
message-error-long = Fariintaada ku qor ugu badnaan 4000 xaraf
message-error-too-many = Maanta waxaad dirtay 100 fariimood, taas oo ah inta ugu badan ee hal maalin. Berri ayaad mar kale wax qori kartaa.
message-error-sent-before = Foomkan horay ayaa loo diray, erayo kale ayaana ku jiray. Kor ka eeg wadahadalka. Haddii qoraalkan weli loo baahan yahay in la diro, mar kale dir.
message-error-no-coach = Weli tababare ma lihid, sidaas darteed fariinta lama diri karin.
message-unsent = Waxa aad qortay (lama dirin)
message-email-subject = Fariin cusub ayaad ku haysataa Askel
message-email-body = Fariin cusub ayaad ku haysataa Askel. Soo gal si aad u akhrido: { $link }

    Hal iimayl oo keliya ayaad helaysaa ilaa aad akhrido fariimahaaga.
person-messages = Fariimaha
person-unread-messages = { $count ->
    [0] Fariin aan la akhrin oo ka timid ma jirto.
    [one] Hal fariin oo ka timid ayaan la akhrin.
   *[other] { $count } fariimood oo ka yimid ayaan la akhrin.
}
person-open-messages = Fur fariimaha
message-templates = Ka bilow qoraal diyaarsan
message-templates-hint = Qoraalku wuxuu ku qoran yahay luqadda uu qofku Askel ku isticmaalo. Waad beddeli kartaa ka hor intaadan dirin.
message-template-recontact-title = Muddo warkaaga ma aanan helin
message-template-recontact = Salaan { $name }, muddo ayaanan Askel warkaaga ka helin. Sidee tahay? Halkan ayaad ka jawaabi kartaa, ama ii sheeg wakhti kuu fiican, waanan ku soo wacayaa.
message-template-meeting-title = Aan kulanno
message-template-meeting = Salaan { $name }, waxaan jeclaan lahaa inaan kula kulmo. Maalintee toddobaadka soo socda ayaa kuu fiican? Halkan ayaad ka jawaabi kartaa.
message-template-well-done-title = Shaqo wanaagsan
message-template-well-done = Salaan { $name }, shaqo wanaagsan! Waxaan arkay waxa aad Askel ku samaysay. Sii wad, oo ii soo qor haddii aad caawimaad u baahato.
message-sms = Askel: fariin cusub ayaad haysataa. { $link }

## A coach's inbox, days away and covering for the team.
message-my-coach-away = { $coach } wuu maqan yahay ilaa { $day }. Ilaa markaas, tababare kale oo isla kooxda ka mid ah ayaa akhriya fariimahaaga oo ka jawaaba.
message-covering = Waxaad tan u akhrinaysaa { $coach } beddelkiis. Wuu maqan yahay ilaa { $day }. Mar kasta oo aad furto waa la diiwaangeliyaa.
message-inbox-back = Ku laabo fariimaha
message-inbox-title = Fariimaha
message-inbox-intro = Wadahadalladaada aad la leedahay dadka liiskaaga shaqo-doonnada ku jira, kuwa aan la akhrin marka hore. Mar kasta oo aad liiskan furto waa la diiwaangeliyaa, sida mar kasta oo xogta qof la akhriyo.
message-inbox-own = Shaqo-doonnadaada
message-inbox-none = Weli fariin lama isweydaarsan dadka liiskaaga shaqo-doonnada ku jira.
message-inbox-team = Tababarayaasha maqan ee kooxdaada
message-inbox-team-rule = Marka tababare kooxdaada ka mid ah maqan yahay, wadahadallada shaqo-doonnadiisa halkan ayay joogaan ilaa dhammaadka maalintiisa ugu dambaysa ee maqnaanshaha. Waad akhrin kartaa oo ka jawaabi kartaa. Mar kasta oo aad mid furto waa la diiwaangeliyaa.
message-inbox-nobody-away = Qofna kooxdaada kama maqna.
message-inbox-away = { $name } wuu maqan yahay ilaa { $day }
message-inbox-none-covered = Fariin lama isweydaarsan shaqo-doonnadiisa.
message-inbox-unread = { $count ->
    [one] Hal aan la akhrin
   *[other] { $count } aan la akhrin
}
message-inbox-latest-them = Fariintii ugu dambaysay { $day } saacadda { $time }, shaqo-doonka ayaa diray
message-inbox-latest-coach = Fariintii ugu dambaysay { $day } saacadda { $time }, tababare ayaa diray
message-inbox-formers = Wadahadallada la tirtiray
message-former = { $unread ->
    [0] { $month }: fariin ka timid shaqo-doon hore. Wadahadalka waxaa lala tirtiray akoonkiisa.
    [one] { $month }: fariin ka timid shaqo-doon hore. Wadahadalka waxaa lala tirtiray akoonkiisa. Hal fariin oo uu diray lama akhrin.
   *[other] { $month }: fariin ka timid shaqo-doon hore. Wadahadalka waxaa lala tirtiray akoonkiisa. { $unread } fariimood oo uu diray lama akhrin.
}
message-away-heading = Maalmaha aad maqan tahay
message-away-none = Laguma calaamadeyn inaad maqan tahay.
message-away-until = Waad maqan tahay ilaa { $day }. Ilaa markaas, tababarayaasha kooxdaada ayaa akhrin kara fariimaha shaqo-doonnadaada oo ka jawaabi kara.
message-away-day = Maalinta ugu dambaysa ee maqnaanshaha
message-away-hint = Tusaale ahaan fasax ama fasax jirro. Ilaa dhammaadka maalintan, tababarayaasha kooxdaada ayaa akhrin kara fariimaha shaqo-doonnadaada oo ka jawaabi kara.
message-away-save = Kaydi
message-away-back = Waan soo laabtay
message-away-saved = Maalmaha aad maqan tahay waa la kaydiyay.
away-error-day = Maalinta ugu dambaysa ee maqnaanshaha u qor taariikh ahaan, tusaale ahaan 24.12.2026
away-error-past = Maalinta ugu dambaysa ee maqnaanshuhu ma noqon karto wakhti tagay
away-error-far = Maalinta ugu dambaysa ee maqnaanshuhu waa inay ku jirtaa hal sanad gudihiis laga bilaabo maanta
message-file-heading = Dir sawir ama PDF
message-file-choose = Sawir ama fayl PDF ah
message-file-hint = Sawir dukumenti ah (JPEG, PNG ama WebP) ama fayl PDF ah, ugu badnaan 10 MB. Askel wuxuu hubiyaa waxa faylku run ahaantii yahay, wuxuuna diraa oo keliya noocyadan.
message-file-words = Dhowr eray oo ku saabsan (tan waad ka tagi kartaa iyadoo bannaan)
message-file-send = Dir faylka
message-file-sent = Faylka waa la diray. Waa kan ugu dambeeya ee kor ku jira.
message-file-photo = sawir
message-file-pdf = PDF
message-file-link = { $name } ({ $kind }, { $size } MB)
message-error-file-missing = Dooro sawir ama fayl PDF ah oo aad dirayso
message-error-file-large = Dooro fayl aan ka badnayn 10 MB. Bog kasta waxaad u diri kartaa sawir gooni ah.
message-error-file-type = Dooro sawir (JPEG, PNG ama WebP) ama fayl PDF ah. Faylkani waa wax kale, magaciisu wuxuu doono ha sheegee.
message-error-file-too-many = Maanta waxaad dirtay 20 fayl, taas oo ah inta ugu badan ee hal maalin. Berri ayaad wax kale diri kartaa.
message-error-file-words-long = Faylka wax ka qor ugu badnaan 500 xaraf
message-live-on-phone = Taleefankaaga: waa la dirayaa marka internet jiro
message-live-sending = Waa la dirayaa…
message-live-sent = Waa la diray
message-live-refused = Lama dirin. Erayadaadu waxay dib ugu jiraan sanduuqa hoose.
message-live-sign-in = Mar kale soo gal, waana la dirayaa
message-live-new = { $count ->
    [one] Hal fariin oo cusub
   *[other] { $count } fariimood oo cusub
}
message-error-file-sent-before = Foomkan horay ayaa loo diray, fayl kale ama erayo kale ayaana ku jiray. Kor ka eeg wadahadalka. Si aad faylkan sidoo kale u dirto, mar kale dooro oo dir.
