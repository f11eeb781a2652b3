### The coach's work with employers, and follow-along after someone starts work.

nav-employer-contacts = Kontaktid tööandjatega
employers-contacts-link = Kontaktid selle tööandjaga ja uue kontakti lisamine
account-employers-change = Ütle, kas sinu nõustaja võib tööandjatele sinust rääkida

## On a jobseeker's page in the coach's workspace
person-employers = Kontaktid tööandjatega
person-employer-consent = On nõus, et sa räägid temast tööandjatele (alates { $day }).
person-employer-no-consent = Ei ole andnud nõusolekut, et sa räägid temast tööandjatele. Sa võid kontakte tööandjatega üles märkida, aga ilma tema nimeta. Ta saab nõusoleku anda lehel Minu konto.
person-log-contact = Märgi üles kontakt tööandjaga
person-follow-along = Tugi pärast tööle asumist
person-open-checkins = { $count ->
    [0] Järelvestlusi ei ole vaja teha.
    [one] Üks järelvestlus on vaja teha.
   *[other] { $count } järelvestlust on vaja teha.
}
person-open-follow-along = Ava tugi pärast tööle asumist
caseload-column-first-contact = Esimene kontakt tööandjaga
caseload-first-contact-late = Üle kuu

## The log
contact-title = Kontaktid tööandjatega
contact-intro = Sinu meeskonna kontaktid tööandjatega, uusimad eespool. Märgi üles iga kontakt: siis teab meeskond, kes tööandjaga viimati rääkis. Inimese nime võid lisada ainult siis, kui ta on nõus, ja tema nime näed ainult sina.
contact-log-heading = Märgi kontakt üles
contact-logged = Kontakt on üles märgitud.
contact-latest = Viimased kontaktid
contact-with-employer = Kontaktid: { $employer }
contact-all = Kõik kontaktid
contact-none = Kontakte ei ole veel üles märgitud.
contact-employer = Tööandja
contact-employer-hint = Tööandjad on kogu teenuses ühised.
contact-employer-choose = Vali tööandja
contact-employer-add = Tööandjat ei ole nimekirjas? Lisa see lehel Tööandjad.
contact-day = Kontakti kuupäev
contact-how = Kuidas
contact-how-visit = Töökoha külastus
contact-how-phone = Telefoni teel
contact-how-email = E-posti teel
contact-how-meeting = Kohtumine mujal
contact-how-event = Üritusel
contact-person = Kelle kohta
contact-person-hint = Nimekirjas on ainult sinu tööotsijad, kes on nõus, et sa räägid neist tööandjatele.
contact-person-none = Mitte kellegi kohta eraldi
contact-result = Tulemus
contact-result-no-opening = Praegu vabu kohti ei ole
contact-result-later = Tuleb hiljem uuesti ühendust võtta
contact-result-opening = Vaba töökoht või tööülesanne
contact-result-interview = Tööintervjuu
contact-result-work-trial = Tööproov
contact-result-hired = Tööle võetud
contact-note = Märkus (vabatahtlik)
contact-note-hint = Mida kokku lepiti ja mis edasi saab. Ära kirjuta terviseandmeid ega muid tundlikke andmeid.
contact-save = Märgi kontakt üles
contact-by = märkis { $name }
contact-about = Kelle kohta:
contact-about-someone = Kellegi kohta, kes on teise nõustaja tööotsija.
contact-rapid-after = { $days ->
    [one] ühe päeva pärast
   *[other] { $days } päeva pärast
}
contact-rapid-none-yet = veel ei ole (päev { $days })
contact-error-employer = Vali tööandja nimekirjast
contact-error-day = Sisesta kontakti kuupäev, näiteks 3.12.2026
contact-error-day-future = Kontakti kuupäev ei saa olla tulevikus
contact-error-day-old = Kontakti kuupäev peab olema viimase aasta sees
contact-error-how = Vali, kuidas kontakt toimus
contact-error-result = Vali kontakti tulemus
contact-error-person = Vali inimene nimekirjast: ta peab olema sinu tööotsija ja olema nõus
contact-error-note-long = Märkus võib olla kõige rohkem 1000 märki

## The jobseeker's consent
contact-consent-title = Sinu nõustaja ja tööandjad
contact-consent-intro = Sinu nõustaja otsib koos sinuga tööd ja räägib tööandjatega. Kas sinu nõustaja võib tööandjatele sinust rääkida?
contact-consent-what = Kui ütled jah, võib sinu nõustaja öelda tööandjale sinu nime ja seda, mida sa oskad.
contact-consent-not = Sinu nõustaja ei räägi neile sinu tervisest ega eluolukorrast.
contact-consent-back = Sa võid oma vastust siin igal ajal muuta. Askel märgib üles, millal sa ütlesid jah ja millal sa selle tagasi võtsid.
contact-consent-given = Sa oled öelnud jah (alates { $day }).
contact-consent-not-given = Sa ei ole öelnud jah.
contact-consent-question = Kas sinu nõustaja võib tööandjatele sinust rääkida?
contact-consent-yes = Jah
contact-consent-no = Ei
contact-consent-save = Salvesta
contact-consent-saved = Sinu vastus on salvestatud.
contact-consent-error = Vali jah või ei

## Follow-along check-ins
checkin-kind-week = Üks nädal
checkin-kind-month = Üks kuu
checkin-kind-three-months = Kolm kuud
checkin-kind-agreed = Kokkulepitud järelvestlus
checkin-title = { $kind }: { $day }
checkin-due-heading = Järelvestlused, mis on vaja teha
checkin-late = Hilinenud
checkin-page-title = Tugi pärast tööle asumist: { $name }
checkin-intro = Kui inimene asub tööle, võta temaga ühendust ja tema nõusolekul ka tööandjaga: ühe nädala, ühe kuu ja kolme kuu pärast, siis kokkuleppe järgi. Kirjuta igast vestlusest lühike märkus.
checkin-none = Järelvestlusi ei ole. Need tekivad, kui märgid üles, et inimene on tööle asunud.
checkin-saved = Järelvestlus on salvestatud.
checkin-agreed = Järelvestlus on lisatud.
checkin-agree-heading = Lepi kokku veel üks järelvestlus
checkin-agree-day = Kuupäev
checkin-agree-save = Lisa järelvestlus
checkin-done-by = Tehtud { $day }, tegi { $name }
checkin-done = Tehtud { $day }
checkin-note = Kuidas läks
checkin-note-hint = Kuidas tööl läheb ja millist tuge kokku lepiti. Ära kirjuta terviseandmeid ega muid tundlikke andmeid.
checkin-save = Salvesta järelvestlus
checkin-write = Kirjuta see järelvestlus
checkin-error-note = Kirjuta, kuidas järelvestlus läks
checkin-error-note-long = Märkus võib olla kõige rohkem 1000 märki
checkin-error-day = Sisesta kuupäev, näiteks 15.1.2027
checkin-error-day-past = Kuupäev ei saa olla minevikus
checkin-error-day-far = Kuupäev peab olema aasta jooksul
