## Skills self-assessment: the list, one question per page, checking
## answers, results and history. The frameworks' own texts (areas,
## competences, "I can…" statements) live in content/assessments, not here.

nav-skills = Мои навыки

skills-title = Мои навыки
skills-intro = Проверьте, что вы уже умеете. Прочитайте каждое предложение и выберите, насколько оно вам подходит. Неправильных ответов нет.
skills-coach-sees = Ваш консультант по трудоустройству видит ваши результаты, чтобы вы вместе могли спланировать следующие шаги.
skills-all = Все самооценки навыков
skills-back = Назад
skills-draft-progress = Вы прошли вопросов: { $done } из { $count }.
skills-latest-results = Ваши последние результаты: { $date }
skills-history-link = Посмотреть, как изменились ваши навыки
skills-continue = Продолжить
skills-start = Начать
skills-switch = Изменить длину
skills-mode-legend = Вы хотите пройти короткую или полную самооценку?
skills-mode-legend-change = Хотите изменить длину? Ответы, которые вы уже дали, сохранятся.
skills-mode-short = { $count ->
    [one] Короткая: { $count } вопрос, около 10 минут
    [few] Короткая: { $count } вопроса, около 10 минут
    [many] Короткая: { $count } вопросов, около 10 минут
   *[other] Короткая: { $count } вопроса, около 10 минут
}
skills-mode-full = { $count ->
    [one] Полная: { $count } вопрос, около 25 минут
    [few] Полная: { $count } вопроса, около 25 минут
    [many] Полная: { $count } вопросов, около 25 минут
   *[other] Полная: { $count } вопроса, около 25 минут
}
skills-saved-for-later = Ваши ответы сохранены. Вы можете продолжить, когда захотите.

skills-question-position = Вопрос { $n } из { $count }
skills-question-caption = Вопрос { $n } из { $count }: { $area }
skills-question-hint = Насколько хорошо вы это умеете?
skills-question-hint-skipped = Раньше вы пропустили этот вопрос. Насколько хорошо вы это умеете?
skills-scale-not-yet = Я пока этого не умею
skills-scale-with-help = Я умею это, если мне помогают
skills-scale-on-my-own = Я умею это самостоятельно
skills-scale-help-others = Я могу помочь в этом другим
skills-skipped = Пропущено
skills-skip = Пропустить вопрос
skills-save-later = Сохранить и вернуться позже

skills-check-title = Проверьте свои ответы
skills-check-page-title = Проверьте свои ответы: { $framework }
skills-check-counts = Отвечено: { $answered } из { $count }. Пропущено: { $skipped }.
skills-not-answered = Ответа пока нет
skills-change = Изменить
skills-answer-now = Ответить
skills-send-heading = Отправьте свои ответы
skills-send-body = Когда вы отправите ответы, вы увидите свои результаты. Позже можно пройти самооценку ещё раз и увидеть, как растут ваши навыки.
skills-send = Отправить мои ответы

skills-results-title = Ваши результаты: { $framework }
skills-results-sent = Дата отправки
skills-results-areas = Ваш уровень в каждой области
skills-results-table = Ваш уровень и баллы в каждой области
skills-results-competences = Ваш уровень в каждом навыке
skills-chart-scale = Баллы — от 1 до 4: 1 означает «Я пока этого не умею», а 4 означает «Я могу помочь в этом другим».
# One area in the chart's description for screen readers.
skills-chart-bar = { $area }: { $level }, баллы: { $score }.
skills-chart-bar-none = { $area }: нет оценки.
skills-chart-point = { $date }, баллы: { $score }
skills-chart-point-none = { $date }: нет оценки
skills-column-area = Область
skills-column-level = Уровень
skills-column-score = Баллы (1–4)
skills-column-date = Дата
skills-level-not-yet = Пока ниже базового
skills-level-foundation = Базовый
skills-level-intermediate = Средний
skills-level-advanced = Высокий
skills-level-none = Нет оценки
skills-suggested-heading = Модули, которые могут вам помочь
skills-suggested-intro = Эти модули помогут в областях, где вы можете научиться большему.
skills-suggested-none = Вы сильны во всех областях. Но вы можете пройти любой модуль, какой захотите.

skills-history-title = Как изменились ваши навыки: { $framework }
skills-history-none = Вы ещё не отправили эту самооценку. Когда отправите, ваши результаты появятся здесь.
skills-history-changes = Изменение в каждой области
skills-history-first = Первая ({ $date })
skills-history-previous = Предыдущая ({ $date })
skills-history-latest = Последняя ({ $date })
skills-history-since-first = Изменение с первой
skills-history-since-previous = Изменение с предыдущей
skills-history-trends = Ваши баллы в каждой области со временем
skills-history-period = С { $first } по { $latest }.
skills-history-every = Все самооценки
skills-history-every-caption = Ваши баллы в каждой области по датам

skills-error-choose-mode = Выберите, какую самооценку вы хотите пройти: короткую или полную
skills-error-choose-answer = Выберите, насколько хорошо вы это умеете, или пропустите вопрос
skills-error-nothing-answered = Прежде чем отправить, ответьте хотя бы на один вопрос
