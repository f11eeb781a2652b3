### Meddelanden mellan en arbetssökande och hens coach.

nav-messages = Meddelanden
message-my-title = Meddelanden
message-my-intro = Här skriver du och din coach { $coach } till varandra. Din coach läser det du skriver här. När din coach är borta kan en annan coach i samma team läsa och svara på dina meddelanden, och varje gång det sker registreras. Om du får en ny coach kan hen också läsa de tidigare meddelandena.
message-no-coach = Du har ännu ingen coach i Askel, så det finns ingen att skriva till. När du får en coach kan du skriva till hen här.
message-coach-title = Meddelanden med { $name }
message-none = Inga meddelanden ännu.
message-earlier = Tidigare meddelanden
message-newest = Nyaste meddelandena
message-you = Du
message-writer-gone = En tidigare coach
message-sent-at = { $day } kl. { $time }
message-read-at = Läst { $day } kl. { $time }
message-not-read = Inte läst ännu
message-write = Skriv ett meddelande
message-to-coach = Ditt meddelande till { $coach }
message-to-jobseeker = Ditt meddelande till { $name }
message-body-hint = Skriv inte din personbeteckning eller dina bankuppgifter i ett meddelande.
message-send = Skicka meddelandet
message-sent = Meddelandet har skickats. Det syns sist ovan.
message-error-empty = Skriv ditt meddelande
message-error-long = Skriv ditt meddelande med högst 4000 tecken
message-error-too-many = Du har skickat 100 meddelanden i dag, vilket är det högsta antalet för en dag. Du kan skriva igen i morgon.
message-error-sent-before = Det här formuläret har redan skickats, med en annan text. Se konversationen ovan. Om den här texten fortfarande behöver skickas, skicka den igen.
message-error-no-coach = Du har ännu ingen coach, så meddelandet kunde inte skickas.
message-unsent = Det du skrev (inte skickat)
message-email-subject = Du har ett nytt meddelande i Askel
message-email-body = Du har ett nytt meddelande i Askel. Logga in för att läsa det: { $link }

    Du får ett e-postmeddelande tills du har läst dina meddelanden.
person-messages = Meddelanden
person-unread-messages = { $count ->
    [0] Inga olästa meddelanden från hen.
    [one] Ett oläst meddelande från hen.
   *[other] { $count } olästa meddelanden från hen.
}
person-open-messages = Öppna meddelandena
message-templates = Börja från en färdig text
message-templates-hint = Texten är på det språk som personen använder i Askel. Du kan ändra den innan du skickar.
message-template-recontact-title = Vi har inte hört av dig på ett tag
message-template-recontact = Hej { $name }, vi har inte hört av dig i Askel på ett tag. Hur mår du? Du kan svara här eller berätta en tid som passar dig, så ringer jag dig.
message-template-meeting-title = Vi träffas
message-template-meeting = Hej { $name }, jag skulle vilja träffa dig. Vilken dag nästa vecka passar dig? Du kan svara här.
message-template-well-done-title = Bra jobbat
message-template-well-done = Hej { $name }, bra jobbat! Jag såg vad du har gjort i Askel. Fortsätt så och skriv till mig om du behöver hjälp.
message-sms = Askel: du har ett nytt meddelande. { $link }

## A coach's inbox, days away and covering for the team.
message-my-coach-away = { $coach } är borta till och med { $day }. Till dess läser och svarar en annan coach i samma team på dina meddelanden.
message-covering = Du läser detta för { $coach }, som är borta till och med { $day }. Varje gång du öppnar det registreras.
message-inbox-back = Tillbaka till meddelanden
message-inbox-title = Meddelanden
message-inbox-intro = Dina samtal med personerna i din klientgrupp, olästa först. Varje gång du öppnar listan registreras, som varje läsning av en persons uppgifter.
message-inbox-own = Dina arbetssökande
message-inbox-none = Inga meddelanden ännu med personerna i din klientgrupp.
message-inbox-team = Vikariat i ditt team
message-inbox-team-rule = När en coach i ditt team är borta finns samtalen med hens arbetssökande här till slutet av hens sista frånvarodag. Du kan läsa och svara på dem. Varje gång du öppnar ett registreras.
message-inbox-nobody-away = Ingen i ditt team är borta.
message-inbox-away = { $name } är borta till och med { $day }
message-inbox-none-covered = Inga meddelanden med hens arbetssökande.
message-inbox-unread = { $count ->
    [one] Ett oläst
   *[other] { $count } olästa
}
message-inbox-latest-them = Senaste meddelandet { $day } kl. { $time }, från personen
message-inbox-latest-coach = Senaste meddelandet { $day } kl. { $time }, från en coach
message-inbox-formers = Borttagna samtal
message-former = { $unread ->
    [0] { $month }: ett meddelande från en tidigare arbetssökande. Samtalet togs bort med hens konto.
    [one] { $month }: ett meddelande från en tidigare arbetssökande. Samtalet togs bort med hens konto. Ett meddelande från hen var oläst.
   *[other] { $month }: ett meddelande från en tidigare arbetssökande. Samtalet togs bort med hens konto. { $unread } meddelanden från hen var olästa.
}
message-away-heading = Din frånvaro
message-away-none = Du är inte markerad som borta.
message-away-until = Du är borta till och med { $day }. Till dess kan coacherna i ditt team läsa och svara på dina arbetssökandes meddelanden.
message-away-day = Sista frånvarodag
message-away-hint = Till exempel semester eller sjukledighet. Till slutet av den dagen kan coacherna i ditt team läsa och svara på dina arbetssökandes meddelanden.
message-away-save = Spara
message-away-back = Jag är tillbaka
message-away-saved = Din frånvaro är sparad.
away-error-day = Skriv din sista frånvarodag som ett datum, till exempel 24.12.2026
away-error-past = Sista frånvarodagen kan inte vara i det förflutna
away-error-far = Sista frånvarodagen kan vara högst ett år fram
message-file-heading = Skicka ett foto eller en pdf
message-file-choose = Foto eller pdf-fil
message-file-hint = Ett foto av ett dokument (JPEG, PNG eller WebP) eller en pdf-fil, högst 10 MB. Askel kontrollerar vad filen verkligen är och skickar bara dessa slag.
message-file-words = Några ord om den (du kan lämna detta tomt)
message-file-send = Skicka filen
message-file-sent = Filen har skickats. Den är den sista ovan.
message-file-photo = foto
message-file-pdf = pdf
message-file-link = { $name } ({ $kind }, { $size } MB)
message-error-file-missing = Välj ett foto eller en pdf-fil att skicka
message-error-file-large = Välj en fil på högst 10 MB. Du kan skicka varje sida som ett eget foto.
message-error-file-type = Välj ett foto (JPEG, PNG eller WebP) eller en pdf-fil. Den här filen är något annat, vad dess namn än säger.
message-error-file-too-many = Du har skickat 20 filer i dag, vilket är det mesta för en dag. Du kan skicka fler i morgon.
message-error-file-words-long = Skriv högst 500 tecken om filen
message-live-on-phone = På din telefon: skickas när det finns en anslutning
message-live-sending = Skickas…
message-live-sent = Skickat
message-live-refused = Inte skickat. Dina ord finns igen i rutan nedan.
message-live-sign-in = Logga in igen, så skickas det
message-live-new = { $count ->
    [one] Ett nytt meddelande
   *[other] { $count } nya meddelanden
}
message-error-file-sent-before = Det här formuläret har redan skickats, med en annan fil eller andra ord. Se samtalet ovan. Vill du skicka också den här filen, välj den igen och skicka.
