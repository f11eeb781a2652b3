# Mitt konto: egna uppgifter, språk, lösenord, sparade uppgifter och att lämna tjänsten.

account-details-saved = Dina uppgifter har sparats.
account-language-saved = Språket har sparats.
account-password-saved = Ditt lösenord har ändrats. Du har loggats ut på dina andra enheter.
account-back = Tillbaka till Mitt konto
account-not-given = Inte angivet
account-coach = Din jobbcoach
account-email = E-postadress
account-phone = Telefonnummer
account-details-heading = Dina uppgifter
account-change-details = Ändra dina uppgifter
account-language-heading = Språk
account-language-now = Askel och våra meddelanden till dig är på:
account-change-language = Byt språk
account-password-heading = Lösenord
account-change-password = Ändra ditt lösenord
account-data-heading = Dina sparade uppgifter
account-data-intro = Du kan ladda ner allt som Askel sparar om dig som en fil. I filen ser du också vem som har tittat på dina uppgifter och när.
account-data-download = Ladda ner mina uppgifter (JSON-fil)
account-delete-heading = Radera ditt konto
account-delete-intro = Om du inte längre vill använda Askel kan du radera ditt konto och dina uppgifter.
account-delete-link = Radera mitt konto

account-error-email-invalid = Skriv en e-postadress som namn@exempel.fi, eller lämna fältet tomt.
account-error-phone-invalid = Skriv ett telefonnummer som 040 123 4567, eller lämna fältet tomt.
account-error-contact-none = Skriv en e-postadress eller ett telefonnummer. Du behöver ett av dem för att logga in.
account-error-language-missing = Välj ett språk.
account-error-current-password-missing = Skriv ditt nuvarande lösenord.
account-error-current-password-wrong = Ditt nuvarande lösenord är fel. Kontrollera det och försök igen.

details-title = Ändra dina uppgifter
details-contact-intro = Du loggar in med din e-postadress eller ditt telefonnummer. Ange minst ett av dem.
details-phone-hint = Till exempel 040 123 4567.
details-password-hint = Behövs bara om du byter e-postadress eller telefonnummer.
details-submit = Spara uppgifterna

language-page-title = Byt språk
language-page-hint = Askel visas på det här språket. Vi skriver också till dig på det här språket.
language-page-submit = Spara språket

password-page-title = Ändra ditt lösenord
password-page-intro = Efter ändringen är du fortfarande inloggad på den här enheten. På dina andra enheter måste du logga in igen.
password-page-current = Nuvarande lösenord
password-page-new = Nytt lösenord
password-page-submit = Spara det nya lösenordet

delete-title = Radera ditt konto
delete-removed-intro = Om du raderar ditt konto tar vi bort:
delete-removed-details = ditt namn, din e-postadress, ditt telefonnummer och ditt lösenord
delete-removed-sign-in = din åtkomst: du loggas ut överallt och kan inte logga in igen
delete-removed-answers = dina svar och anteckningar i Askel
delete-kept = Vi sparar bara anonyma siffror för statistik, till exempel ditt födelseår. De kan inte kopplas till dig.
delete-coach-told = Vi berättar för din jobbcoach att du har lämnat Askel.
delete-copy-first = Vill du ha en kopia av dina uppgifter först?
delete-confirm-label = Jag förstår att mitt konto raderas för alltid. Det går inte att få tillbaka.
delete-password-label = Ditt lösenord
delete-password-hint = Vi frågar efter det så att ingen annan kan radera ditt konto.
delete-submit = Radera mitt konto
delete-error-confirm = Kryssa i rutan. Så bekräftar du att du vill radera ditt konto.
delete-coach-email-subject = En arbetssökande har lämnat Askel
# $name är den arbetssökandes namn.
delete-coach-email-body =
    Hej,

    { $name } har raderat sitt Askel-konto. Hens personuppgifter har tagits bort, och hen finns inte längre bland dina kunder.

    Askel

deleted-title = Ditt konto har raderats
deleted-body = Dina personuppgifter har tagits bort från Askel. Tack för att du använde Askel, och lycka till!
deleted-home-link = Gå till startsidan
account-email-pending = En länk skickades till { $address }. Adressen tas i bruk när du öppnar länken.
email-confirm-email-subject = Bekräfta din nya e-postadress för Askel
email-confirm-email-body =
    Hej,

    Du bad om att i fortsättningen logga in i Askel med den här e-postadressen. Bekräfta den genom att öppna länken och trycka på knappen på sidan:
    { $link }

    Länken fungerar i { $hours } timmar. Tills du bekräftar loggar du in med dina tidigare uppgifter.

    Om du inte bad om det här behöver du inte göra något.
email-confirm-title = Bekräfta din nya e-postadress
email-confirm-intro = Tryck på knappen så kan du logga in i Askel med den här e-postadressen.
email-confirm-code-label = Bekräftelsekod
email-confirm-submit = Bekräfta min e-postadress
email-confirm-done = Din nya e-postadress används nu. Logga in med den i fortsättningen.
email-confirm-to-account = Gå till Mitt konto
email-confirm-error-wrong = Den här länken fungerar inte. Den kan ha gått ut eller redan använts. Du får en ny länk när du byter e-postadress igen under Mitt konto.
email-confirm-error-taken = Ett annat konto använder redan den här e-postadressen, så den kunde inte tas i bruk.
