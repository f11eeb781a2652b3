# Organisers: their events, the event form, attendees and check-in at the door.

nav-organiser-events = فعالياتي

organiser-events-title = فعالياتي
organiser-create = أنشئ فعالية
organiser-events-none = ليس لديك فعاليات بعد. أنشئ فعالية: تبقى مسودة تراها أنت وحدك، حتى تنشرها.
organiser-events-caption = فعالياتك، القادمة أولًا
organiser-column-event = الفعالية
organiser-column-when = متى
organiser-column-status = الحالة
organiser-column-confirmed = المسجَّلون
organiser-column-waiting = قائمة الانتظار

organiser-status-draft = مسودة (لا يراها الباحثون عن عمل)
organiser-status-published = منشورة
organiser-status-cancelled = ملغاة
organiser-standing-confirmed = لديه مكان
organiser-standing-waiting = في قائمة الانتظار

organiser-new-title = أنشئ فعالية
organiser-edit-title = غيّر الفعالية
organiser-back-to-event = العودة إلى الفعالية
organiser-form-intro = اكتب بلغة بسيطة: كثير من القرّاء ما زالوا يتعلمون الفنلندية. املأ كل الحقول التي ليس فيها «(اختياري)». عندما تحفظ، تبقى الفعالية مسودة حتى تنشرها.
organiser-choose = اختر…
organiser-section-about = عن الفعالية
organiser-title-fi = اسم الفعالية بالفنلندية
organiser-description-fi = الوصف بالفنلندية
organiser-employer = صاحب العمل أو المنظّم
organiser-section-translations = بالسويدية والإنجليزية (اختياري)
organiser-translations-hint = إذا كتبت اسمًا بلغة ما، فاكتب الوصف بها أيضًا. إذا لم توجد ترجمة بلغة القارئ، يرى القارئ النص الفنلندي.
organiser-title-sv = الاسم بالسويدية (اختياري)
organiser-description-sv = الوصف بالسويدية (اختياري)
organiser-title-en = الاسم بالإنجليزية (اختياري)
organiser-description-en = الوصف بالإنجليزية (اختياري)
organiser-section-when = متى
organiser-date = التاريخ
organiser-start = تبدأ الساعة
organiser-end = تنتهي الساعة
organiser-time-hint = بتوقيت هلسنكي، مثلًا 9:30
organiser-deadline-date = آخر يوم للتسجيل
organiser-deadline-time = ينتهي التسجيل الساعة (اختياري)
organiser-deadline-time-hint = بتوقيت هلسنكي. إذا لم تكتب وقتًا، ينتهي التسجيل في نهاية اليوم.
organiser-section-where = أين
organiser-address = عنوان الشارع (للفعالية الحضورية)
organiser-directions = كيف تصل إلى هناك (اختياري)
organiser-online-url = رابط الفعالية عبر الإنترنت
organiser-online-url-hint = رابط يبدأ بـ https://
organiser-access-legend = في مكان الفعالية (ضع علامة على كل ما ينطبق)
organiser-access-notes = معلومات أخرى عن سهولة الوصول (اختياري)
organiser-section-seats = الأماكن
organiser-seating-legend = كيف يسجّل الناس؟
organiser-seating-seats = أماكن: يحضر الجميع الفعالية كلها
organiser-seating-slots = أوقات: يحجز كل شخص وقتًا خاصًا به، مثلًا لمقابلة سريعة
organiser-capacity = عدد الأماكن
organiser-capacity-hint = إذا اخترت «أماكن». عندما تُحجز كل الأماكن، يمكن للناس الانضمام إلى قائمة الانتظار.
organiser-slot-minutes = مدة الوقت الواحد بالدقائق
organiser-slot-minutes-hint = إذا اخترت «أوقات». تأتي الأوقات واحدًا بعد الآخر من بداية الفعالية إلى نهايتها.
organiser-slot-seats = عدد الأشخاص في الوقت الواحد
organiser-slot-seats-hint = إذا اخترت «أوقات». مثلًا 1 للمقابلة الفردية.
organiser-section-questions = أسئلة للأشخاص الذين يسجّلون (اختياري)
organiser-questions-hint = ثلاثة أسئلة قصيرة على الأكثر، مثلًا «ما العمل الذي يهمّك؟». الإجابة اختيارية لهم.
organiser-question-legend = السؤال { $number }
organiser-question-fi = بالفنلندية
organiser-question-sv = بالسويدية (اختياري)
organiser-question-en = بالإنجليزية (اختياري)
organiser-save-draft = احفظ كمسودة
organiser-save = احفظ التغييرات

organiser-error-title-fi = أدخل اسم الفعالية بالفنلندية
organiser-error-description-fi = أدخل الوصف بالفنلندية
organiser-error-translation-pair = اكتب بهذه اللغة الاسم والوصف معًا، أو اترك الاثنين فارغين
organiser-error-too-long = هذا النص طويل جدًا: اختصره
organiser-error-employer = أدخل صاحب العمل أو المنظّم
organiser-error-sector = اختر مجال العمل
organiser-error-kind = اختر نوع الفعالية
organiser-error-date = أدخل التاريخ باليوم والشهر والسنة، مثلًا 28.3.2027
organiser-error-date-past = يجب أن تكون الفعالية في المستقبل: اختر يومًا قادمًا
organiser-error-start = أدخل وقت البدء بالساعات والدقائق، مثلًا 9:30
organiser-error-end = أدخل وقت الانتهاء بالساعات والدقائق، مثلًا 12:00
organiser-error-end-before-start = يجب أن يكون وقت الانتهاء بعد وقت البدء
organiser-error-time-skipped = هذا الوقت غير موجود في ذلك اليوم: تُقدَّم الساعة فيه ساعة واحدة إلى الأمام. اختر وقتًا آخر
organiser-error-deadline = أدخل آخر يوم للتسجيل، مثلًا 27.3.2027
organiser-error-deadline-time = أدخل الوقت بالساعات والدقائق، مثلًا 16:00
organiser-error-deadline-after-start = يجب أن ينتهي التسجيل قبل أن تبدأ الفعالية
organiser-error-format = اختر: حضوريًا أو عبر الإنترنت
organiser-error-address = أدخل عنوان الشارع
organiser-error-online-url = أدخل رابطًا يبدأ بـ https://
organiser-error-languages = ضع علامة على لغة واحدة على الأقل يتحدثها الناس في الفعالية
organiser-error-capacity = أدخل عدد الأماكن، من 1 إلى 100000
organiser-error-capacity-below-taken = عدد الأشخاص الذين لديهم مكان أكبر من هذا الرقم: لا يمكن أن يكون عدد الأماكن أقل من الأماكن المحجوزة
organiser-error-slot-minutes = أدخل مدة الوقت بالدقائق، من 5 إلى 240
organiser-error-slot-seats = أدخل عدد الأشخاص في الوقت الواحد، من 1 إلى 100
organiser-error-slots-fit = يجب أن يتسع ما بين البداية والنهاية لوقت واحد على الأقل، و200 وقت على الأكثر
organiser-error-slots-booked = حجز الناس أوقاتًا من قبل: لا يمكن الآن تغيير الساعات والأوقات. إذا كان التغيير ضروريًا، فألغِ الفعالية وأنشئ فعالية جديدة
organiser-error-question-fi = اكتب السؤال بالفنلندية أيضًا
organiser-error-cancelled = أُلغيت هذه الفعالية، ولا يمكن تغييرها
organiser-error-not-draft = نُشرت هذه الفعالية من قبل
organiser-error-cancel-confirm = ضع علامة في المربع لتؤكد أنك تريد إلغاء الفعالية

organiser-counts = لديهم مكان: { $confirmed }، في قائمة الانتظار: { $waiting }
organiser-edit-link = غيّر الفعالية
organiser-draft-title = هذه الفعالية مسودة
organiser-draft-hint = لا يراها الباحثون عن عمل بعد. تحقّق من المعلومات، ثم انشرها.
organiser-publish = انشر الفعالية
organiser-published = نُشرت الفعالية: يمكن الآن للباحثين عن عمل أن يجدوها ويسجّلوا فيها.
organiser-cancelled-notice = أُلغيت هذه الفعالية. أرسلنا بريدًا إلكترونيًا إلى كل المسجَّلين لنخبرهم بذلك.

organiser-attendees-title = الأشخاص المسجَّلون
organiser-arrived-count = وصل { $arrived } من { $confirmed }
organiser-search-label = ابحث عن شخص بالاسم
organiser-search-button = ابحث
organiser-search-found = { $count ->
    [0] لم نجد أحدًا بالبحث عن «{ $search }».
    [one] وجدنا شخصًا واحدًا بالبحث عن «{ $search }».
    [two] وجدنا شخصين بالبحث عن «{ $search }».
    [few] وجدنا { $count } أشخاص بالبحث عن «{ $search }».
    [many] وجدنا { $count } شخصًا بالبحث عن «{ $search }».
   *[other] وجدنا { $count } شخص بالبحث عن «{ $search }».
}
organiser-search-clear = اعرض الجميع
organiser-attendees-none = لم يسجّل أحد بعد.
organiser-arrived = وصل
organiser-mark-arrived = سجِّل أنه وصل
organiser-undo-arrival = ألغِ تسجيل الوصول
organiser-csv-link = نزِّل القائمة (CSV)
organiser-privacy-hint = يظهر البريد الإلكتروني ورقم الهاتف فقط للأشخاص الذين وافقوا على مشاركتهما. احفظ القائمة في مكان آمن، واحذفها بعد الفعالية.
organiser-attendee-name = الاسم
organiser-attendee-standing = الوضع
organiser-attendee-slot = الوقت
organiser-attendee-email = البريد الإلكتروني
organiser-attendee-phone = الهاتف
organiser-attendee-checked-in = وصل
organiser-yes = نعم

organiser-cancel-title = ألغِ الفعالية
organiser-cancel-hint = يحصل كل المسجَّلين وكل من في قائمة الانتظار على بريد إلكتروني يخبرهم بأن الفعالية أُلغيت. لا يمكن التراجع عن الإلغاء.
organiser-cancel-confirm = نعم، ألغِ هذه الفعالية وأخبر الجميع
organiser-cancel-button = ألغِ الفعالية
organiser-matching-skills = المهارات التي تطلبها وظائف هذه الفعالية: { $skills }
