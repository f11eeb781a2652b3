# Organisers: their events, the event form, attendees and check-in at the door.

nav-organiser-events = Мої заходи

organiser-events-title = Мої заходи
organiser-create = Створити захід
organiser-events-none = У вас ще немає заходів. Створіть захід: він буде чернеткою, яку бачите лише ви, доки ви його не опублікуєте.
organiser-events-caption = Ваші заходи, спочатку найближчі
organiser-column-event = Захід
organiser-column-when = Коли
organiser-column-status = Статус
organiser-column-confirmed = Зареєстровані
organiser-column-waiting = Список очікування

organiser-status-draft = Чернетка (шукачі роботи її не бачать)
organiser-status-published = Опубліковано
organiser-status-cancelled = Скасовано
organiser-standing-confirmed = Має місце
organiser-standing-waiting = У списку очікування

organiser-new-title = Створити захід
organiser-edit-title = Змінити захід
organiser-back-to-event = Назад до заходу
organiser-form-intro = Пишіть просто: багато читачів ще вивчають фінську мову. Поля без позначки «(необов'язково)» потрібно заповнити. Після збереження захід залишається чернеткою, доки ви його не опублікуєте.
organiser-choose = Виберіть…
organiser-section-about = Про захід
organiser-title-fi = Назва заходу фінською
organiser-description-fi = Опис фінською
organiser-employer = Роботодавець або організатор
organiser-section-translations = Шведською та англійською (необов'язково)
organiser-translations-hint = Якщо ви пишете назву якоюсь мовою, напишіть цією мовою й опис. Якщо перекладу мовою читача немає, він бачить текст фінською.
organiser-title-sv = Назва шведською (необов'язково)
organiser-description-sv = Опис шведською (необов'язково)
organiser-title-en = Назва англійською (необов'язково)
organiser-description-en = Опис англійською (необов'язково)
organiser-section-when = Коли
organiser-date = Дата
organiser-start = Початок
organiser-end = Кінець
organiser-time-hint = Час у Гельсінкі, наприклад 9:30
organiser-deadline-date = Останній день реєстрації
organiser-deadline-time = Час, коли закривається реєстрація (необов'язково)
organiser-deadline-time-hint = Час у Гельсінкі. Якщо час не вказано, реєстрація закривається наприкінці дня.
organiser-section-where = Де
organiser-address = Адреса (для заходу особисто)
organiser-directions = Як дістатися (необов'язково)
organiser-online-url = Посилання на онлайн-захід
organiser-online-url-hint = Посилання, яке починається з https://
organiser-access-legend = На місці проведення є (позначте все, що підходить)
organiser-access-notes = Більше про доступність (необов'язково)
organiser-section-seats = Місця
organiser-seating-legend = Як люди реєструються?
organiser-seating-seats = Місця: усі приходять на весь захід
organiser-seating-slots = Запис на час: кожна людина вибирає свій час, наприклад для швидкої співбесіди
organiser-capacity = Кількість місць
organiser-capacity-hint = Якщо ви вибрали «Місця». Коли всі місця зайняті, люди можуть записатися в список очікування.
organiser-slot-minutes = Тривалість одного часового проміжку в хвилинах
organiser-slot-minutes-hint = Якщо ви вибрали запис на час. Проміжки йдуть один за одним від початку до кінця заходу.
organiser-slot-seats = Людей на один часовий проміжок
organiser-slot-seats-hint = Якщо ви вибрали запис на час. Наприклад, 1 для співбесіди віч-на-віч.
organiser-section-questions = Запитання для тих, хто реєструється (необов'язково)
organiser-questions-hint = Не більше ніж три короткі запитання, наприклад «Яка робота вас цікавить?». Відповідати на них не обов'язково.
organiser-question-legend = Запитання { $number }
organiser-question-fi = Фінською
organiser-question-sv = Шведською (необов'язково)
organiser-question-en = Англійською (необов'язково)
organiser-save-draft = Зберегти як чернетку
organiser-save = Зберегти зміни

organiser-error-title-fi = Введіть назву заходу фінською
organiser-error-description-fi = Введіть опис фінською
organiser-error-translation-pair = Напишіть цією мовою і назву, і опис, або залиште обидва поля порожніми
organiser-error-too-long = Цей текст занадто довгий: скоротіть його
organiser-error-employer = Введіть роботодавця або організатора
organiser-error-sector = Виберіть галузь
organiser-error-kind = Виберіть тип заходу
organiser-error-date = Введіть дату як день, місяць і рік, наприклад 28.3.2027
organiser-error-date-past = Дата заходу має бути в майбутньому
organiser-error-start = Введіть час початку в годинах і хвилинах, наприклад 9:30
organiser-error-end = Введіть час кінця в годинах і хвилинах, наприклад 12:00
organiser-error-end-before-start = Час кінця має бути пізніше за час початку
organiser-error-time-skipped = Цього часу в цей день немає: годинники переводять на годину вперед. Виберіть інший час
organiser-error-deadline = Введіть останній день реєстрації, наприклад 27.3.2027
organiser-error-deadline-time = Введіть час у годинах і хвилинах, наприклад 16:00
organiser-error-deadline-after-start = Реєстрація має закритися до початку заходу
organiser-error-format = Виберіть: особисто чи онлайн
organiser-error-address = Введіть адресу
organiser-error-online-url = Введіть посилання, яке починається з https://
organiser-error-languages = Позначте хоча б одну мову, якою говорять на заході
organiser-error-capacity = Введіть кількість місць, від 1 до 100000
organiser-error-capacity-below-taken = Місця вже мають більше людей, ніж це число. Кількість місць не може бути меншою за кількість зайнятих місць.
organiser-error-slot-minutes = Введіть тривалість проміжку в хвилинах, від 5 до 240
organiser-error-slot-seats = Введіть кількість людей на один проміжок, від 1 до 100
organiser-error-slots-fit = Між початком і кінцем має поміститися щонайменше один проміжок і не більше ніж 200
organiser-error-slots-booked = Люди вже забронювали час: тепер не можна змінити час заходу і проміжки. Якщо зміна обов'язкова, скасуйте захід і створіть новий
organiser-error-question-fi = Напишіть запитання також фінською
organiser-error-cancelled = Цей захід скасовано, його не можна змінити
organiser-error-not-draft = Цей захід уже опубліковано
organiser-error-cancel-confirm = Поставте позначку, щоб підтвердити, що ви хочете скасувати захід

organiser-counts = Мають місце: { $confirmed }, у списку очікування: { $waiting }
organiser-edit-link = Змінити захід
organiser-draft-title = Цей захід – чернетка
organiser-draft-hint = Шукачі роботи його ще не бачать. Перевірте дані, потім опублікуйте захід.
organiser-publish = Опублікувати захід
organiser-published = Захід опубліковано: тепер шукачі роботи можуть знайти його і зареєструватися.
organiser-cancelled-notice = Цей захід скасовано. Усі, хто зареєструвався, отримали про це лист.

organiser-attendees-title = Зареєстровані люди
organiser-arrived-count = Прийшли: { $arrived } з { $confirmed }
organiser-search-label = Знайти людину за ім'ям
organiser-search-button = Знайти
organiser-search-found = { $count ->
    [0] За запитом «{ $search }» нікого не знайдено.
    [one] За запитом «{ $search }» знайдено { $count } людину.
    [few] За запитом «{ $search }» знайдено { $count } людини.
    [many] За запитом «{ $search }» знайдено { $count } людей.
   *[other] За запитом «{ $search }» знайдено { $count } людини.
}
organiser-search-clear = Показати всіх
organiser-attendees-none = Ще ніхто не зареєструвався.
organiser-arrived = На місці
organiser-mark-arrived = Позначити, що людина прийшла
organiser-undo-arrival = Скасувати позначку про прихід
organiser-csv-link = Завантажити список (CSV)
organiser-privacy-hint = Адреси електронної пошти і номери телефонів видно лише для людей, які погодилися їх передати. Зберігайте список у безпечному місці і видаліть його після заходу.
organiser-attendee-name = Ім'я
organiser-attendee-standing = Статус
organiser-attendee-slot = Час
organiser-attendee-email = Електронна пошта
organiser-attendee-phone = Телефон
organiser-attendee-checked-in = На місці
organiser-yes = Так

organiser-cancel-title = Скасувати захід
organiser-cancel-hint = Усі, хто зареєструвався або є в списку очікування, отримають лист про те, що захід скасовано. Цю дію не можна скасувати.
organiser-cancel-confirm = Так, скасувати цей захід і повідомити всіх
organiser-cancel-button = Скасувати захід
organiser-matching-skills = Навички, потрібні для вакансій цього заходу: { $skills }
