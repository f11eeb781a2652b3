### How Askel contacts a person.

notify-title = Sida Askel kuula soo xiriiro
notify-change = Dooro sida laguugu sheego fariimaha, kulamada iyo munaasabadaha
notify-intro = Askel wuu kuu sheegaa marka tababarahaagu kuu soo qoro, marka kulan la qabsado, la wareejiyo ama uu dhow yahay, iyo marka aad boos ka hesho munaasabad. Ogeysiisku marna ma sheego waxa fariintu leedahay.
notify-channels = Iigu sheeg
notify-by-email = Iimayl loo diro { $address }
notify-by-sms = Fariin SMS ah oo loo diro { $phone }
notify-no-phone = Si aad u hesho fariimo SMS ah, ku dar lambarkaaga taleefanka. Tag bogga “Akoonkayga”, kadib dooro “Beddel xogtaada”.
notify-quiet = Saacadaha aamusnaanta ee SMS-ka
notify-quiet-hint = Fariimaha SMS ee imaan lahaa saacadahan waxay imaanayaan marka ay dhammaadaan. Haddii aad rabto inay yimaadaan wakhti kasta, dooro isla saacadda laba jeer.
notify-quiet-from = SMS ma jiro laga bilaabo
notify-quiet-until = Ilaa
notify-save = Kaydi
notify-saved = Doorashooyinkaaga waa la kaydiyay.
notify-error-hour = Dooro saacad
notify-email-footer = Si aad u doorato sida Askel kuula soo xiriiro: { $link }

## One-click stop links in every notice (`/unsubscribe`).
notify-email-stop = Si aad iimaylladan ugu joojiso hal riix: { $link }
notify-sms-stop = Jooji SMS-ka: { $link }
notify-stop-email-title = Jooji iimaylada Askel
notify-stop-email-intro = Riix badhanka, Askel-na mar dambe kuuma soo dirayo iimayl ku saabsan fariimaha, kulamada, qorshahaaga iyo munaasabadaha. Akoonkaaga iyo wax kasta oo ku jira sidooda ayay ahaanayaan.
notify-stop-email-button = Jooji iimaylada
notify-stop-email-stopped = Askel kuuma soo diro iimayl. Wax kasta weli waad heli kartaa marka aad soo gasho.
notify-stop-email-again = Mar kale bilow iimaylada
notify-stop-sms-title = Jooji fariimaha SMS ee Askel
notify-stop-sms-intro = Riix badhanka, Askel-na mar dambe kuuma soo dirayo fariimo SMS ah oo ku saabsan fariimaha, kulamada, qorshahaaga iyo munaasabadaha. Akoonkaaga iyo wax kasta oo ku jira sidooda ayay ahaanayaan.
notify-stop-sms-button = Jooji fariimaha SMS
notify-stop-sms-stopped = Askel kuuma soo diro fariimo SMS ah. Wax kasta weli waad heli kartaa marka aad soo gasho.
notify-stop-sms-again = Mar kale bilow fariimaha SMS
notify-stop-saved = Doorashadaada waa la kaydiyay.
notify-stop-settings = Waxaad sidoo kale dooran kartaa marka aad soo gasho:

## The daily digest.
notify-digest = Iimayladayda ku ururi hal iimayl maalintii, oo la soo diro subaxdii saacadda 8 kadib (fariimaha SMS weli mid mid ayay u imaanayaan)
notify-digest-subject = Waxa cusub ee Askel kuugu jira
notify-digest-body = Tan iyo iimaylkii ugu dambeeyay, waxyaabahan ayaa Askel kuugu dhacay:
    { $lines }

    Soo gal si aad u aragto: { $link }

## Notifications on the phone's own screen (Web Push).

notify-push-heading = Ogeysiisyada shaashadda taleefankaaga
notify-push-intro = Askel wuxuu ogeysiis ku muujin karaa shaashadda taleefanka ama kombiyuutarka aad hadda isticmaalayso, sida barnaamijyada kale. Wuxuu sheegaa oo keliya in wax cusub jiraan, ma sheego waxa uu yahay.
notify-push-devices = { $count ->
    [0] Taleefan ama biraawsar toona ma muujiyo ogeysiisyadaada.
    [one] Hal taleefan ama biraawsar ayaa muujiya ogeysiisyadaada.
   *[other] { $count } taleefan ama biraawsar ayaa muujiya ogeysiisyadaada.
}
notify-push-turn-on = Ka shid ogeysiisyada taleefankan
notify-push-turn-off = Ka dami ogeysiisyada taleefankan
notify-push-on = Ogeysiisyadu way ku shidan yihiin taleefankan.
notify-push-off = Ogeysiisyadu way ku dansan yihiin taleefankan.
notify-push-working = In yar sug…
notify-push-blocked = Biraawsarkaagu wuu xannibay ogeysiisyada Askel. Si aad u oggolaato, fur dejinta biraawsarka ee boggan.
notify-push-failed = Ogeysiisyada lama shidi karin. Isku day mar kale goor dambe.
notify-push-unsupported = Biraawsarkan ma muujin karo ogeysiisyada Askel. Taleefanka, marka hore Askel ku dar shaashadda hore.
notify-push-needs-script = Si ogeysiisyada loo shido, biraawsarku wuxuu u baahan yahay JavaScript.
notify-push-stop-all = Jooji ogeysiisyada taleefan kasta
notify-push-stopped = Hadda taleefan ama biraawsar toona ma muujiyo ogeysiisyadaada.
# The notification's title on the lock screen; its text is the email's subject.
notify-push-title = Askel
