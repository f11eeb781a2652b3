## Skills self-assessment: the list, one question per page, checking
## answers, results and history. The frameworks' own texts (areas,
## competences, "I can…" statements) live in content/assessments, not here.

nav-skills = Xirfadahayga

skills-title = Xirfadahayga
skills-intro = Eeg waxa aad horay u qaban karto. Akhri jumlad kasta, kadibna dooro inta ay kugu habboon tahay. Jawaab khalad ah ma jirto.
skills-coach-sees = Tababarahaaga shaqada wuu arki karaa natiijooyinkaaga, si aad u wada qorsheysaan tallaabooyinkiina xiga.
skills-all = Dhammaan is-qiimeynta xirfadaha
skills-back = Dib u noqo
skills-draft-progress = Waxaad dhammaysay { $done } ka mid ah { $count } su'aalood.
skills-latest-results = Natiijooyinkaagii ugu dambeeyay: { $date }
skills-history-link = Eeg sida ay xirfadahaagu isu beddeleen
skills-continue = Sii wad
skills-start = Bilow
skills-switch = Beddel dhererka
skills-mode-legend = Ma rabtaa is-qiimeyn gaaban mise mid buuxda?
skills-mode-legend-change = Ma rabtaa inaad beddesho dhererka? Jawaabaha aad horay u bixisay way sii jiraan.
skills-mode-short = Gaaban: { $count } su'aalood, qiyaastii 10 daqiiqo
skills-mode-full = Buuxda: { $count } su'aalood, qiyaastii 25 daqiiqo
skills-saved-for-later = Jawaabahaaga waa la kaydiyay. Waad sii wadi kartaa markii aad rabto.

skills-question-position = Su'aasha { $n } ee { $count }
skills-question-caption = Su'aasha { $n } ee { $count }: { $area }
skills-question-hint = Intee in le'eg ayaad tan u qaban kartaa?
skills-question-hint-skipped = Su'aashan hore ayaad ka boodday. Intee in le'eg ayaad tan u qaban kartaa?
skills-scale-not-yet = Weli ma qaban karo
skills-scale-with-help = Waan qaban karaa haddii la i caawiyo
skills-scale-on-my-own = Keligay ayaan qaban karaa
skills-scale-help-others = Dadka kale ayaan ka caawin karaa
skills-skipped = Waa laga booday
skills-skip = Ka bood su'aashan
skills-save-later = Kaydi oo mar dambe soo laabo

skills-check-title = Hubi jawaabahaaga
skills-check-page-title = Hubi jawaabahaaga: { $framework }
skills-check-counts = Waa laga jawaabay: { $answered } ka mid ah { $count }. Waa laga booday: { $skipped }.
skills-not-answered = Weli lagama jawaabin
skills-change = Beddel
skills-answer-now = Ka jawaab
skills-send-heading = Dir jawaabahaaga
skills-send-body = Marka aad jawaabahaaga dirto, waxaad arkaysaa natiijooyinkaaga. Mar dambe waad ku celin kartaa is-qiimeynta si aad u aragto sida ay xirfadahaagu u korayaan.
skills-send = Dir jawaabahayga

skills-results-title = Natiijooyinkaaga: { $framework }
skills-results-sent = La diray
skills-results-areas = Heerkaaga qayb kasta
skills-results-table = Heerkaaga iyo dhibcahaaga qayb kasta
skills-results-competences = Heerkaaga xirfad kasta
skills-chart-scale = Dhibcuhu waa 1 ilaa 4: 1 waxay ka dhigan tahay "Weli ma qaban karo", 4-na waxay ka dhigan tahay "Dadka kale ayaan ka caawin karaa".
# One area in the chart's description for screen readers.
skills-chart-bar = { $area }: { $level }, dhibcaha { $score }.
skills-chart-bar-none = { $area }: lama qiimeyn.
skills-chart-point = { $date }: dhibcaha { $score }
skills-chart-point-none = { $date }: lama qiimeyn
skills-column-area = Qaybta
skills-column-level = Heerka
skills-column-score = Dhibcaha (1–4)
skills-column-date = Taariikhda
skills-level-not-yet = Weli maya
skills-level-foundation = Aasaasi
skills-level-intermediate = Dhexe
skills-level-advanced = Sare
skills-level-none = Lama qiimeyn
skills-suggested-heading = Casharro kaa caawin kara
skills-suggested-intro = Casharradan waxay kaa caawinayaan qaybaha aad wax badan ka baran karto.
skills-suggested-none = Qayb kasta waad ku fiican tahay. Weli waad samayn kartaa cashar kasta oo aad rabto.

skills-history-title = Sida ay xirfadahaagu isu beddeleen: { $framework }
skills-history-none = Weli ma aadan dirin is-qiimeyntan. Marka aad dirto, natiijooyinkaagu halkan ayay ka muuqanayaan.
skills-history-changes = Isbeddelka qayb kasta
skills-history-first = Kii ugu horreeyay ({ $date })
skills-history-previous = Kii hore ({ $date })
skills-history-latest = Kii ugu dambeeyay ({ $date })
skills-history-since-first = Isbeddelka tan iyo kii ugu horreeyay
skills-history-since-previous = Isbeddelka tan iyo kii hore
skills-history-trends = Dhibcahaaga qayb kasta wakhti ka dib
skills-history-period = Laga bilaabo { $first } ilaa { $latest }.
skills-history-every = Is-qiimeyn kasta
skills-history-every-caption = Dhibcahaaga qayb kasta, taariikh ahaan

skills-error-choose-mode = Dooro dhererka is-qiimeynta aad rabto inaad samayso
skills-error-choose-answer = Dooro inta aad tan u qaban karto, ama ka bood su'aasha
skills-error-nothing-answered = Ka jawaab ugu yaraan hal su'aal ka hor intaadan dirin
