### Hur Askel kontaktar en person.

notify-title = Hur Askel kontaktar dig
notify-change = Välj hur du får veta om meddelanden, möten och evenemang
notify-intro = Askel berättar när din coach skriver till dig, när ett möte bokas, flyttas eller närmar sig och när du får en plats på ett evenemang. Aviseringen säger aldrig vad ett meddelande innehåller.
notify-channels = Berätta för mig med
notify-by-email = E-post till { $address }
notify-by-sms = Textmeddelande till { $phone }
notify-no-phone = Lägg till ditt telefonnummer om du vill få textmeddelanden: Mitt konto och sedan Ändra dina uppgifter.
notify-quiet = Tysta timmar för textmeddelanden
notify-quiet-hint = Textmeddelanden som skulle komma under de här timmarna kommer i stället när de är slut. Välj samma timme två gånger för att få dem när som helst.
notify-quiet-from = Inga textmeddelanden från
notify-quiet-until = Till
notify-save = Spara
notify-saved = Dina val är sparade.
notify-error-hour = Välj en timme
notify-email-footer = Välj hur Askel kontaktar dig: { $link }

## One-click stop links in every notice (`/unsubscribe`).
notify-email-stop = Stoppa de här e-postmeddelandena med ett tryck: { $link }
notify-sms-stop = Stoppa sms: { $link }
notify-stop-email-title = Stoppa e-post från Askel
notify-stop-email-intro = Tryck på knappen så skickar Askel inga fler e-postmeddelanden om meddelanden, möten, din plan och evenemang. Ditt konto och allt i det förblir som det är.
notify-stop-email-button = Stoppa e-post
notify-stop-email-stopped = Askel skickar dig inte e-post. Du hittar fortfarande allt när du loggar in.
notify-stop-email-again = Börja ta emot e-post igen
notify-stop-sms-title = Stoppa sms från Askel
notify-stop-sms-intro = Tryck på knappen så skickar Askel inga fler sms om meddelanden, möten, din plan och evenemang. Ditt konto och allt i det förblir som det är.
notify-stop-sms-button = Stoppa sms
notify-stop-sms-stopped = Askel skickar dig inte sms. Du hittar fortfarande allt när du loggar in.
notify-stop-sms-again = Börja ta emot sms igen
notify-stop-saved = Ditt val är sparat.
notify-stop-settings = Du kan också välja när du är inloggad:

## The daily digest.
notify-digest = Samla mina e-postmeddelanden till ett om dagen, som skickas efter klockan 8 på morgonen (sms kommer fortfarande ett i taget)
notify-digest-subject = Nytt för dig i Askel
notify-digest-body = Sedan förra e-postmeddelandet har detta hänt för dig i Askel:
    { $lines }

    Logga in för att se det: { $link }

## Aviseringar på telefonens egen skärm (Web Push).

notify-push-heading = Aviseringar på telefonens skärm
notify-push-intro = Askel kan visa en avisering på skärmen i den telefon eller dator du använder nu, som andra appar gör. Aviseringen säger bara att något är nytt, inte vad.
notify-push-devices = { $count ->
    [0] Ingen telefon eller webbläsare visar dina aviseringar.
    [one] En telefon eller webbläsare visar dina aviseringar.
   *[other] { $count } telefoner eller webbläsare visar dina aviseringar.
}
notify-push-turn-on = Slå på aviseringar i den här telefonen
notify-push-turn-off = Stäng av aviseringar i den här telefonen
notify-push-on = Aviseringar är på i den här telefonen.
notify-push-off = Aviseringar är av i den här telefonen.
notify-push-working = Ett ögonblick…
notify-push-blocked = Din webbläsare blockerar aviseringar från Askel. Du kan tillåta dem i webbläsarens inställningar för den här webbplatsen.
notify-push-failed = Aviseringarna kunde inte slås på. Försök igen senare.
notify-push-unsupported = Den här webbläsaren kan inte visa aviseringar från Askel. Lägg först till Askel på telefonens hemskärm.
notify-push-needs-script = För att slå på aviseringar behöver webbläsaren JavaScript.
notify-push-stop-all = Stoppa aviseringar i alla telefoner
notify-push-stopped = Ingen telefon eller webbläsare visar dina aviseringar nu.
notify-push-title = Askel
