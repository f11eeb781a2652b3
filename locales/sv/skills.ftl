## Självbedömning av kunnande: listan, en fråga per sida, kontroll av
## svaren, resultat och historik. Ramverkens egna texter (områden,
## kompetenser, "Jag kan…"-påståenden) finns i content/assessments.

nav-skills = Mitt kunnande

skills-title = Mitt kunnande
skills-intro = Se vad du redan kan. Läs varje mening och välj hur bra den passar dig. Det finns inga fel svar.
skills-coach-sees = Din jobbcoach kan se dina resultat, så att ni kan planera nästa steg tillsammans.
skills-all = Alla självbedömningar
skills-back = Tillbaka
skills-draft-progress = Du har gått igenom { $done } av { $count } frågor.
skills-latest-results = Dina senaste resultat: { $date }
skills-history-link = Se hur ditt kunnande har förändrats
skills-continue = Fortsätt
skills-start = Börja
skills-switch = Byt längd
skills-mode-legend = Vill du göra en kort eller en lång bedömning?
skills-mode-legend-change = Vill du byta längd? De svar du redan har gett sparas.
skills-mode-short = Kort: { $count } frågor, cirka 10 minuter
skills-mode-full = Lång: { $count } frågor, cirka 25 minuter
skills-saved-for-later = Dina svar är sparade. Du kan fortsätta när du vill.

skills-question-position = Fråga { $n } av { $count }
skills-question-caption = Fråga { $n } av { $count }: { $area }
skills-question-hint = Hur bra kan du det här?
skills-question-hint-skipped = Du hoppade över den här frågan tidigare. Hur bra kan du det här?
skills-scale-not-yet = Jag kan inte det här ännu
skills-scale-with-help = Jag kan det här med hjälp
skills-scale-on-my-own = Jag kan det här själv
skills-scale-help-others = Jag kan hjälpa andra med det här
skills-skipped = Överhoppad
skills-skip = Hoppa över frågan
skills-save-later = Spara och fortsätt senare

skills-check-title = Kontrollera dina svar
skills-check-page-title = Kontrollera dina svar: { $framework }
skills-check-counts = Besvarade: { $answered } av { $count }. Överhoppade: { $skipped }.
skills-not-answered = Inte besvarad ännu
skills-change = Ändra
skills-answer-now = Svara
skills-send-heading = Skicka dina svar
skills-send-body = När du skickar dina svar ser du dina resultat. Du kan göra bedömningen igen senare och se hur ditt kunnande växer.
skills-send = Skicka mina svar

skills-results-title = Dina resultat: { $framework }
skills-results-sent = Skickades
skills-results-areas = Din nivå inom varje område
skills-results-table = Din nivå och dina poäng inom varje område
skills-results-competences = Din nivå i varje färdighet
skills-chart-scale = Poängen är från 1 till 4: 1 betyder "Jag kan inte det här ännu" och 4 betyder "Jag kan hjälpa andra med det här".
# Ett område i diagrammets beskrivning för skärmläsare.
skills-chart-bar = { $area }: { $level }, poäng { $score }.
skills-chart-bar-none = { $area }: inte bedömt.
skills-chart-point = { $date }: poäng { $score }
skills-chart-point-none = { $date }: inte bedömt
skills-column-area = Område
skills-column-level = Nivå
skills-column-score = Poäng (1–4)
skills-column-date = Datum
skills-level-not-yet = Inte ännu
skills-level-foundation = Grundnivå
skills-level-intermediate = Mellannivå
skills-level-advanced = Avancerad nivå
skills-level-none = Inte bedömt
skills-suggested-heading = Avsnitt som kan hjälpa dig
skills-suggested-intro = De här avsnitten hjälper inom de områden där du kan lära dig mest.
skills-suggested-none = Du är stark inom alla områden. Du kan ändå göra vilket avsnitt du vill.

skills-history-title = Hur ditt kunnande har förändrats: { $framework }
skills-history-none = Du har inte skickat den här bedömningen ännu. När du har gjort det visas dina resultat här.
skills-history-changes = Förändring inom varje område
skills-history-first = Första ({ $date })
skills-history-previous = Föregående ({ $date })
skills-history-latest = Senaste ({ $date })
skills-history-since-first = Förändring sedan första
skills-history-since-previous = Förändring sedan föregående
skills-history-trends = Dina poäng inom varje område över tid
skills-history-period = Från { $first } till { $latest }.
skills-history-every = Alla bedömningar
skills-history-every-caption = Dina poäng inom varje område, per datum

skills-error-choose-mode = Välj hur lång bedömning du vill göra
skills-error-choose-answer = Välj hur bra du kan det här, eller hoppa över frågan
skills-error-nothing-answered = Svara på minst en fråga innan du skickar
