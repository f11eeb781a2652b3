# My account: one's own details, language, password, data and leaving.

account-details-saved = Ваши данные сохранены.
account-language-saved = Ваш язык сохранён.
account-password-saved = Ваш пароль изменён. На других устройствах вы вышли из Askel.
account-back = Назад в раздел «Моя учётная запись»
account-not-given = Не указано
account-coach = Ваш консультант
account-email = Адрес электронной почты
account-phone = Номер телефона
account-details-heading = Ваши данные
account-change-details = Изменить данные
account-language-heading = Язык
account-language-now = Askel и наши сообщения вам на языке:
account-change-language = Изменить язык
account-password-heading = Пароль
account-change-password = Изменить пароль
account-data-heading = Ваши данные в Askel
account-data-intro = Вы можете скачать файлом всё, что Askel хранит о вас. В файле также видно, кто и когда смотрел вашу информацию.
account-data-download = Скачать мои данные (файл JSON)
account-delete-heading = Удалить учётную запись
account-delete-intro = Если вы больше не хотите пользоваться Askel, вы можете удалить свою учётную запись и свою информацию.
account-delete-link = Удалить мою учётную запись

account-error-email-invalid = Введите адрес электронной почты, например name@example.com, или оставьте поле пустым.
account-error-phone-invalid = Введите номер телефона, например 040 123 4567, или оставьте поле пустым.
account-error-contact-none = Введите адрес электронной почты или номер телефона. Одно из них нужно для входа.
account-error-language-missing = Выберите язык.
account-error-current-password-missing = Введите текущий пароль.
account-error-current-password-wrong = Текущий пароль неверен. Проверьте его и попробуйте ещё раз.

details-title = Изменить данные
details-contact-intro = Вы входите с адресом электронной почты или номером телефона. Укажите хотя бы одно из них.
details-phone-hint = Например, 040 123 4567.
details-password-hint = Нужен, только если вы меняете адрес электронной почты или номер телефона.
details-submit = Сохранить данные

language-page-title = Изменить язык
language-page-hint = Askel будет показан на этом языке, и мы будем писать вам на нём.
language-page-submit = Сохранить язык

password-page-title = Изменить пароль
password-page-intro = После изменения вы останетесь в системе на этом устройстве. На других устройствах нужно будет войти снова.
password-page-current = Текущий пароль
password-page-new = Новый пароль
password-page-submit = Сохранить новый пароль

delete-title = Удалить учётную запись
delete-removed-intro = Если вы удалите учётную запись, мы удалим:
delete-removed-details = ваше имя, адрес электронной почты, номер телефона и пароль
delete-removed-sign-in = ваш доступ: вы выйдете из Askel на всех устройствах и не сможете войти снова
delete-removed-answers = ваши ответы и заметки в Askel
delete-kept = Мы сохраним только анонимные числа для статистики, например ваш год рождения. Их нельзя связать с вами.
delete-coach-told = Мы сообщим вашему консультанту, что вы ушли из Askel.
delete-copy-first = Хотите сначала получить копию своих данных?
delete-confirm-label = Я понимаю, что моя учётная запись будет удалена навсегда и её нельзя будет восстановить.
delete-password-label = Ваш пароль
delete-password-hint = Мы спрашиваем пароль, чтобы никто другой не смог удалить вашу учётную запись.
delete-submit = Удалить мою учётную запись
delete-error-confirm = Поставьте галочку, чтобы подтвердить, что вы хотите удалить учётную запись.
delete-coach-email-subject = Соискатель ушёл из Askel
# $name is the jobseeker's name.
delete-coach-email-body =
    Здравствуйте!

    Соискатель { $name } удалил свою учётную запись Askel. Его личные данные удалены, и его больше нет в вашем списке соискателей.

    Askel

deleted-title = Ваша учётная запись удалена
deleted-body = Ваши личные данные удалены из Askel. Спасибо, что пользовались Askel, и удачи вам!
deleted-home-link = Перейти на главную страницу
account-email-pending = Ссылка отправлена на { $address }. Этот адрес начнёт действовать, когда вы откроете ссылку.
email-confirm-email-subject = Подтвердите новый адрес электронной почты для Askel
email-confirm-email-body =
    Здравствуйте!

    Вы хотите теперь входить в Askel с этим адресом электронной почты. Чтобы подтвердить адрес, откройте эту ссылку и нажмите кнопку на странице:
    { $link }

    Ссылка действует { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часа
    }. Пока вы не подтвердите адрес, входите с прежними данными.

    Если вы об этом не просили, ничего делать не нужно.
email-confirm-title = Подтвердите новый адрес электронной почты
email-confirm-intro = Нажмите кнопку, чтобы входить в Askel с этим адресом электронной почты.
email-confirm-code-label = Код подтверждения
email-confirm-submit = Подтвердить мой адрес электронной почты
email-confirm-done = Ваш новый адрес электронной почты начал действовать. Теперь входите с ним.
email-confirm-to-account = Перейти в раздел «Моя учётная запись»
email-confirm-error-wrong = Эта ссылка не работает. Возможно, срок её действия истёк или она уже использована. Чтобы получить новую ссылку, снова измените адрес электронной почты в разделе «Моя учётная запись».
email-confirm-error-taken = Этот адрес электронной почты уже использует другая учётная запись, поэтому его нельзя использовать. Укажите другой адрес в разделе «Моя учётная запись».
