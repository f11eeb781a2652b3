# Employers and the people on their staff, kept by coaches and admins.

nav-employers = Работодатели

employers-title = Работодатели
employers-intro = Работодатели, которые предлагают вакансии и рабочие задания через Askel. Их сотрудники могут входить в Askel и вести вакансии работодателя.
employers-none = Работодателей пока нет. Добавьте первого ниже.
employers-caption = Работодатели по названию
employers-column-name = Работодатель
employers-column-business-id = Номер компании
employers-column-staff = Сотрудники
employers-column-jobs = Открытые вакансии
employers-create-heading = Добавить работодателя
employers-name-label = Название работодателя
employers-business-id-label = Номер компании
employers-business-id-hint = По желанию. Финский номер компании (Y-tunnus), например 1234567-1.
employers-create-submit = Добавить работодателя
employers-error-name-missing = Введите название работодателя.
employers-error-name-long = Название может быть не длиннее 200 знаков.
employers-error-name-taken = Работодатель с таким названием уже есть в списке. Если это другой работодатель, добавьте его номер компании.
employers-error-business-id-format = Введите номер компании так: семь цифр, дефис и одна цифра, например 1234567-1.
employers-error-business-id-check = Этот номер компании неверен: последняя цифра не совпадает с остальными. Проверьте номер в торговом реестре.
employers-error-business-id-taken = Работодатель с этим номером компании уже есть в списке.

employers-back = Назад к работодателям
employers-created = Работодатель добавлен.
employers-business-id-none = Неизвестно
employers-staff-heading = Сотрудники
employers-staff-intro = Эти люди могут входить в Askel и работать в нём от имени этого работодателя.
employers-staff-none = Сотрудников пока нет.
employers-staff-deactivated = Учётная запись отключена
# $name is the person on the staff.
employers-staff-remove = Убрать из сотрудников: { $name }
employers-staff-remove-question = Убрать из сотрудников этого работодателя: { $name }? Учётная запись человека сохранится.
employers-staff-remove-confirm = Да, убрать: { $name }
employers-staff-removed = Человек убран из сотрудников.
employers-add-staff-heading = Добавить сотрудника
employers-add-staff-intro = Если у человека ещё нет учётной записи, она будет создана. Вы получите код, который нужно передать человеку.
employers-staff-name-label = Имя
employers-staff-email-label = Адрес электронной почты
employers-add-staff-submit = Добавить в сотрудники
# $name is the person added.
employers-staff-added = { $name } теперь в числе сотрудников.
employers-staff-created-heading = Учётная запись создана: { $name }
# $days is how long the code works; $address is the page where it is used.
employers-staff-created-instructions = Передайте этот код человеку. С ним он сам задаст свой пароль на странице { $address }. Код действует { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } и только один раз. Код показан только сейчас, больше вы его не увидите.
employers-error-staff-name-missing = Введите имя человека.
employers-error-staff-name-long = Имя может быть не длиннее 100 знаков.
employers-error-email-missing = Введите адрес электронной почты человека.
employers-error-email-invalid = Введите адрес электронной почты, например name@example.com.
employers-error-email-taken = Этот адрес электронной почты только что получила другая учётная запись. Отправьте форму ещё раз.
employers-error-not-staff = Этот адрес принадлежит учётной записи, которая не может быть сотрудником работодателя (консультант, администратор или соискатель). Укажите другой адрес.
employers-error-deactivated = Этот адрес принадлежит отключённой учётной записи. Сначала попросите администратора снова включить её.
