### Meetings between a jobseeker and their coach.

nav-meetings = Зустрічі
person-meetings = Зустрічі
person-open-meetings = Відкрити зустрічі

## The jobseeker's page
meeting-my-title = Зустрічі
meeting-yours = Ваші зустрічі
meeting-none-booked = У вас немає запланованих зустрічей.
meeting-no-coach = У вас ще немає консультанта в Askel. Коли у вас буде консультант, тут можна буде записатися до нього на зустріч.
meeting-with-coach = З вашим консультантом { $name }
meeting-move = Перенести на інший час
meeting-cancel = Скасувати зустріч { $when }
meeting-cancel-question = Скасувати цю зустріч? Цей час стане вільним для інших.
meeting-cancel-confirm = Так, скасувати зустріч
meeting-free-heading = Вільний час консультанта { $name }
meeting-move-heading = Виберіть новий час для вашої зустрічі { $when }
meeting-no-free-times = У вашого консультанта немає вільного часу на найближчі чотири тижні. Ви можете написати консультанту на сторінці «Повідомлення».
meeting-book = Записатися на { $time }
meeting-move-here = Перенести на { $time }
meeting-booked = Вас записано на зустріч. Ви отримаєте про це лист, а також нагадування за день і за дві години до зустрічі.
meeting-cancelled = Вашу зустріч скасовано.
meeting-add-to-calendar = Додати в мій календар
meeting-weekday-1 = Понеділок
meeting-weekday-2 = Вівторок
meeting-weekday-3 = Середа
meeting-weekday-4 = Четвер
meeting-weekday-5 = П'ятниця
meeting-weekday-6 = Субота
meeting-weekday-7 = Неділя
meeting-mode-in-person = Зустріч за адресою
meeting-mode-phone = Телефонна розмова
meeting-mode-video = Відеодзвінок

## The coach's calendar
meeting-coach-title = Зустрічі
meeting-weeks = Тижні
meeting-days = Дні
meeting-week-range = Тиждень з { $from } до { $until }
meeting-week-empty = На цьому тижні у вас немає часу для зустрічей.
meeting-previous-week = Попередній тиждень
meeting-next-week = Наступний тиждень
meeting-previous-day = Попередній день
meeting-next-day = Наступний день
meeting-whole-week = Увесь тиждень
meeting-today = Час для зустрічей сьогодні
meeting-day-empty = У цей день у вас немає часу для зустрічей.
meeting-free = Вільно
meeting-remove = Вилучити час { $time }
meeting-remove-booked = Скасувати зустріч о { $time }
meeting-remove-question = Вилучити цей вільний час?
meeting-remove-booked-question = Скасувати цю зустріч? Шукача роботи буде повідомлено листом.
meeting-remove-confirm = Так, вилучити { $time }
meeting-removed = Час вилучено.
meeting-offer-heading = Запропонувати вільний час
meeting-offered = Час для зустрічей додано. Тепер шукачі роботи з вашого списку клієнтів можуть на нього записатися.
meeting-day = День
meeting-day-hint = Наприклад, 7.12.2026
meeting-start = Перша зустріч починається о
meeting-start-hint = Наприклад, 9.00
meeting-length = Тривалість однієї зустрічі
meeting-minutes = { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }
meeting-count = Скільки зустрічей поспіль
meeting-count-hint = Від 1 до { $max }. Зустрічі йдуть одна за одною без перерви.
meeting-mode = Як ви зустрічаєтеся
meeting-place = Адреса, посилання на відеодзвінок або примітка
meeting-place-hint = Адреса або посилання на відеодзвінок (https://…). Для телефонної розмови це поле можна залишити порожнім або написати, хто телефонує.
meeting-offer = Додати час для зустрічей

## One jobseeker's meetings, for their coach
meeting-person-title = Зустрічі: { $name }
meeting-coming = Майбутні зустрічі
meeting-person-none = Немає запланованих зустрічей.
meeting-book-for-heading = Записати на зустріч: { $name }
meeting-book-for-hint = Це ваш вільний час. Людину буде повідомлено листом.
meeting-book-for = Записати на { $time }
meeting-booked-for = Зустріч заплановано. Людину буде повідомлено листом.
meeting-held = Проведені зустрічі
meeting-outcome = Результат зустрічі
meeting-outcome-none = Ще нічого не написано.
meeting-outcome-write = Напишіть результат зустрічі
meeting-next-step = Наступний крок для плану (необов'язково)
meeting-next-step-hint = Його буде додано до плану працевлаштування цієї людини як крок для неї.
meeting-outcome-save = Зберегти
meeting-outcome-saved = Збережено.

## Problems
meeting-error-no-coach = У вас ще немає консультанта, тому записатися немає до кого.
meeting-error-cannot-move = Цю зустріч уже не можна перенести. Перегляньте свої зустрічі вище.
meeting-error-have-one = У вас уже є запланована зустріч. Щоб змінити час, виберіть «Перенести на інший час».
meeting-error-taken = Хтось щойно записався на цей час. Виберіть інший час.
meeting-error-overlap-own = У вас уже є зустріч у цей час. Виберіть інший час.
meeting-error-overlap = У вас уже є час для зустрічей, який перетинається з новим. Виберіть інший час початку або менше зустрічей.
meeting-error-day = Введіть день, наприклад 7.12.2026
meeting-error-start = Введіть час початку, наприклад 9.00
meeting-error-length = Виберіть тривалість однієї зустрічі
meeting-error-count = Введіть кількість зустрічей, від 1 до 8
meeting-error-mode = Виберіть, як ви зустрічаєтеся
meeting-error-place = Введіть адресу або посилання на відеодзвінок
meeting-error-place-long = Скоротіть адресу або посилання: не більше ніж 300 символів
meeting-error-video-link = Введіть посилання на відеодзвінок, яке починається з https://
meeting-error-time-skipped = Цього часу в цей день немає, бо годинники переводять на годину вперед. Виберіть інший час.
meeting-error-past = Цей час уже минув. Виберіть час у майбутньому.
meeting-error-outcome = Напишіть результат зустрічі
meeting-error-outcome-long = Скоротіть опис результату: не більше ніж 2000 символів

## Calendar file and emails
meeting-calendar-title = Зустріч з вашим консультантом { $name }
meeting-calendar-title-coach = Зустріч: { $name }
meeting-email-booked-subject = Вашу зустріч з консультантом заплановано
meeting-email-booked-by-coach-subject = Ваш консультант записав вас на зустріч
meeting-email-reminder-subject = Нагадування: зустріч з консультантом
meeting-email-booked-body = Ваша зустріч з консультантом – { $day } о { $time }.

    { $place }

    Щоб переглянути, перенести або скасувати зустріч, увійдіть: { $link }
meeting-email-cancelled-subject = Вашу зустріч з консультантом скасовано
meeting-email-cancelled-body = Ваш консультант скасував вашу зустріч { $day } о { $time }.

    Ви можете записатися на новий час: { $link }

meeting-sms-booked = Askel: ваша зустріч з консультантом – { $day } о { $time }. { $link }
meeting-sms-booked-by-coach = Askel: ваш консультант записав вас на зустріч { $day } о { $time }. { $link }
meeting-sms-reminder = Нагадування від Askel: зустріч з консультантом { $day } о { $time }. { $link }
meeting-sms-cancelled = Askel: ваш консультант скасував вашу зустріч { $day } о { $time }. Ви можете записатися на новий час: { $link }
meeting-error-overlap-theirs = У цієї людини вже є зустріч у цей час. Виберіть інший час.
meeting-error-far = Пропонуйте час не більше ніж на рік наперед.
meeting-calendar-title-free = Вільний час в Askel
meeting-no-free-times-coach = У вас немає вільного часу на найближчі чотири тижні.
