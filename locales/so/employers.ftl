# Employers and the people on their staff, kept by coaches and admins.

nav-employers = Loo-shaqeeyayaasha

employers-title = Loo-shaqeeyayaasha
employers-intro = Loo-shaqeeyayaasha shaqooyin iyo hawlo shaqo ku bixiya Askel. Shaqaalaha loo-shaqeeyaha way soo geli karaan oo maamuli karaan shaqooyinkiisa.
employers-none = Weli loo-shaqeeye ma jiro. Hoos ku dar kan ugu horreeya.
employers-caption = Loo-shaqeeyayaasha, magac ahaan
employers-column-name = Loo-shaqeeye
employers-column-business-id = Aqoonsiga ganacsiga
employers-column-staff = Shaqaale
employers-column-jobs = Shaqooyin furan
employers-create-heading = Ku dar loo-shaqeeye
employers-name-label = Magaca loo-shaqeeyaha
employers-business-id-label = Aqoonsiga ganacsiga
employers-business-id-hint = Haddii aad rabto. Aqoonsiga ganacsiga ee Finland (Y-tunnus), tusaale ahaan 1234567-1.
employers-create-submit = Ku dar loo-shaqeeye
employers-error-name-missing = Qor magaca loo-shaqeeyaha.
employers-error-name-long = Magacu wuxuu noqon karaa ugu badnaan 200 xaraf.
employers-error-name-taken = Loo-shaqeeye magacan leh horay ayuu liiska ugu jiraa. Haddii kani yahay loo-shaqeeye kale, ku dar aqoonsigiisa ganacsiga.
employers-error-business-id-format = Aqoonsiga ganacsiga u qor toddoba lambar, xariiq yar iyo hal lambar, tusaale ahaan 1234567-1.
employers-error-business-id-check = Aqoonsigan ganacsigu sax ma aha: lambarkiisa ugu dambeeya kuma habboona kuwa kale. Ka hubi diiwaanka ganacsiga.
employers-error-business-id-taken = Loo-shaqeeye aqoonsigan ganacsiga leh horay ayuu liiska ugu jiraa.

employers-back = Ku laabo loo-shaqeeyayaasha
employers-created = Loo-shaqeeyaha waa lagu daray.
employers-business-id-none = Lama yaqaan
employers-staff-heading = Shaqaalaha
employers-staff-intro = Dadkan way soo geli karaan oo Askel uga shaqeyn karaan loo-shaqeeyahan.
employers-staff-none = Weli qofna kuma jiro shaqaalaha.
employers-staff-deactivated = Akoonka waa la joojiyay
# $name is the person on the staff.
employers-staff-remove = Ka saar { $name } shaqaalaha
employers-staff-remove-question = Ma ka saaraysaa { $name } shaqaalaha loo-shaqeeyahan? Akoonkiisu wuu sii jirayaa.
employers-staff-remove-confirm = Haa, ka saar { $name }
employers-staff-removed = Qofka waa laga saaray shaqaalaha.
employers-add-staff-heading = Qof ku dar shaqaalaha
employers-add-staff-intro = Haddii qofku weli akoon lahayn, mid ayaa loo samaynayaa, adiguna waxaad helaysaa koodh aad siiso.
employers-staff-name-label = Magac
employers-staff-email-label = Cinwaanka iimaylka
employers-add-staff-submit = Ku dar shaqaalaha
# $name is the person added.
employers-staff-added = { $name } wuxuu ku jiraa shaqaalaha.
employers-staff-created-heading = Akoon ayaa loo sameeyay { $name }
# $days is how long the code works; $address is the page where it is used.
employers-staff-created-instructions = Koodhkan sii qofka. Koodhka ayuu ku dejisan doonaa eraygiisa sirta ah bogga { $address }. Koodhku hal mar ayuu shaqeeyaa, { $days } maalmood gudahood. Tani waa mar keliya oo koodhka la muujinayo.
employers-error-staff-name-missing = Qor magaca qofka.
employers-error-staff-name-long = Magacu wuxuu noqon karaa ugu badnaan 100 xaraf.
employers-error-email-missing = Qor cinwaanka iimaylka qofka.
employers-error-email-invalid = Qor cinwaan iimayl sida name@example.com.
employers-error-email-taken = Cinwaankan iimaylka waxaa hadda la siiyay akoon kale. Mar kale dir foomka.
employers-error-not-staff = Cinwaankan wuxuu leeyahay akoon aan ka mid noqon karin shaqaalaha loo-shaqeeye (tababare, maamule ama shaqo-doon). Isticmaal cinwaan kale.
employers-error-deactivated = Cinwaankan wuxuu leeyahay akoon la joojiyay. Marka hore maamule ka codso inuu dib u furo.
