# Employer rendezvous events: finding them, signing up, "My events".

nav-events = Заходи

events-title = Зустрічі з роботодавцями
events-intro = Роботодавці та організатори проводять заходи, де з ними можна зустрітися особисто: дні найму, швидкі співбесіди, відвідування робочих місць та інформаційні зустрічі. Зареєструйтеся на ті, які вас цікавлять.
events-all = Усі заходи
events-mine-link = Мої заходи
events-find = Знайти заходи
events-count = { $count ->
    [0] Заходів не знайдено
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходів
}
events-none = Немає заходів, які відповідають вашому вибору. Виберіть менше фільтрів або загляньте пізніше: нові заходи додаються часто.

events-filter-title = Фільтрувати заходи
events-filter-from = З
events-filter-until = До
events-filter-date-hint = Наприклад, 1.12.2026
events-filter-error-date = Введіть дату як день, місяць і рік, наприклад 1.12.2026
events-filter-sector = Галузь
events-filter-any-sector = Будь-яка галузь
events-filter-kind = Тип заходу
events-filter-any-kind = Будь-який тип
events-filter-language = Мова
events-filter-any-language = Будь-яка мова
events-filter-format = Де
events-filter-format-any = Особисто або онлайн
events-filter-format-in-person = Особисто
events-filter-format-online = Онлайн
events-filter-free = Лише заходи з вільними місцями
events-filter-apply = Показати заходи
events-filter-clear = Очистити фільтри

event-fact-when = Коли
event-fact-where = Де
event-fact-kind = Тип
event-fact-sector = Галузь
event-fact-languages = Мови спілкування
event-fact-seats = Місця
event-deadline-at = { $date } о { $time }
event-fact-deadline = Зареєструватися до
event-free-seats = { $count ->
    [one] { $count } вільне місце
    [few] { $count } вільні місця
    [many] { $count } вільних місць
   *[other] { $count } вільних місць
}
event-full = Місць немає: можна записатися в список очікування
event-online = Онлайн
event-online-at = Онлайн: { $url }
event-card-signed-up = Ви зареєстровані
event-card-waiting = Ви в списку очікування
event-when-same-day = { $date }, { $start }–{ $end }
event-when-days = { $startdate } о { $start } – { $enddate } о { $end }

event-about = Про захід
event-directions = Як дістатися
event-accessibility = Доступність
event-accessibility-none = Організатор не повідомив нам про доступність місця проведення. Якщо вам щось потрібно, запитайте організатора до заходу.
event-cancelled-notice = Цей захід скасовано.
event-signups-closed = Реєстрацію на цей захід закрито.

event-sign-up-title = Реєстрація
event-full-hint = Усі місця зайняті. Якщо ви зареєструєтеся, то потрапите в список очікування. Якщо хтось скасує участь, ви отримаєте це місце, і ми повідомимо вас листом.
event-slot-legend = Виберіть час
event-slot-hint = Кожен час – це коротка зустріч з роботодавцем.
event-slot-full = місць немає, список очікування
event-answer-hint = Це поле можна залишити порожнім.
event-share-contact = Передати організатору мою адресу електронної пошти і номер телефону
event-share-contact-hint = Організатор завжди бачить ваше ім'я, щоб відмітити вас біля входу, а також ваші відповіді вище.
event-sign-up-button = Зареєструватися
event-join-waiting-list = Записатися в список очікування
event-error-deadline-passed = Реєстрацію на цей захід закрито.
event-error-slot-missing = Виберіть час
event-error-answer-long = Ваша відповідь занадто довга. Напишіть не більше ніж 1000 символів.

event-standing-confirmed = Ви зареєстровані
event-standing-waiting = Ви під номером { $position } у списку очікування
event-standing-waiting-hint = Якщо хтось скасує участь, ви автоматично отримаєте це місце, і ми повідомимо вас листом.
event-standing-slot = Ваш час: { $slot }
event-standing-by-coach = Ваш консультант з працевлаштування зареєстрував вас за вашою згодою.
event-calendar-link = Додати в мій календар (файл .ics)
event-cancel-button = Скасувати мою участь

events-mine-title = Мої заходи
events-mine-none = Ви ще не зареєструвалися на жоден захід.
event-status-cancelled = Скасовано організатором
event-status-attended = Ви були на заході
event-status-past = Цей захід уже закінчився

event-email-promoted-subject = Ви отримали місце: { $title }
event-email-promoted-body = Добра новина: звільнилося місце, і тепер воно ваше.

    { $title }
    { $when }
    { $place }

    Якщо ви не можете прийти, будь ласка, скасуйте участь, щоб місце отримала наступна людина: { $link }
event-email-cancelled-subject = Скасовано: { $title }
event-email-cancelled-body = На жаль, організатор скасував цей захід.

    { $title }
    { $when }

    Вам нічого не потрібно робити. Знайдіть інші заходи: { $link }
event-email-reminder-subject = Завтра: { $title }
event-email-reminder-body = Нагадування: ви зареєстровані на цей захід завтра.

    { $title }
    { $when }
    { $place }

    Якщо ви не можете прийти, будь ласка, скасуйте участь, щоб ваше місце отримав хтось інший: { $link }
event-email-changed-subject = Зміни: { $title }
event-email-changed-body = Організатор змінив час або місце цього заходу. Ваша реєстрація залишається в силі.

    { $title }

    { $changes }

    Якщо ви більше не можете прийти, будь ласка, скасуйте участь, щоб ваше місце отримав хтось інший: { $link }
event-email-changed-time =
    Час раніше: { $old }
    Час тепер: { $new }
event-email-changed-place =
    Місце раніше: { $old }
    Місце тепер: { $new }

event-sector-retail = Торгівля і продажі
event-sector-hospitality = Ресторани, кафе і готелі
event-sector-health-social = Охорона здоров'я і соціальна допомога
event-sector-cleaning-property = Прибирання та обслуговування будівель
event-sector-logistics = Транспорт, склади і логістика
event-sector-construction = Будівництво
event-sector-manufacturing = Промисловість і виробництво
event-sector-it = ІТ і цифрова робота
event-sector-education = Освіта і дошкільне виховання
event-sector-public = Державні та муніципальні послуги
event-sector-other = Інші галузі

event-kind-recruitment-day = День найму
event-kind-speed-interviews = Швидкі співбесіди
event-kind-workplace-visit = Відвідування робочого місця
event-kind-info-session = Інформаційна зустріч

event-language-fi = Фінська
event-language-sv = Шведська
event-language-en = Англійська
event-language-ru = Російська
event-language-et = Естонська
event-language-ar = Арабська
event-language-so = Сомалійська
event-language-uk = Українська
event-language-fa = Перська

event-access-step-free = Вхід без сходинок
event-access-accessible-toilet = Безбар'єрний туалет
event-access-hearing-loop = Індукційна петля для слухових апаратів
event-access-quiet-room = Тиха кімната для перерви
event-access-seating = Місця, де можна посидіти під час очікування
event-access-accessible-parking = Паркування для людей з інвалідністю
event-access-public-transport = Поруч є зупинка громадського транспорту

# Coaches: their jobseekers' events, and signing one up with consent.
events-caseload-title = Заходи моїх клієнтів
events-caseload-intro = Заходи, на які зареєструвалися шукачі роботи з вашого списку клієнтів. Відкрийте захід, щоб зареєструвати когось за його згодою.
events-caseload-none = Ніхто з ваших клієнтів ще не зареєструвався на захід.
events-caseload-caption = Заходи шукачів роботи з вашого списку клієнтів, спочатку найближчі
events-caseload-jobseeker = Шукач роботи
events-caseload-attended = Присутність
events-caseload-by-coach = Зареєстровано консультантом
event-coach-title = Ваші клієнти
event-coach-none-here = Ніхто з ваших клієнтів ще не зареєструвався на цей захід.
event-coach-jobseeker = Зареєструвати шукача роботи з вашого списку клієнтів
event-coach-consent = Шукач роботи погодився на реєстрацію на цей захід
event-coach-sign-up = Зареєструвати шукача роботи
event-coach-done = Зареєстровано. Тепер цей захід є в розділі «Мої заходи» шукача роботи.
event-coach-error-jobseeker = Виберіть шукача роботи, якого треба зареєструвати
event-coach-error-consent = Поставте позначку, щоб підтвердити, що шукач роботи погодився
event-sms-promoted = Askel: ви отримали місце на заході { $title }, { $when }. { $link }
event-sms-reminder = Нагадування від Askel: { $title } завтра, { $when }. { $link }
event-sms-cancelled = Askel: захід { $title } ({ $when }) скасовано. { $link }
event-sms-changed = Askel: у заході { $title } є зміни. { $link }
