### The coach's work with employers, and follow-along after someone starts work.

nav-employer-contacts = Xiriirka loo-shaqeeyayaasha
employers-contacts-link = Xiriirka loo-shaqeeyahan, oo diiwaangeli mid
account-employers-change = Sheeg haddii tababarahaagu loo-shaqeeyayaasha kaala hadli karo

## On a jobseeker's page in the coach's workspace
person-employers = Xiriirka loo-shaqeeyayaasha
person-employer-consent = Wuu oggolaaday inaad loo-shaqeeyayaasha kala hadasho (tan iyo { $day }).
person-employer-no-consent = Ma oggolaan inaad loo-shaqeeyayaasha kala hadasho. Waad diiwaangelin kartaa xiriirka loo-shaqeeyayaasha, laakiin ma sheegi kartid magaciisa. Wuxuu ku oggolaan karaa bogga “Akoonkayga”.
person-log-contact = Diiwaangeli xiriir loo-shaqeeye
person-follow-along = La-socodka shaqada
person-open-checkins = { $count ->
    [0] Hubin la samayn doono ma jirto.
    [one] Hal hubin ayaa la samayn doonaa.
   *[other] { $count } hubinood ayaa la samayn doonaa.
}
person-open-follow-along = Fur la-socodka shaqada
caseload-column-first-contact = Xiriirkii ugu horreeyay ee loo-shaqeeye
caseload-first-contact-late = In ka badan hal bil

## The log
contact-title = Xiriirka loo-shaqeeyayaasha
contact-intro = Xiriirka kooxdaadu la leedahay loo-shaqeeyayaasha, kuwa ugu cusub marka hore. Diiwaangeli xiriir kasta: markaas kooxdu way ogaanaysaa cidda ugu dambaysay ee la hadashay loo-shaqeeye. Qof magaciisa waxaad sheegi kartaa oo keliya marka uu oggolaaday, magacana adiga oo keliya ayaa arka.
contact-log-heading = Diiwaangeli xiriir
contact-logged = Xiriirka waa la diiwaangeliyay.
contact-latest = Xiriirradii ugu dambeeyay
contact-with-employer = Xiriirka { $employer }
contact-all = Dhammaan xiriirrada
contact-none = Weli xiriir lama diiwaangelin.
contact-employer = Loo-shaqeeye
contact-employer-hint = Loo-shaqeeyayaasha waxaa wadaaga adeegga oo dhan.
contact-employer-choose = Dooro loo-shaqeeye
contact-employer-add = Loo-shaqeeyuhu liiska kuma jiro? Ku dar bogga “Loo-shaqeeyayaasha”.
contact-day = Maalinta xiriirka
contact-how = Sidee
contact-how-visit = Booqasho goobta shaqada
contact-how-phone = Taleefan
contact-how-email = Iimayl
contact-how-meeting = Kulan meel kale ah
contact-how-event = Munaasabad
contact-person = Yaa looga hadlay
contact-person-hint = Waxaa liiska ku jira oo keliya dadka liiskaaga shaqo-doonnada ku jira ee oggolaaday inaad loo-shaqeeyayaasha kala hadasho.
contact-person-none = Qof gaar ah maya
contact-result = Maxaa ka soo baxay
contact-result-no-opening = Hadda shaqo bannaan ma jirto
contact-result-later = Mar dambe la xiriir
contact-result-opening = Shaqo bannaan ama hawl shaqo
contact-result-interview = Wareysi shaqo
contact-result-work-trial = Tijaabo shaqo
contact-result-hired = Waa la shaqaaleysiiyay
contact-note = Qoraal (haddii aad rabto)
contact-note-hint = Waxa lagu heshiiyay, iyo waxa xiga. Ha qorin caafimaad ama xog kale oo xasaasi ah.
contact-save = Diiwaangeli xiriirka
contact-by = waxaa sameeyay { $name }
contact-about = Ku saabsan:
contact-about-someone = Qof ku jira liis tababare kale.
contact-rapid-after = { $days ->
    [one] hal maalin kadib
   *[other] { $days } maalmood kadib
}
contact-rapid-none-yet = weli ma jiro (maalinta { $days })
contact-error-employer = Ka dooro loo-shaqeeye liiska
contact-error-day = Qor maalinta xiriirka, tusaale ahaan 3.12.2026
contact-error-day-future = Maalinta xiriirku ma noqon karto mustaqbalka
contact-error-day-old = Maalinta xiriirku waa inay ku jirtaa 12-kii bilood ee la soo dhaafay
contact-error-how = Dooro sida xiriirka loo sameeyay
contact-error-result = Dooro waxa ka soo baxay xiriirka
contact-error-person = Ka dooro qof liiska: waa inuu ku jiraa liiskaaga shaqo-doonnada oo uu oggolaaday
contact-error-note-long = Qoraalku waa inuu ahaadaa 1,000 xaraf ama ka yar

## The jobseeker's consent
contact-consent-title = Tababarahaaga iyo loo-shaqeeyayaasha
contact-consent-intro = Tababarahaagu wuxuu kula raadiyaa shaqo, wuxuuna la hadlaa loo-shaqeeyayaasha. Tababarahaagu ma loo-shaqeeyayaasha kaala hadli karaa?
contact-consent-what = Haddii aad haa tiraahdo, tababarahaagu wuxuu loo-shaqeeye u sheegi karaa magacaaga iyo waxa aad qaban karto.
contact-consent-not = Tababarahaagu uma sheego caafimaadkaaga ama xaaladda noloshaada.
contact-consent-back = Jawaabtaada halkan ayaad ka beddeli kartaa wakhti kasta. Askel wuxuu diiwaangeliyaa goorta aad haa tiri iyo goorta aad ka noqotay.
contact-consent-given = Haa ayaad tiri (tan iyo { $day }).
contact-consent-not-given = Haa ma aadan oran.
contact-consent-question = Tababarahaagu ma loo-shaqeeyayaasha kaala hadli karaa?
contact-consent-yes = Haa
contact-consent-no = Maya
contact-consent-save = Kaydi
contact-consent-saved = Jawaabtaada waa la kaydiyay.
contact-consent-error = Dooro haa ama maya

## Follow-along check-ins
checkin-kind-week = Hal toddobaad
checkin-kind-month = Hal bil
checkin-kind-three-months = Saddex bilood
checkin-kind-agreed = Hubin lagu heshiiyay
checkin-title = { $kind }: { $day }
checkin-due-heading = Hubinaha la-socodka ee la samayn doono
checkin-late = Wuu dib u dhacay
checkin-page-title = La-socodka shaqada: { $name }
checkin-intro = Marka qof shaqo bilaabo, la xiriir si aad u hubiso sida uu u joogo, iyo haddii uu oggolaado, loo-shaqeeyihiisa: hal toddobaad, hal bil iyo saddex bilood kadib, kadibna sida aad ku heshiisaan. Mid kasta qoraal gaaban ka qor.
checkin-none = Hubin ma jirto. Waxay imanayaan marka aad diiwaangeliso in qofku shaqo helay.
checkin-saved = Hubinta waa la kaydiyay.
checkin-agreed = Hubinta waa lagu daray.
checkin-agree-heading = Ku heshiiya hubin kale
checkin-agree-day = Maalin
checkin-agree-save = Ku dar hubinta
checkin-done-by = Waa la sameeyay { $day }, waxaa sameeyay { $name }
checkin-done = Waa la sameeyay { $day }
checkin-note = Sidee bay u dhacday
checkin-note-hint = Sida shaqadu u socoto, iyo taageero kasta oo lagu heshiiyay. Ha qorin caafimaad ama xog kale oo xasaasi ah.
checkin-save = Kaydi hubinta
checkin-write = Qor hubintan
checkin-error-note = Qor sida hubintu u dhacday
checkin-error-note-long = Qoraalku waa inuu ahaadaa 1,000 xaraf ama ka yar
checkin-error-day = Qor maalinta, tusaale ahaan 15.1.2027
checkin-error-day-past = Maalintu ma noqon karto wakhti tagay
checkin-error-day-far = Maalintu waa inay ku jirtaa hal sanad gudihiis
