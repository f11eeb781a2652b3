# Employers and the people on their staff, kept by coaches and admins.

nav-employers = Tööandjad

employers-title = Tööandjad
employers-intro = Tööandjad, kes pakuvad Askeli kaudu töökohti ja tööülesandeid. Tööandja töötajad saavad sisse logida ja hoolitseda tööandja töökohtade eest.
employers-none = Tööandjaid veel ei ole. Lisa esimene allpool.
employers-caption = Tööandjad nime järgi
employers-column-name = Tööandja
employers-column-business-id = Registrikood
employers-column-staff = Töötajad
employers-column-jobs = Avatud töökohad
employers-create-heading = Lisa tööandja
employers-name-label = Tööandja nimi
employers-business-id-label = Registrikood
employers-business-id-hint = Vabatahtlik. Soome ettevõtte registrikood (Y-tunnus), näiteks 1234567-1.
employers-create-submit = Lisa tööandja
employers-error-name-missing = Sisesta tööandja nimi.
employers-error-name-long = Nimi võib olla kõige rohkem 200 märki pikk.
employers-error-name-taken = Selle nimega tööandja on juba nimekirjas. Kui see on teine tööandja, lisa tema registrikood.
employers-error-business-id-format = Kirjuta registrikood nii: seitse numbrit, sidekriips ja üks number, näiteks 1234567-1.
employers-error-business-id-check = See registrikood ei ole õige: viimane number ei sobi teistega. Kontrolli koodi äriregistrist.
employers-error-business-id-taken = Selle registrikoodiga tööandja on juba nimekirjas.

employers-back = Tagasi tööandjate juurde
employers-created = Tööandja on lisatud.
employers-business-id-none = Ei ole teada
employers-staff-heading = Töötajad
employers-staff-intro = Need inimesed saavad sisse logida ja Askelis selle tööandja heaks töötada.
employers-staff-none = Töötajaid veel ei ole.
employers-staff-deactivated = Konto on suletud
# $name is the person on the staff.
employers-staff-remove = Eemalda töötajate hulgast: { $name }
employers-staff-remove-question = Kas eemaldada { $name } selle tööandja töötajate hulgast? Tema konto jääb alles.
employers-staff-remove-confirm = Jah, eemalda { $name }
employers-staff-removed = Inimene on töötajate hulgast eemaldatud.
employers-add-staff-heading = Lisa töötaja
employers-add-staff-intro = Kui inimesel ei ole veel kontot, luuakse talle konto ja sa saad koodi, mille talle anda.
employers-staff-name-label = Nimi
employers-staff-email-label = E-posti aadress
employers-add-staff-submit = Lisa töötajate hulka
# $name is the person added.
employers-staff-added = { $name } on nüüd töötajate hulgas.
employers-staff-created-heading = Konto on loodud: { $name }
# $days is how long the code works; $address is the page where it is used.
employers-staff-created-instructions = Anna see kood inimesele. Ta määrab sellega endale parooli aadressil { $address }. Kood töötab üks kord ja kehtib { $days } päeva. Koodi näidatakse ainult seekord.
employers-error-staff-name-missing = Sisesta inimese nimi.
employers-error-staff-name-long = Nimi võib olla kõige rohkem 100 märki pikk.
employers-error-email-missing = Sisesta inimese e-posti aadress.
employers-error-email-invalid = Sisesta e-posti aadress kujul name@example.com.
employers-error-email-taken = See e-posti aadress anti just teisele kontole. Saada vorm uuesti.
employers-error-not-staff = See aadress kuulub kontole, mis ei saa olla tööandja töötaja (nõustaja, administraator või tööotsija). Kasuta teist aadressi.
employers-error-deactivated = See aadress kuulub suletud kontole. Palu administraatoril see kõigepealt uuesti avada.
