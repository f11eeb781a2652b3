# The coach's caseload list.

nav-caseload = Мои соискатели

caseload-title = Мой список соискателей
caseload-search = Поиск по имени
caseload-sort = Сортировать
caseload-sort-quietest = Сначала те, кто дольше всех без активности
caseload-sort-name = По имени
caseload-sort-progress = Сначала те, кто прошёл меньше всего своих модулей
caseload-sort-unread = Сначала те, у кого больше всего непрочитанных сообщений
caseload-quiet-only = Только те, у кого не было активности 14 дней
caseload-apply = Показать
caseload-count = { $count ->
    [0] Никто не найден
    [one] { $count } соискатель
    [few] { $count } соискателя
    [many] { $count } соискателей
   *[other] { $count } соискателя
}
caseload-none = Никто не подходит под ваш выбор. Попробуйте ввести более короткое имя или покажите всех.
caseload-caption = Соискатели в вашем списке
caseload-column-name = Имя
caseload-column-messages = Непрочитанные сообщения
caseload-column-activity = Последняя активность
caseload-column-modules = Назначенные модули
caseload-column-skills = Цифровые навыки (изменение с первой самооценки)
caseload-column-plan = Открытые шаги плана
caseload-column-next-event = Следующее мероприятие
caseload-no-activity = Активности пока нет
caseload-quiet-flag = Нет активности 14 дней
caseload-modules-none = Модули не назначены
caseload-modules-done = Пройдено: { $done } из { $count }
caseload-skills-none = Самооценки пока нет
caseload-area-level = { $area }: { $level } ({ $change })
caseload-pages = Страницы списка
caseload-previous = Предыдущая страница
caseload-next = Следующая страница
caseload-page-of = Страница { $page } из { $pages }

caseload-back = Назад к вашему списку соискателей
jobseeker-back = Назад: { $name }
caseload-unread-messages = { $count ->
    [one] { $count } непрочитанное сообщение
    [few] { $count } непрочитанных сообщения
    [many] { $count } непрочитанных сообщений
   *[other] { $count } непрочитанного сообщения
}
