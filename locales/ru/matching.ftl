# Matching: "Jobs for you", one job, saved jobs and interests.

nav-jobs = Вакансии для вас

match-jobs-title = Вакансии для вас
match-jobs-intro = Открытые вакансии и рабочие задания. Сначала те, которые лучше подходят к тому, что вы умеете. Для каждой вы видите, что у вас уже есть и чего ещё не хватает.
match-how-sorted = Как сортируются вакансии?
match-how-sorted-text = Каждая вакансия получает баллы из 100 по своим требованиям: обязательные навыки — 50, удостоверения и сертификаты — 20, языки — 15, желательные навыки — 15. Если вакансия ничего не требует в какой-то части, вы получаете за эту часть все баллы. Учитываются только ваши навыки, удостоверения и языки. Ваш возраст, пол и происхождение не учитываются никогда.
match-my-jobs-link = Ваши сохранённые вакансии и интересы
match-no-facts = Askel пока не знает ваших навыков, поэтому вакансии не отсортированы для вас.
match-no-facts-link = Добавьте, что вы делали и что умеете
match-found = { $count ->
    [one] Найдена { $count } вакансия
    [few] Найдено { $count } вакансии
    [many] Найдено { $count } вакансий
   *[other] Найдено { $count } вакансии
}
match-none = С таким выбором открытых вакансий нет. Попробуйте выбрать меньше фильтров.
match-filter-field = Сфера
match-filter-any-field = Все сферы
match-filter-place = Место
match-filter-any-place = Все места
match-filter-form = Форма занятости
match-filter-any-form = Все формы
match-filter-kind = Вакансия или рабочее задание
match-filter-any-kind = И то, и другое
match-filter-no-finnish = Только вакансии, где не нужен финский язык
match-filter-apply = Показать вакансии
match-pages = Страницы вакансий
match-page-of = Страница { $page } из { $pages }
match-previous = Предыдущие вакансии
match-next = Ещё вакансии
match-fit-score = Подходит вам: { $score } из 100.
match-all-musts = У вас есть всё обязательное.
match-you-have = У вас есть:
match-you-need = Вам ещё нужно:
match-need-language = { $language } { $level ->
    [native] как родной язык
   *[other] на уровне { $level } или выше
}
match-must = обязательно
match-nice = желательно
match-way-module = Научитесь этому: { $module }
match-way-assessment = Покажите это в самооценке: { $assessment }
match-way-experience = Вы это делали? Расскажите нам
match-way-certificate = У вас есть это удостоверение? Добавьте его в свои навыки
match-way-language = Добавьте язык и свой уровень
match-meet = Встретиться с работодателем: { $employer }
match-how-to-apply = Как подать заявку
match-apply-link = Подать заявку на сайте работодателя
match-how-you-fit = Насколько вы подходите для этой вакансии
match-job-closed = Эта вакансия закрыта. Подать заявку больше нельзя.
match-job-closed-short = Закрыта
match-next-step = Ваш следующий шаг
match-interest-explain = Сообщите консультанту, что вам интересна эта вакансия. Консультант поможет вам подать заявку.
match-share-label = Также показать мои навыки работодателю { $employer } для этой вакансии
match-share-hint = Работодатель увидит ваше имя, навыки со страницы «Мои навыки» и то, насколько вы подходите для этой вакансии. Больше ничего. Вы можете отменить это в любое время.
match-interested = Мне интересно
match-interested-since = { $day } вы сообщили консультанту, что вам интересна эта вакансия.
match-shared-since = Работодатель { $employer } видит ваши навыки для этой вакансии с { $day }.
match-not-shared = Работодатель { $employer } не видит ваши навыки.
match-share-now = Показать мои навыки работодателю { $employer }
match-share-stop = Больше не показывать мои навыки
match-withdraw = Мне больше не интересно
match-save = Сохранить вакансию
match-forget = Убрать из сохранённых
match-saved = Вакансия сохранена. Она есть в ваших сохранённых вакансиях.
match-forgotten = Вакансия убрана из сохранённых.
match-interest-sent = Теперь консультант видит, что вам интересна эта вакансия.
match-interest-withdrawn = Ваш интерес отменён.
match-share-stopped = Работодатель больше не видит ваши навыки для этой вакансии.
match-error-cannot-save = Не удалось сохранить вакансию. Возможно, она закрыта или у вас уже 100 сохранённых вакансий.
match-error-job-closed = Эта вакансия больше не открыта.
match-my-jobs-title = Ваши сохранённые вакансии и интересы
match-interests-title = Вакансии, которые вам интересны
match-interests-none = Вы пока не сообщали консультанту ни об одной вакансии.
match-saved-title = Сохранённые вакансии
match-saved-none = У вас нет сохранённых вакансий.
match-saved-on = Сохранено { $day }.

# A coach's view: jobs that fit one person.
match-coach-title = Подходящие вакансии: { $name }
match-coach-intro = Открытые вакансии, которые подходят лучше всего, по тем же баллам, что видит человек. Предложите вакансию: человек увидит предложение, а работодатель увидит человека, только если тот согласится. То, чего человеку не хватает, можно одним нажатием добавить шагом в его план.
match-coach-fit-score = Подходит: { $score } из 100.
match-coach-has = Есть:
match-coach-lacks = Ещё нужно:
match-gap-to-plan = Добавить в план: { $need }
match-plan-step = { $need } – для вакансии { $job } ({ $employer })
match-gap-planned = Шаг есть в плане.
match-propose = Предложить эту вакансию: { $name }
match-proposed = Предложено.
match-proposed-done = Вакансия предложена. Человек видит её в своих вакансиях.
match-proposed-to-you = Ваш консультант предложил вам эту вакансию { $day }.

# The employer's view: candidates for a job.
match-candidates-title = Кандидаты
match-candidates-intro = Люди, которым интересна эта вакансия или которым её предложил консультант, когда они согласились показать вам свои навыки.
match-candidates-none = Кандидатов пока нет.
match-count = Людей в сервисе, у которых есть все обязательные навыки для этой вакансии: { $count }.
match-count-few = Меньше чем у 5 человек в сервисе есть все обязательные навыки для этой вакансии.
match-came-interested = Интересуется
match-came-proposed = Предложил консультант
match-came-both = Интересуется, предложил консультант
match-candidate-fit = Подходит: { $score } из 100 (есть { $have } из { $asked } требований).
match-stage-label = Что произошло
match-stage-none = Пока ничего
match-stage-contacted = Связались
match-stage-interview = Собеседование
match-stage-hired = Взяли на работу
match-stage-not-chosen = Не выбрали
match-stage-save = Сохранить
match-stage-saved = Сохранено. Если человека взяли на работу, его консультант это увидит.
match-error-stage = Выберите, что произошло
match-employer-says = Работодатель сообщает: { $stage }
match-candidate-title = Навыки: { $name }
match-candidate-intro = Что этот человек решил показать вам для этой вакансии. Он может перестать показывать это в любое время.
match-candidates-back = Назад к вакансии

# A coach's list of open jobs and one job's fitting people.
nav-coach-jobs = Вакансии
match-coach-jobs-title = Открытые вакансии
match-coach-jobs-intro = Все открытые вакансии и рабочие задания, сначала новые. Откройте вакансию, чтобы увидеть, кто из вашего списка подходит лучше всего.
match-coach-people = Кто из вашего списка подходит
match-coach-people-intro = Сначала те, у кого есть всё обязательное для вакансии, потом по баллам. Предложите вакансию: человек увидит её, а работодатель увидит человека, только если тот согласится.
match-coach-nobody = В вашем списке пока никого нет.
match-filter-label = Выбор вакансий
match-prepare-title = Подготовьтесь к этому мероприятию
match-prepare-intro = Здесь работодатели встречаются с людьми на эти вакансии. Посмотрите, что у вас уже есть для каждой из них и чему вы могли бы ещё научиться.
match-prepare-bring-title = Что взять с собой
match-prepare-bring-cv = Ваше резюме: Askel составляет его по вашим навыкам
match-prepare-bring-card = { $card }: само удостоверение или его фото
match-prepare-module-title = До мероприятия
match-prepare-module = Сначала пройдите этот модуль: { $module }
match-error-already-planned = Это уже шаг в плане человека.
