# Read-aloud: the "Listen" control on module steps, assessment questions and results, and event pages.
listen-button = Dhegeyso
listen-pause = Hakad
listen-resume = Sii dhegeyso
listen-stop = Jooji
listen-reading = Qoraalka kor ayaa loo akhrinayaa.
listen-paused = Akhriska waa la hakiyay.
listen-stopped = Akhrisku wuu joogsaday.
listen-no-voice = Qalabkani ma laha cod luqaddan kor u akhriya.
