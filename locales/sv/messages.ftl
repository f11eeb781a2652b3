### Meddelanden mellan en arbetssökande och hens coach.

nav-messages = Meddelanden
message-my-title = Meddelanden
message-my-intro = Här skriver du och din coach { $coach } till varandra. Din coach läser det du skriver här. Om du får en ny coach kan hen också läsa de tidigare meddelandena.
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
