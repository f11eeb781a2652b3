### How Askel contacts a person.

notify-title = Як Askel зв'язується з вами
notify-change = Виберіть, як ви дізнаватиметеся про повідомлення, зустрічі та заходи
notify-intro = Askel повідомить вам, коли консультант вам напише, коли зустріч заплановано, перенесено або вона скоро почнеться, і коли ви отримаєте місце на заході. У сповіщенні ніколи немає тексту самого повідомлення.
notify-channels = Повідомляти мене
notify-by-email = Листом на адресу { $address }
notify-by-sms = SMS на номер { $phone }
notify-no-phone = Щоб отримувати SMS, додайте свій номер телефону на сторінці «Мій обліковий запис».
notify-quiet = Тихі години для SMS
notify-quiet-hint = SMS, які мали б прийти в ці години, прийдуть, коли тихі години закінчаться. Щоб отримувати SMS у будь-який час, виберіть ту саму годину двічі.
notify-quiet-from = Не надсилати SMS з
notify-quiet-until = До
notify-save = Зберегти
notify-saved = Ваш вибір збережено.
notify-error-hour = Виберіть годину
notify-email-footer = Щоб вибрати, як Askel зв'язується з вами: { $link }

## One-click stop links in every notice (`/unsubscribe`).
notify-email-stop = Щоб вимкнути ці листи одним натисканням: { $link }
notify-sms-stop = Вимкнути SMS: { $link }
notify-stop-email-title = Вимкнути листи від Askel
notify-stop-email-intro = Натисніть кнопку, і Askel більше не надсилатиме вам листів про повідомлення, зустрічі, ваш план і заходи. Ваш обліковий запис і все, що в ньому є, залишаться без змін.
notify-stop-email-button = Вимкнути листи
notify-stop-email-stopped = Askel не надсилає вам листів. Ви й далі бачите все, коли входите.
notify-stop-email-again = Знову отримувати листи
notify-stop-sms-title = Вимкнути SMS від Askel
notify-stop-sms-intro = Натисніть кнопку, і Askel більше не надсилатиме вам SMS про повідомлення, зустрічі, ваш план і заходи. Ваш обліковий запис і все, що в ньому є, залишаться без змін.
notify-stop-sms-button = Вимкнути SMS
notify-stop-sms-stopped = Askel не надсилає вам SMS. Ви й далі бачите все, коли входите.
notify-stop-sms-again = Знову отримувати SMS
notify-stop-saved = Ваш вибір збережено.
notify-stop-settings = Також це можна вибрати після входу в Askel:

## The daily digest.
notify-digest = Надсилати мені один лист на день з усіма новинами, після 8 ранку (SMS і далі приходять по одному)
notify-digest-subject = Що нового для вас в Askel
notify-digest-body = Після останнього листа в Askel для вас сталося ось що:
    { $lines }

    Увійдіть, щоб переглянути: { $link }

## Notifications on the phone's own screen (Web Push).

notify-push-heading = Сповіщення на екрані телефона
notify-push-intro = Askel може показувати сповіщення на екрані телефона або комп'ютера, яким ви зараз користуєтеся, як це роблять інші застосунки. У сповіщенні сказано лише, що є щось нове, але не що саме.
notify-push-devices = { $count ->
    [0] Жоден телефон чи браузер не показує ваших сповіщень.
    [one] { $count } телефон або браузер показує ваші сповіщення.
    [few] { $count } телефони або браузери показують ваші сповіщення.
    [many] { $count } телефонів або браузерів показують ваші сповіщення.
   *[other] { $count } телефонів або браузерів показують ваші сповіщення.
}
notify-push-turn-on = Увімкнути сповіщення на цьому телефоні
notify-push-turn-off = Вимкнути сповіщення на цьому телефоні
notify-push-on = Сповіщення на цьому телефоні увімкнено.
notify-push-off = Сповіщення на цьому телефоні вимкнено.
notify-push-working = Хвилинку…
notify-push-blocked = Ваш браузер блокує сповіщення від Askel. Щоб дозволити їх, відкрийте налаштування браузера для цього сайту.
notify-push-failed = Не вдалося увімкнути сповіщення. Спробуйте пізніше.
notify-push-unsupported = Цей браузер не може показувати сповіщення від Askel. На телефоні спочатку додайте Askel на головний екран.
notify-push-needs-script = Щоб увімкнути сповіщення, у браузері має працювати JavaScript.
notify-push-stop-all = Вимкнути сповіщення на всіх телефонах
notify-push-stopped = Тепер жоден телефон чи браузер не показує ваших сповіщень.
# The notification's title on the lock screen; its text is the email's subject.
notify-push-title = Askel
