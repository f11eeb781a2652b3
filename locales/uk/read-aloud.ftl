# Read-aloud: the "Listen" control on module steps, assessment questions and results, and event pages.
listen-button = Слухати
listen-pause = Пауза
listen-resume = Продовжити
listen-stop = Зупинити
listen-reading = Текст читається вголос.
listen-paused = Читання призупинено.
listen-stopped = Читання зупинено.
listen-no-voice = На цьому пристрої немає голосу, який читає вголос мовою цього тексту.
