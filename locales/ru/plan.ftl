# The employment plan: the coach's plan pages and the jobseeker's "My plan".

nav-plan = Мой план

plan-my-title = Мой план
plan-my-intro = Это план, который вы согласовали со своим консультантом. Когда вы выполните шаг, отметьте его как выполненный. Консультант это увидит.
plan-my-empty = У вас пока нет плана. Вы составите его вместе с консультантом на следующей встрече.
plan-my-back = Назад к моему плану
plan-my-notes = Заметки вашего консультанта
plan-print-hint = Чтобы сохранить копию на бумаге, распечатайте эту страницу через меню браузера.

plan-goals-and-steps = Цели и шаги
plan-loose-steps = Другие шаги
plan-no-steps = Для этой цели пока нет шагов.
plan-who = Кто
plan-who-jobseeker = Вы
plan-who-coach = Ваш консультант
plan-who-together = Вы и консультант вместе
plan-coach-who-jobseeker = Соискатель
plan-coach-who-coach = Консультант
plan-coach-who-together = Вместе
plan-due = Срок
plan-due-hint = По желанию. Например, 15.1.2027
plan-no-due = Без даты
plan-overdue = Просрочено
plan-status = Статус
plan-step-status-todo = Нужно сделать
plan-step-status-doing = В процессе
plan-step-status-done = Выполнено
plan-step-status-dropped = Убрано из плана
plan-goal-status = Статус цели
plan-goal-status-open = В работе
plan-goal-status-reached = Достигнута
plan-goal-status-dropped = Убрана из плана
plan-mark-done = Отметить как выполненный
plan-mark-not-done = Отметить как невыполненный

plan-coach-title = План трудоустройства: { $name }
plan-coach-empty = Целей и шагов пока нет. Добавьте ниже первые, о которых вы договорились.
plan-history-link = История изменений
plan-change-goal = Изменить цель
plan-change-step = Изменить шаг
plan-add-step = Добавить шаг
plan-add-step-submit = Добавить шаг
plan-step-what = Шаг
plan-step-what-hint = Что будет сделано. Пишите словами, понятными соискателю.
plan-goal-field = К какой цели ведёт этот шаг
plan-goal-none = Без определённой цели
plan-step-added = Шаг добавлен в план.
plan-add-goal = Добавить цель
plan-add-goal-submit = Добавить цель
plan-goal-what = Цель
plan-goal-what-hint = Например: работа в магазине или курс, который начнётся весной.
plan-goal-added = Цель добавлена в план.
plan-back = Назад к плану
plan-change-step-title = Изменить шаг в плане: { $name }
plan-change-goal-title = Изменить цель в плане: { $name }
plan-save = Сохранить изменения

plan-error-step-what = Напишите, в чём состоит шаг
plan-error-goal-what = Напишите, в чём состоит цель
plan-error-what-long = Напишите не больше 500 знаков
plan-error-who = Выберите, кто выполняет шаг
plan-error-due_on = Напишите дату в виде день.месяц.год, например 15.1.2027
plan-error-dropped = Этот шаг убран из вашего плана, поэтому его нельзя отметить.
plan-error-status = Выберите статус

plan-history-title = История моего плана
plan-history-coach-title = История плана: { $name }
plan-history-caption = Все изменения в плане, сначала новые
plan-history-none = Изменений пока нет.
plan-history-when = Когда
plan-history-by = Кто изменил
plan-history-change = Изменение
plan-history-by-you = Вы
plan-history-by-gone = Удалённая учётная запись
plan-history-added-step = Добавлен шаг «{ $what }»
plan-history-added-goal = Добавлена цель «{ $what }»
plan-history-changed-step = Изменён шаг «{ $what }»
plan-history-changed-goal = Изменена цель «{ $what }»
plan-history-renamed = Прежнее название: «{ $from }»

## Telling the jobseeker their coach added to their plan (no content in the subject)
plan-email-step-subject = Ваш консультант добавил шаг в ваш план в Askel
plan-email-step-body = Ваш консультант добавил шаг в ваш план трудоустройства. Войдите, чтобы посмотреть: { $link }
plan-sms-step = Askel: ваш консультант добавил шаг в ваш план. { $link }
plan-email-note-subject = Ваш консультант написал вам заметку в Askel
plan-email-note-body = Ваш консультант написал вам заметку. Она в вашем плане трудоустройства. Войдите, чтобы прочитать её: { $link }
plan-sms-note = Askel: ваш консультант написал вам заметку. { $link }
