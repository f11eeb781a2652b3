### The jobseeker's job-search log.

nav-job-search = Журнал пошуку роботи
person-job-search = Журнал пошуку роботи
person-open-job-search = Відкрити журнал пошуку роботи

search-title = Журнал пошуку роботи
search-intro = Записуйте, що ви робите, щоб знайти роботу. Служба зайнятості може попросити показати ці записи: роздрукуйте цю сторінку або покажіть її на телефоні. Те, що ви робите в Askel, уже є тут.
search-add-heading = Додати до журналу
search-kind = Що ви зробили?
search-kind-application = Заявка на вакансію
search-kind-contact = Контакт з роботодавцем
search-kind-interview = Співбесіда
search-kind-other = Інша дія для пошуку роботи
search-kind-interest = Інтерес до вакансії в Askel
search-kind-event = Участь у заході
search-kind-module = Пройдений навчальний модуль
search-day = День
search-employer = Роботодавець
search-what = Вакансія або тема (необов'язково)
search-what-hint = Наприклад: Помічник на кухні, неповний робочий день
search-add = Додати до мого журналу
search-added = Додано до вашого журналу.
search-removed = Вилучено з вашого журналу.
search-month = { $month ->
    [1] Січень
    [2] Лютий
    [3] Березень
    [4] Квітень
    [5] Травень
    [6] Червень
    [7] Липень
    [8] Серпень
    [9] Вересень
    [10] Жовтень
    [11] Листопад
   *[12] Грудень
} { $year }
search-months = Місяці
search-previous-month = Попередній місяць
search-next-month = Наступний місяць
search-print-hint = Щоб показати цей місяць службі зайнятості, роздрукуйте цю сторінку або збережіть її як PDF через меню браузера.
search-none = У журналі немає записів за цей місяць.
search-summary = Підсумок
search-caption = Пошук роботи: { $month }
search-column-day = День
search-column-kind = Що
search-column-employer = Роботодавець
search-column-what = Вакансія або тема
search-column-remove = Вилучити
search-by-askel = Автоматичний запис Askel
search-remove = Вилучити: { $what }
search-remove-question = Вилучити «{ $what }» з вашого журналу?
search-remove-confirm = Так, вилучити
search-person-title = Журнал пошуку роботи: { $name }
search-person-intro = Що людина записала і що робила в Askel, за місяцями. Змінювати записи може лише вона сама.
search-error-kind = Виберіть, що ви зробили
search-error-day = Введіть день, наприклад 3.12.2026
search-error-day-future = День не може бути в майбутньому
search-error-day-old = День має бути в межах останнього року
search-error-employer = Введіть роботодавця
search-error-employer-long = Скоротіть назву роботодавця: не більше ніж 200 символів
search-error-what-long = Скоротіть текст: не більше ніж 300 символів
