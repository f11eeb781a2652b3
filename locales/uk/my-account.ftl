# My account: one's own details, language, password, data and leaving.

account-details-saved = Ваші дані збережено.
account-language-saved = Вашу мову збережено.
account-password-saved = Ваш пароль змінено. На інших пристроях ви вийшли з облікового запису.
account-back = Назад до сторінки «Мій обліковий запис»
account-not-given = Не вказано
account-coach = Ваш консультант з працевлаштування
account-email = Адреса електронної пошти
account-phone = Номер телефону
account-details-heading = Ваші дані
account-change-details = Змінити дані
account-language-heading = Мова
account-language-now = Askel і наші повідомлення для вас – цією мовою:
account-change-language = Змінити мову
account-password-heading = Пароль
account-change-password = Змінити пароль
account-data-heading = Ваші дані в Askel
account-data-intro = Ви можете завантажити у файлі все, що Askel зберігає про вас. У файлі також видно, хто і коли переглядав ваші дані.
account-data-download = Завантажити мої дані (файл JSON)
account-delete-heading = Видалити обліковий запис
account-delete-intro = Якщо ви більше не хочете користуватися Askel, ви можете видалити свій обліковий запис і свої дані.
account-delete-link = Видалити мій обліковий запис

account-error-email-invalid = Введіть адресу електронної пошти, наприклад name@example.com, або залиште поле порожнім.
account-error-phone-invalid = Введіть номер телефону, наприклад 040 123 4567, або залиште поле порожнім.
account-error-contact-none = Введіть адресу електронної пошти або номер телефону. Щоб увійти, потрібно одне з них.
account-error-language-missing = Виберіть мову.
account-error-current-password-missing = Введіть поточний пароль.
account-error-current-password-wrong = Поточний пароль неправильний. Перевірте його і спробуйте ще раз.

details-title = Змінити дані
details-contact-intro = Ви входите в Askel за допомогою адреси електронної пошти або номера телефону. Вкажіть хоча б одне з них.
details-phone-hint = Наприклад, 040 123 4567.
details-password-hint = Потрібен, лише якщо ви змінюєте адресу електронної пошти або номер телефону.
details-submit = Зберегти дані

language-page-title = Змінити мову
language-page-hint = Askel буде показано цією мовою, і ми писатимемо вам нею.
language-page-submit = Зберегти мову

password-page-title = Змінити пароль
password-page-intro = Після зміни ви залишитеся в обліковому записі на цьому пристрої. На інших пристроях потрібно буде увійти знову.
password-page-current = Поточний пароль
password-page-new = Новий пароль
password-page-submit = Зберегти новий пароль

delete-title = Видалити обліковий запис
delete-removed-intro = Якщо ви видалите обліковий запис, ми видалимо:
delete-removed-details = ваше ім'я, адресу електронної пошти, номер телефону і пароль
delete-removed-sign-in = ваш доступ: ви вийдете на всіх пристроях і не зможете увійти знову
delete-removed-answers = ваші відповіді та нотатки в Askel
delete-kept = Ми залишимо лише анонімні числа для статистики, наприклад рік народження. Їх неможливо пов'язати з вами.
delete-coach-told = Ми повідомимо вашому консультанту з працевлаштування, що ви залишили Askel.
delete-copy-first = Хочете спочатку отримати копію своїх даних?
delete-confirm-label = Я розумію, що мій обліковий запис буде видалено назавжди і його неможливо буде відновити.
delete-password-label = Ваш пароль
delete-password-hint = Ми просимо пароль, щоб ніхто інший не міг видалити ваш обліковий запис.
delete-submit = Видалити мій обліковий запис
delete-error-confirm = Поставте позначку, щоб підтвердити, що ви хочете видалити обліковий запис.
delete-coach-email-subject = Шукач роботи залишив Askel
# $name is the jobseeker's name.
delete-coach-email-body =
    Добрий день!

    Обліковий запис Askel видалено: { $name }. Особисті дані цієї людини видалено, і її більше немає у вашому списку клієнтів.

    Askel

deleted-title = Ваш обліковий запис видалено
deleted-body = Ваші особисті дані видалено з Askel. Дякуємо, що користувалися Askel, і бажаємо успіху!
deleted-home-link = Перейти на головну сторінку
account-email-pending = Посилання надіслано на адресу { $address }. Ця адреса почне діяти, коли ви перейдете за посиланням.
email-confirm-email-subject = Підтвердіть нову адресу електронної пошти для Askel
email-confirm-email-body =
    Добрий день!

    Ви попросили, щоб відтепер ви входили в Askel з цією адресою електронної пошти. Щоб підтвердити її, відкрийте це посилання і натисніть кнопку на сторінці:
    { $link }

    Посилання діє { $hours ->
        [one] { $hours } годину
        [few] { $hours } години
        [many] { $hours } годин
       *[other] { $hours } годин
    }. Поки ви не підтвердите адресу, ви входите з попередніми даними.

    Якщо ви цього не просили, нічого робити не потрібно.
email-confirm-title = Підтвердіть нову адресу електронної пошти
email-confirm-intro = Натисніть кнопку, щоб почати входити в Askel з цією адресою електронної пошти.
email-confirm-code-label = Код підтвердження
email-confirm-submit = Підтвердити мою адресу електронної пошти
email-confirm-done = Ваша нова адреса електронної пошти тепер діє. Відтепер входьте з нею.
email-confirm-to-account = Перейти до сторінки «Мій обліковий запис»
email-confirm-error-wrong = Це посилання не діє. Можливо, термін його дії минув або його вже використано. Змініть адресу електронної пошти ще раз на сторінці «Мій обліковий запис», щоб отримати нове посилання.
email-confirm-error-taken = Цю адресу електронної пошти вже використовує інший обліковий запис, тому її не вдалося підключити.
