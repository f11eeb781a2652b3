# Administration: staff accounts and roles.

admin-users-title = Учётные записи
admin-create-heading = Создать учётную запись сотрудника
admin-create-intro = Создайте учётную запись для консультанта, организатора мероприятий или другого администратора. Соискатели регистрируются сами, с кодом приглашения от своего консультанта.
admin-role-legend = Роль
admin-name-label = Имя
admin-contact-hint = С этими данными человек будет входить. Например, name@example.com или 040 123 4567.
admin-create-submit = Создать учётную запись
# $name is the new person's name.
admin-created-heading = Учётная запись создана: { $name }
# $days is how long the code works; $address is the page where it is used.
admin-created-instructions = Передайте этот код человеку. С ним он сам задаст свой пароль на странице { $address }. Код действует { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } и только один раз. Код показан только сейчас, больше вы его не увидите.
admin-staff-heading = Учётные записи сотрудников
admin-own-role = Это ваша учётная запись. Изменить её роль может другой администратор.
# $name is the person whose role is chosen.
admin-role-label = Роль: { $name }
admin-role-submit = Изменить роль
admin-role-changed = Роль изменена.
admin-error-role-missing = Выберите роль.
admin-error-own-role = Вы не можете изменить свою роль. Обратитесь к другому администратору.
admin-error-has-caseload = У этого консультанта ещё есть соискатели в списке. Сначала передайте их другому консультанту.
admin-team-label = Команда: { $name }
admin-team-submit = Сохранить команду
admin-team-saved = Команда сохранена.
admin-error-team-long = Название команды может быть не длиннее 100 знаков.
admin-deactivated = Отключена
admin-deactivate-hint = Отключите учётную запись человека, который ушёл. Он больше не сможет войти, а коды для входа и сброса пароля, которые он выдал, перестанут действовать. Его записи сохранятся.
admin-deactivate-submit = Отключить учётную запись: { $name }
admin-reactivate-submit = Снова включить учётную запись: { $name }
admin-active-saved = Учётная запись изменена.
admin-error-deactivate-caseload = У этого консультанта ещё есть соискатели в списке. Передайте их другому консультанту, прежде чем отключать учётную запись.
admin-caseload = { $count ->
    [one] { $count } соискатель в списке (ориентир по модели работы: около 20 на консультанта с полной занятостью)
    [few] { $count } соискателя в списке (ориентир по модели работы: около 20 на консультанта с полной занятостью)
    [many] { $count } соискателей в списке (ориентир по модели работы: около 20 на консультанта с полной занятостью)
   *[other] { $count } соискателя в списке (ориентир по модели работы: около 20 на консультанта с полной занятостью)
}
