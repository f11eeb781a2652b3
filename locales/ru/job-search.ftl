### The jobseeker's job-search log.

nav-job-search = Журнал поиска работы
person-job-search = Журнал поиска работы
person-open-job-search = Открыть журнал поиска работы

search-title = Журнал поиска работы
search-intro = Записывайте, что вы делаете, чтобы найти работу. Служба занятости (TE) может попросить показать эти записи. Тогда распечатайте эту страницу или покажите её на телефоне. То, что вы делаете в Askel, уже записано здесь.
search-add-heading = Добавить запись в журнал
search-kind = Что вы сделали?
search-kind-application = Заявка на работу
search-kind-contact = Связь с работодателем
search-kind-interview = Собеседование
search-kind-other = Другое действие, чтобы найти работу
search-kind-interest = Интерес к вакансии в Askel
search-kind-event = Участие в мероприятии
search-kind-module = Пройден учебный модуль
search-day = День
search-employer = Работодатель
search-what = Работа или о чём шла речь (по желанию)
search-what-hint = Например: помощник на кухне, неполный день
search-add = Добавить в мой журнал
search-added = Добавлено в ваш журнал.
search-removed = Удалено из вашего журнала.
search-month = { $month ->
    [1] Январь
    [2] Февраль
    [3] Март
    [4] Апрель
    [5] Май
    [6] Июнь
    [7] Июль
    [8] Август
    [9] Сентябрь
    [10] Октябрь
    [11] Ноябрь
   *[12] Декабрь
} { $year }
search-months = Месяцы
search-previous-month = Предыдущий месяц
search-next-month = Следующий месяц
search-print-hint = Чтобы показать этот месяц службе занятости, распечатайте эту страницу или сохраните её в PDF через меню браузера.
search-none = За этот месяц в журнале ничего нет.
search-summary = Итоги
search-caption = Поиск работы: { $month }
search-column-day = День
search-column-kind = Что
search-column-employer = Работодатель
search-column-what = Работа или тема
search-column-remove = Удалить
search-by-askel = Записано Askel
search-remove = Удалить: { $what }
search-remove-question = Удалить «{ $what }» из журнала?
search-remove-confirm = Да, удалить
search-person-title = Журнал поиска работы: { $name }
search-person-intro = Что человек записал сам и что он делал в Askel, по месяцам. Изменять журнал может только он сам.
search-error-kind = Выберите, что вы сделали
search-error-day = Введите день, например 3.12.2026
search-error-day-future = День не может быть в будущем
search-error-day-old = День должен быть в пределах последнего года
search-error-employer = Введите работодателя
search-error-employer-long = Название работодателя может быть не длиннее 200 знаков
search-error-what-long = Здесь можно написать не больше 300 знаков
