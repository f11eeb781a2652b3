# One jobseeker in the coach's workspace: overview, notes, outcomes, moving to another coach.

person-contents = На цій сторінці
person-situation = Ситуація
person-plan = План працевлаштування
person-modules = Модулі
person-skills = Самооцінювання
person-events = Заходи
person-notes = Нотатки
person-profile = Профіль
person-sign-in-help = Допомога з входом
person-move = Передати іншому консультанту

person-open-steps = { $count ->
    [0] У плані немає невиконаних кроків.
    [one] У плані { $count } невиконаний крок.
    [few] У плані { $count } невиконані кроки.
    [many] У плані { $count } невиконаних кроків.
   *[other] У плані { $count } невиконаних кроків.
}
person-open-plan = Відкрити план

person-modules-none = Модулів ще не призначено і не розпочато.
person-modules-caption = Призначені або розпочаті модулі
person-module = Модуль
person-module-progress = Прогрес
person-module-due = Термін
person-module-steps = Виконано кроків: { $done } з { $count }
person-module-no-due = Призначено, без терміну
person-module-own = Розпочато самостійно
person-reflections = Роздуми, якими поділилися з вами
person-assign = Призначити модуль
person-module-choose = Виберіть модуль
person-assign-submit = Призначити модуль
person-assigned = Модуль призначено. Шукач роботи бачить його першим у своєму списку.

person-skills-none = Самооцінювань ще не надіслано.
person-open-skills = Профіль навичок і підтвердження навичок
person-events-none = Місць на заходах немає.

person-language = Мова
person-joined = Дата приєднання

person-sign-in-help-intro = Якщо шукач роботи втратив пароль, дайте йому код для входу. З цим кодом він вибере новий пароль. Код діє один раз, протягом { $days ->
        [one] { $days } дня
        [few] { $days } днів
        [many] { $days } днів
       *[other] { $days } днів
    }.
person-issue-code = Дати код для входу
person-code-intro = Дайте цей код шукачу роботи:
person-code-instructions = Людина відкриває { $address }, вводить код і вибирає новий пароль.

note-body = Нова нотатка
note-body-hint = Шукач роботи бачить нотатку, лише якщо ви нею поділитеся, або в копії своїх даних, якщо попросить її.
note-share = Поділитися цією нотаткою з шукачем роботи (її буде видно в його плані)
note-submit = Зберегти нотатку
note-added = Нотатку збережено.
note-none = Нотаток ще немає.
note-shared-flag = Поділено з шукачем роботи
note-error-empty = Напишіть нотатку
note-error-long = Напишіть не більше ніж 4000 символів

outcome-employed_full_time = Робота на повний день
outcome-employed_part_time = Робота на неповний день
outcome-subsidised_work = Субсидована робота
outcome-training = Навчання або курси
outcome-other_service = Інша послуга
outcome-seeking = Далі шукає роботу
outcome-left_service = Більше не користується сервісом
outcome-none = Ситуацію ще не записано.
outcome-since-text = { $situation } з { $date }
outcome-earlier = Раніше
outcome-record = Записати зміну
outcome-situation = Ситуація зараз
outcome-choose = Виберіть ситуацію
outcome-since = З якого дня
outcome-since-hint = Наприклад, 1.12.2026
outcome-submit = Записати ситуацію
outcome-recorded = Ситуацію записано.
outcome-error-situation = Виберіть ситуацію
outcome-error-since = Напишіть дату як день.місяць.рік, наприклад 1.12.2026
outcome-error-since-future = Дата не може бути в майбутньому

transfer-intro = Інший консультант бачитиме все на цій сторінці, а ви більше не бачитимете.
transfer-coach = Новий консультант
transfer-choose = Виберіть консультанта
transfer-submit = Передати цьому консультанту
transfer-no-coaches = Немає інших консультантів, яким можна передати шукача роботи.
transfer-error-coach = Виберіть консультанта, якому треба передати шукача роботи
transfer-done = Шукача роботи передано іншому консультанту.
transfer-team-hint = Консультанти вашої команди. Щоб передати шукача роботи консультанту з іншої команди, знайдіть цього консультанта за ім'ям нижче.
transfer-no-team = У вашій команді немає інших консультантів. Знайдіть за ім'ям консультанта, якому треба передати шукача роботи.
transfer-group-found = Знайдені за ім'ям
transfer-group-team = Ваша команда
transfer-coach-in-team = { $name } ({ $team })
transfer-found = { $count ->
    [one] За запитом «{ $name }» знайдено { $count } консультанта. Його додано до списку консультантів.
    [few] За запитом «{ $name }» знайдено { $count } консультанти. Їх додано до списку консультантів.
    [many] За запитом «{ $name }» знайдено { $count } консультантів. Їх додано до списку консультантів.
   *[other] За запитом «{ $name }» знайдено { $count } консультанта. Їх додано до списку консультантів.
}
transfer-found-none = За запитом «{ $name }» не знайдено жодного консультанта. Перевірте написання або введіть менше літер імені.
transfer-found-more = { $shown ->
    [one] За запитом «{ $name }» знайдено понад { $shown } консультанта. Перших { $shown } додано до списку консультантів. Щоб знайти потрібного, введіть більше літер імені.
    [few] За запитом «{ $name }» знайдено понад { $shown } консультанти. Перших { $shown } додано до списку консультантів. Щоб знайти потрібного, введіть більше літер імені.
    [many] За запитом «{ $name }» знайдено понад { $shown } консультантів. Перших { $shown } додано до списку консультантів. Щоб знайти потрібного, введіть більше літер імені.
   *[other] За запитом «{ $name }» знайдено понад { $shown } консультанта. Перших { $shown } додано до списку консультантів. Щоб знайти потрібного, введіть більше літер імені.
}
transfer-find-heading = Знайти консультанта за ім'ям
transfer-find-name = Ім'я консультанта
transfer-find-hint = Щонайменше дві літери імені або прізвища.
transfer-find-submit = Знайти
transfer-find-error-short = Введіть щонайменше дві літери імені консультанта
transfer-find-error-long = Скоротіть ім'я: не більше ніж 100 символів

# Correcting or withdrawing a note or a situation, on its own page
record-details = Історія, виправлення
record-back = Назад до сторінки шукача роботи
record-corrected = { $written }, виправлено { $when }
record-withdrawn = Відкликано консультантом { $name }, { $when }
record-version-meta = Написано { $written }, замінено { $replaced }
record-versions = Попередні версії
record-only-author = Виправити або відкликати запис може лише консультант, який його написав.
record-correct-submit = Зберегти виправлення
note-page-title = Нотатка: { $name }
note-correct = Виправити нотатку
note-correct-body = Нотатка
note-withdraw = Відкликати нотатку
note-withdraw-intro = Відкликана нотатка залишається в історії з позначкою «відкликано», і шукач роботи її більше не бачить. Відкликайте нотатку, яку не слід було писати. Якщо нотатка лише частково неправильна, виправте її.
note-corrected = Нотатку виправлено. Попередню версію збережено в історії.
note-withdrawn = Нотатку відкликано.
outcome-page-title = Ситуація: { $name }
outcome-correct = Виправити ситуацію
outcome-correct-situation = Ситуація
outcome-withdraw = Відкликати ситуацію
outcome-withdraw-intro = Відкликана ситуація залишається в історії з позначкою «відкликано». Вона більше не вважається ситуацією людини і не враховується у звіті про результати.
outcome-corrected = Ситуацію виправлено. Попередню версію збережено в історії.
outcome-withdrawn = Ситуацію відкликано.

person-jobs = Цікаві вакансії
person-jobs-none = Ще немає вакансій, позначених як цікаві.
person-job-interest = Цікавиться з { $day }. Роботодавець не бачить навичок цієї людини.
person-job-interest-shared = Цікавиться з { $day }. Роботодавець бачить навички цієї людини для цієї вакансії.
person-job-proposed = Ви запропонували цю вакансію { $day }. Людина ще не повідомила, що вона її цікавить.
person-job-stage = Роботодавець повідомляє: { $stage }. Запишіть результат нижче, коли його буде підтверджено.
person-jobs-that-fit = Вакансії, які підходять цій людині
