### Meetings between a jobseeker and their coach.

nav-meetings = Встречи
person-meetings = Встречи
person-open-meetings = Открыть встречи

## The jobseeker's page
meeting-my-title = Встречи
meeting-yours = Ваши встречи
meeting-none-booked = У вас нет назначенных встреч.
meeting-no-coach = У вас пока нет консультанта в Askel. Когда он у вас появится, здесь можно будет записаться к нему на встречу.
meeting-with-coach = С вашим консультантом: { $name }
meeting-move = Перенести на другое время
meeting-cancel = Отменить встречу: { $when }
meeting-cancel-question = Отменить эту встречу? Время освободится для других.
meeting-cancel-confirm = Да, отменить встречу
meeting-free-heading = Свободное время для встречи с консультантом: { $name }
meeting-move-heading = Выберите новое время для встречи { $when }
meeting-no-free-times = У вашего консультанта нет свободного времени в ближайшие четыре недели. Вы можете написать ему на странице «Сообщения».
meeting-book = Записаться на { $time }
meeting-move-here = Перенести на { $time }
meeting-booked = Вы записаны на встречу. Вы получите письмо об этом, а также напоминания за день и за два часа до встречи.
meeting-cancelled = Ваша встреча отменена.
meeting-add-to-calendar = Добавить в мой календарь
meeting-weekday-1 = Понедельник
meeting-weekday-2 = Вторник
meeting-weekday-3 = Среда
meeting-weekday-4 = Четверг
meeting-weekday-5 = Пятница
meeting-weekday-6 = Суббота
meeting-weekday-7 = Воскресенье
meeting-mode-in-person = Встреча по адресу
meeting-mode-phone = Телефонный звонок
meeting-mode-video = Видеозвонок

## The coach's calendar
meeting-coach-title = Встречи
meeting-weeks = Недели
meeting-days = Дни
meeting-week-range = Неделя с { $from } по { $until }
meeting-week-empty = На этой неделе у вас нет времени для встреч.
meeting-previous-week = Предыдущая неделя
meeting-next-week = Следующая неделя
meeting-previous-day = Предыдущий день
meeting-next-day = Следующий день
meeting-whole-week = Вся неделя
meeting-today = Время на сегодня
meeting-day-empty = В этот день у вас нет времени для встреч.
meeting-free = Свободно
meeting-remove = Удалить время { $time }
meeting-remove-booked = Отменить встречу в { $time }
meeting-remove-question = Удалить это свободное время?
meeting-remove-booked-question = Отменить эту встречу? Соискатель получит об этом письмо.
meeting-remove-confirm = Да, удалить { $time }
meeting-removed = Время удалено.
meeting-offer-heading = Предложить свободное время
meeting-offered = Время добавлено. Теперь соискатели из вашего списка могут на него записаться.
meeting-day = День
meeting-day-hint = Например, 7.12.2026
meeting-start = Первая встреча начинается в
meeting-start-hint = Например, 9.00
meeting-length = Длительность одной встречи
meeting-minutes = { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
meeting-count = Сколько встреч подряд
meeting-count-hint = От 1 до { $max }. Встречи идут одна за другой без перерыва.
meeting-mode = Как вы встречаетесь
meeting-place = Адрес, ссылка на видеозвонок или пояснение
meeting-place-hint = Адрес (улица и дом) или ссылка на видеозвонок (https://…). Для телефонного звонка поле можно оставить пустым или написать, кто звонит.
meeting-offer = Добавить время

## One jobseeker's meetings, for their coach
meeting-person-title = Встречи: { $name }
meeting-coming = Предстоящие встречи
meeting-person-none = Нет назначенных встреч.
meeting-book-for-heading = Записать на встречу: { $name }
meeting-book-for-hint = Это ваше свободное время. Соискатель получит письмо о записи.
meeting-book-for = Записать на { $time }
meeting-booked-for = Встреча назначена. Соискатель получит об этом письмо.
meeting-held = Прошедшие встречи
meeting-outcome = Итог встречи
meeting-outcome-none = Пока ничего не написано.
meeting-outcome-write = Написать итог
meeting-next-step = Следующий шаг для плана соискателя (по желанию)
meeting-next-step-hint = Этот шаг будет добавлен в план трудоустройства соискателя. Выполнять его будет соискатель.
meeting-outcome-save = Сохранить
meeting-outcome-saved = Сохранено.

## Problems
meeting-error-no-coach = У вас пока нет консультанта, поэтому записаться на встречу нельзя.
meeting-error-cannot-move = Эту встречу больше нельзя перенести. Посмотрите ваши встречи выше.
meeting-error-have-one = Вы уже записаны на встречу. Чтобы изменить время, выберите «Перенести на другое время».
meeting-error-taken = Кто-то только что записался на это время. Выберите другое время.
meeting-error-overlap-own = У вас уже есть встреча в это время. Выберите другое время.
meeting-error-overlap = У вас уже есть время, которое пересекается с этими встречами. Выберите другое время начала или меньше встреч.
meeting-error-day = Введите день, например 7.12.2026
meeting-error-start = Введите время начала, например 9.00
meeting-error-length = Выберите длительность одной встречи
meeting-error-count = Введите, сколько встреч: от 1 до 8
meeting-error-mode = Выберите, как вы встречаетесь
meeting-error-place = Введите адрес или ссылку на видеозвонок
meeting-error-place-long = Напишите адрес или ссылку не длиннее 300 знаков
meeting-error-video-link = Введите ссылку на видеозвонок. Она начинается с https://
meeting-error-time-skipped = Такого времени в этот день нет, потому что часы переводят вперёд. Выберите другое время.
meeting-error-past = Это время уже прошло. Выберите время в будущем.
meeting-error-outcome = Напишите итог встречи
meeting-error-outcome-long = Напишите итог не длиннее 2000 знаков

## Calendar file and emails
meeting-calendar-title = Встреча с вашим консультантом: { $name }
meeting-calendar-title-coach = Встреча: { $name }
meeting-email-booked-subject = Вы записаны на встречу с консультантом
meeting-email-booked-by-coach-subject = Консультант записал вас на встречу
meeting-email-reminder-subject = Напоминание: встреча с консультантом
meeting-email-booked-body = Ваша встреча с консультантом: { $day } в { $time }.

    { $place }

    Чтобы посмотреть, перенести или отменить встречу, войдите: { $link }
meeting-email-cancelled-subject = Ваша встреча с консультантом отменена
meeting-email-cancelled-body = Консультант отменил вашу встречу { $day } в { $time }.

    Вы можете записаться на новое время: { $link }

meeting-sms-booked = Askel: ваша встреча с консультантом { $day } в { $time }. { $link }
meeting-sms-booked-by-coach = Askel: консультант записал вас на встречу { $day } в { $time }. { $link }
meeting-sms-reminder = Askel напоминает: встреча с консультантом { $day } в { $time }. { $link }
meeting-sms-cancelled = Askel: консультант отменил вашу встречу { $day } в { $time }. Вы можете записаться на новое время: { $link }
meeting-error-overlap-theirs = У соискателя уже есть встреча в это время. Выберите другое время.
meeting-error-far = Предлагайте время не больше чем на год вперёд.
meeting-calendar-title-free = Свободное время для встреч в Askel
meeting-no-free-times-coach = У вас нет свободного времени в ближайшие четыре недели.
