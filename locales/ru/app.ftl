## Service-wide: name, page titles, layout, languages, errors.

app-name = Askel
# $page is the page's own title.
app-page-title = { $page } – Askel
language-self-name = Русский

layout-skip-to-content = Перейти к основному содержанию
layout-main-nav-label = Главное меню
layout-language-nav-label = Язык
layout-footer-about = Askel — бесплатный сервис для соискателей, консультантов по трудоустройству и работодателей.
nav-home = Главная

page-continue = Продолжить

form-error-summary-title = Есть ошибка
form-error-prefix = Ошибка:

error-not-found = Мы не нашли то, что вы искали.
error-unauthorized = Пожалуйста, сначала войдите.
error-forbidden = У вас нет прав на это действие.
error-validation = Пожалуйста, проверьте данные, которые вы ввели.
error-bad-request = Не удалось прочитать ваш ответ. Пожалуйста, заполните форму ещё раз.
error-rate-limited = Слишком много попыток. Пожалуйста, подождите немного и попробуйте ещё раз.
error-internal = Что-то пошло не так на нашей стороне. Ваши ответы не потеряны. Пожалуйста, попробуйте ещё раз.
error-unavailable = Askel ненадолго недоступен. Пожалуйста, попробуйте ещё раз через минуту.
error-connection = Не удалось связаться с Askel. Проверьте подключение к интернету и попробуйте ещё раз.
error-cross-site = Эта форма отправлена с другого сайта, поэтому Askel её не принял. Перейдите в Askel и попробуйте ещё раз.
error-too-large = Вы отправили слишком много текста. Сократите самый длинный текст и попробуйте ещё раз.
forbidden-title = Нет доступа

nav-sign-in = Войти
nav-account = Моя учётная запись
nav-invitations = Коды приглашения
nav-admin-users = Учётные записи
nav-modules = Модули

role-jobseeker = Соискатель
role-coach = Консультант по трудоустройству
role-organiser = Организатор мероприятий
role-admin = Администратор
