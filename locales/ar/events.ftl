# Employer rendezvous events: finding them, signing up, "My events".

nav-events = الفعاليات

events-title = قابِل أصحاب العمل
events-intro = ينظّم أصحاب العمل والمنظّمون فعاليات تقابلهم فيها وجهًا لوجه. منها أيام التوظيف، والمقابلات السريعة، وزيارات أماكن العمل، وجلسات المعلومات. سجِّل في الفعاليات التي تهمّك.
events-all = كل الفعاليات
events-mine-link = فعالياتي
events-find = ابحث عن فعاليات
events-count = { $count ->
    [0] لم نجد أي فعالية
    [one] فعالية واحدة
    [two] فعاليتان
    [few] { $count } فعاليات
    [many] { $count } فعالية
   *[other] { $count } فعالية
}
events-none = لا توجد فعاليات تطابق اختياراتك. جرّب عددًا أقل من عوامل التصفية، أو عُد لاحقًا: نضيف فعاليات جديدة كثيرًا.

events-filter-title = تصفية الفعاليات
events-filter-from = من
events-filter-until = حتى
events-filter-date-hint = مثلًا 1.12.2026
events-filter-error-date = أدخل التاريخ باليوم والشهر والسنة، مثلًا 1.12.2026
events-filter-sector = مجال العمل
events-filter-any-sector = أي مجال عمل
events-filter-kind = نوع الفعالية
events-filter-any-kind = أي نوع
events-filter-language = اللغة
events-filter-any-language = أي لغة
events-filter-format = المكان
events-filter-format-any = حضوريًا أو عبر الإنترنت
events-filter-format-in-person = حضوريًا
events-filter-format-online = عبر الإنترنت
events-filter-free = فقط الفعاليات التي فيها أماكن شاغرة
events-filter-apply = اعرض الفعاليات
events-filter-clear = امسح عوامل التصفية

event-fact-when = متى
event-fact-where = أين
event-fact-kind = النوع
event-fact-sector = مجال العمل
event-fact-languages = اللغات المستخدمة
event-fact-seats = الأماكن
event-deadline-at = { $date } الساعة { $time }
event-fact-deadline = آخر موعد للتسجيل
event-free-seats = { $count ->
    [zero] لا توجد أماكن شاغرة
    [one] مكان شاغر واحد
    [two] مكانان شاغران
    [few] { $count } أماكن شاغرة
    [many] { $count } مكانًا شاغرًا
   *[other] { $count } مكان شاغر
}
event-full = ممتلئة: يمكنك الانضمام إلى قائمة الانتظار
event-online = عبر الإنترنت
event-online-at = عبر الإنترنت: { $url }
event-card-signed-up = تم تسجيلك
event-card-waiting = أنت في قائمة الانتظار
event-when-same-day = { $date }، من الساعة { $start } إلى { $end }
event-when-days = من { $startdate } الساعة { $start } إلى { $enddate } الساعة { $end }

event-about = عن الفعالية
event-directions = كيف تصل إلى هناك
event-accessibility = سهولة الوصول
event-accessibility-none = لم يخبرنا المنظّم عن سهولة الوصول إلى مكان الفعالية. إذا كنت تحتاج إلى شيء، فاسأل المنظّم قبل الفعالية.
event-cancelled-notice = أُلغيت هذه الفعالية.
event-signups-closed = انتهى التسجيل في هذه الفعالية.

event-sign-up-title = التسجيل
event-full-hint = كل الأماكن محجوزة. إذا سجّلت، تنضم إلى قائمة الانتظار. إذا ألغى أحد تسجيله، تحصل على مكانه ونخبرك بالبريد الإلكتروني.
event-slot-legend = اختر وقتًا
event-slot-hint = كل وقت هو لقاء قصير مع صاحب العمل.
event-slot-full = ممتلئ، قائمة انتظار
event-answer-hint = يمكنك ترك هذا فارغًا.
event-share-contact = شارِك بريدي الإلكتروني ورقم هاتفي مع المنظّم
event-share-contact-hint = يرى المنظّم اسمك دائمًا، لكي يسجّل حضورك عند الباب. ويرى أيضًا إجاباتك أعلاه.
event-sign-up-button = سجِّل في الفعالية
event-join-waiting-list = انضم إلى قائمة الانتظار
event-error-deadline-passed = انتهى التسجيل في هذه الفعالية.
event-error-slot-missing = اختر وقتًا
event-error-answer-long = إجابتك طويلة جدًا. استخدم 1000 حرف على الأكثر.

event-standing-confirmed = تم تسجيلك
event-standing-waiting = رقمك في قائمة الانتظار هو { $position }
event-standing-waiting-hint = إذا ألغى أحد تسجيله، تحصل على مكانه تلقائيًا ونخبرك بالبريد الإلكتروني.
event-standing-slot = وقتك: { $slot }
event-standing-by-coach = سجّلك مدرّب التوظيف الخاص بك بموافقتك.
event-calendar-link = أضِف إلى تقويمي (ملف ics)
event-cancel-button = ألغِ تسجيلي

events-mine-title = فعالياتي
events-mine-none = لم تسجّل في أي فعالية بعد.
event-status-cancelled = ألغاها المنظّم
event-status-attended = لقد حضرت
event-status-past = انتهت هذه الفعالية

event-email-promoted-subject = لديك مكان: { $title }
event-email-promoted-body = خبر جيد: أصبح هناك مكان شاغر، وهو الآن لك.

    { $title }
    { $when }
    { $place }

    إذا لم تستطع الحضور، فمن فضلك ألغِ تسجيلك لكي يحصل الشخص التالي على المكان: { $link }
event-email-cancelled-subject = أُلغيت: { $title }
event-email-cancelled-body = نحن آسفون: ألغى المنظّم هذه الفعالية.

    { $title }
    { $when }

    لا تحتاج إلى فعل أي شيء. ابحث عن فعاليات أخرى: { $link }
event-email-reminder-subject = غدًا: { $title }
event-email-reminder-body = تذكير: تم تسجيلك في هذه الفعالية، وهي غدًا.

    { $title }
    { $when }
    { $place }

    إذا لم تستطع الحضور، فمن فضلك ألغِ تسجيلك لكي يحصل شخص آخر على مكانك: { $link }
event-email-changed-subject = تغيّرت: { $title }
event-email-changed-body = غيّر المنظّم وقت هذه الفعالية أو مكانها. تسجيلك ما زال قائمًا.

    { $title }

    { $changes }

    إذا لم تعد تستطيع الحضور، فمن فضلك ألغِ تسجيلك لكي يحصل شخص آخر على مكانك: { $link }
event-email-changed-time =
    الوقت السابق: { $old }
    الوقت الآن: { $new }
event-email-changed-place =
    المكان السابق: { $old }
    المكان الآن: { $new }

event-sector-retail = التجارة والمبيعات
event-sector-hospitality = المطاعم والمقاهي والفنادق
event-sector-health-social = الصحة والرعاية الاجتماعية
event-sector-cleaning-property = التنظيف وخدمات العقارات
event-sector-logistics = النقل والمستودعات والخدمات اللوجستية
event-sector-construction = البناء
event-sector-manufacturing = الصناعة والتصنيع
event-sector-it = تقنية المعلومات والعمل الرقمي
event-sector-education = التعليم والطفولة المبكرة
event-sector-public = الخدمات العامة
event-sector-other = مجالات أخرى

event-kind-recruitment-day = يوم توظيف
event-kind-speed-interviews = مقابلات سريعة
event-kind-workplace-visit = زيارة إلى مكان عمل
event-kind-info-session = جلسة معلومات

event-language-fi = الفنلندية
event-language-sv = السويدية
event-language-en = الإنجليزية
event-language-ru = الروسية
event-language-et = الإستونية
event-language-ar = العربية
event-language-so = الصومالية
event-language-uk = الأوكرانية
event-language-fa = الفارسية

event-access-step-free = دخول بلا درجات
event-access-accessible-toilet = مرحاض مهيّأ لذوي الإعاقة
event-access-hearing-loop = حلقة سمعية لضعاف السمع
event-access-quiet-room = غرفة هادئة للاستراحة
event-access-seating = أماكن للجلوس أثناء الانتظار
event-access-accessible-parking = موقف سيارات لذوي الإعاقة
event-access-public-transport = محطة مواصلات عامة قريبة

# Coaches: their jobseekers' events, and signing one up with consent.
events-caseload-title = فعاليات الباحثين عن عمل لديّ
events-caseload-intro = الفعاليات التي سجّل فيها الباحثون عن عمل في قائمتك. افتح فعالية لتسجّل فيها شخصًا بموافقته.
events-caseload-none = لم يسجّل أي باحث عن عمل من قائمتك في فعالية بعد.
events-caseload-caption = فعاليات الباحثين عن عمل في قائمتك، القادمة أولًا
events-caseload-jobseeker = الباحث عن عمل
events-caseload-attended = حضر
events-caseload-by-coach = سجّله مدرّب
event-coach-title = الباحثون عن عمل لديك
event-coach-none-here = لم يسجّل أي باحث عن عمل من قائمتك في هذه الفعالية بعد.
event-coach-jobseeker = سجِّل باحثًا عن عمل من قائمتك
event-coach-consent = وافق الباحث عن عمل على أن أسجّله في هذه الفعالية
event-coach-sign-up = سجِّل الباحث عن عمل
event-coach-done = تم التسجيل. الفعالية الآن في صفحة «فعالياتي» لدى الباحث عن عمل.
event-coach-error-jobseeker = اختر الباحث عن عمل الذي تريد تسجيله
event-coach-error-consent = ضع علامة في المربع لتؤكد أن الباحث عن عمل وافق
event-sms-promoted = Askel: لديك مكان في { $title }، { $when }. { $link }
event-sms-reminder = تذكير من Askel: { $title } غدًا، { $when }. { $link }
event-sms-cancelled = Askel: أُلغيت الفعالية { $title } ({ $when }). { $link }
event-sms-changed = Askel: تغيّرت الفعالية { $title }. { $link }
