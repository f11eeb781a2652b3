# Organisers: their events, the event form, attendees and check-in at the door.

nav-organiser-events = Мои мероприятия

organiser-events-title = Мои мероприятия
organiser-create = Создать мероприятие
organiser-events-none = У вас пока нет мероприятий. Создайте мероприятие: оно будет черновиком, который видите только вы, пока вы его не опубликуете.
organiser-events-caption = Ваши мероприятия, сначала ближайшие
organiser-column-event = Мероприятие
organiser-column-when = Когда
organiser-column-status = Статус
organiser-column-confirmed = Записались
organiser-column-waiting = Лист ожидания

organiser-status-draft = Черновик (соискатели его не видят)
organiser-status-published = Опубликовано
organiser-status-cancelled = Отменено
organiser-standing-confirmed = Есть место
organiser-standing-waiting = В листе ожидания

organiser-new-title = Создать мероприятие
organiser-edit-title = Изменить мероприятие
organiser-back-to-event = Назад к мероприятию
organiser-form-intro = Пишите просто: многие читатели ещё учат финский. Поля без пометки «(по желанию)» обязательны. После сохранения мероприятие остаётся черновиком, пока вы его не опубликуете.
organiser-choose = Выберите…
organiser-section-about = О мероприятии
organiser-title-fi = Название мероприятия на финском
organiser-description-fi = Описание на финском
organiser-employer = Работодатель или организатор
organiser-section-translations = На шведском и английском (по желанию)
organiser-translations-hint = Если вы пишете название на каком-то языке, напишите на нём и описание. Читатели, для языка которых нет перевода, видят текст на финском.
organiser-title-sv = Название на шведском (по желанию)
organiser-description-sv = Описание на шведском (по желанию)
organiser-title-en = Название на английском (по желанию)
organiser-description-en = Описание на английском (по желанию)
organiser-section-when = Когда
organiser-date = Дата
organiser-start = Начало
organiser-end = Окончание
organiser-time-hint = Время по Хельсинки, например 9:30
organiser-deadline-date = Последний день записи
organiser-deadline-time = Время окончания записи (по желанию)
organiser-deadline-time-hint = Время по Хельсинки. Если время не указано, запись закрывается в конце дня.
organiser-section-where = Где
organiser-address = Адрес (для очного мероприятия)
organiser-directions = Как добраться (по желанию)
organiser-online-url = Ссылка на онлайн-мероприятие
organiser-online-url-hint = Ссылка, которая начинается с https://
organiser-access-legend = На месте проведения есть (отметьте всё, что подходит)
organiser-access-notes = Подробнее о доступности (по желанию)
organiser-section-seats = Места
organiser-seating-legend = Как люди записываются?
organiser-seating-seats = Места: все приходят на всё мероприятие
organiser-seating-slots = Запись на время: каждый выбирает своё время, например для быстрого собеседования
organiser-capacity = Количество мест
organiser-capacity-hint = Для мест. Когда все места заняты, люди могут записаться в лист ожидания.
organiser-slot-minutes = Длительность одного интервала в минутах
organiser-slot-minutes-hint = Для записи на время. Интервалы идут один за другим от начала до конца мероприятия.
organiser-slot-seats = Сколько человек на один интервал
organiser-slot-seats-hint = Для записи на время, например 1 для личного собеседования.
organiser-section-questions = Вопросы для тех, кто записывается (по желанию)
organiser-questions-hint = До трёх коротких вопросов, например «Какая работа вам интересна?». Отвечать на них не обязательно.
organiser-question-legend = Вопрос { $number }
organiser-question-fi = На финском
organiser-question-sv = На шведском (по желанию)
organiser-question-en = На английском (по желанию)
organiser-save-draft = Сохранить как черновик
organiser-save = Сохранить изменения

organiser-error-title-fi = Введите название мероприятия на финском
organiser-error-description-fi = Введите описание на финском
organiser-error-translation-pair = Напишите на этом языке и название, и описание, или ни то, ни другое
organiser-error-too-long = Этот текст слишком длинный: сократите его
organiser-error-employer = Введите работодателя или организатора
organiser-error-sector = Выберите сферу работы
organiser-error-kind = Выберите тип мероприятия
organiser-error-date = Введите дату: день, месяц и год, например 28.3.2027
organiser-error-date-past = Мероприятие должно быть в будущем
organiser-error-start = Введите время начала в часах и минутах, например 9:30
organiser-error-end = Введите время окончания в часах и минутах, например 12:00
organiser-error-end-before-start = Время окончания должно быть позже времени начала
organiser-error-time-skipped = Такого времени в этот день нет: часы переводят на час вперёд. Выберите другое время
organiser-error-deadline = Введите последний день записи, например 27.3.2027
organiser-error-deadline-time = Введите время в часах и минутах, например 16:00
organiser-error-deadline-after-start = Запись должна закрыться до начала мероприятия
organiser-error-format = Выберите: очно или онлайн
organiser-error-address = Введите адрес
organiser-error-online-url = Введите ссылку, которая начинается с https://
organiser-error-languages = Отметьте хотя бы один язык, на котором говорят на мероприятии
organiser-error-capacity = Введите количество мест, от 1 до 100 000
organiser-error-capacity-below-taken = Места уже заняло больше людей: количество мест не может быть меньше числа занятых мест
organiser-error-slot-minutes = Введите длительность интервала в минутах, от 5 до 240
organiser-error-slot-seats = Введите количество человек на один интервал, от 1 до 100
organiser-error-slots-fit = Между началом и окончанием должен поместиться хотя бы один интервал и не больше 200
organiser-error-slots-booked = Люди уже записались: время и интервалы сейчас изменить нельзя. Если это необходимо, отмените мероприятие и создайте новое
organiser-error-question-fi = Напишите вопрос также на финском
organiser-error-cancelled = Это мероприятие отменено, его нельзя изменить
organiser-error-not-draft = Это мероприятие уже опубликовано
organiser-error-cancel-confirm = Поставьте галочку, чтобы подтвердить, что вы хотите отменить мероприятие

organiser-counts = С местом: { $confirmed }, в листе ожидания: { $waiting }
organiser-edit-link = Изменить мероприятие
organiser-draft-title = Это мероприятие — черновик
organiser-draft-hint = Соискатели его пока не видят. Проверьте данные, затем опубликуйте мероприятие.
organiser-publish = Опубликовать мероприятие
organiser-published = Мероприятие опубликовано: теперь соискатели могут найти его и записаться.
organiser-cancelled-notice = Это мероприятие отменено. Все, кто записался, получили об этом письмо.

organiser-attendees-title = Записавшиеся
organiser-arrived-count = Пришли: { $arrived } из { $confirmed }
organiser-search-label = Найти человека по имени
organiser-search-button = Найти
organiser-search-found = { $count ->
    [0] По запросу «{ $search }» никого не найдено.
    [one] По запросу «{ $search }» найден { $count } человек.
    [few] По запросу «{ $search }» найдено { $count } человека.
    [many] По запросу «{ $search }» найдено { $count } человек.
   *[other] По запросу «{ $search }» найдено { $count } человека.
}
organiser-search-clear = Показать всех
organiser-attendees-none = Пока никто не записался.
organiser-arrived = На месте
organiser-mark-arrived = Отметить приход
organiser-undo-arrival = Отменить отметку о приходе
organiser-csv-link = Скачать список (CSV)
organiser-privacy-hint = Адреса электронной почты и номера телефонов видны только для тех, кто согласился их передать. Храните список надёжно и удалите его после мероприятия.
organiser-attendee-name = Имя
organiser-attendee-standing = Статус записи
organiser-attendee-slot = Время
organiser-attendee-email = Эл. почта
organiser-attendee-phone = Телефон
organiser-attendee-checked-in = На месте
organiser-yes = Да

organiser-cancel-title = Отменить мероприятие
organiser-cancel-hint = Все, кто записался или находится в листе ожидания, получат письмо об отмене мероприятия. Отменённое мероприятие нельзя восстановить.
organiser-cancel-confirm = Да, отменить это мероприятие и сообщить всем
organiser-cancel-button = Отменить мероприятие
organiser-matching-skills = Навыки, которые нужны для вакансий этого мероприятия: { $skills }
