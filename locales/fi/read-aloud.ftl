# Read-aloud: the "Listen" control on module steps, assessment questions and results, and event pages.
listen-button = Kuuntele
listen-pause = Tauko
listen-resume = Jatka kuuntelua
listen-stop = Lopeta
listen-reading = Luetaan ääneen.
listen-paused = Tauolla.
listen-stopped = Lopetettu.
listen-no-voice = Tässä laitteessa ei ole ääntä, joka lukee tätä kieltä ääneen.
