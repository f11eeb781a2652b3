## Startsidan, sidan "sidan hittades inte" och offlinesidan.

home-title = Startsida
home-heading = Mot arbete, ett steg i taget
home-intro = Askel hjälper dig att förbereda dig för arbetslivet. Du kan lära dig i din egen takt, se vad du redan kan och träffa arbetsgivare.
home-who = Du använder Askel tillsammans med din jobbcoach. Din coach ser hur det går för dig och hjälper dig med nästa steg.
home-areas-heading = Det här kan du göra i Askel
home-staff-heading = Ditt arbete i Askel
home-area-modules-name = Coachningsavsnitt
home-area-modules-description = Korta lektioner om att skriva cv, arbetsintervjuer, att söka jobb på nätet, digitala tjänster och arbetslivet.
home-area-assessment-name = Självbedömning av kunskaper
home-area-assessment-description = Bedöm dina digitala färdigheter och arbetslivsfärdigheter. Se hur dina kunskaper växer.
home-area-events-name = Träffa arbetsgivare
home-area-events-description = Hitta evenemang där du kan träffa arbetsgivare ansikte mot ansikte, och anmäl dig.
home-area-plan-name = Min plan
home-area-plan-description = Se stegen i din sysselsättningsplan och vad du ska göra härnäst.
home-help-heading = Behöver du hjälp?
home-help-body = Fråga din jobbcoach. Du kan använda Askel på nio språk, också på lättläst finska: välj språk högst upp på sidan.

not-found-title = Sidan hittades inte
not-found-body = Sidan du letade efter finns inte. Adressen kan vara fel eller sidan kan ha flyttats.
not-found-home-link = Gå till startsidan

offline-title = Ingen internetanslutning
offline-body = Askel får inte kontakt med internet just nu. Kontrollera anslutningen och försök igen.
offline-saved-work = Inget som du har sparat tidigare har försvunnit.
offline-retry = Försök igen
