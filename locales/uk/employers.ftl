# Employers and the people on their staff, kept by coaches and admins.

nav-employers = Роботодавці

employers-title = Роботодавці
employers-intro = Роботодавці, які пропонують вакансії та робочі завдання через Askel. Працівники роботодавця можуть входити в Askel і вести його вакансії.
employers-none = Роботодавців ще немає. Додайте першого нижче.
employers-caption = Роботодавці за назвою
employers-column-name = Роботодавець
employers-column-business-id = Код компанії
employers-column-staff = Працівники
employers-column-jobs = Відкриті вакансії
employers-create-heading = Додати роботодавця
employers-name-label = Назва роботодавця
employers-business-id-label = Код компанії
employers-business-id-hint = Необов'язково. Фінський код компанії (Y-tunnus), наприклад 1234567-1.
employers-create-submit = Додати роботодавця
employers-error-name-missing = Введіть назву роботодавця.
employers-error-name-long = Скоротіть назву: не більше ніж 200 символів.
employers-error-name-taken = Роботодавець з такою назвою вже є в списку. Якщо це інший роботодавець, додайте його код компанії.
employers-error-business-id-format = Напишіть код компанії так: сім цифр, дефіс і одна цифра, наприклад 1234567-1.
employers-error-business-id-check = Цей код компанії неправильний: остання цифра не відповідає іншим. Перевірте його в торговому реєстрі.
employers-error-business-id-taken = Роботодавець з таким кодом компанії вже є в списку.

employers-back = Назад до роботодавців
employers-created = Роботодавця додано.
employers-business-id-none = Невідомо
employers-staff-heading = Працівники
employers-staff-intro = Ці люди можуть входити в Askel і працювати в ньому від імені цього роботодавця.
employers-staff-none = Працівників ще немає.
employers-staff-deactivated = Обліковий запис вимкнено
# $name is the person on the staff.
employers-staff-remove = Вилучити з працівників: { $name }
employers-staff-remove-question = Вилучити з працівників цього роботодавця: { $name }? Обліковий запис цієї людини залишиться.
employers-staff-remove-confirm = Так, вилучити: { $name }
employers-staff-removed = Людину вилучено з працівників.
employers-add-staff-heading = Додати працівника
employers-add-staff-intro = Якщо в людини ще немає облікового запису, його буде створено, і ви отримаєте код, який треба їй дати.
employers-staff-name-label = Ім'я
employers-staff-email-label = Адреса електронної пошти
employers-add-staff-submit = Додати до працівників
# $name is the person added.
employers-staff-added = { $name } тепер серед працівників.
employers-staff-created-heading = Обліковий запис створено: { $name }
# $days is how long the code works; $address is the page where it is used.
employers-staff-created-instructions = Дайте цей код людині. З ним вона сама встановить свій пароль на сторінці { $address }. Код діє один раз, протягом { $days ->
        [one] { $days } дня
        [few] { $days } днів
        [many] { $days } днів
       *[other] { $days } днів
    }. Код показано лише цей один раз.
employers-error-staff-name-missing = Введіть ім'я людини.
employers-error-staff-name-long = Скоротіть ім'я: не більше ніж 100 символів.
employers-error-email-missing = Введіть адресу електронної пошти людини.
employers-error-email-invalid = Введіть адресу електронної пошти, наприклад name@example.com.
employers-error-email-taken = Цю адресу електронної пошти щойно вказали для іншого облікового запису. Надішліть форму ще раз.
employers-error-not-staff = Ця адреса належить обліковому запису, який не може бути серед працівників роботодавця (консультанту, адміністратору або шукачу роботи). Вкажіть іншу адресу.
employers-error-deactivated = Ця адреса належить вимкненому обліковому запису. Спочатку попросіть адміністратора знову його увімкнути.
