### The coach's work with employers, and follow-along after someone starts work.

nav-employer-contacts = Контакти з роботодавцями
employers-contacts-link = Контакти з цим роботодавцем і запис нового
account-employers-change = Скажіть, чи може ваш консультант розповідати про вас роботодавцям

## On a jobseeker's page in the coach's workspace
person-employers = Контакти з роботодавцями
person-employer-consent = Дозволяє вам розповідати про себе роботодавцям (з { $day }).
person-employer-no-consent = Не дозволяє вам розповідати про себе роботодавцям. Ви можете записувати контакти з роботодавцями, але не називати цю людину. Людина може дати дозвіл на сторінці «Мій обліковий запис».
person-log-contact = Записати контакт з роботодавцем
person-follow-along = Супровід після початку роботи
person-open-checkins = { $count ->
    [0] Немає контрольних розмов, які треба провести.
    [one] Треба провести { $count } контрольну розмову.
    [few] Треба провести { $count } контрольні розмови.
    [many] Треба провести { $count } контрольних розмов.
   *[other] Треба провести { $count } контрольних розмов.
}
person-open-follow-along = Відкрити супровід
caseload-column-first-contact = Перший контакт з роботодавцем
caseload-first-contact-late = Понад місяць

## The log
contact-title = Контакти з роботодавцями
contact-intro = Контакти вашої команди з роботодавцями, спочатку найновіші. Записуйте кожен контакт: тоді команда знає, хто останнім говорив з роботодавцем. Назвати людину можна, лише якщо вона дала згоду, і її ім'я бачите тільки ви.
contact-log-heading = Записати контакт
contact-logged = Контакт записано.
contact-latest = Останні контакти
contact-with-employer = Контакти з роботодавцем: { $employer }
contact-all = Усі контакти
contact-none = Контактів ще не записано.
contact-employer = Роботодавець
contact-employer-hint = Список роботодавців спільний для всього сервісу.
contact-employer-choose = Виберіть роботодавця
contact-employer-add = Роботодавця немає в списку? Додайте його на сторінці «Роботодавці».
contact-day = День контакту
contact-how = Як
contact-how-visit = Відвідування робочого місця
contact-how-phone = Телефоном
contact-how-email = Електронною поштою
contact-how-meeting = Зустріч в іншому місці
contact-how-event = На заході
contact-person = Про кого
contact-person-hint = У списку є лише люди з вашого списку клієнтів, які дозволили вам розповідати про себе роботодавцям.
contact-person-none = Ні про кого конкретно
contact-result = Який результат
contact-result-no-opening = Зараз вакансій немає
contact-result-later = Зв'язатися знову пізніше
contact-result-opening = Є вакансія або робоче завдання
contact-result-interview = Співбесіда
contact-result-work-trial = Пробна робота
contact-result-hired = Прийнято на роботу
contact-note = Нотатка (необов'язково)
contact-note-hint = Про що домовилися і що далі. Без даних про здоров'я чи інших чутливих даних.
contact-save = Записати контакт
contact-by = автор: { $name }
contact-about = Про кого:
contact-about-someone = Про людину з іншого списку клієнтів.
contact-rapid-after = через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } днів
}
contact-rapid-none-yet = ще немає (день { $days })
contact-error-employer = Виберіть роботодавця зі списку
contact-error-day = Введіть день контакту, наприклад 3.12.2026
contact-error-day-future = День контакту не може бути в майбутньому
contact-error-day-old = День контакту має бути в межах останнього року
contact-error-how = Виберіть, як відбувся контакт
contact-error-result = Виберіть, який результат контакту
contact-error-person = Виберіть людину зі списку: вона має бути у вашому списку клієнтів і дати згоду
contact-error-note-long = Скоротіть нотатку: не більше ніж 1000 символів

## The jobseeker's consent
contact-consent-title = Ваш консультант і роботодавці
contact-consent-intro = Ваш консультант шукає роботу разом з вами і говорить з роботодавцями. Чи може ваш консультант розповідати про вас роботодавцям?
contact-consent-what = Якщо ви скажете «так», консультант може повідомити роботодавцю ваше ім'я і те, що ви вмієте.
contact-consent-not = Ваш консультант не розповідає їм про ваше здоров'я чи життєву ситуацію.
contact-consent-back = Ви можете будь-коли змінити відповідь тут. Askel записує, коли ви сказали «так» і коли скасували згоду.
contact-consent-given = Ви сказали «так» (з { $day }).
contact-consent-not-given = Ви не сказали «так».
contact-consent-question = Чи може ваш консультант розповідати про вас роботодавцям?
contact-consent-yes = Так
contact-consent-no = Ні
contact-consent-save = Зберегти
contact-consent-saved = Вашу відповідь збережено.
contact-consent-error = Виберіть «так» або «ні»

## Follow-along check-ins
checkin-kind-week = Через тиждень
checkin-kind-month = Через місяць
checkin-kind-three-months = Через три місяці
checkin-kind-agreed = Домовлена контрольна розмова
checkin-title = { $kind }: { $day }
checkin-due-heading = Контрольні розмови, які треба провести
checkin-late = Прострочено
checkin-page-title = Супровід після початку роботи: { $name }
checkin-intro = Коли людина почне працювати, зв'яжіться з нею, а якщо вона згодна, то й з її роботодавцем: через тиждень, через місяць і через три місяці, а потім як домовитеся. Про кожну розмову напишіть коротку нотатку.
checkin-none = Контрольних розмов немає. Вони з'являться, коли ви запишете, що людина працевлаштована.
checkin-saved = Контрольну розмову збережено.
checkin-agreed = Контрольну розмову додано.
checkin-agree-heading = Домовитися про ще одну контрольну розмову
checkin-agree-day = День
checkin-agree-save = Додати контрольну розмову
checkin-done-by = Проведено { $day }, { $name }
checkin-done = Проведено { $day }
checkin-note = Як усе пройшло
checkin-note-hint = Як іде робота і про яку підтримку домовилися. Без даних про здоров'я чи інших чутливих даних.
checkin-save = Зберегти контрольну розмову
checkin-write = Записати цю контрольну розмову
checkin-error-note = Напишіть, як пройшла контрольна розмова
checkin-error-note-long = Скоротіть нотатку: не більше ніж 1000 символів
checkin-error-day = Введіть день, наприклад 15.1.2027
checkin-error-day-past = День не може бути в минулому
checkin-error-day-far = День має бути в межах року
