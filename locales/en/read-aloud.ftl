# Read-aloud: the "Listen" control on module steps, assessment questions and results, and event pages.
listen-button = Listen
listen-pause = Pause
listen-resume = Continue listening
listen-stop = Stop
listen-reading = Reading aloud.
listen-paused = Paused.
listen-stopped = Stopped.
listen-no-voice = This device has no voice that reads this language aloud.
