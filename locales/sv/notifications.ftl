### Hur Askel kontaktar en person.

notify-title = Hur Askel kontaktar dig
notify-change = Välj hur du får veta om meddelanden, möten och evenemang
notify-intro = Askel berättar när din coach skriver till dig, när ett möte bokas, flyttas eller närmar sig och när du får en plats på ett evenemang. Aviseringen säger aldrig vad ett meddelande innehåller.
notify-channels = Berätta för mig med
notify-by-email = E-post till { $address }
notify-by-sms = Textmeddelande till { $phone }
notify-no-phone = Lägg till ditt telefonnummer på sidan Mina uppgifter om du vill få textmeddelanden.
notify-quiet = Tysta timmar för textmeddelanden
notify-quiet-hint = Textmeddelanden som skulle komma under de här timmarna kommer i stället när de är slut. Välj samma timme två gånger för att få dem när som helst.
notify-quiet-from = Inga textmeddelanden från
notify-quiet-until = Till
notify-save = Spara
notify-saved = Dina val är sparade.
notify-error-hour = Välj en timme
notify-email-footer = Välj hur Askel kontaktar dig: { $link }
