# Administration: staff accounts and roles.

admin-users-title = Облікові записи
admin-create-heading = Створити обліковий запис працівника
admin-create-intro = Створіть обліковий запис для консультанта з працевлаштування, організатора заходів або іншого адміністратора. Шукачі роботи не отримують обліковий запис тут. Вони приєднуються з кодом запрошення від свого консультанта.
admin-role-legend = Роль
admin-name-label = Ім'я
admin-contact-hint = Людина входить з цими даними. Наприклад, name@example.com або 040 123 4567.
admin-create-submit = Створити обліковий запис
# $name is the new person's name.
admin-created-heading = Обліковий запис створено: { $name }
# $days is how long the code works; $address is the page where it is used.
admin-created-instructions = Дайте цей код людині. З ним вона сама встановить свій пароль на сторінці { $address }. Код діє один раз, протягом { $days ->
        [one] { $days } дня
        [few] { $days } днів
        [many] { $days } днів
       *[other] { $days } днів
    }. Код показано лише цей один раз.
admin-staff-heading = Облікові записи працівників
admin-own-role = Це ваш власний обліковий запис. Його роль може змінити інший адміністратор.
# $name is the person whose role is chosen.
admin-role-label = Роль: { $name }
admin-role-submit = Змінити роль
admin-role-changed = Роль змінено.
admin-error-role-missing = Виберіть роль.
admin-error-own-role = Ви не можете змінити власну роль. Попросіть іншого адміністратора.
admin-error-has-caseload = У цього консультанта ще є шукачі роботи в списку клієнтів. Спочатку передайте їх іншому консультанту.
admin-team-label = Команда: { $name }
admin-team-submit = Зберегти команду
admin-team-saved = Команду збережено.
admin-error-team-long = Скоротіть назву команди: не більше ніж 100 символів.
admin-deactivated = Вимкнено
admin-deactivate-hint = Вимкніть обліковий запис людини, яка пішла: вона більше не зможе увійти, а коди входу та відновлення, які вона видала, перестануть діяти. Її записи залишаться.
admin-deactivate-submit = Вимкнути обліковий запис: { $name }
admin-reactivate-submit = Знову увімкнути обліковий запис: { $name }
admin-active-saved = Обліковий запис змінено.
admin-error-deactivate-caseload = У цього консультанта ще є шукачі роботи в списку клієнтів. Передайте їх іншому консультанту, перш ніж вимкнути обліковий запис.
admin-caseload = { $count ->
    [one] { $count } шукач роботи в списку клієнтів (орієнтир моделі: близько 20 на консультанта з повною зайнятістю)
    [few] { $count } шукачі роботи в списку клієнтів (орієнтир моделі: близько 20 на консультанта з повною зайнятістю)
    [many] { $count } шукачів роботи в списку клієнтів (орієнтир моделі: близько 20 на консультанта з повною зайнятістю)
   *[other] { $count } шукачів роботи в списку клієнтів (орієнтир моделі: близько 20 на консультанта з повною зайнятістю)
}
