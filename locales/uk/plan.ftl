# The employment plan: the coach's plan pages and the jobseeker's "My plan".

nav-plan = Мій план

plan-my-title = Мій план
plan-my-intro = Це план, який ви погодили зі своїм консультантом з працевлаштування. Коли ви виконаєте крок, позначте його як виконаний. Консультант це побачить.
plan-my-empty = У вас ще немає плану. Ви складете його разом з консультантом з працевлаштування на наступній зустрічі.
plan-my-back = Назад до мого плану
plan-my-notes = Нотатки від вашого консультанта з працевлаштування
plan-print-hint = Щоб мати копію на папері, роздрукуйте цю сторінку через меню браузера.

plan-goals-and-steps = Цілі та кроки
plan-loose-steps = Інші кроки
plan-no-steps = Для цієї мети ще немає кроків.
plan-who = Хто
plan-who-jobseeker = Ви
plan-who-coach = Ваш консультант з працевлаштування
plan-who-together = Ви і ваш консультант разом
plan-coach-who-jobseeker = Шукач роботи
plan-coach-who-coach = Консультант
plan-coach-who-together = Разом
plan-due = До коли
plan-due-hint = Необов'язково. Наприклад, 15.1.2027
plan-no-due = Без дати
plan-overdue = Термін минув
plan-status = Статус
plan-step-status-todo = Треба зробити
plan-step-status-doing = У процесі
plan-step-status-done = Виконано
plan-step-status-dropped = Скасовано
plan-goal-status = Статус мети
plan-goal-status-open = У процесі
plan-goal-status-reached = Досягнуто
plan-goal-status-dropped = Скасовано
plan-mark-done = Позначити як виконаний
plan-mark-not-done = Позначити як невиконаний

plan-coach-title = План працевлаштування: { $name }
plan-coach-empty = Цілей і кроків ще немає. Додайте нижче перші, про які ви домовилися.
plan-history-link = Історія змін
plan-change-goal = Змінити мету
plan-change-step = Змінити крок
plan-add-step = Додати крок
plan-add-step-submit = Додати крок
plan-step-what = Крок
plan-step-what-hint = Що буде зроблено. Пишіть словами, зрозумілими для шукача роботи.
plan-goal-field = До якої мети веде цей крок
plan-goal-none = Без конкретної мети
plan-step-added = Крок додано до плану.
plan-add-goal = Додати мету
plan-add-goal-submit = Додати мету
plan-goal-what = Мета
plan-goal-what-hint = Наприклад: робота в магазині або курс, який почнеться навесні.
plan-goal-added = Мету додано до плану.
plan-back = Назад до плану
plan-change-step-title = Змінити крок у плані: { $name }
plan-change-goal-title = Змінити мету в плані: { $name }
plan-save = Зберегти зміни

plan-error-step-what = Напишіть, у чому полягає крок
plan-error-goal-what = Напишіть, у чому полягає мета
plan-error-what-long = Напишіть не більше ніж 500 символів
plan-error-who = Виберіть, хто виконує крок
plan-error-due_on = Напишіть дату як день.місяць.рік, наприклад 15.1.2027
plan-error-dropped = Цей крок вилучено з вашого плану, тому його не можна позначити.
plan-error-status = Виберіть статус

plan-history-title = Історія мого плану
plan-history-coach-title = Історія плану: { $name }
plan-history-caption = Усі зміни в плані, спочатку найновіші
plan-history-none = Змін ще немає.
plan-history-when = Коли
plan-history-by = Хто змінив
plan-history-change = Зміна
plan-history-by-you = Ви
plan-history-by-gone = Видалений обліковий запис
plan-history-added-step = Додано крок «{ $what }»
plan-history-added-goal = Додано мету «{ $what }»
plan-history-changed-step = Змінено крок «{ $what }»
plan-history-changed-goal = Змінено мету «{ $what }»
plan-history-renamed = Попередня назва: «{ $from }»

## Telling the jobseeker their coach added to their plan (no content in the subject)
plan-email-step-subject = Ваш консультант додав крок до вашого плану в Askel
plan-email-step-body = Ваш консультант з працевлаштування додав крок до вашого плану працевлаштування. Увійдіть, щоб його побачити: { $link }
plan-sms-step = Askel: ваш консультант додав крок до вашого плану. { $link }
plan-email-note-subject = Ваш консультант написав вам нотатку в Askel
plan-email-note-body = Ваш консультант з працевлаштування написав вам нотатку. Вона є у вашому плані працевлаштування. Увійдіть, щоб її прочитати: { $link }
plan-sms-note = Askel: ваш консультант написав вам нотатку. { $link }
