# Arbetsgivare och deras kontaktpersoner. Jobbcoacher och administratörer sköter dem.

nav-employers = Arbetsgivare

employers-title = Arbetsgivare
employers-intro = Arbetsgivare som erbjuder jobb och arbetsuppgifter via Askel. En arbetsgivares kontaktpersoner kan logga in och sköta dess jobb.
employers-none = Det finns inga arbetsgivare ännu. Lägg till den första nedan.
employers-caption = Arbetsgivare efter namn
employers-column-name = Arbetsgivare
employers-column-business-id = FO-nummer
employers-column-staff = Kontaktpersoner
employers-column-jobs = Lediga jobb
employers-create-heading = Lägg till en arbetsgivare
employers-name-label = Arbetsgivarens namn
employers-business-id-label = FO-nummer
employers-business-id-hint = Frivilligt. Företags- och organisationsnumret (FO-nummer), till exempel 1234567-1.
employers-create-submit = Lägg till arbetsgivaren
employers-error-name-missing = Skriv arbetsgivarens namn.
employers-error-name-long = Namnet kan ha högst 200 tecken.
employers-error-name-taken = En arbetsgivare med det här namnet finns redan på listan. Om det är en annan arbetsgivare, lägg till dess FO-nummer.
employers-error-business-id-format = Skriv FO-numret som sju siffror, ett bindestreck och en siffra, till exempel 1234567-1.
employers-error-business-id-check = FO-numret stämmer inte: den sista siffran passar inte ihop med de andra. Kontrollera numret i handelsregistret.
employers-error-business-id-taken = En arbetsgivare med det här FO-numret finns redan på listan.

employers-back = Tillbaka till arbetsgivarna
employers-created = Arbetsgivaren har lagts till.
employers-business-id-none = Okänt
employers-staff-heading = Kontaktpersoner
employers-staff-intro = De här personerna kan logga in och arbeta för den här arbetsgivaren i Askel.
employers-staff-none = Det finns inga kontaktpersoner ännu.
employers-staff-deactivated = Kontot är inaktiverat
# $name är kontaktpersonen.
employers-staff-remove = Ta bort { $name } från kontaktpersonerna
employers-staff-remove-question = Ta bort { $name } från den här arbetsgivarens kontaktpersoner? Kontot finns kvar.
employers-staff-remove-confirm = Ja, ta bort { $name }
employers-staff-removed = Personen har tagits bort från kontaktpersonerna.
employers-add-staff-heading = Lägg till en kontaktperson
employers-add-staff-intro = Om personen inte har något konto ännu skapas ett, och du får en kod att ge till personen.
employers-staff-name-label = Namn
employers-staff-email-label = E-postadress
employers-add-staff-submit = Lägg till som kontaktperson
# $name är personen som lades till.
employers-staff-added = { $name } är nu kontaktperson.
employers-staff-created-heading = Konto skapat för { $name }
# $days är hur många dagar koden fungerar; $address är sidan där koden används.
employers-staff-created-instructions = Ge den här koden till personen. Hen ställer in sitt eget lösenord med koden på adressen { $address }. Koden fungerar en gång, i { $days } dagar. Koden visas bara den här gången.
employers-error-staff-name-missing = Skriv personens namn.
employers-error-staff-name-long = Namnet kan ha högst 100 tecken.
employers-error-email-missing = Skriv personens e-postadress.
employers-error-email-invalid = Skriv en e-postadress som namn@exempel.fi.
employers-error-email-taken = Den här e-postadressen gavs nyss till ett annat konto. Skicka formuläret igen.
employers-error-not-staff = Adressen hör till ett konto som inte kan vara en arbetsgivares kontaktperson (en jobbcoach, en administratör eller en arbetssökande). Använd en annan adress.
employers-error-deactivated = Adressen hör till ett konto som har inaktiverats. Be en administratör att aktivera kontot först.
