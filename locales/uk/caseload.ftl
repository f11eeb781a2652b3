# The coach's caseload list.

nav-caseload = Мої клієнти

caseload-title = Мої клієнти
caseload-search = Пошук за ім'ям
caseload-sort = Сортувати
caseload-sort-quietest = Спочатку ті, хто найдовше нічого не робив
caseload-sort-name = Ім'я
caseload-sort-progress = Спочатку ті, хто виконав найменше модулів
caseload-sort-unread = Спочатку ті, від кого найбільше непрочитаних повідомлень
caseload-quiet-only = Лише ті, хто нічого не робив 14 днів
caseload-apply = Показати
caseload-count = { $count ->
    [0] Нікого не знайдено
    [one] { $count } шукач роботи
    [few] { $count } шукачі роботи
    [many] { $count } шукачів роботи
   *[other] { $count } шукачів роботи
}
caseload-none = Ніхто не відповідає вашому вибору. Спробуйте коротше ім'я або покажіть усіх.
caseload-caption = Шукачі роботи у вашому списку клієнтів
caseload-column-name = Ім'я
caseload-column-messages = Непрочитані повідомлення
caseload-column-activity = Остання активність
caseload-column-modules = Призначені модулі
caseload-column-skills = Цифрові навички (зміна від першого оцінювання)
caseload-column-plan = Невиконані кроки плану
caseload-column-next-event = Наступний захід
caseload-no-activity = Активності ще немає
caseload-quiet-flag = Немає активності 14 днів
caseload-modules-none = Нічого не призначено
caseload-modules-done = Виконано: { $done } з { $count }
caseload-skills-none = Ще не оцінено
caseload-area-level = { $area }: { $level } ({ $change })
caseload-pages = Сторінки списку
caseload-previous = Попередня сторінка
caseload-next = Наступна сторінка
caseload-page-of = Сторінка { $page } з { $pages }

caseload-back = Назад до списку клієнтів
jobseeker-back = Назад: { $name }
caseload-unread-messages = { $count ->
    [one] { $count } непрочитане повідомлення
    [few] { $count } непрочитані повідомлення
    [many] { $count } непрочитаних повідомлень
   *[other] { $count } непрочитаних повідомлень
}
