# Coaching modules: the list, the step player and the completion page.
# Module content itself lives in content/modules, not here.

modules-title = Модули
modules-intro = Короткие уроки для поиска работы. Проходите их в своём темпе: ваш прогресс сохраняется после каждого шага.
modules-length = { $steps ->
        [one] { $steps } шаг
        [few] { $steps } шага
        [many] { $steps } шагов
       *[other] { $steps } шага
    }, около { $minutes } мин.
modules-status-not-started = Не начат
modules-status-in-progress = В процессе: пройдено шагов { $done } из { $count }
modules-status-completed = Пройден
modules-assigned = Ваш консультант предложил этот модуль
modules-assigned-due = Ваш консультант предложил этот модуль. Пожалуйста, пройдите его до { $date }.
modules-in-english = Этот модуль пока есть только на английском.
modules-in-finnish = Этот модуль пока есть только на финском.

module-step-position = Шаг { $n } из { $count }
module-fallback-notice = Этого модуля пока нет на вашем языке. Он показан на английском.
module-fallback-notice-finnish = Этого модуля пока нет на вашем языке. Он показан на финском.
module-all-modules = Все модули
module-back = Назад
module-continue = Продолжить
module-check-answer = Проверить ответ
module-save-changed = Сохранить новый ответ
module-your-answer = Ваш ответ
module-answer-right = верно
module-answer-not-right = не совсем
module-change-answer = Изменить ответ
module-transcript = Что говорится в видео
module-captions-label = Субтитры
module-video-fallback = Ваш браузер не может показать это видео. В тексте ниже есть всё, что показано в видео.
module-reflection-hint = То, что вы здесь пишете, видите только вы. Если хотите, можете поделиться этим с консультантом. Писать не обязательно.
module-share-with-coach = Поделиться этим ответом с моим консультантом
module-offline = Нет подключения к интернету. Можно продолжать: ваши ответы хранятся на этом устройстве.
module-waiting = Ответы, которые ждут отправки: { $count }. Они отправятся, когда снова появится интернет.
module-all-sent = Все ваши ответы сохранены.
module-finished-offline = Вы прошли все шаги. Подключитесь к интернету, чтобы сохранить последние ответы.
module-sign-in-to-send = Ответы, которые ждут отправки: { $count }. Ваш сеанс закончился, поэтому ответы хранятся на этом устройстве. Войдите снова, и они сохранятся.
module-sign-in-link = Войти
module-trying-again = Ответы, которые ждут отправки: { $count }. Сейчас сервис не может их сохранить. Они хранятся на этом устройстве и скоро будут отправлены снова.
module-refused = Ответы, которые не удалось сохранить, потому что модуль изменился: { $count }. Пожалуйста, пройдите шаги модуля ещё раз.

module-error-choose-one = Выберите один ответ
module-error-choose-some = Выберите хотя бы один ответ
module-error-write-answer = Напишите ответ
module-error-too-long = Ваш ответ слишком длинный. Сделайте его короче 4000 знаков.
module-error-due-date = Напишите дату в виде день.месяц.год, например 31.12.2026
module-error-choose = Выберите модуль

module-done-heading = Вы прошли модуль: { $module }
module-not-done-heading = Ещё не пройден: { $module }
module-done-progress = Вы прошли шагов: { $done } из { $count }.
module-done-answers = Ваши ответы
module-done-nothing = Нет ответа
module-done-shared = Видно вашему консультанту
module-done-private = Это видите только вы
module-done-next = Что дальше
module-done-all = Вы прошли все модули. Отличная работа!
