## The home page, the "page not found" page and the offline page.

home-title = Bogga hore
home-heading = Tallaabo tallaabo u gaar shaqo
home-intro = Askel wuxuu kaa caawiyaa inaad u diyaar garowdo shaqo. Waxaad wax ku baran kartaa sida kuu fudud, waxaad arki kartaa waxa aad horay u taqaan, waxaadna la kulmi kartaa loo-shaqeeyayaasha.
home-who = Askel waxaad la isticmaashaa tababarahaaga shaqada. Tababarahaagu wuu arki karaa sida aad u socoto, wuxuuna kaa caawin karaa tallaabada xigta.
home-areas-heading = Waxa aad Askel ku samayn karto
home-staff-heading = Shaqadaada Askel
home-area-modules-name = Casharrada
home-area-modules-description = Casharro gaagaaban oo ku saabsan qorista CV-ga, wareysiyada shaqada, shaqo-raadinta internetka, isticmaalka adeegyada dijitaalka iyo nolosha shaqada.
home-area-assessment-name = Is-qiimeynta xirfadaha
home-area-assessment-description = Hubi xirfadahaaga dijitaalka iyo xirfadahaaga nolosha shaqada. Arag sida xirfadahaagu u korayaan muddo kadib.
home-area-events-name = La kulan loo-shaqeeyayaasha
home-area-events-description = Hel munaasabado aad fool ka fool kula kulmi karto loo-shaqeeyayaasha, oo is-diiwaangeli.
home-area-plan-name = Qorshahayga
home-area-plan-description = Arag tallaabooyinka qorshahaaga shaqo-helidda iyo waxa aad marka xigta samaynayso.
home-help-heading = Caawimaad ma u baahan tahay?
home-help-body = Weydii tababarahaaga shaqada. Askel waxaad ku isticmaali kartaa sagaal luqadood, oo uu ku jiro af-Finnish fudud (selkosuomi). Luqaddaada ka dooro bogga korkiisa.

not-found-title = Bogga lama helin
not-found-body = Boggii aad raadinaysay ma jiro. Waxaa laga yaabaa in cinwaanku khaldan yahay ama bogga la wareejiyay.
not-found-home-link = Tag bogga hore

offline-title = Internet ma lihid
offline-body = Askel hadda ma gaari karo internetka. Hubi internetkaaga oo isku day mar kale.
offline-saved-work = Waxa aad hore u kaydisay waxba kama lumin.
offline-retry = Isku day mar kale
