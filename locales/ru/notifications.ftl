### How Askel contacts a person.

notify-title = Как Askel связывается с вами
notify-change = Выберите, как Askel сообщает вам о сообщениях, встречах и мероприятиях
notify-intro = Askel сообщает вам, когда консультант пишет вам, когда встреча назначена, перенесена или скоро начнётся и когда вы получаете место на мероприятии. В уведомлении никогда нет текста самого сообщения.
notify-channels = Сообщать мне
notify-by-email = Письмом на { $address }
notify-by-sms = SMS на номер { $phone }
notify-no-phone = Чтобы получать SMS, добавьте номер телефона в разделе «Моя учётная запись».
notify-quiet = Тихие часы для SMS
notify-quiet-hint = SMS, которые пришли бы в эти часы, придут, когда тихие часы закончатся. Если выбрать один и тот же час дважды, SMS будут приходить в любое время.
notify-quiet-from = Без SMS с
notify-quiet-until = До
notify-save = Сохранить
notify-saved = Ваш выбор сохранён.
notify-error-hour = Выберите час
notify-email-footer = Выбрать, как Askel связывается с вами: { $link }

## One-click stop links in every notice (`/unsubscribe`).
notify-email-stop = Отключить эти письма одним нажатием: { $link }
notify-sms-stop = Отключить SMS: { $link }
notify-stop-email-title = Отключить письма от Askel
notify-stop-email-intro = Нажмите кнопку, и Askel больше не будет присылать вам письма о сообщениях, встречах, вашем плане и мероприятиях. Ваша учётная запись и всё, что в ней есть, останутся как есть.
notify-stop-email-button = Отключить письма
notify-stop-email-stopped = Askel больше не присылает вам письма. Всё по-прежнему можно увидеть, когда вы войдёте.
notify-stop-email-again = Снова включить письма
notify-stop-sms-title = Отключить SMS от Askel
notify-stop-sms-intro = Нажмите кнопку, и Askel больше не будет присылать вам SMS о сообщениях, встречах, вашем плане и мероприятиях. Ваша учётная запись и всё, что в ней есть, останутся как есть.
notify-stop-sms-button = Отключить SMS
notify-stop-sms-stopped = Askel больше не присылает вам SMS. Всё по-прежнему можно увидеть, когда вы войдёте.
notify-stop-sms-again = Снова включить SMS
notify-stop-saved = Ваш выбор сохранён.
notify-stop-settings = Выбрать можно также после входа:

## The daily digest.
notify-digest = Присылать мне одно письмо в день со всеми новостями, после 8 утра (SMS по-прежнему приходят по одному)
notify-digest-subject = Что нового для вас в Askel
notify-digest-body = С прошлого письма в Askel для вас произошло следующее:
    { $lines }

    Войдите, чтобы посмотреть: { $link }

## Notifications on the phone's own screen (Web Push).

notify-push-heading = Уведомления на экране телефона
notify-push-intro = Askel может показывать уведомление на экране телефона или компьютера, которым вы сейчас пользуетесь, как другие приложения. В уведомлении сказано только, что есть что-то новое, но не что именно.
notify-push-devices = { $count ->
    [0] Ни один телефон или браузер не показывает ваши уведомления.
    [one] Ваши уведомления показывает { $count } телефон или браузер.
    [few] Ваши уведомления показывают { $count } телефона или браузера.
    [many] Ваши уведомления показывают { $count } телефонов или браузеров.
   *[other] Ваши уведомления показывают { $count } телефона или браузера.
}
notify-push-turn-on = Включить уведомления на этом телефоне
notify-push-turn-off = Выключить уведомления на этом телефоне
notify-push-on = На этом телефоне уведомления включены.
notify-push-off = На этом телефоне уведомления выключены.
notify-push-working = Минутку…
notify-push-blocked = Ваш браузер блокирует уведомления от Askel. Чтобы разрешить их, откройте настройки браузера для этого сайта.
notify-push-failed = Не удалось включить уведомления. Попробуйте позже.
notify-push-unsupported = Этот браузер не может показывать уведомления от Askel. На телефоне сначала добавьте Askel на главный экран.
notify-push-needs-script = Чтобы включить уведомления, в браузере должен работать JavaScript.
notify-push-stop-all = Отключить уведомления на всех телефонах
notify-push-stopped = Сейчас ни один телефон или браузер не показывает ваши уведомления.
# The notification's title on the lock screen; its text is the email's subject.
notify-push-title = Askel
