### The coach's work with employers, and follow-along after someone starts work.

nav-employer-contacts = Контакты с работодателями
employers-contacts-link = Контакты с этим работодателем. Записать новый контакт
account-employers-change = Укажите, может ли ваш консультант рассказывать о вас работодателям

## On a jobseeker's page in the coach's workspace
person-employers = Контакты с работодателями
person-employer-consent = Есть согласие: вы можете рассказывать о человеке работодателям (с { $day }).
person-employer-no-consent = Нет согласия рассказывать о человеке работодателям. Вы можете записывать контакты с работодателями, но не называть этого человека. Человек может дать согласие в разделе «Моя учётная запись».
person-log-contact = Записать контакт с работодателем
person-follow-along = Сопровождение после начала работы
person-open-checkins = { $count ->
    [0] Проводить контрольные встречи не нужно.
    [one] Нужно провести { $count } контрольную встречу.
    [few] Нужно провести { $count } контрольные встречи.
    [many] Нужно провести { $count } контрольных встреч.
   *[other] Нужно провести { $count } контрольной встречи.
}
person-open-follow-along = Открыть сопровождение
caseload-column-first-contact = Первый контакт с работодателем
caseload-first-contact-late = Больше месяца

## The log
contact-title = Контакты с работодателями
contact-intro = Контакты вашей команды с работодателями, сначала новые. Записывайте каждый контакт: так команда знает, кто последним говорил с работодателем. Называть человека можно, только если он дал согласие. Его имя видите только вы.
contact-log-heading = Записать контакт
contact-logged = Контакт записан.
contact-latest = Последние контакты
contact-with-employer = Контакты с работодателем: { $employer }
contact-all = Все контакты
contact-none = Контактов пока нет.
contact-employer = Работодатель
contact-employer-hint = Список работодателей общий для всего сервиса.
contact-employer-choose = Выберите работодателя
contact-employer-add = Работодателя нет в списке? Добавьте его на странице «Работодатели».
contact-day = День контакта
contact-how = Как
contact-how-visit = Посещение рабочего места
contact-how-phone = По телефону
contact-how-email = По электронной почте
contact-how-meeting = Встреча в другом месте
contact-how-event = На мероприятии
contact-person = О ком
contact-person-hint = Здесь только люди из вашего списка, которые согласились, чтобы вы рассказывали о них работодателям.
contact-person-none = Ни о ком конкретно
contact-result = Результат
contact-result-no-opening = Сейчас вакансий нет
contact-result-later = Связаться снова позже
contact-result-opening = Вакансия или рабочее задание
contact-result-interview = Собеседование
contact-result-work-trial = Пробная работа
contact-result-hired = Взяли на работу
contact-note = Заметка (по желанию)
contact-note-hint = О чём договорились и что дальше. Не пишите о здоровье и других деликатных сведениях.
contact-save = Записать контакт
contact-by = автор: { $name }
contact-about = О ком:
contact-about-someone = О человеке из списка другого консультанта.
contact-rapid-after = через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
contact-rapid-none-yet = пока нет (день { $days })
contact-error-employer = Выберите работодателя из списка
contact-error-day = Введите день контакта, например 3.12.2026
contact-error-day-future = День контакта не может быть в будущем
contact-error-day-old = День контакта должен быть в пределах последнего года
contact-error-how = Выберите, как прошёл контакт
contact-error-result = Выберите результат контакта
contact-error-person = Выберите человека из списка: он должен быть в вашем списке и дать согласие
contact-error-note-long = Заметка может быть не длиннее 1000 знаков

## The jobseeker's consent
contact-consent-title = Ваш консультант и работодатели
contact-consent-intro = Ваш консультант ищет работу вместе с вами и говорит с работодателями. Может ли ваш консультант рассказывать о вас работодателям?
contact-consent-what = Если вы ответите «да», консультант может сообщить работодателю ваше имя и что вы умеете.
contact-consent-not = Консультант не рассказывает работодателям о вашем здоровье и жизненной ситуации.
contact-consent-back = Вы можете изменить ответ здесь в любое время. Askel хранит запись о том, когда вы ответили «да» и когда отменили согласие.
contact-consent-given = Вы ответили «да» (с { $day }).
contact-consent-not-given = Вы не ответили «да».
contact-consent-question = Может ли ваш консультант рассказывать о вас работодателям?
contact-consent-yes = Да
contact-consent-no = Нет
contact-consent-save = Сохранить
contact-consent-saved = Ваш ответ сохранён.
contact-consent-error = Выберите «да» или «нет»

## Follow-along check-ins
checkin-kind-week = Через неделю
checkin-kind-month = Через месяц
checkin-kind-three-months = Через три месяца
checkin-kind-agreed = Согласованная встреча
checkin-title = { $kind }: { $day }
checkin-due-heading = Контрольные встречи, которые нужно провести
checkin-late = Просрочено
checkin-page-title = Сопровождение: { $name }
checkin-intro = Когда человек начнёт работать, свяжитесь с ним, а если он согласен, то и с его работодателем: через неделю, через месяц и через три месяца, потом — по договорённости. Каждый раз пишите короткую заметку.
checkin-none = Контрольных встреч нет. Они появятся, когда вы отметите, что человек нашёл работу.
checkin-saved = Контрольная встреча сохранена.
checkin-agreed = Контрольная встреча добавлена.
checkin-agree-heading = Договориться о ещё одной контрольной встрече
checkin-agree-day = День
checkin-agree-save = Добавить встречу
checkin-done-by = Проведена { $day }, провёл(а): { $name }
checkin-done = Проведена { $day }
checkin-note = Как прошло
checkin-note-hint = Как идёт работа и о какой поддержке договорились. Не пишите о здоровье и других деликатных сведениях.
checkin-save = Сохранить встречу
checkin-write = Записать эту встречу
checkin-error-note = Напишите, как прошла контрольная встреча
checkin-error-note-long = Заметка может быть не длиннее 1000 знаков
checkin-error-day = Введите день, например 15.1.2027
checkin-error-day-past = День не может быть в прошлом
checkin-error-day-far = День должен быть в пределах года
