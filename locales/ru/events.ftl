# Employer rendezvous events: finding them, signing up, "My events".

nav-events = Мероприятия

events-title = Встречи с работодателями
events-intro = Работодатели и организаторы проводят мероприятия, где с ними можно встретиться лично: дни найма, быстрые собеседования, посещения рабочих мест и информационные встречи. Запишитесь на те, что вам интересны.
events-all = Все мероприятия
events-mine-link = Мои мероприятия
events-find = Найти мероприятия
events-count = { $count ->
    [0] Мероприятий не найдено
    [one] { $count } мероприятие
    [few] { $count } мероприятия
    [many] { $count } мероприятий
   *[other] { $count } мероприятия
}
events-none = Нет мероприятий, которые подходят под ваш выбор. Уберите часть фильтров или зайдите позже: новые мероприятия появляются часто.

events-filter-title = Фильтр мероприятий
events-filter-from = С какого числа
events-filter-until = По какое число
events-filter-date-hint = Например, 1.12.2026
events-filter-error-date = Введите дату: день, месяц и год, например 1.12.2026
events-filter-sector = Сфера работы
events-filter-any-sector = Любая сфера работы
events-filter-kind = Тип мероприятия
events-filter-any-kind = Любой тип
events-filter-language = Язык
events-filter-any-language = Любой язык
events-filter-format = Где
events-filter-format-any = Очно или онлайн
events-filter-format-in-person = Очно
events-filter-format-online = Онлайн
events-filter-free = Только мероприятия со свободными местами
events-filter-apply = Показать мероприятия
events-filter-clear = Сбросить фильтры

event-fact-when = Когда
event-fact-where = Где
event-fact-kind = Тип
event-fact-sector = Сфера работы
event-fact-languages = Языки общения
event-fact-seats = Места
event-deadline-at = { $date } в { $time }
event-fact-deadline = Записаться до
event-free-seats = { $count ->
    [one] { $count } свободное место
    [few] { $count } свободных места
    [many] { $count } свободных мест
   *[other] { $count } свободного места
}
event-full = Мест нет: можно записаться в лист ожидания
event-online = Онлайн
event-online-at = Онлайн: { $url }
event-card-signed-up = Вы записаны
event-card-waiting = Вы в листе ожидания
event-when-same-day = { $date }, { $start }–{ $end }
event-when-days = { $startdate }, { $start } – { $enddate }, { $end }

event-about = О мероприятии
event-directions = Как добраться
event-accessibility = Доступность
event-accessibility-none = Организатор не сообщил нам, насколько доступно место проведения. Если вам что-то нужно, спросите организатора до мероприятия.
event-cancelled-notice = Это мероприятие отменено.
event-signups-closed = Запись на это мероприятие закрыта.

event-sign-up-title = Записаться
event-full-hint = Все места заняты. Если вы запишетесь, то попадёте в лист ожидания. Если кто-то откажется от места, вы получите его. Мы сообщим вам об этом по электронной почте.
event-slot-legend = Выберите время
event-slot-hint = Каждое время — это короткая встреча с работодателем.
event-slot-full = мест нет, лист ожидания
event-answer-hint = Это поле можно оставить пустым.
event-share-contact = Передать организатору мой адрес электронной почты и номер телефона
event-share-contact-hint = Организатор всегда видит ваше имя и ваши ответы выше. По имени он отмечает вас на входе.
event-sign-up-button = Записаться
event-join-waiting-list = Записаться в лист ожидания
event-error-deadline-passed = Запись на это мероприятие закрыта.
event-error-slot-missing = Выберите время
event-error-answer-long = Ваш ответ слишком длинный. Напишите не больше 1000 знаков.

event-standing-confirmed = Вы записаны
event-standing-waiting = Ваш номер в листе ожидания: { $position }
event-standing-waiting-hint = Если кто-то откажется от места, вы автоматически получите его. Мы сообщим вам об этом по электронной почте.
event-standing-slot = Ваше время: { $slot }
event-standing-by-coach = Ваш консультант записал вас с вашего согласия.
event-calendar-link = Добавить в мой календарь (файл .ics)
event-cancel-button = Отменить мою запись

events-mine-title = Мои мероприятия
events-mine-none = Вы пока не записались ни на одно мероприятие.
event-status-cancelled = Отменено организатором
event-status-attended = Вы участвовали
event-status-past = Мероприятие прошло

event-email-promoted-subject = У вас есть место: { $title }
event-email-promoted-body = Хорошая новость: освободилось место, и теперь оно ваше.

    { $title }
    { $when }
    { $place }

    Если вы не сможете прийти, пожалуйста, отмените запись, чтобы место получил следующий человек: { $link }
event-email-cancelled-subject = Отменено: { $title }
event-email-cancelled-body = К сожалению, организатор отменил это мероприятие.

    { $title }
    { $when }

    Ничего делать не нужно. Другие мероприятия можно найти здесь: { $link }
event-email-reminder-subject = Завтра: { $title }
event-email-reminder-body = Напоминаем: завтра вы записаны на это мероприятие.

    { $title }
    { $when }
    { $place }

    Если вы не сможете прийти, пожалуйста, отмените запись, чтобы ваше место получил кто-то другой: { $link }
event-email-changed-subject = Изменено: { $title }
event-email-changed-body = Организатор изменил время или место этого мероприятия. Ваша запись остаётся в силе.

    { $title }

    { $changes }

    Если вы больше не сможете прийти, пожалуйста, отмените запись, чтобы ваше место получил кто-то другой: { $link }
event-email-changed-time =
    Прежнее время: { $old }
    Новое время: { $new }
event-email-changed-place =
    Прежнее место: { $old }
    Новое место: { $new }

event-sector-retail = Розничная торговля и продажи
event-sector-hospitality = Рестораны, кафе и гостиницы
event-sector-health-social = Здравоохранение и социальная помощь
event-sector-cleaning-property = Уборка и обслуживание зданий
event-sector-logistics = Транспорт, склады и логистика
event-sector-construction = Строительство
event-sector-manufacturing = Промышленность и производство
event-sector-it = ИТ и цифровая работа
event-sector-education = Образование и дошкольное воспитание
event-sector-public = Государственные и муниципальные услуги
event-sector-other = Другие сферы

event-kind-recruitment-day = День найма
event-kind-speed-interviews = Быстрые собеседования
event-kind-workplace-visit = Посещение рабочего места
event-kind-info-session = Информационная встреча

event-language-fi = Финский
event-language-sv = Шведский
event-language-en = Английский
event-language-ru = Русский
event-language-et = Эстонский
event-language-ar = Арабский
event-language-so = Сомалийский
event-language-uk = Украинский
event-language-fa = Персидский

event-access-step-free = Вход без ступенек
event-access-accessible-toilet = Туалет для людей с инвалидностью
event-access-hearing-loop = Индукционная петля для слуховых аппаратов
event-access-quiet-room = Тихая комната для отдыха
event-access-seating = Можно сесть во время ожидания
event-access-accessible-parking = Парковка для людей с инвалидностью
event-access-public-transport = Рядом остановка общественного транспорта

# Coaches: their jobseekers' events, and signing one up with consent.
events-caseload-title = Мероприятия моих соискателей
events-caseload-intro = Мероприятия, на которые записались соискатели из вашего списка. Откройте мероприятие, чтобы записать на него человека с его согласия.
events-caseload-none = Никто из ваших соискателей пока не записался на мероприятие.
events-caseload-caption = Мероприятия соискателей из вашего списка, сначала ближайшие
events-caseload-jobseeker = Соискатель
events-caseload-attended = Участие
events-caseload-by-coach = Запись сделал консультант
event-coach-title = Ваши соискатели
event-coach-none-here = Никто из ваших соискателей пока не записался на это мероприятие.
event-coach-jobseeker = Записать соискателя из вашего списка
event-coach-consent = Соискатель согласен, чтобы его записали на это мероприятие
event-coach-sign-up = Записать соискателя
event-coach-done = Соискатель записан. Мероприятие теперь есть у соискателя на странице «Мои мероприятия».
event-coach-error-jobseeker = Выберите соискателя, которого нужно записать
event-coach-error-consent = Поставьте галочку, чтобы подтвердить согласие соискателя
event-sms-promoted = Askel: у вас есть место на мероприятии { $title }, { $when }. { $link }
event-sms-reminder = Askel напоминает: завтра { $title }, { $when }. { $link }
event-sms-cancelled = Askel: мероприятие { $title } ({ $when }) отменено. { $link }
event-sms-changed = Askel: мероприятие { $title } изменено. { $link }
