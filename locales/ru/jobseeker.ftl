# One jobseeker in the coach's workspace: overview, notes, outcomes, moving to another coach.

person-contents = На этой странице
person-situation = Ситуация
person-plan = План трудоустройства
person-modules = Модули
person-skills = Самооценки
person-events = Мероприятия
person-notes = Заметки
person-profile = Профиль
person-sign-in-help = Помощь со входом
person-move = Передать другому консультанту

person-open-steps = { $count ->
    [0] В плане нет открытых шагов.
    [one] В плане { $count } открытый шаг.
    [few] В плане { $count } открытых шага.
    [many] В плане { $count } открытых шагов.
   *[other] В плане { $count } открытого шага.
}
person-open-plan = Открыть план

person-modules-none = Модули пока не назначены и не начаты.
person-modules-caption = Назначенные или начатые модули
person-module = Модуль
person-module-progress = Ход выполнения
person-module-due = Срок
person-module-steps = Пройдено шагов: { $done } из { $count }
person-module-no-due = Назначен, без срока
person-module-own = Начат самостоятельно
person-reflections = Размышления, которыми с вами поделились
person-assign = Назначить модуль
person-module-choose = Выберите модуль
person-assign-submit = Назначить модуль
person-assigned = Модуль назначен. Соискатель увидит его первым в своём списке.

person-skills-none = Отправленных самооценок пока нет.
person-open-skills = Навыки и их подтверждение
person-events-none = Нет записей на мероприятия.

person-language = Язык
person-joined = Дата регистрации

person-sign-in-help-intro = Если соискатель забыл пароль, дайте ему код для входа. С этим кодом он выберет новый пароль. Код действует { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } и только один раз.
person-issue-code = Дать код для входа
person-code-intro = Передайте этот код соискателю:
person-code-instructions = Соискатель открывает страницу { $address }, вводит код и выбирает новый пароль.

note-body = Новая заметка
note-body-hint = Соискатель видит заметку, только если вы поделитесь ею с ним или если он запросит копию своих данных.
note-share = Поделиться заметкой с соискателем (он увидит её в своём плане)
note-submit = Сохранить заметку
note-added = Заметка сохранена.
note-none = Заметок пока нет.
note-shared-flag = Видна соискателю
note-error-empty = Напишите заметку
note-error-long = Напишите не больше 4000 знаков

outcome-employed_full_time = Работает полный день
outcome-employed_part_time = Работает неполный день
outcome-subsidised_work = Работает с зарплатной субсидией
outcome-training = Учится или проходит обучение
outcome-other_service = Получает другую услугу
outcome-seeking = Всё ещё ищет работу
outcome-left_service = Больше не пользуется сервисом
outcome-none = Ситуация пока не записана.
outcome-since-text = { $situation } с { $date }
outcome-earlier = Ранее
outcome-record = Записать изменение
outcome-situation = Ситуация сейчас
outcome-choose = Выберите ситуацию
outcome-since = С какого дня
outcome-since-hint = Например, 1.12.2026
outcome-submit = Записать ситуацию
outcome-recorded = Ситуация записана.
outcome-error-situation = Выберите ситуацию
outcome-error-since = Напишите дату в виде день.месяц.год, например 1.12.2026
outcome-error-since-future = Дата не может быть в будущем

transfer-intro = Другой консультант будет видеть всё на этой странице. Вы больше не будете это видеть.
transfer-coach = Новый консультант
transfer-choose = Выберите консультанта
transfer-submit = Передать этому консультанту
transfer-no-coaches = Нет других консультантов, которым можно передать соискателя.
transfer-error-coach = Выберите консультанта, которому нужно передать соискателя
transfer-done = Соискатель передан другому консультанту.
transfer-team-hint = Консультанты вашей команды. Чтобы передать соискателя консультанту из другой команды, найдите этого консультанта по имени ниже.
transfer-no-team = В вашей команде нет других консультантов. Найдите по имени консультанта, которому нужно передать соискателя.
transfer-group-found = Найденные по имени
transfer-group-team = Ваша команда
transfer-coach-in-team = { $name } ({ $team })
transfer-found = { $count ->
    [one] По запросу «{ $name }» найден { $count } консультант. Теперь он в списке консультантов.
    [few] По запросу «{ $name }» найдено { $count } консультанта. Теперь они в списке консультантов.
    [many] По запросу «{ $name }» найдено { $count } консультантов. Теперь они в списке консультантов.
   *[other] По запросу «{ $name }» найдено { $count } консультанта. Теперь они в списке консультантов.
}
transfer-found-none = По запросу «{ $name }» консультантов не найдено. Проверьте, правильно ли написано имя, или введите меньше букв имени.
transfer-found-more = { $shown ->
    [one] По запросу «{ $name }» найдено больше { $shown } консультанта. Первые { $shown } теперь в списке консультантов. Чтобы найти нужного, введите больше букв имени.
    [few] По запросу «{ $name }» найдено больше { $shown } консультантов. Первые { $shown } теперь в списке консультантов. Чтобы найти нужного, введите больше букв имени.
    [many] По запросу «{ $name }» найдено больше { $shown } консультантов. Первые { $shown } теперь в списке консультантов. Чтобы найти нужного, введите больше букв имени.
   *[other] По запросу «{ $name }» найдено больше { $shown } консультанта. Первые { $shown } теперь в списке консультантов. Чтобы найти нужного, введите больше букв имени.
}
transfer-find-heading = Найти консультанта по имени
transfer-find-name = Имя консультанта
transfer-find-hint = Хотя бы две буквы имени или фамилии.
transfer-find-submit = Найти
transfer-find-error-short = Введите хотя бы две буквы имени консультанта
transfer-find-error-long = Имя может быть не длиннее 100 знаков

# Correcting or withdrawing a note or a situation, on its own page
record-details = История, исправления
record-back = Назад на страницу соискателя
record-corrected = { $written }, исправлено { $when }
record-withdrawn = Отозвано. Кто: { $name }, когда: { $when }
record-version-meta = Написано { $written }, заменено { $replaced }
record-versions = Прежние версии
record-only-author = Исправить или отозвать запись может только консультант, который её написал.
record-correct-submit = Сохранить исправление
note-page-title = Заметка: { $name }
note-correct = Исправить заметку
note-correct-body = Заметка
note-withdraw = Отозвать заметку
note-withdraw-intro = Отозванная заметка остаётся в истории с пометкой «отозвано». Соискатель её больше не видит. Отзывайте заметку, которую не нужно было писать. Если ошибка только в части заметки, исправьте её.
note-corrected = Заметка исправлена. Прежняя версия сохранена в истории.
note-withdrawn = Заметка отозвана.
outcome-page-title = Ситуация: { $name }
outcome-correct = Исправить ситуацию
outcome-correct-situation = Ситуация
outcome-withdraw = Отозвать ситуацию
outcome-withdraw-intro = Отозванная ситуация остаётся в истории с пометкой «отозвано». Она больше не считается ситуацией человека и не учитывается в отчёте о результатах.
outcome-corrected = Ситуация исправлена. Прежняя версия сохранена в истории.
outcome-withdrawn = Ситуация отозвана.

person-jobs = Интересные вакансии
person-jobs-none = Интересных вакансий пока не отмечено.
person-job-interest = Интересуется с { $day }. Работодатель не видит навыки этого человека.
person-job-interest-shared = Интересуется с { $day }. Работодатель видит навыки этого человека для этой вакансии.
person-job-proposed = Вы предложили эту вакансию { $day }. Человек пока не сообщил об интересе.
person-job-stage = Работодатель сообщает: { $stage }. Когда это подтвердится, запишите ситуацию ниже.
person-jobs-that-fit = Подходящие вакансии
