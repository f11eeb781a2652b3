# Read-aloud: the "Listen" control on module steps, assessment questions and results, and event pages.
listen-button = Kuula
listen-pause = Paus
listen-resume = Jätka
listen-stop = Lõpeta
listen-reading = Loetakse ette.
listen-paused = Peatatud.
listen-stopped = Lõpetatud.
listen-no-voice = Selles seadmes ei ole häält, mis oskaks selles keeles ette lugeda.
