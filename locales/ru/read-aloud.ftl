# Read-aloud: the "Listen" control on module steps, assessment questions and results, and event pages.
listen-button = Слушать
listen-pause = Пауза
listen-resume = Продолжить
listen-stop = Остановить
listen-reading = Идёт чтение вслух.
listen-paused = Чтение на паузе.
listen-stopped = Чтение остановлено.
listen-no-voice = На этом устройстве нет голоса для чтения вслух на этом языке.
