# One jobseeker in the coach's workspace: overview, notes, outcomes, moving to another coach.

person-contents = Boggan waxaa ku jira
person-situation = Xaaladda
person-plan = Qorshaha shaqo-helidda
person-modules = Casharrada
person-skills = Is-qiimeynta
person-events = Munaasabadaha
person-notes = Qoraallada
person-profile = Xogta
person-sign-in-help = Caawimaad soo-galidda
person-move = U wareeji tababare kale

person-open-steps = { $count ->
    [0] Qorshaha ma laha tallaabo furan.
    [one] 1 tallaabo oo furan ayaa qorshaha ku jirta.
   *[other] { $count } tallaabo oo furan ayaa qorshaha ku jira.
}
person-open-plan = Fur qorshaha

person-modules-none = Weli cashar looma qoondeyn, midna lama bilaabin.
person-modules-caption = Casharrada loo qoondeeyay ama la bilaabay
person-module = Cashar
person-module-progress = Horumarka
person-module-due = Taariikhda dhammaystirka
person-module-steps = { $done } ka mid ah { $count } tallaabo ayaa la dhammeeyay
person-module-no-due = Waa loo qoondeeyay, taariikh dhammaystir ma leh
person-module-own = Isagu ayaa iskii u bilaabay
person-reflections = Fikradaha lagula wadaagay
person-assign = U qoondee cashar
person-module-choose = Dooro cashar
person-assign-submit = U qoondee casharka
person-assigned = Casharka waa loo qoondeeyay. Shaqo-doonku wuxuu ku arkayaa meesha ugu horreysa ee liiskiisa.

person-skills-none = Weli is-qiimeyn lama dirin.
person-open-skills = Xirfadaha shaqo-doonka iyo xaqiijinta xirfadaha
person-events-none = Boos munaasabad ma leh.

person-language = Luqad
person-joined = Wuxuu ku biiray

person-sign-in-help-intro = Haddii shaqo-doonku lumiyay eraygiisa sirta ah, sii koodh soo-galid. Koodhkaas ayuu ku doortaa eray sir ah oo cusub. Koodhku hal mar ayuu shaqeeyaa, { $days } maalmood gudahood.
person-issue-code = Bixi koodh soo-galid
person-code-intro = Koodhkan sii shaqo-doonka:
person-code-instructions = Wuxuu tagaa { $address }, qoraa koodhka, kadibna doortaa eray sir ah oo cusub.

note-body = Qoraal cusub
note-body-hint = Shaqo-doonku qoraalka wuxuu arkaa oo keliya haddii aad la wadaagto, ama haddii uu codsado nuqul xogtiisa ah.
note-share = La wadaag qoraalkan shaqo-doonka (wuxuu ku arkayaa qorshihiisa)
note-submit = Kaydi qoraalka
note-added = Qoraalka waa la kaydiyay.
note-none = Weli qoraal ma jiro.
note-shared-flag = Waa lala wadaagay shaqo-doonka
note-error-empty = Qor qoraalka
note-error-long = Qor ugu badnaan 4000 xaraf

outcome-employed_full_time = Wuxuu shaqeeyaa wakhti buuxa
outcome-employed_part_time = Wuxuu shaqeeyaa wakhti dhiman
outcome-subsidised_work = Wuxuu ku jiraa shaqo kaalmada mushaharka leh
outcome-training = Wuxuu ku jiraa tababar ama waxbarasho
outcome-other_service = Wuxuu ku jiraa adeeg kale
outcome-seeking = Weli shaqo ayuu raadinayaa
outcome-left_service = Wuu ka baxay adeegga
outcome-none = Weli xaalad lama diiwaangelin.
outcome-since-text = { $situation } tan iyo { $date }
outcome-earlier = Xaaladihii hore
outcome-record = Diiwaangeli isbeddel
outcome-situation = Xaaladda hadda
outcome-choose = Dooro xaaladda
outcome-since = Tan iyo
outcome-since-hint = Tusaale ahaan 1.12.2026
outcome-submit = Diiwaangeli xaaladda
outcome-recorded = Xaaladda waa la diiwaangeliyay.
outcome-error-situation = Dooro xaaladda
outcome-error-since = Taariikhda u qor maalin.bil.sanad, tusaale ahaan 1.12.2026
outcome-error-since-future = Taariikhdu ma noqon karto mustaqbalka

transfer-intro = Tababaraha kale wuxuu arki doonaa wax kasta oo boggan ku jira; adiguna mar dambe ma arki doontid.
transfer-coach = Tababaraha cusub
transfer-choose = Dooro tababare
transfer-submit = U wareeji tababarahan
transfer-no-coaches = Ma jiro tababare kale oo shaqo-doonka loo wareejin karo.
transfer-error-coach = Dooro tababaraha shaqo-doonka loo wareejinayo
transfer-done = Shaqo-doonka waxaa loo wareejiyay tababaraha kale.
transfer-team-hint = Tababarayaasha kooxdaada. Si aad shaqo-doonka ugu wareejiso tababare koox kale ka mid ah, hoos ku raadi magaciisa.
transfer-no-team = Tababare kale kuma jiro kooxdaada. Tababaraha shaqo-doonka loo wareejinayo ku raadi magaciisa.
transfer-group-found = Kuwa magaca lagu helay
transfer-group-team = Kooxdaada
transfer-coach-in-team = { $name } ({ $team })
transfer-found = { $count ->
    [one] 1 tababare ayaa laga helay “{ $name }”. Hadda wuxuu ku jiraa liiska tababarayaasha.
   *[other] { $count } tababare ayaa laga helay “{ $name }”. Hadda waxay ku jiraan liiska tababarayaasha.
}
transfer-found-none = Tababare lagama helin “{ $name }”. Hubi sida aad u qortay, ama qor qayb ka gaaban oo magaca ah.
transfer-found-more = In ka badan { $shown } tababare ayaa laga helay “{ $name }”. Hadda liiska tababarayaasha waxaa ku jira { $shown }-ka ugu horreeya: qor qayb ka dheer oo magaca ah si aad u hesho tababaraha saxda ah.
transfer-find-heading = Tababare ku raadi magaciisa
transfer-find-name = Magaca tababaraha
transfer-find-hint = Ugu yaraan laba xaraf oo ka mid ah magaca koowaad ama magaca qoyska.
transfer-find-submit = Raadi
transfer-find-error-short = Qor ugu yaraan laba xaraf oo ka mid ah magaca tababaraha
transfer-find-error-long = Magacu wuxuu noqon karaa ugu badnaan 100 xaraf

# Correcting or withdrawing a note or a situation, on its own page
record-details = Taariikhda, saxitaannada
record-back = Ku laabo bogga shaqo-doonka
record-corrected = { $written }, la saxay { $when }
record-withdrawn = Waxaa ka noqday { $name }, { $when }
record-version-meta = La qoray { $written }, la beddelay { $replaced }
record-versions = Noocyadii hore
record-only-author = Tababaraha qoray oo keliya ayaa sixi kara ama ka noqon kara.
record-correct-submit = Kaydi saxitaanka
note-page-title = Qoraal ku saabsan { $name }
note-correct = Sax qoraalka
note-correct-body = Qoraal
note-withdraw = Ka noqo qoraalka
note-withdraw-intro = Qoraal laga noqday wuxuu ku sii jiraa taariikhda, isagoo lagu calaamadeeyay in laga noqday. Shaqo-doonku mar dambe ma arko. Ka noqo qoraal aan ahayn in la qoro. Haddii qayb keliya ay khaldan tahay, sax qoraalka.
note-corrected = Qoraalka waa la saxay. Noocii hore wuxuu ku jiraa taariikhdiisa.
note-withdrawn = Qoraalka waa laga noqday.
outcome-page-title = Xaaladda { $name }
outcome-correct = Sax xaaladda
outcome-correct-situation = Xaaladda
outcome-withdraw = Ka noqo xaaladda
outcome-withdraw-intro = Xaalad laga noqday waxay ku sii jirtaa taariikhda, iyadoo lagu calaamadeeyay in laga noqday. Mar dambe looma xisaabiyo xaaladda qofka ama warbixinta saameynta.
outcome-corrected = Xaaladda waa la saxay. Noocii hore wuxuu ku jiraa taariikhdeeda.
outcome-withdrawn = Xaaladda waa laga noqday.

person-jobs = Shaqooyinka uu xiiseeyo
person-jobs-none = Weli shaqo looma calaamadeyn mid xiiso leh.
person-job-interest = Wuu xiiseeyay tan iyo { $day }. Loo-shaqeeyuhu ma arko xirfadihiisa.
person-job-interest-shared = Wuu xiiseeyay tan iyo { $day }. Loo-shaqeeyuhu wuxuu arkaa xirfadihiisa shaqadan.
person-job-proposed = Adiga ayaa soo jeedisay { $day }. Weli ma sheegin inuu xiiseeyo.
person-job-stage = Loo-shaqeeyuhu wuxuu leeyahay: { $stage }. Hoos ku diiwaangeli natiijada marka la xaqiijiyo.
person-jobs-that-fit = Shaqooyinka isaga ku habboon
