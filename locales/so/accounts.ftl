## Signing in and out, joining with a code, the account page, invitation codes.

sign-in-title = Soo gal
sign-in-heading = Soo gal Askel
sign-in-contact-label = Iimayl ama lambar taleefan
sign-in-contact-hint = Isticmaal kii aad bixisay markii aad ku biirtay.
sign-in-password-label = Erayga sirta ah
sign-in-submit = Soo gal
sign-in-forgot-link = Ma ilowday eraygaaga sirta ah?
sign-in-new-heading = Ma ku cusub tahay Askel?
sign-in-new-body = Si aad ugu biirto, waxaad u baahan tahay koodh martiqaad oo ka yimid tababarahaaga shaqada.
sign-in-join-link = Ku biir adoo isticmaalaya koodh martiqaad
sign-in-error-contact-missing = Qor iimaylkaaga ama lambarka taleefankaaga.
sign-in-error-password-missing = Qor eraygaaga sirta ah.
sign-in-error-wrong = Iimaylka, lambarka taleefanka ama erayga sirta ah waa khalad. Hubi oo isku day mar kale.

sign-out-button = Ka bax
signed-out-title = Waad ka baxday
signed-out-body = Waad ku mahadsan tahay inaad isticmaashay Askel. Haddii aad isticmaalayso kombiyuutar dad kale la wadaagaan, hadda waad xiri kartaa biraawsarka.
signed-out-sign-in-link = Mar kale soo gal

join-title = Ku biir Askel
join-heading = Ku biir Askel
join-intro = Tababarahaaga shaqada wuxuu ku siiyay koodh martiqaad. Koodhkaas ayaad ku samayn kartaa akoon adiga kuu gaar ah.
join-code-label = Koodhka martiqaadka
join-code-hint = Tusaale ahaan K7M-4PX-Q9R. Xarfaha yaryar iyo meelaha bannaan dhib ma leh.
join-name-label = Magacaaga
join-name-hint = Magaca aan ku isticmaalno markaan kula hadalno. Wuxuu noqon karaa magacaaga koowaad oo keliya.
join-contact-label = Iimayl ama lambar taleefan
join-contact-hint = Kan ayaad ku soo geli doontaa. Waxaan u isticmaalnaa oo keliya fariimaha ku saabsan Askel.
join-password-label = Samee eray sir ah
join-password-hint = Ugu yaraan 8 xaraf. Dhowr eray oo isku xiran way fudud yihiin in la xasuusto, wayna adag yihiin in la qiyaaso.
join-locale-legend = Luqadda Askel iyo fariimahayaga
join-optional-heading = Su'aalo aan qasab ahayn
join-optional-why = Kuwan waad ka tagi kartaa iyagoo bannaan. Jawaabaha waxaan u isticmaalnaa oo keliya tirakoob aan magac lahayn oo ku saabsan dadka uu adeeggu caawiyo. Qofna laguma sheego magaciisa tirakoobka.
join-birth-year-label = Sanadka dhalashada (haddii aad rabto)
join-birth-year-hint = Tusaale ahaan 1985.
join-gender-legend = Jinsiga (haddii aad rabto)
join-gender-female = Haweeney
join-gender-male = Nin
join-gender-other = Kale
join-gender-unsaid = Ma rabo inaan sheego
join-submit = Samee akoonkayga
join-have-account = Horay ma u leedahay akoon?
join-sign-in-link = Soo gal
join-error-code-missing = Qor koodhka martiqaadka ee ka yimid tababarahaaga shaqada.
join-error-code-wrong = Ma aanan garan koodhkan. Hubi oo isku day mar kale, ama weydii tababarahaaga shaqada.
join-error-code-expired = Koodhkan wakhtigiisii wuu dhacay ama horay ayaa loo isticmaalay. Tababarahaaga shaqada ka codso koodh cusub.
join-neutral = Mahadsanid. Haddii xogtan akoon cusub lagu samayn karay, hadda waad soo geli kartaa. Haddii aad horay u leedahay akoon Askel, ku soo gal. Ma ilowday eraygaaga sirta ah? Codso mid cusub, ama tababarahaaga shaqada ka codso koodh soo-galid.
join-holder-email-subject = Qof ayaa isku dayay inuu Askel ku biiro isagoo isticmaalaya cinwaankaaga
join-holder-email-body =
    Salaan,

    Qof ayaa isku dayay inuu cinwaankan iimaylka ku sameeyo akoon cusub oo Askel ah. Horay ayaad akoon ugu leedahay cinwaankan, sidaas darteed akoon cusub lama samayn.

    Haddii uu adiga ahaa, halkan ka soo gal: { $sign_in }
    Ma ilowday eraygaaga sirta ah? Halkan ka codso mid cusub: { $forgot }

    Haddii uusan adiga ahayn, waxba uma baahnid inaad samayso.
join-error-birth-year-invalid = Sanadka dhalashadaada ku qor afar lambar, tusaale ahaan 1985, ama ka tag isagoo bannaan.
join-error-gender-invalid = Dooro mid ka mid ah jawaabaha.

account-error-name-missing = Qor magacaaga.
account-error-name-too-long = Magacaagu wuxuu noqon karaa ugu badnaan 100 xaraf.
account-error-contact-missing = Qor iimaylkaaga ama lambarka taleefankaaga.
account-error-contact-invalid = Qor cinwaan iimayl sida name@example.com ama lambar taleefan sida 040 123 4567.
account-error-contact-taken = Iimaylkan ama lambarkan taleefanka horay ayaa akoon loogu sameeyay. Taa beddelkeeda soo gal, ama isticmaal mid kale.

password-error-too-short = Eraygaaga sirta ahi waa inuu noqdaa ugu yaraan 8 xaraf.
password-error-too-long = Eraygaaga sirta ahi wuxuu noqon karaa ugu badnaan 200 xaraf.
password-error-common = Erayga sirta ah aad buu u caan yahay, si fududna waa loo qiyaasi karaa. Dooro mid kale.

account-title = Akoonkayga
account-heading = Akoonkayga
account-welcome = Ku soo dhawoow Askel! Akoonkaagu waa diyaar.
account-name = Magac
account-role = Door

invitations-title = Koodhadhka martiqaadka
invitations-heading = Koodhadhka martiqaadka
invitations-intro = Samee koodh loogu talagalay shaqo-doon cusub. Marka uu koodhka ku biiro, wuxuu galayaa liiskaaga shaqo-doonnada. Koodh kastaa hal mar oo keliya ayuu shaqeeyaa.
invitations-slip-heading = Martiqaadkaaga Askel
invitations-slip-step-address = Taleefankaaga ama kombiyuutar ku fur { $address }.
invitations-slip-step-code = Qor koodhka kor ku qoran.
invitations-slip-step-account = Dooro magac iyo eray sir ah. Markaas waad bilaabi kartaa.
invitations-slip-expires = Koodhku hal mar ayuu shaqeeyaa, { $days } maalmood gudahood. Haddii wakhtigiisu dhacay, tababarahaaga shaqada ka codso koodh cusub.
invitations-language = Luqadda warqadda
invitations-language-hint = Dooro luqadda uu shaqo-doonku sida ugu fiican u akhriyo.
invitations-print-hint = Warqadda ka daabac liiska biraawsarkaaga, ama koodhka ku koobiyee fariin SMS ah.
invitations-create = Samee koodh martiqaad
# $days is how many days the code works; $address is the join page.

forgot-title = Ma ilowday eraygaaga sirta ah?
forgot-intro = Qor cinwaanka iimaylka ee akoonkaaga. Waxaan kuu soo diraynaa link aad ku dejiso eray sir ah oo cusub. Linkigu wuxuu shaqeeyaa hal saac.
forgot-no-email = Iimayl ma lihid, mise ma geli kartid? Tababarahaaga shaqada ka codso koodh hal mar shaqeeya, kuna deji eray sir ah oo cusub.
forgot-email-label = Cinwaanka iimaylka
forgot-submit = Dir linkiga
forgot-sent = Haddii akoon leeyahay cinwaankan iimaylka, waxaan u dirnay link. Eeg iimaylkaaga, iyo sidoo kale galka spam-ka.
forgot-error-email-invalid = Qor cinwaan iimayl sida name@example.com.

new-password-title = Deji eray sir ah oo cusub
new-password-code-label = Koodh
new-password-code-hint = Koodhka ku jira linkiga iimaylkaaga ama kan ka yimid tababarahaaga shaqada, tusaale ahaan K7M-4PX-Q9R.
new-password-label = Eray sir ah oo cusub
new-password-submit = Kaydi erayga sirta ah ee cusub
new-password-done = Eraygaaga sirta ah waa la beddelay. Ku soo gal eraygaaga sirta ah ee cusub.
new-password-error-code-missing = Qor koodhka ka yimid iimaylkaaga ama tababarahaaga shaqada.
new-password-error-code-wrong = Ma aanan garan koodhkan. Hubi oo isku day mar kale.
new-password-error-code-expired = Koodhkan wakhtigiisii wuu dhacay ama horay ayaa loo isticmaalay. Codso mid cusub.

reset-email-subject = Deji eray sir ah oo cusub oo Askel ah
# $link is the one-time address; $minutes how long it works.
reset-email-body =
    Salaan,

    Qof ayaa codsaday in eray sir ah oo cusub loo dejiyo akoonkaaga Askel. Haddii uu adiga ahaa, fur linkigan { $minutes } daqiiqo gudahood:

    { $link }

    Haddii uusan adiga ahayn, waxba uma baahnid inaad samayso. Eraygaaga sirta ah isma beddelin.

    Askel
notice-password-subject = Eraygaaga sirta ah ee Askel waa la beddelay
notice-password-body =
    Salaan,

    Erayga sirta ah ee akoonkaaga Askel hadda ayaa la beddelay.

    Haddii uu adiga ahaa, waxba uma baahnid inaad samayso.

    Haddii uusan adiga ahayn, waxaa laga yaabaa in qof kale isticmaalayo akoonkaaga. Halkan ka codso eray sir ah oo cusub: { $forgot }
    Ama tababarahaaga shaqada ka codso caawimaad.
notice-contact-subject = Xogta aad Askel ku soo gasho waa la beddelay
notice-contact-body =
    Salaan,

    Cinwaanka iimaylka ama lambarka taleefanka aad Askel ku soo gasho hadda ayaa la beddelay. Fariintan waxay u socotaa cinwaankii uu akoonku hore u lahaa.

    Haddii uu adiga ahaa, waxba uma baahnid inaad samayso.

    Haddii uusan adiga ahayn, waxaa laga yaabaa in qof kale isticmaalayo akoonkaaga. Isla markiiba tababarahaaga shaqada ka codso caawimaad.
notice-reset-subject = Eray sir ah oo cusub ayaa loo dejiyay Askel
notice-reset-body =
    Salaan,

    Eray sir ah oo cusub ayaa hadda loo dejiyay akoonkaaga Askel. Waxaa la isticmaalay link dib-u-dejin ah ama koodh ka yimid tababarahaaga shaqada.

    Haddii uu adiga ahaa, waxba uma baahnid inaad samayso.

    Haddii uusan adiga ahayn, halkan ka codso eray sir ah oo cusub: { $forgot }
    Oo u sheeg tababarahaaga shaqada.
