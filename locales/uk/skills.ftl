## Skills self-assessment: the list, one question per page, checking
## answers, results and history. The frameworks' own texts (areas,
## competences, "I can…" statements) live in content/assessments, not here.

nav-skills = Мої навички

skills-title = Мої навички
skills-intro = Перевірте, що ви вже вмієте. Прочитайте кожне речення і виберіть, наскільки воно вам підходить. Неправильних відповідей немає.
skills-coach-sees = Ваш консультант з працевлаштування бачить ваші результати, щоб ви разом могли спланувати наступні кроки.
skills-all = Усі самооцінювання навичок
skills-back = Назад
skills-draft-progress = Ви пройшли запитань: { $done } з { $count }.
skills-latest-results = Ваші останні результати: { $date }
skills-history-link = Подивитися, як змінилися ваші навички
skills-continue = Продовжити
skills-start = Почати
skills-switch = Змінити довжину
skills-mode-legend = Ви хочете пройти коротке чи повне оцінювання?
skills-mode-legend-change = Хочете змінити довжину? Відповіді, які ви вже дали, збережуться.
skills-mode-short = { $count ->
    [one] Коротке: { $count } запитання, приблизно 10 хвилин
    [few] Коротке: { $count } запитання, приблизно 10 хвилин
    [many] Коротке: { $count } запитань, приблизно 10 хвилин
   *[other] Коротке: { $count } запитання, приблизно 10 хвилин
}
skills-mode-full = { $count ->
    [one] Повне: { $count } запитання, приблизно 25 хвилин
    [few] Повне: { $count } запитання, приблизно 25 хвилин
    [many] Повне: { $count } запитань, приблизно 25 хвилин
   *[other] Повне: { $count } запитання, приблизно 25 хвилин
}
skills-saved-for-later = Ваші відповіді збережено. Ви можете продовжити, коли захочете.

skills-question-position = Запитання { $n } з { $count }
skills-question-caption = Запитання { $n } з { $count }: { $area }
skills-question-hint = Наскільки добре ви це вмієте?
skills-question-hint-skipped = Раніше ви пропустили це запитання. Наскільки добре ви це вмієте?
skills-scale-not-yet = Я ще не вмію цього
skills-scale-with-help = Я вмію це з допомогою
skills-scale-on-my-own = Я вмію це самостійно
skills-scale-help-others = Я можу допомогти іншим у цьому
skills-skipped = Пропущено
skills-skip = Пропустити запитання
skills-save-later = Зберегти і повернутися пізніше

skills-check-title = Перевірте свої відповіді
skills-check-page-title = Перевірте свої відповіді: { $framework }
skills-check-counts = Є відповідь: { $answered } з { $count }. Пропущено: { $skipped }.
skills-not-answered = Ще немає відповіді
skills-change = Змінити
skills-answer-now = Відповісти
skills-send-heading = Надішліть свої відповіді
skills-send-body = Коли ви надішлете відповіді, ви побачите свої результати. Пізніше можна пройти оцінювання ще раз і побачити, як зростають ваші навички.
skills-send = Надіслати мої відповіді

skills-results-title = Ваші результати: { $framework }
skills-results-sent = Дата надсилання
skills-results-areas = Ваш рівень у кожній сфері
skills-results-table = Ваш рівень і бали в кожній сфері
skills-results-competences = Ваш рівень у кожній навичці
skills-chart-scale = Бали – від 1 до 4: 1 означає «Я ще не вмію цього», а 4 означає «Я можу допомогти іншим у цьому».
# One area in the chart's description for screen readers.
skills-chart-bar = { $area }: { $level }, бали: { $score }.
skills-chart-bar-none = { $area }: не оцінено.
skills-chart-point = { $date }, бали: { $score }
skills-chart-point-none = { $date }: не оцінено
skills-column-area = Сфера
skills-column-level = Рівень
skills-column-score = Бали (1–4)
skills-column-date = Дата
skills-level-not-yet = Ще не досягнуто
skills-level-foundation = Базовий
skills-level-intermediate = Середній
skills-level-advanced = Високий
skills-level-none = Не оцінено
skills-suggested-heading = Модулі, які можуть вам допомогти
skills-suggested-intro = Ці модулі допомагають у сферах, де ви можете навчитися найбільше.
skills-suggested-none = Ви сильні в усіх сферах. Ви все одно можете пройти будь-який модуль.

skills-history-title = Як змінилися ваші навички: { $framework }
skills-history-none = Ви ще не надіслали це оцінювання. Коли надішлете, ваші результати буде показано тут.
skills-history-changes = Зміна в кожній сфері
skills-history-first = Перше ({ $date })
skills-history-previous = Попереднє ({ $date })
skills-history-latest = Останнє ({ $date })
skills-history-since-first = Зміна від першого
skills-history-since-previous = Зміна від попереднього
skills-history-trends = Ваші бали в кожній сфері з часом
skills-history-period = З { $first } до { $latest }.
skills-history-every = Усі оцінювання
skills-history-every-caption = Ваші бали в кожній сфері за датами

skills-error-choose-mode = Виберіть, яке оцінювання ви хочете пройти: коротке чи повне
skills-error-choose-answer = Виберіть, наскільки добре ви це вмієте, або пропустіть запитання
skills-error-nothing-answered = Перш ніж надсилати, дайте відповідь хоча б на одне запитання
