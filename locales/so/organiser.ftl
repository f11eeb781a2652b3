# Organisers: their events, the event form, attendees and check-in at the door.

nav-organiser-events = Munaasabadahayga

organiser-events-title = Munaasabadahayga
organiser-create = Samee munaasabad
organiser-events-none = Weli munaasabad ma lihid. Samee mid: waxay ahaanaysaa qabyo adiga oo keliya aad aragto, ilaa aad faafiso.
organiser-events-caption = Munaasabadahaaga, kuwa soo socda marka hore
organiser-column-event = Munaasabad
organiser-column-when = Goorma
organiser-column-status = Xaaladda
organiser-column-confirmed = Is-diiwaangeliyay
organiser-column-waiting = Liiska sugitaanka

organiser-status-draft = Qabyo (shaqo-doonnadu ma arkaan)
organiser-status-published = La faafiyay
organiser-status-cancelled = La joojiyay
organiser-standing-confirmed = Boos ayuu leeyahay
organiser-standing-waiting = Wuxuu ku jiraa liiska sugitaanka

organiser-new-title = Samee munaasabad
organiser-edit-title = Beddel munaasabadda
organiser-back-to-event = Ku laabo munaasabadda
organiser-form-intro = Si fudud u qor: akhristayaal badan weli af-Finnish ayay baranayaan. Meelaha aan lahayn "(haddii aad rabto)" waa qasab. Marka aad kaydiso, munaasabaddu waxay ahaanaysaa qabyo ilaa aad faafiso.
organiser-choose = Dooro…
organiser-section-about = Munaasabadda ku saabsan
organiser-title-fi = Magaca munaasabadda ee af-Finnish
organiser-description-fi = Sharaxaadda af-Finnish
organiser-employer = Loo-shaqeeyaha ama qabanqaabiyaha
organiser-section-translations = Af-Iswiidhish iyo af-Ingiriisi (haddii aad rabto)
organiser-translations-hint = Haddii aad luqad ku qorto magac, isla luqaddaas ku qor sharaxaadda. Akhristaha luqaddiisa aan turjumaad lahayn wuxuu arkaa qoraalka af-Finnish.
organiser-title-sv = Magaca af-Iswiidhish (haddii aad rabto)
organiser-description-sv = Sharaxaadda af-Iswiidhish (haddii aad rabto)
organiser-title-en = Magaca af-Ingiriisi (haddii aad rabto)
organiser-description-en = Sharaxaadda af-Ingiriisi (haddii aad rabto)
organiser-section-when = Goorma
organiser-date = Taariikhda
organiser-start = Wuxuu bilaabmaa saacadda
organiser-end = Wuxuu dhammaanayaa saacadda
organiser-time-hint = Wakhtiga Finland, tusaale ahaan 9:30
organiser-deadline-date = Maalinta ugu dambaysa ee is-diiwaangelinta
organiser-deadline-time = Is-diiwaangelintu waxay xirmaysaa saacadda (haddii aad rabto)
organiser-deadline-time-hint = Wakhtiga Finland. Haddii aadan saacad qorin, is-diiwaangelintu waxay xirmaysaa marka maalintu dhammaato.
organiser-section-where = Xagee
organiser-address = Cinwaanka waddada (goob ahaan)
organiser-directions = Sida loo tago (haddii aad rabto)
organiser-online-url = Linkiga munaasabadda online-ka ah
organiser-online-url-hint = Link ku bilaabma https://
organiser-access-legend = Goobta munaasabadda waxaa ku jira (calaamadee dhammaan kuwa saxda ah)
organiser-access-notes = Wax dheeraad ah oo ku saabsan gelitaanka dadka naafada ah (haddii aad rabto)
organiser-section-seats = Kuraasta
organiser-seating-legend = Dadku sidee bay u is-diiwaangeliyaan?
organiser-seating-seats = Kuraas: qof kastaa munaasabadda oo dhan ayuu imanayaa
organiser-seating-slots = Wakhtiyo: qof kastaa wakhti ayuu qabsadaa, tusaale ahaan wareysi degdeg ah
organiser-capacity = Tirada kuraasta
organiser-capacity-hint = Haddii aad dooratay kuraas. Marka kuraasta oo dhan la qaato, dadku waxay ku biiri karaan liiska sugitaanka.
organiser-slot-minutes = Dhererka hal wakhti, daqiiqado
organiser-slot-minutes-hint = Haddii aad dooratay wakhtiyo. Wakhtiyadu midba midka kale ayuu xigaa, laga bilaabo bilowga ilaa dhammaadka.
organiser-slot-seats = Tirada dadka hal wakhti
organiser-slot-seats-hint = Haddii aad dooratay wakhtiyo. Tusaale ahaan 1, haddii uu yahay wareysi laba qof oo keliya.
organiser-section-questions = Su'aalo loogu talagalay dadka is-diiwaangeliya (haddii aad rabto)
organiser-questions-hint = Ugu badnaan saddex su'aalood oo gaagaaban, tusaale ahaan "Shaqadee ayaad xiiseynaysaa?". Dadku qasab kuma aha inay ka jawaabaan.
organiser-question-legend = Su'aasha { $number }
organiser-question-fi = Af-Finnish
organiser-question-sv = Af-Iswiidhish (haddii aad rabto)
organiser-question-en = Af-Ingiriisi (haddii aad rabto)
organiser-save-draft = U kaydi qabyo ahaan
organiser-save = Kaydi isbeddellada

organiser-error-title-fi = Qor magaca munaasabadda ee af-Finnish
organiser-error-description-fi = Qor sharaxaadda af-Finnish
organiser-error-translation-pair = Luqaddan ku qor magaca iyo sharaxaadda labadaba, ama labadaba ka tag iyagoo bannaan
organiser-error-too-long = Qoraalkani aad buu u dheer yahay: soo gaabi
organiser-error-employer = Qor loo-shaqeeyaha ama qabanqaabiyaha
organiser-error-sector = Dooro qaybta shaqada
organiser-error-kind = Dooro nooca munaasabadda
organiser-error-date = Taariikhda u qor maalin, bil iyo sanad, tusaale ahaan 28.3.2027
organiser-error-date-past = Munaasabaddu waa inay mustaqbalka ahaataa: dooro maalin soo socota
organiser-error-start = Wakhtiga bilowga u qor saacado iyo daqiiqado, tusaale ahaan 9:30
organiser-error-end = Wakhtiga dhammaadka u qor saacado iyo daqiiqado, tusaale ahaan 12:00
organiser-error-end-before-start = Wakhtiga dhammaadku waa inuu ka dambeeyaa wakhtiga bilowga
organiser-error-time-skipped = Saacaddani kuma jirto maalintaas: saacadaha waxaa hore loogu wareejiyaa hal saac. Dooro wakhti kale
organiser-error-deadline = Qor maalinta ugu dambaysa ee is-diiwaangelinta, tusaale ahaan 27.3.2027
organiser-error-deadline-time = Wakhtiga u qor saacado iyo daqiiqado, tusaale ahaan 16:00
organiser-error-deadline-after-start = Is-diiwaangelintu waa inay xirantaa ka hor inta aysan munaasabaddu bilaabmin
organiser-error-format = Dooro goob ahaan ama online
organiser-error-address = Qor cinwaanka waddada
organiser-error-online-url = Qor link ku bilaabma https://
organiser-error-languages = Calaamadee ugu yaraan hal luqad oo munaasabadda lagaga hadlo
organiser-error-capacity = Qor tirada kuraasta, inta u dhexaysa 1 iyo 100000
organiser-error-capacity-below-taken = Dad ka badan tiradan ayaa horay boos u helay: tirada kuraastu kama yaraan karto boosaska la qaatay
organiser-error-slot-minutes = Qor dhererka wakhtiga oo daqiiqado ah, inta u dhexaysa 5 iyo 240
organiser-error-slot-seats = Qor tirada dadka hal wakhti, inta u dhexaysa 1 iyo 100
organiser-error-slots-fit = Bilowga iyo dhammaadka waa inay u dhexeeyaan ugu yaraan hal wakhti, ugu badnaanna 200
organiser-error-slots-booked = Dad ayaa horay wakhtiyo u qabsaday: saacadaha iyo wakhtiyada hadda lama beddeli karo. Haddii ay qasab tahay, jooji munaasabadda oo samee mid cusub
organiser-error-question-fi = Su'aasha sidoo kale ku qor af-Finnish
organiser-error-cancelled = Munaasabaddan waa la joojiyay, lamana beddeli karo
organiser-error-not-draft = Munaasabaddan horay ayaa loo faafiyay
organiser-error-cancel-confirm = Calaamadee sanduuqa si aad u xaqiijiso inaad rabto inaad joojiso munaasabadda

organiser-counts = { $confirmed } boos leh, { $waiting } ku jira liiska sugitaanka
organiser-edit-link = Beddel munaasabadda
organiser-draft-title = Munaasabaddani waa qabyo
organiser-draft-hint = Shaqo-doonnadu weli ma arki karaan. Hubi xogta, kadibna faafi.
organiser-publish = Faafi munaasabadda
organiser-published = Munaasabadda waa la faafiyay: shaqo-doonnadu hadda way heli karaan oo is-diiwaangelin karaan.
organiser-cancelled-notice = Munaasabaddan waa la joojiyay. Qof kasta oo is-diiwaangeliyay waxaa loogu sheegay iimayl.

organiser-attendees-title = Dadka is-diiwaangeliyay
organiser-arrived-count = { $arrived } ka mid ah { $confirmed } ayaa yimid
organiser-search-label = Qof ku raadi magaciisa
organiser-search-button = Raadi
organiser-search-found = { $count ->
    [0] Qofna lagama helin “{ $search }”.
    [one] 1 qof ayaa laga helay “{ $search }”.
   *[other] { $count } qof ayaa laga helay “{ $search }”.
}
organiser-search-clear = Muuji dhammaan
organiser-attendees-none = Weli qofna ma is-diiwaangelin.
organiser-arrived = Wuu yimid
organiser-mark-arrived = Calaamadee inuu yimid
organiser-undo-arrival = Ka saar calaamadda imaanshaha
organiser-csv-link = Soo deji liiska (CSV)
organiser-privacy-hint = Cinwaanka iimaylka iyo lambarka taleefanka waxaa la muujiyaa oo keliya dadka oggolaaday in la wadaago. Liiska si ammaan ah u hay, kana tirtir munaasabadda kadib.
organiser-attendee-name = Magac
organiser-attendee-standing = Booska
organiser-attendee-slot = Wakhtiga
organiser-attendee-email = Iimayl
organiser-attendee-phone = Taleefan
organiser-attendee-checked-in = Wuu yimid
organiser-yes = Haa

organiser-cancel-title = Jooji munaasabadda
organiser-cancel-hint = Qof kasta oo is-diiwaangeliyay ama ku jira liiska sugitaanka wuxuu helayaa iimayl sheegaya in munaasabadda la joojiyay. Tan dib looma celin karo.
organiser-cancel-confirm = Haa, jooji munaasabaddan oo u sheeg qof kasta
organiser-cancel-button = Jooji munaasabadda
organiser-matching-skills = Xirfadaha ay shaqooyinka munaasabaddani weydiinayaan: { $skills }
