# Coaching modules: the list, the step player and the completion page.
# Module content itself lives in content/modules, not here.

modules-title = Модулі
modules-intro = Короткі уроки для пошуку роботи. Проходьте їх у своєму темпі: ваш прогрес зберігається після кожного кроку.
modules-length = { $steps ->
        [one] { $steps } крок
        [few] { $steps } кроки
        [many] { $steps } кроків
       *[other] { $steps } кроків
    }, приблизно { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }
modules-status-not-started = Не розпочато
modules-status-in-progress = Розпочато: виконано кроків { $done } з { $count }
modules-status-completed = Пройдено
modules-assigned = Ваш консультант з працевлаштування пропонує вам цей модуль
modules-assigned-due = Ваш консультант з працевлаштування пропонує вам цей модуль. Будь ласка, пройдіть його до { $date }.
modules-in-english = Цей модуль поки що є лише англійською мовою.
modules-in-finnish = Цей модуль поки що є лише фінською мовою.

module-step-position = Крок { $n } з { $count }
module-fallback-notice = Цього модуля ще немає вашою мовою. Його показано англійською.
module-fallback-notice-finnish = Цього модуля ще немає вашою мовою. Його показано фінською.
module-all-modules = Усі модулі
module-back = Назад
module-continue = Продовжити
module-check-answer = Перевірити відповідь
module-save-changed = Зберегти нову відповідь
module-your-answer = Ваша відповідь
module-answer-right = правильно
module-answer-not-right = не зовсім правильно
module-change-answer = Змінити відповідь
module-transcript = Що говорять у відео
module-captions-label = Субтитри
module-video-fallback = Ваш браузер не може показати це відео. У тексті нижче є все, що показано у відео.
module-reflection-hint = Те, що ви тут пишете, бачите лише ви, якщо самі не поділитеся цим зі своїм консультантом. Писати не обов'язково.
module-share-with-coach = Поділитися цією відповіддю з моїм консультантом
module-offline = Немає з'єднання з інтернетом. Ви можете продовжувати: ваші відповіді зберігаються на цьому пристрої.
module-waiting = Відповіді, які чекають на надсилання: { $count }. Їх буде надіслано, коли з'явиться інтернет.
module-all-sent = Усі ваші відповіді збережено.
module-finished-offline = Ви виконали всі кроки. Під'єднайтеся до інтернету, щоб зберегти останні відповіді.
module-sign-in-to-send = Відповіді, які чекають на надсилання: { $count }. Ваш сеанс закінчився, тому відповіді зберігаються на цьому пристрої. Увійдіть знову, і їх буде збережено.
module-sign-in-link = Увійти
module-trying-again = Відповіді, які чекають на надсилання: { $count }. Сервіс зараз не може їх зберегти. Вони зберігаються на цьому пристрої, і їх скоро буде надіслано знову.
module-refused = Відповіді, які не вдалося зберегти, бо модуль змінився: { $count }. Будь ласка, пройдіть кроки модуля ще раз.

module-error-choose-one = Виберіть одну відповідь
module-error-choose-some = Виберіть хоча б одну відповідь
module-error-write-answer = Напишіть свою відповідь
module-error-too-long = Ваша відповідь занадто довга. Напишіть менше ніж 4000 символів.
module-error-due-date = Напишіть дату як день.місяць.рік, наприклад 31.12.2026
module-error-choose = Виберіть модуль

module-done-heading = Ви пройшли модуль: { $module }
module-not-done-heading = Ще не пройдено: { $module }
module-done-progress = Ви виконали кроків: { $done } з { $count }.
module-done-answers = Ваші відповіді
module-done-nothing = Немає відповіді
module-done-shared = Поділено з вашим консультантом
module-done-private = Це бачите лише ви
module-done-next = Що далі
module-done-all = Ви пройшли всі модулі. Чудова робота!
