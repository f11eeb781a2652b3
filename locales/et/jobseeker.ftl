# One jobseeker in the coach's workspace: overview, notes, outcomes, moving to another coach.

person-contents = Sellel lehel
person-situation = Olukord
person-plan = Tööotsimiskava
person-modules = Moodulid
person-skills = Enesehindamised
person-events = Üritused
person-notes = Märkused
person-profile = Profiil
person-sign-in-help = Abi sisselogimisel
person-move = Vii üle teisele nõustajale

person-open-steps = { $count ->
    [0] Kavas ei ole lõpetamata samme.
    [one] Kavas on 1 lõpetamata samm.
   *[other] Kavas on { $count } lõpetamata sammu.
}
person-open-plan = Ava kava

person-modules-none = Mooduleid ei ole veel määratud ega alustatud.
person-modules-caption = Määratud või alustatud moodulid
person-module = Moodul
person-module-progress = Edenemine
person-module-due = Tähtaeg
person-module-steps = { $done }/{ $count } sammu tehtud
person-module-no-due = Määratud, tähtaega ei ole
person-module-own = Alustas ise
person-reflections = Sinuga jagatud mõtted
person-assign = Määra moodul
person-module-choose = Vali moodul
person-assign-submit = Määra moodul
person-assigned = Moodul on määratud. Tööotsija näeb seda oma nimekirjas esimesena.

person-skills-none = Enesehindamisi ei ole veel saadetud.
person-open-skills = Oskuste profiil ja oskuste kinnitamine
person-events-none = Tal ei ole ühelgi üritusel kohta.

person-language = Keel
person-joined = Liitus

person-sign-in-help-intro = Kui tööotsija on oma parooli unustanud, anna talle sisselogimiskood. Sellega valib ta uue parooli. Kood töötab üks kord ja kehtib { $days } päeva.
person-issue-code = Anna sisselogimiskood
person-code-intro = Anna see kood tööotsijale:
person-code-instructions = Ta avab aadressi { $address }, sisestab koodi ja valib uue parooli.

note-body = Uus märkus
note-body-hint = Tööotsija näeb märkust ainult siis, kui sa seda jagad, või oma andmete koopias, kui ta seda küsib.
note-share = Jaga seda märkust tööotsijaga (ta näeb seda oma kavas)
note-submit = Salvesta märkus
note-added = Märkus on salvestatud.
note-none = Märkusi veel ei ole.
note-shared-flag = Jagatud tööotsijaga
note-error-empty = Kirjuta märkus
note-error-long = Kirjuta kõige rohkem 4000 märki

outcome-employed_full_time = Täistööajaga tööl
outcome-employed_part_time = Osaajaga tööl
outcome-subsidised_work = Toetatud tööl
outcome-training = Koolitusel või õpingutes
outcome-other_service = Muus teenuses
outcome-seeking = Otsib veel tööd
outcome-left_service = Lahkus teenusest
outcome-none = Olukorda ei ole veel üles märgitud.
outcome-since-text = { $situation } alates { $date }
outcome-earlier = Varem
outcome-record = Märgi muutus üles
outcome-situation = Praegune olukord
outcome-choose = Vali olukord
outcome-since = Alates
outcome-since-hint = Näiteks 1.12.2026
outcome-submit = Märgi olukord üles
outcome-recorded = Olukord on üles märgitud.
outcome-error-situation = Vali olukord
outcome-error-since = Kirjuta kuupäev kujul päev.kuu.aasta, näiteks 1.12.2026
outcome-error-since-future = Kuupäev ei saa olla tulevikus

transfer-intro = Teine nõustaja näeb kõike, mis on sellel lehel. Sina ei näe seda enam.
transfer-coach = Uus nõustaja
transfer-choose = Vali nõustaja
transfer-submit = Vii üle sellele nõustajale
transfer-no-coaches = Teisi nõustajaid, kellele tööotsija üle viia, ei ole.
transfer-error-coach = Vali nõustaja, kellele tööotsija üle viia
transfer-done = Tööotsija on teisele nõustajale üle viidud.
transfer-team-hint = Sinu meeskonna nõustajad. Kui tahad viia tööotsija üle teise meeskonna nõustajale, otsi nõustajat allpool nime järgi.
transfer-no-team = Sinu meeskonnas ei ole teisi nõustajaid. Otsi nime järgi nõustajat, kellele tööotsija üle viia.
transfer-group-found = Nime järgi leitud
transfer-group-team = Sinu meeskond
transfer-coach-in-team = { $name } ({ $team })
transfer-found = { $count ->
    [one] Otsinguga „{ $name }“ leiti 1 nõustaja. Ta on nüüd nõustajate nimekirjas.
   *[other] Otsinguga „{ $name }“ leiti { $count } nõustajat. Nad on nüüd nõustajate nimekirjas.
}
transfer-found-none = Otsinguga „{ $name }“ ei leitud ühtegi nõustajat. Kontrolli, kas nimi on õigesti kirjutatud, või kirjuta nimest lühem osa.
transfer-found-more = Otsinguga „{ $name }“ leiti rohkem kui { $shown } nõustajat. Esimesed { $shown } on nüüd nõustajate nimekirjas: kirjuta nimest pikem osa, siis leiad õige nõustaja.
transfer-find-heading = Otsi nõustajat nime järgi
transfer-find-name = Nõustaja nimi
transfer-find-hint = Vähemalt kaks tähte eesnimest või perekonnanimest.
transfer-find-submit = Otsi
transfer-find-error-short = Kirjuta vähemalt kaks tähte nõustaja nimest
transfer-find-error-long = Nimi võib olla kõige rohkem 100 märki

# Correcting or withdrawing a note or a situation, on its own page
record-details = Ajalugu, parandused
record-back = Tagasi tööotsija lehele
record-corrected = { $written }, parandatud { $when }
record-withdrawn = Tagasi võttis { $name }, { $when }
record-version-meta = Kirjutatud { $written }, asendatud { $replaced }
record-versions = Varasemad versioonid
record-only-author = Parandada või tagasi võtta saab ainult nõustaja, kes selle kirjutas.
record-correct-submit = Salvesta parandus
note-page-title = Märkus: { $name }
note-correct = Paranda märkust
note-correct-body = Märkus
note-withdraw = Võta märkus tagasi
note-withdraw-intro = Tagasi võetud märkus jääb ajalukku märkega „tagasi võetud“ ja tööotsija ei näe seda enam. Võta tagasi märkus, mida poleks tohtinud kirjutada. Paranda märkust, mis on ainult osaliselt vale.
note-corrected = Märkus on parandatud. Varasem versioon jääb selle ajalukku.
note-withdrawn = Märkus on tagasi võetud.
outcome-page-title = Olukord: { $name }
outcome-correct = Paranda olukorda
outcome-correct-situation = Olukord
outcome-withdraw = Võta olukord tagasi
outcome-withdraw-intro = Tagasi võetud olukord jääb ajalukku märkega „tagasi võetud“. Seda ei arvestata enam inimese olukorrana ega mõjuaruandes.
outcome-corrected = Olukord on parandatud. Varasem versioon jääb selle ajalukku.
outcome-withdrawn = Olukord on tagasi võetud.

person-jobs = Huvipakkuvad töökohad
person-jobs-none = Ühtegi töökohta ei ole veel huvipakkuvaks märgitud.
person-job-interest = Huvitatud alates { $day }. Tööandja ei näe tema oskusi.
person-job-interest-shared = Huvitatud alates { $day }. Tööandja näeb selle töökoha jaoks tema oskusi.
person-job-proposed = Sa soovitasid seda { $day }. Ta ei ole öelnud, et on huvitatud.
person-job-stage = Tööandja ütleb: { $stage }. Märgi tulemus allpool üles, kui see on kinnitatud.
person-jobs-that-fit = Talle sobivad töökohad
