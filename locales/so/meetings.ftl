### Meetings between a jobseeker and their coach.

nav-meetings = Kulamada
person-meetings = Kulamada
person-open-meetings = Fur kulamada

## The jobseeker's page
meeting-my-title = Kulamada
meeting-yours = Kulamadaada
meeting-none-booked = Ma lihid kulan la qabsaday.
meeting-no-coach = Weli Askel tababare shaqo kuma lihid. Marka aad tababare hesho, halkan ayaad kulan kula qabsan kartaa.
meeting-with-coach = Waxaad la kulmaysaa tababarahaaga { $name }
meeting-move = U wareeji wakhti kale
meeting-cancel = Jooji kulanka { $when }
meeting-cancel-question = Ma joojinaysaa kulankan? Wakhtigu wuu u bannaanaanayaa dadka kale.
meeting-cancel-confirm = Haa, jooji kulanka
meeting-free-heading = Wakhtiyada bannaan ee { $name }
meeting-move-heading = Dooro wakhti cusub kulankaaga { $when }
meeting-no-free-times = Tababarahaagu wakhti bannaan ma laha afarta toddobaad ee soo socda. Waxaad wax ugu qori kartaa bogga “Fariimaha”.
meeting-book = Qabso { $time }
meeting-move-here = U wareeji { $time }
meeting-booked = Kulankaaga waa la qabsaday. Waxaad helaysaa iimayl ku saabsan. Waxaad sidoo kale helaysaa xasuusin maalinta ka horreysa iyo laba saacadood ka hor.
meeting-cancelled = Kulankaaga waa la joojiyay.
meeting-add-to-calendar = Ku dar jadwalkayga
meeting-weekday-1 = Isniin
meeting-weekday-2 = Talaado
meeting-weekday-3 = Arbaco
meeting-weekday-4 = Khamiis
meeting-weekday-5 = Jimce
meeting-weekday-6 = Sabti
meeting-weekday-7 = Axad
meeting-mode-in-person = Kulan fool ka fool ah (cinwaan)
meeting-mode-phone = Wicitaan taleefan
meeting-mode-video = Wicitaan fiidiyow

## The coach's calendar
meeting-coach-title = Kulamada
meeting-weeks = Toddobaadyo
meeting-days = Maalmo
meeting-week-range = Toddobaadka { $from } ilaa { $until }
meeting-week-empty = Toddobaadkan wakhti kuma lihid.
meeting-previous-week = Toddobaadkii hore
meeting-next-week = Toddobaadka xiga
meeting-previous-day = Maalintii hore
meeting-next-day = Maalinta xigta
meeting-whole-week = Toddobaadka oo dhan
meeting-today = Wakhtiyada maanta
meeting-day-empty = Maalintan wakhti kuma lihid.
meeting-free = Bannaan
meeting-remove = Ka saar wakhtiga { $time }
meeting-remove-booked = Jooji kulanka saacadda { $time }
meeting-remove-question = Ma ka saaraysaa wakhtigan bannaan?
meeting-remove-booked-question = Ma joojinaysaa kulankan? Shaqo-doonka waxaa loogu sheegayaa iimayl.
meeting-remove-confirm = Haa, ka saar { $time }
meeting-removed = Wakhtiga waa la saaray.
meeting-offer-heading = Bixi wakhtiyo bannaan
meeting-offered = Wakhtiyada waa lagu daray. Shaqo-doonnada liiskaaga ku jira hadda way qabsan karaan.
meeting-day = Maalin
meeting-day-hint = Tusaale ahaan 7.12.2026
meeting-start = Wakhtiga ugu horreeya wuxuu bilaabmaa
meeting-start-hint = Tusaale ahaan 9.00
meeting-length = Muddada hal wakhti
meeting-minutes = { $minutes } daqiiqo
meeting-count = Immisa wakhti oo isku xiga
meeting-count-hint = Laga bilaabo 1 ilaa { $max }. Wakhtiyadu way isku xigaan, nasasho la'aan.
meeting-mode = Sidee u kulmaysaan
meeting-place = Cinwaan, link fiidiyow ama qoraal
meeting-place-hint = Cinwaanka waddada, ama linkiga fiidiyowga (https://…). Wicitaan taleefan, tan waad ka tagi kartaa iyadoo bannaan, ama sheeg cidda wacaysa.
meeting-offer = Ku dar wakhtiyada

## One jobseeker's meetings, for their coach
meeting-person-title = Kulamada { $name }
meeting-coming = Kulamada soo socda
meeting-person-none = Kulan lama qabsan.
meeting-book-for-heading = U qabso wakhti { $name }
meeting-book-for-hint = Kuwani waa wakhtiyadaada bannaan. Waxaa loogu sheegayaa iimayl.
meeting-book-for = Qabso { $time }
meeting-booked-for = Kulanka waa la qabsaday. Waxaa loogu sheegayaa iimayl.
meeting-held = Kulamadii la qabtay
meeting-outcome = Waxa kulanka ka soo baxay
meeting-outcome-none = Weli waxba lama qorin.
meeting-outcome-write = Qor waxa ka soo baxay
meeting-next-step = Tallaabada xigta ee qorshihiisa (haddii aad rabto)
meeting-next-step-hint = Waxaa lagu darayaa qorshihiisa shaqo-helidda, sida tallaabo uu isagu qaado.
meeting-outcome-save = Kaydi
meeting-outcome-saved = Waa la kaydiyay.

## Problems
meeting-error-no-coach = Weli tababare ma lihid, sidaas darteed ma jiro wakhti aad qabsato.
meeting-error-cannot-move = Kulankaas mar dambe lama wareejin karo. Kor ka eeg kulamadaada.
meeting-error-have-one = Horay ayaad kulan u qabsatay. Si aad wakhtiga u beddesho, dooro “U wareeji wakhti kale”.
meeting-error-taken = Qof ayaa wakhtigan qabsaday hadda. Dooro wakhti kale.
meeting-error-overlap-own = Wakhtigan horay ayaad kulan ugu leedahay. Dooro wakhti kale.
meeting-error-overlap = Horay ayaad u leedahay wakhti isku mar ah kuwan. Dooro bilow kale ama wakhtiyo ka yar.
meeting-error-day = Qor maalinta, tusaale ahaan 7.12.2026
meeting-error-start = Qor wakhtiga bilowga, tusaale ahaan 9.00
meeting-error-length = Dooro muddada hal wakhti
meeting-error-count = Qor immisa wakhti, laga bilaabo 1 ilaa 8
meeting-error-mode = Dooro sida aad u kulmaysaan
meeting-error-place = Qor cinwaanka ama linkiga fiidiyowga
meeting-error-place-long = Cinwaanka ama linkiga ku qor ugu badnaan 300 xaraf
meeting-error-video-link = Qor linkiga fiidiyowga, oo ku bilaabma https://
meeting-error-time-skipped = Saacaddaas ma jirto maalintaas, sababtoo ah saacadaha ayaa hore loo dhaqaajiyaa. Dooro wakhti kale.
meeting-error-past = Wakhtigaas wuu dhaafay. Dooro wakhti soo socda.
meeting-error-outcome = Qor waxa kulanka ka soo baxay
meeting-error-outcome-long = Waxa ka soo baxay ku qor ugu badnaan 2000 xaraf

## Calendar file and emails
meeting-calendar-title = Kulan aad la leedahay tababarahaaga { $name }
meeting-calendar-title-coach = Kulan aad la leedahay { $name }
meeting-email-booked-subject = Kulanka aad la leedahay tababarahaaga waa la qabsaday
meeting-email-booked-by-coach-subject = Tababarahaagu kulan ayuu kuu qabsaday
meeting-email-reminder-subject = Xasuusin: kulan aad la leedahay tababarahaaga
meeting-email-booked-body = Kulanka aad la leedahay tababarahaaga waa { $day } saacadda { $time }.

    { $place }

    Si aad u aragto, u wareejiso ama u joojiso, soo gal: { $link }
meeting-email-cancelled-subject = Kulanka aad la lahayd tababarahaaga waa la joojiyay
meeting-email-cancelled-body = Tababarahaagu wuu joojiyay kulankaagii { $day } saacadda { $time }.

    Waxaad qabsan kartaa wakhti cusub: { $link }

meeting-sms-booked = Askel: kulanka aad la leedahay tababarahaaga waa { $day } saacadda { $time }. { $link }
meeting-sms-booked-by-coach = Askel: tababarahaagu wuxuu kuu qabsaday kulan { $day } saacadda { $time }. { $link }
meeting-sms-reminder = Askel xasuusin: kulan aad la leedahay tababarahaaga { $day } saacadda { $time }. { $link }
meeting-sms-cancelled = Askel: tababarahaagu wuu joojiyay kulankaagii { $day } saacadda { $time }. Waxaad qabsan kartaa wakhti cusub: { $link }
meeting-error-overlap-theirs = Wakhtigan horay ayuu kulan ugu leeyahay. Dooro wakhti kale.
meeting-error-far = Bixi wakhtiyo aan ka fogayn hal sanad.
meeting-calendar-title-free = Wakhti bannaan Askel
meeting-no-free-times-coach = Wakhti bannaan ma lihid afarta toddobaad ee soo socda.
