## Logga in och ut, gå med med en kod, mitt konto, inbjudningskoder.

sign-in-title = Logga in
sign-in-heading = Logga in på Askel
sign-in-contact-label = E-post eller telefonnummer
sign-in-contact-hint = Använd det du angav när du gick med.
sign-in-password-label = Lösenord
sign-in-submit = Logga in
sign-in-forgot-link = Har du glömt ditt lösenord?
sign-in-new-heading = Ny på Askel?
sign-in-new-body = Du behöver en inbjudningskod från din jobbcoach för att gå med.
sign-in-join-link = Gå med med en inbjudningskod
sign-in-error-contact-missing = Skriv din e-postadress eller ditt telefonnummer.
sign-in-error-password-missing = Skriv ditt lösenord.
sign-in-error-wrong = E-postadressen, telefonnumret eller lösenordet är fel. Kontrollera dem och försök igen.

sign-out-button = Logga ut
signed-out-title = Du har loggat ut
signed-out-body = Tack för att du använde Askel. Om du använder en gemensam dator kan du nu stänga webbläsaren.
signed-out-sign-in-link = Logga in igen

join-title = Gå med i Askel
join-heading = Gå med i Askel
join-intro = Din jobbcoach gav dig en inbjudningskod. Med den kan du skapa ett eget konto.
join-code-label = Inbjudningskod
join-code-hint = Till exempel K7M-4PX-Q9R. Små bokstäver och mellanslag går bra.
join-name-label = Ditt namn
join-name-hint = Namnet vi använder när vi talar till dig. Det kan vara bara ditt förnamn.
join-contact-label = E-post eller telefonnummer
join-contact-hint = Du loggar in med det här. Vi använder det bara för meddelanden om Askel.
join-password-label = Skapa ett lösenord
join-password-hint = Minst 8 tecken. Några ord tillsammans är lätta att komma ihåg och svåra att gissa.
join-locale-legend = Språk för Askel och för våra meddelanden
join-optional-heading = Frivilliga frågor
join-optional-why = Du kan lämna de här tomma. Vi använder svaren bara för anonym statistik om vem tjänsten hjälper. Ingen nämns vid namn i statistiken.
join-birth-year-label = Födelseår (frivilligt)
join-birth-year-hint = Till exempel 1985.
join-gender-legend = Kön (frivilligt)
join-gender-female = Kvinna
join-gender-male = Man
join-gender-other = Annat
join-gender-unsaid = Jag vill inte säga
join-submit = Skapa mitt konto
join-have-account = Har du redan ett konto?
join-sign-in-link = Logga in
join-error-code-missing = Skriv inbjudningskoden från din jobbcoach.
join-error-code-wrong = Vi kände inte igen koden. Kontrollera den och försök igen, eller fråga din jobbcoach.
join-error-code-expired = Koden har gått ut eller har redan använts. Be din jobbcoach om en ny kod.
join-neutral = Tack. Om ett nytt konto kunde skapas med de här uppgifterna kan du nu logga in. Om du redan har ett Askel-konto, logga in med det. Har du glömt lösenordet? Be om ett nytt, eller be din jobbcoach om en inloggningskod.
join-holder-email-subject = Någon försökte gå med i Askel med din adress
join-holder-email-body =
    Hej,

    Någon försökte skapa ett nytt Askel-konto med den här e-postadressen. Du har redan ett konto med den, så inget nytt konto skapades.

    Om det var du, logga in här: { $sign_in }
    Har du glömt lösenordet? Be om ett nytt här: { $forgot }

    Om det inte var du behöver du inte göra något.
join-error-birth-year-invalid = Skriv ditt födelseår med fyra siffror, till exempel 1985, eller lämna fältet tomt.
join-error-gender-invalid = Välj ett av alternativen.

account-error-name-missing = Skriv ditt namn.
account-error-name-too-long = Ditt namn får vara högst 100 tecken långt.
account-error-contact-missing = Skriv din e-postadress eller ditt telefonnummer.
account-error-contact-invalid = Skriv en e-postadress som namn@exempel.fi eller ett telefonnummer som 040 123 4567.
account-error-contact-taken = Den här e-postadressen eller det här telefonnumret har redan ett konto. Logga in i stället, eller använd ett annat.

password-error-too-short = Lösenordet måste vara minst 8 tecken långt.
password-error-too-long = Lösenordet får vara högst 200 tecken långt.
password-error-common = Det här lösenordet är för vanligt och lätt att gissa. Välj ett annat.

account-title = Mitt konto
account-heading = Mitt konto
account-welcome = Välkommen till Askel! Ditt konto är klart.
account-name = Namn
account-role = Roll

invitations-title = Inbjudningskoder
invitations-heading = Inbjudningskoder
invitations-intro = Skapa en kod för en ny arbetssökande. När hen går med med koden läggs hen till bland dina kunder. Varje kod fungerar en gång.
invitations-slip-heading = Din inbjudan till Askel
invitations-slip-step-address = Gå till { $address } med telefonen eller en dator.
invitations-slip-step-code = Skriv koden ovan.
invitations-slip-step-account = Välj ett namn och ett lösenord. Sedan kan du börja.
invitations-slip-expires = Koden fungerar en gång, i { $days } dagar. Om den har gått ut, be din jobbcoach om en ny.
invitations-language = Lappens språk
invitations-language-hint = Välj det språk den arbetssökande läser bäst.
invitations-print-hint = Skriv ut lappen från webbläsarens meny, eller kopiera koden till ett sms.
invitations-create = Skapa en inbjudningskod
# $days is how many days the code works; $address is the join page.

forgot-title = Har du glömt ditt lösenord?
forgot-intro = Skriv e-postadressen till ditt konto. Vi skickar en länk där du kan ställa in ett nytt lösenord. Länken fungerar i en timme.
forgot-no-email = Har du ingen e-postadress, eller kommer du inte åt den? Be din jobbcoach om en engångskod och ställ in ett nytt lösenord med den.
forgot-email-label = E-postadress
forgot-submit = Skicka länken
forgot-sent = Om den här e-postadressen har ett konto har vi skickat en länk till den. Kontrollera din e-post, också skräppostmappen.
forgot-error-email-invalid = Skriv en e-postadress som namn@exempel.fi.

new-password-title = Ställ in ett nytt lösenord
new-password-code-label = Kod
new-password-code-hint = Koden från länken i e-posten eller från din jobbcoach, till exempel K7M-4PX-Q9R.
new-password-label = Nytt lösenord
new-password-submit = Spara det nya lösenordet
new-password-done = Ditt lösenord har ändrats. Logga in med ditt nya lösenord.
new-password-error-code-missing = Skriv koden från e-posten eller från din jobbcoach.
new-password-error-code-wrong = Vi kände inte igen koden. Kontrollera den och försök igen.
new-password-error-code-expired = Koden har gått ut eller har redan använts. Be om en ny.

reset-email-subject = Ställ in ett nytt lösenord för Askel
# $link is the one-time address; $minutes how long it works.
reset-email-body =
    Hej,

    Någon bad om ett nytt lösenord för ditt Askel-konto. Om det var du, öppna den här länken inom { $minutes } minuter:

    { $link }

    Om det inte var du behöver du inte göra något. Ditt lösenord har inte ändrats.

    Askel
notice-password-subject = Ditt lösenord i Askel har ändrats
notice-password-body =
    Hej,

    Lösenordet till ditt Askel-konto ändrades nyss.

    Om det var du behöver du inte göra något.

    Om det inte var du kan någon använda ditt konto. Be om ett nytt lösenord här: { $forgot }
    Eller be din jobbcoach om hjälp.
notice-contact-subject = Dina inloggningsuppgifter i Askel har ändrats
notice-contact-body =
    Hej,

    E-postadressen eller telefonnumret som du loggar in i Askel med ändrades nyss. Det här meddelandet skickas till den adress kontot hade före ändringen.

    Om det var du behöver du inte göra något.

    Om det inte var du kan någon använda ditt konto. Be genast din jobbcoach om hjälp.
notice-reset-subject = Ett nytt lösenord har ställts in i Askel
notice-reset-body =
    Hej,

    Ett nytt lösenord ställdes nyss in för ditt Askel-konto med en återställningslänk eller en kod från din jobbcoach.

    Om det var du behöver du inte göra något.

    Om det inte var du, be om ett nytt lösenord här: { $forgot }
    Och berätta det för din jobbcoach.
