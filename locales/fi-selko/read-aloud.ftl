# Read-aloud: the "Listen" control on module steps, assessment questions and results, and event pages.
listen-button = Kuuntele
listen-pause = Tauko
listen-resume = Jatka kuuntelua
listen-stop = Lopeta kuuntelu
listen-reading = Lukeminen on käynnissä.
listen-paused = Lukeminen on tauolla.
listen-stopped = Lukeminen loppui.
listen-no-voice = Tämä puhelin tai tietokone ei osaa lukea tätä kieltä ääneen.
