# The employment plan: the coach's plan pages and the jobseeker's "My plan".

nav-plan = Qorshahayga

plan-my-title = Qorshahayga
plan-my-intro = Kani waa qorshaha aad la heshiisay tababarahaaga shaqada. Marka aad tallaabo dhammayso, calaamadee inay dhammaatay: tababarahaagu wuu arkayaa.
plan-my-empty = Weli qorshe ma lihid. Adiga iyo tababarahaaga shaqada ayaa wada samaynaya kulanka xiga.
plan-my-back = Ku laabo qorshahayga
plan-my-notes = Qoraallada tababarahaaga shaqada
plan-print-hint = Haddii aad rabto nuqul warqad ah, boggan ka daabac liiska biraawsarkaaga.

plan-goals-and-steps = Hadafyada iyo tallaabooyinka
plan-loose-steps = Tallaabooyin kale
plan-no-steps = Hadafkan weli tallaabo ma laha.
plan-who = Yaa
plan-who-jobseeker = Adiga
plan-who-coach = Tababarahaaga shaqada
plan-who-together = Adiga iyo tababarahaaga, wada jir
plan-coach-who-jobseeker = Shaqo-doonka
plan-coach-who-coach = Tababaraha
plan-coach-who-together = Wada jir
plan-due = Ilaa goorma
plan-due-hint = Haddii aad rabto. Tusaale ahaan 15.1.2027
plan-no-due = Taariikh ma leh
plan-overdue = Wakhtigii waa dhaafay
plan-status = Xaaladda
plan-step-status-todo = Weli lama samayn
plan-step-status-doing = Waa socotaa
plan-step-status-done = Waa la sameeyay
plan-step-status-dropped = Waa laga tagay
plan-goal-status = Xaaladda hadafka
plan-goal-status-open = Waa lagu shaqaynayaa
plan-goal-status-reached = Waa la gaaray
plan-goal-status-dropped = Waa laga tagay
plan-mark-done = Calaamadee inay dhammaatay
plan-mark-not-done = Calaamadee inaysan dhammaan

plan-coach-title = Qorshaha shaqo-helidda: { $name }
plan-coach-empty = Weli hadaf ama tallaabo ma jiro. Hoos ku dar kuwa ugu horreeya ee aad ku heshiiseen.
plan-history-link = Taariikhda isbeddellada
plan-change-goal = Beddel hadafka
plan-change-step = Beddel tallaabada
plan-add-step = Ku dar tallaabo
plan-add-step-submit = Ku dar tallaabada
plan-step-what = Tallaabo
plan-step-what-hint = Waxa la samaynayo, erayo uu shaqo-doonku fahmo.
plan-goal-field = Hadafka ay tallaabadani u horseedayso
plan-goal-none = Hadaf gaar ah ma leh
plan-step-added = Tallaabada waa lagu daray qorshaha.
plan-add-goal = Ku dar hadaf
plan-add-goal-submit = Ku dar hadafka
plan-goal-what = Hadaf
plan-goal-what-hint = Tusaale ahaan: shaqo dukaan, ama koorso bilaabanaysa guga.
plan-goal-added = Hadafka waa lagu daray qorshaha.
plan-back = Ku laabo qorshaha
plan-change-step-title = Beddel tallaabo ku jirta qorshaha { $name }
plan-change-goal-title = Beddel hadaf ku jira qorshaha { $name }
plan-save = Kaydi isbeddellada

plan-error-step-what = Qor waxa tallaabadu tahay
plan-error-goal-what = Qor waxa hadafku yahay
plan-error-what-long = Qor ugu badnaan 500 xaraf
plan-error-who = Dooro cidda samaynaysa tallaabada
plan-error-due_on = Taariikhda u qor maalin.bil.sanad, tusaale ahaan 15.1.2027
plan-error-dropped = Tallaabadan waa laga saaray qorshahaaga, sidaas darteed lama calaamadeyn karo.
plan-error-status = Dooro xaaladda

plan-history-title = Taariikhda qorshahayga
plan-history-coach-title = Taariikhda qorshaha { $name }
plan-history-caption = Isbeddel kasta oo qorshaha lagu sameeyay, kuwa ugu cusub marka hore
plan-history-none = Weli isbeddel ma jiro.
plan-history-when = Goorma
plan-history-by = Yaa beddelay
plan-history-change = Isbeddel
plan-history-by-you = Adiga
plan-history-by-gone = Akoon la tirtiray
plan-history-added-step = Waxaa lagu daray tallaabada “{ $what }”
plan-history-added-goal = Waxaa lagu daray hadafka “{ $what }”
plan-history-changed-step = Waxaa la beddelay tallaabada “{ $what }”
plan-history-changed-goal = Waxaa la beddelay hadafka “{ $what }”
plan-history-renamed = Magacii hore: “{ $from }”

## Telling the jobseeker their coach added to their plan (no content in the subject)
plan-email-step-subject = Tababarahaagu tallaabo ayuu ku daray qorshahaaga Askel
plan-email-step-body = Tababarahaagu tallaabo ayuu ku daray qorshahaaga shaqo-helidda. Soo gal si aad u aragto: { $link }
plan-sms-step = Askel: tababarahaagu tallaabo ayuu ku daray qorshahaaga. { $link }
plan-email-note-subject = Tababarahaagu qoraal ayuu kuu qoray Askel
plan-email-note-body = Tababarahaagu qoraal ayuu kuu qoray. Waxaad ka helaysaa qorshahaaga shaqo-helidda. Soo gal si aad u akhrido: { $link }
plan-sms-note = Askel: tababarahaagu qoraal ayuu kuu qoray. { $link }
