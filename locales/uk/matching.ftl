# Matching: "Jobs for you", one job, saved jobs and interests.

nav-jobs = Вакансії для вас

match-jobs-title = Вакансії для вас
match-jobs-intro = Відкриті вакансії та робочі завдання. Спочатку ті, які найкраще відповідають тому, що ви вмієте. Для кожної ви бачите, що у вас уже є і чого ще бракує.
match-how-sorted = Як упорядковано вакансії?
match-how-sorted-text = Кожна вакансія отримує бали зі 100 залежно від своїх вимог: обов'язкові навички – 50, посвідчення та сертифікати – 20, мови – 15 і бажані навички – 15. Якщо вакансія нічого не вимагає в якійсь частині, ви отримуєте ці бали повністю. Враховуються лише ваші навички, посвідчення та мови. Ваш вік, стать чи походження не враховуються ніколи.
match-my-jobs-link = Ваші збережені та цікаві вакансії
match-no-facts = Askel ще не знає ваших навичок, тому вакансії не впорядковано для вас.
match-no-facts-link = Додайте, що ви робили і що вмієте
match-found = { $count ->
    [one] Знайдено { $count } вакансію
    [few] Знайдено { $count } вакансії
    [many] Знайдено { $count } вакансій
   *[other] Знайдено { $count } вакансій
}
match-none = З таким вибором відкритих вакансій немає. Спробуйте вибрати менше.
match-filter-field = Галузь
match-filter-any-field = Усі галузі
match-filter-place = Місце
match-filter-any-place = Усі місця
match-filter-form = Форма зайнятості
match-filter-any-form = Усі форми
match-filter-kind = Вакансія чи робоче завдання
match-filter-any-kind = Обидва
match-filter-no-finnish = Лише вакансії, де фінська мова не обов'язкова
match-filter-apply = Показати вакансії
match-pages = Сторінки вакансій
match-page-of = Сторінка { $page } з { $pages }
match-previous = Попередні вакансії
match-next = Більше вакансій
match-fit-score = Підходить вам: { $score } зі 100.
match-all-musts = У вас є все обов'язкове.
match-you-have = У вас є:
match-you-need = Вам ще потрібно:
match-need-language = { $language } { $level ->
    [native] як рідна мова
   *[other] на рівні { $level } або вище
}
match-must = обов'язково
match-nice = бажано
match-way-module = Вивчіть: { $module }
match-way-assessment = Покажіть це в самооцінюванні: { $assessment }
match-way-experience = Ви це робили? Розкажіть нам про це
match-way-certificate = У вас є це посвідчення? Додайте його до своїх навичок
match-way-language = Додайте мову і свій рівень
match-meet = Зустрітися з роботодавцем: { $employer }
match-how-to-apply = Як подати заявку
match-apply-link = Подати заявку на сайті роботодавця
match-how-you-fit = Наскільки вам підходить ця вакансія
match-job-closed = Цю вакансію закрито. Подати заявку вже не можна.
match-job-closed-short = Закрито
match-next-step = Ваш наступний крок
match-interest-explain = Повідомте консультанту, що вас цікавить ця вакансія. Консультант може допомогти вам подати заявку.
match-share-label = Також показати мої навички роботодавцю { $employer } для цієї вакансії
match-share-hint = Роботодавець бачить ваше ім'я, навички зі сторінки «Мої навички» і те, наскільки вам підходить ця вакансія. Більше нічого. Ви можете будь-коли це припинити.
match-interested = Мене це цікавить
match-interested-since = Ви повідомили консультанту про свій інтерес { $day }.
match-shared-since = Роботодавець { $employer } бачить ваші навички для цієї вакансії з { $day }.
match-not-shared = Роботодавець { $employer } не бачить ваших навичок.
match-share-now = Показати мої навички роботодавцю { $employer }
match-share-stop = Більше не показувати мої навички
match-withdraw = Мене це більше не цікавить
match-save = Зберегти цю вакансію
match-forget = Вилучити зі збережених вакансій
match-saved = Вакансію збережено. Її можна знайти серед збережених вакансій.
match-forgotten = Вакансію вилучено зі збережених вакансій.
match-interest-sent = Тепер ваш консультант бачить, що вас цікавить ця вакансія.
match-interest-withdrawn = Ваш інтерес скасовано.
match-share-stopped = Роботодавець більше не бачить ваших навичок для цієї вакансії.
match-error-cannot-save = Не вдалося зберегти вакансію. Можливо, її закрито, або у вас уже 100 збережених вакансій.
match-error-job-closed = Ця вакансія вже не відкрита.
match-my-jobs-title = Ваші збережені та цікаві вакансії
match-interests-title = Вакансії, які вас цікавлять
match-interests-none = Ви ще не повідомили консультанту про жодну вакансію.
match-saved-title = Збережені вакансії
match-saved-none = У вас немає збережених вакансій.
match-saved-on = Збережено { $day }.

# A coach's view: jobs that fit one person.
match-coach-title = Вакансії, які підходять: { $name }
match-coach-intro = Відкриті вакансії, які підходять найкраще, за тими самими балами, які бачить людина. Запропонуйте вакансію: людина бачить пропозицію, а роботодавець бачить людину, лише якщо вона погодиться. Те, чого їй бракує, можна одразу додати як крок її плану.
match-coach-fit-score = Підходить: { $score } зі 100.
match-coach-has = Є:
match-coach-lacks = Ще потрібно:
match-gap-to-plan = Додати до плану: { $need }
match-plan-step = { $need } – для вакансії { $job } (роботодавець: { $employer })
match-gap-planned = Цей крок є в плані.
match-propose = Запропонувати цю вакансію: { $name }
match-proposed = Запропоновано.
match-proposed-done = Вакансію запропоновано. Людина бачить її серед своїх вакансій.
match-proposed-to-you = Ваш консультант запропонував вам цю вакансію { $day }.

# The employer's view: candidates for a job.
match-candidates-title = Кандидати
match-candidates-intro = Люди, яких цікавить ця вакансія або яким її запропонував консультант, якщо вони погодилися показати вам свої навички.
match-candidates-none = Кандидатів ще немає.
match-count = Кількість людей у сервісі, які мають усі обов'язкові навички для цієї вакансії: { $count }.
match-count-few = Менше ніж 5 людей у сервісі мають усі обов'язкові навички для цієї вакансії.
match-came-interested = Цікавиться
match-came-proposed = Запропоновано консультантом
match-came-both = Цікавиться, і запропоновано консультантом
match-candidate-fit = Підходить: { $score } зі 100 (є { $have } з { $asked } вимог).
match-stage-label = Що відбулося
match-stage-none = Поки нічого
match-stage-contacted = Був контакт
match-stage-interview = Співбесіда
match-stage-hired = Прийнято на роботу
match-stage-not-chosen = Не вибрано
match-stage-save = Зберегти
match-stage-saved = Збережено. Якщо людину прийнято на роботу, її консультант це бачить.
match-error-stage = Виберіть, що відбулося
match-employer-says = Роботодавець повідомляє: { $stage }
match-candidate-title = Навички: { $name }
match-candidate-intro = Що ця людина вирішила показати вам для цієї вакансії. Вона може будь-коли припинити це показувати.
match-candidates-back = Назад до вакансії

# A coach's list of open jobs and one job's fitting people.
nav-coach-jobs = Вакансії
match-coach-jobs-title = Відкриті вакансії
match-coach-jobs-intro = Усі відкриті вакансії та робочі завдання, спочатку найновіші. Відкрийте вакансію, щоб побачити, кому з ваших клієнтів вона підходить найкраще.
match-coach-people = Кому з ваших клієнтів підходить
match-coach-people-intro = Спочатку ті, хто має все обов'язкове для вакансії, далі за балами. Запропонуйте вакансію: людина її бачить, а роботодавець бачить людину, лише якщо вона погодиться.
match-coach-nobody = У вашому списку клієнтів ще нікого немає.
match-filter-label = Виберіть вакансії
match-prepare-title = Підготуйтеся до цього заходу
match-prepare-intro = Тут роботодавці зустрічаються з людьми щодо цих вакансій. Подивіться, що у вас уже є для кожної і чого ви ще можете навчитися.
match-prepare-bring-title = Що взяти з собою
match-prepare-bring-cv = Ваше резюме: Askel складає його з ваших навичок
match-prepare-bring-card = { $card }: саме посвідчення або його фото
match-prepare-module-title = До дня заходу
match-prepare-module = Спочатку пройдіть цей модуль: { $module }
match-error-already-planned = Це вже є кроком у плані цієї людини.
