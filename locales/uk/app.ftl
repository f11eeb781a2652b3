## Service-wide: name, page titles, layout, languages, errors.

app-name = Askel
# $page is the page's own title.
app-page-title = { $page } – Askel
language-self-name = Українська

layout-skip-to-content = Перейти до основного вмісту
layout-main-nav-label = Головне меню
layout-language-nav-label = Мова
layout-footer-about = Askel – безкоштовний сервіс для шукачів роботи, консультантів з працевлаштування та роботодавців.
nav-home = Головна

page-continue = Продовжити

form-error-summary-title = Є помилка
form-error-prefix = Помилка:

error-not-found = Ми не знайшли те, що ви шукали.
error-unauthorized = Спочатку увійдіть.
error-forbidden = У вас немає дозволу на цю дію.
error-validation = Перевірте дані, які ви ввели.
error-bad-request = Не вдалося прочитати вашу відповідь. Заповніть форму ще раз.
error-rate-limited = Забагато спроб. Зачекайте трохи і спробуйте ще раз.
error-internal = У нас сталася помилка. Ваші відповіді збережено. Спробуйте ще раз.
error-unavailable = Askel зараз недоступний. Спробуйте ще раз через хвилину.
error-connection = Не вдалося з'єднатися з Askel. Перевірте підключення до інтернету і спробуйте ще раз.
error-cross-site = Цю форму надіслано з іншого вебсайту, тому Askel її не прийняв. Перейдіть до Askel і спробуйте ще раз.
error-too-large = Ви надіслали занадто довгий текст. Скоротіть найдовший текст і спробуйте ще раз.
forbidden-title = Заборонено

nav-sign-in = Увійти
nav-account = Мій обліковий запис
nav-invitations = Коди запрошення
nav-admin-users = Облікові записи
nav-modules = Модулі

role-jobseeker = Шукач роботи
role-coach = Консультант з працевлаштування
role-organiser = Організатор заходів
role-admin = Адміністратор
