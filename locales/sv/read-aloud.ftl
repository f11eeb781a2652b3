# Read-aloud: the "Listen" control on module steps, assessment questions and results, and event pages.
listen-button = Lyssna
listen-pause = Paus
listen-resume = Fortsätt lyssna
listen-stop = Stoppa
listen-reading = Läser upp.
listen-paused = Pausad.
listen-stopped = Stoppad.
listen-no-voice = Den här enheten har ingen röst som läser upp det här språket.
