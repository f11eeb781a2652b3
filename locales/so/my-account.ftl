# My account: one's own details, language, password, data and leaving.

account-details-saved = Xogtaada waa la kaydiyay.
account-language-saved = Luqaddaada waa la kaydiyay.
account-password-saved = Eraygaaga sirta ah waa la beddelay. Qalabkaaga kale waad ka baxday.
account-back = Ku laabo Akoonkayga
account-not-given = Lama bixin
account-coach = Tababarahaaga shaqada
account-email = Cinwaanka iimaylka
account-phone = Lambarka taleefanka
account-details-heading = Xogtaada
account-change-details = Beddel xogtaada
account-language-heading = Luqad
account-language-now = Askel iyo fariimaha aan kuu dirno waxay ku qoran yihiin:
account-change-language = Beddel luqadda
account-password-heading = Erayga sirta ah
account-change-password = Beddel eraygaaga sirta ah
account-data-heading = Xogtaada kaydsan
account-data-intro = Wax kasta oo Askel kaa kaydiyay waxaad u soo dejisan kartaa fayl ahaan. Faylku wuxuu sidoo kale muujinayaa cidda eegtay xogtaada iyo goorta.
account-data-download = Soo deji xogtayda (fayl JSON ah)
account-delete-heading = Tirtir akoonkaaga
account-delete-intro = Haddii aadan mar dambe rabin inaad isticmaasho Askel, waxaad tirtiri kartaa akoonkaaga iyo xogtaada.
account-delete-link = Tirtir akoonkayga

account-error-email-invalid = Qor cinwaan iimayl sida name@example.com, ama ka tag isagoo bannaan.
account-error-phone-invalid = Qor lambar taleefan sida 040 123 4567, ama ka tag isagoo bannaan.
account-error-contact-none = Qor cinwaan iimayl ama lambar taleefan. Mid ka mid ah ayaad u baahan tahay si aad u soo gasho.
account-error-language-missing = Dooro luqad.
account-error-current-password-missing = Qor eraygaaga sirta ah ee hadda.
account-error-current-password-wrong = Eraygaaga sirta ah ee hadda waa khalad. Hubi oo isku day mar kale.

details-title = Beddel xogtaada
details-contact-intro = Waxaad ku soo gashaa cinwaankaaga iimaylka ama lambarkaaga taleefanka. Bixi ugu yaraan mid ka mid ah.
details-phone-hint = Tusaale ahaan 040 123 4567.
details-password-hint = Waxaa loo baahan yahay oo keliya haddii aad beddesho cinwaankaaga iimaylka ama lambarkaaga taleefanka.
details-submit = Kaydi xogta

language-page-title = Beddel luqadda
language-page-hint = Askel wuxuu ku muuqdaa luqaddan, fariimahayaguna waxay kuugu yimaadaan luqaddan.
language-page-submit = Kaydi luqadda

password-page-title = Beddel eraygaaga sirta ah
password-page-intro = Beddelka kadib, qalabkan kama baxaysid. Qalabkaaga kale waa inaad mar kale ka soo gashaa.
password-page-current = Erayga sirta ah ee hadda
password-page-new = Eray sir ah oo cusub
password-page-submit = Kaydi erayga sirta ah ee cusub

delete-title = Tirtir akoonkaaga
delete-removed-intro = Haddii aad tirtirto akoonkaaga, waxaan tirtireynaa:
delete-removed-details = magacaaga, cinwaankaaga iimaylka, lambarkaaga taleefanka iyo eraygaaga sirta ah
delete-removed-sign-in = gelitaankaaga: meel kasta waad ka baxaysaa, mar dambena ma soo geli kartid
delete-removed-answers = jawaabahaaga iyo qoraalladaada Askel
delete-kept = Waxaan kaydinaynaa oo keliya tirooyin aan magac lahayn oo tirakoob ah, sida sanadka dhalashadaada. Qofna kama garan karo inay adiga ku saabsan yihiin.
delete-coach-told = Waxaan u sheegaynaa tababarahaaga shaqada inaad ka baxday Askel.
delete-copy-first = Ma rabtaa nuqul xogtaada ah marka hore?
delete-confirm-label = Waan fahamsanahay in akoonkayga si buuxda loo tirtirayo, aanna dib loo soo celin karin.
delete-password-label = Eraygaaga sirta ah
delete-password-hint = Waxaan weydiinaynaa si aan qof kale u tirtirin akoonkaaga.
delete-submit = Tirtir akoonkayga
delete-error-confirm = Calaamadee sanduuqa si aad u xaqiijiso inaad rabto inaad tirtirto akoonkaaga.
delete-coach-email-subject = Shaqo-doon ayaa ka baxay Askel
# $name is the jobseeker's name.
delete-coach-email-body =
    Salaan,

    { $name } wuu tirtiray akoonkiisa Askel. Xogtiisa shakhsiga ah waa la tirtiray, mar dambena kuma jiro liiskaaga shaqo-doonnada.

    Askel

deleted-title = Akoonkaaga waa la tirtiray
deleted-body = Xogtaada shakhsiga ah waa laga tirtiray Askel. Waad ku mahadsan tahay inaad isticmaashay Askel, nasiib wanaagsan!
deleted-home-link = Tag bogga hore
account-email-pending = Link ayaa loo diray { $address }. Cinwaankaas waxaa la isticmaalayaa marka aad furto linkiga.
email-confirm-email-subject = Xaqiiji cinwaankaaga iimaylka cusub ee Askel
email-confirm-email-body =
    Salaan,

    Waxaad codsatay inaad hadda kadib Askel ku soo gasho cinwaankan iimaylka. Si aad u xaqiijiso, fur linkigan oo riix badhanka bogga ku yaal:
    { $link }

    Linkigu wuxuu shaqeeyaa { $hours } saacadood. Ilaa aad xaqiijiso, waxaad ku soo gelaysaa xogtaadii hore.

    Haddii aadan tan codsan, waxba uma baahnid inaad samayso.
email-confirm-title = Xaqiiji cinwaankaaga iimaylka cusub
email-confirm-intro = Riix badhanka. Markaas Askel waxaad ku soo geli doontaa cinwaankan iimaylka.
email-confirm-code-label = Koodhka xaqiijinta
email-confirm-submit = Xaqiiji cinwaankayga iimaylka
email-confirm-done = Cinwaankaaga iimaylka cusub hadda waa la isticmaalayaa. Hadda kadib ku soo gal.
email-confirm-to-account = Tag Akoonkayga
email-confirm-error-wrong = Linkigan ma shaqaynayo. Waxaa laga yaabaa in wakhtigiisii dhacay ama horay loo isticmaalay. Si aad link cusub u hesho, mar kale ka beddel cinwaankaaga iimaylka bogga Akoonkayga.
email-confirm-error-taken = Akoon kale ayaa horay u isticmaalaya cinwaankan iimaylka, sidaas darteed lama isticmaali karin.
