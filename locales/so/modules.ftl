# Coaching modules: the list, the step player and the completion page.
# Module content itself lives in content/modules, not here.

modules-title = Casharrada
modules-intro = Casharro gaagaaban oo kaa caawinaya shaqo-raadinta. U samee sida kuu fudud: horumarkaaga waa la kaydiyaa tallaabo kasta kadib.
modules-length = { $steps } tallaabo, qiyaastii { $minutes } daqiiqo
modules-status-not-started = Lama bilaabin
modules-status-in-progress = Wuu socdaa: { $done } ka mid ah { $count } tallaabo ayaa la dhammeeyay
modules-status-completed = Waa la dhammeeyay
modules-assigned = Tababarahaaga shaqada ayaa kuu soo jeediyay casharkan
modules-assigned-due = Tababarahaaga shaqada ayaa kuu soo jeediyay casharkan. Fadlan dhammee ugu dambayn { $date }.
modules-in-english = Casharkan hadda wuxuu ku qoran yahay af-Ingiriisi oo keliya.
modules-in-finnish = Casharkan hadda wuxuu ku qoran yahay af-Finnish oo keliya.

module-step-position = Tallaabada { $n } ee { $count }
module-fallback-notice = Casharkan weli kuma jiro luqaddaada. Wuxuu ku qoran yahay af-Ingiriisi.
module-fallback-notice-finnish = Casharkan weli kuma jiro luqaddaada. Wuxuu ku qoran yahay af-Finnish.
module-all-modules = Dhammaan casharrada
module-back = Dib u noqo
module-continue = Sii wad
module-check-answer = Hubi jawaabtayda
module-save-changed = Kaydi jawaabtayda cusub
module-your-answer = Jawaabtaada
module-answer-right = sax
module-answer-not-right = gebi ahaan sax ma aha
module-change-answer = Beddel jawaabtaada
module-transcript = Waxa fiidiyowga lagu sheegayo
module-captions-label = Qoraal-hoosaad
module-video-fallback = Biraawsarkaagu ma daari karo fiidiyowgan. Qoraalka hoos ku qoran wuxuu sheegayaa wax kasta oo fiidiyowgu muujiyo.
module-reflection-hint = Waxa aad halkan ku qorto adiga oo keliya ayaa arka, haddii aadan dooran inaad la wadaagto tababarahaaga. Qoristu qasab ma aha.
module-share-with-coach = La wadaag jawaabtan tababarahayga
module-offline = Internet ma lihid. Waad sii wadi kartaa: jawaabahaaga waxay ku kaydsan yihiin qalabkan.
module-waiting = Jawaabo sugaya in la diro: { $count }. Waa la dirayaa marka aad internet hesho.
module-all-sent = Dhammaan jawaabahaaga waa la kaydiyay.
module-finished-offline = Waad dhammaysay dhammaan tallaabooyinka. Ku xirmo internetka si jawaabahaaga ugu dambeeya loo kaydiyo.
module-sign-in-to-send = Jawaabo sugaya in la diro: { $count }. Soo-galkaagii wuu dhammaaday, sidaas darteed waxay ku kaydsan yihiin qalabkan. Mar kale soo gal, waana la kaydinayaa.
module-sign-in-link = Soo gal
module-trying-again = Jawaabo sugaya in la diro: { $count }. Adeeggu hadda ma kaydin karo. Waxay ku kaydsan yihiin qalabkan, dhowaanna mar kale ayaa la dirayaa.
module-refused = Jawaabo aan la kaydin karin sababtoo ah casharka waa la beddelay: { $count }. Fadlan mar kale samee tallaabooyinka casharka.

module-error-choose-one = Dooro hal jawaab
module-error-choose-some = Dooro ugu yaraan hal jawaab
module-error-write-answer = Qor jawaabtaada
module-error-too-long = Jawaabtaadu aad bay u dheer tahay. Ka dhig wax ka yar 4000 xaraf.
module-error-due-date = Taariikhda u qor maalin.bil.sanad, tusaale ahaan 31.12.2026
module-error-choose = Dooro cashar

module-done-heading = Waad dhammaysay: { $module }
module-not-done-heading = Weli lama dhammaystirin: { $module }
module-done-progress = Waxaad dhammaysay { $done } ka mid ah { $count } tallaabo.
module-done-answers = Jawaabahaaga
module-done-nothing = Jawaab ma jirto
module-done-shared = Waa lala wadaagay tababarahaaga
module-done-private = Adiga oo keliya ayaa arka tan
module-done-next = Maxaa xiga
module-done-all = Waad dhammaysay dhammaan casharrada. Shaqo wanaagsan!
