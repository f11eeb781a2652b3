# Coachningsavsnitt: listan, stegvisningen och sidan när avsnittet är klart.
# Själva innehållet i avsnitten finns i content/modules, inte här.

modules-title = Avsnitt
modules-intro = Korta lektioner för att söka jobb. Gå fram i din egen takt: det du har gjort sparas efter varje steg.
modules-length = { $steps } steg, ungefär { $minutes } minuter
modules-status-not-started = Inte påbörjat
modules-status-in-progress = Pågår: { $done } av { $count } steg klara
modules-status-completed = Klart
modules-assigned = Din jobbcoach föreslog det här avsnittet
modules-assigned-due = Din jobbcoach föreslog det här avsnittet. Gör det klart senast { $date }.
modules-in-english = Det här avsnittet finns bara på engelska än så länge.
modules-in-finnish = Det här avsnittet finns bara på finska än så länge.

module-step-position = Steg { $n } av { $count }
module-fallback-notice = Det här avsnittet finns inte på ditt språk ännu. Det visas på engelska.
module-fallback-notice-finnish = Det här avsnittet finns inte på ditt språk ännu. Det visas på finska.
module-all-modules = Alla avsnitt
module-back = Tillbaka
module-continue = Fortsätt
module-check-answer = Kontrollera mitt svar
module-save-changed = Spara mitt nya svar
module-your-answer = Ditt svar
module-answer-right = rätt
module-answer-not-right = inte riktigt rätt
module-change-answer = Ändra ditt svar
module-transcript = Det här säger videon
module-captions-label = Textning
module-video-fallback = Din webbläsare kan inte spela upp videon. Texten nedan berättar allt som videon visar.
module-reflection-hint = Bara du ser det du skriver här, om du inte själv väljer att dela det med din jobbcoach. Du behöver inte skriva något.
module-share-with-coach = Dela det här svaret med min jobbcoach
module-offline = Du har ingen internetanslutning. Du kan fortsätta: dina svar sparas på den här enheten.
module-waiting = Svar som väntar på att skickas: { $count }. De skickas när du har internet igen.
module-all-sent = Alla dina svar har sparats.
module-finished-offline = Du har gjort alla steg. Anslut till internet så att dina sista svar sparas.
module-sign-in-to-send = Svar som väntar på att skickas: { $count }. Din session har tagit slut, så de sparas på den här enheten. Logga in igen så sparas de.
module-sign-in-link = Logga in
module-trying-again = Svar som väntar på att skickas: { $count }. Tjänsten kan inte spara dem just nu. De sparas på den här enheten och skickas snart igen.
module-refused = Svar som inte kunde sparas eftersom modulen har ändrats: { $count }. Gå igenom modulens steg igen.

module-error-choose-one = Välj ett svar
module-error-choose-some = Välj minst ett svar
module-error-write-answer = Skriv ditt svar
module-error-too-long = Ditt svar är för långt. Korta ner det till under 4 000 tecken.
module-error-due-date = Skriv datumet som dag.månad.år, till exempel 31.12.2026
module-error-choose = Välj en modul

module-done-heading = Klart: { $module }
module-not-done-heading = Inte klart ännu: { $module }
module-done-progress = Du har gjort { $done } av { $count } steg.
module-done-answers = Dina svar
module-done-nothing = Inget svar
module-done-shared = Delat med din jobbcoach
module-done-private = Bara du ser det här
module-done-next = Vad gör jag nu?
module-done-all = Du har gjort alla avsnitt. Bra jobbat!
