# One jobseeker in the coach's workspace: overview, notes, outcomes, moving to another coach.

person-contents = في هذه الصفحة
person-situation = الوضع
person-plan = خطة التوظيف
person-modules = الوحدات
person-skills = التقييمات الذاتية
person-events = الفعاليات
person-notes = الملاحظات
person-profile = الملف الشخصي
person-sign-in-help = المساعدة في تسجيل الدخول
person-move = النقل إلى مدرّب آخر

person-open-steps = { $count ->
    [0] لا توجد خطوات غير منجزة في الخطة.
    [one] خطوة واحدة غير منجزة في الخطة.
    [two] خطوتان غير منجزتين في الخطة.
    [few] { $count } خطوات غير منجزة في الخطة.
    [many] { $count } خطوة غير منجزة في الخطة.
   *[other] { $count } خطوة غير منجزة في الخطة.
}
person-open-plan = افتح الخطة

person-modules-none = لم تُخصَّص له أي وحدة، ولم يبدأ أي وحدة بعد.
person-modules-caption = الوحدات المخصّصة له أو التي بدأها
person-module = الوحدة
person-module-progress = التقدّم
person-module-due = الموعد النهائي
person-module-steps = الخطوات المنجزة: { $done } من { $count }
person-module-no-due = مخصّصة له، بلا موعد نهائي
person-module-own = بدأها بنفسه
person-reflections = أفكاره التي شاركها معك
person-assign = خصِّص وحدة
person-module-choose = اختر وحدة
person-assign-submit = خصِّص الوحدة
person-assigned = تم تخصيص الوحدة. يراها الباحث عن عمل أولًا في قائمته.

person-skills-none = لم يُرسل أي تقييم ذاتي بعد.
person-open-skills = ملف المهارات وتأكيد المهارات
person-events-none = لم يحجز أي مكان في فعالية.

person-language = اللغة
person-joined = تاريخ الانضمام

person-sign-in-help-intro = إذا فقد الباحث عن عمل كلمة المرور، فأعطِه رمز دخول. يختار بهذا الرمز كلمة مرور جديدة. يعمل الرمز مرة واحدة فقط، خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
person-issue-code = أعطِ رمز دخول
person-code-intro = أعطِ هذا الرمز للباحث عن عمل:
person-code-instructions = يذهب إلى { $address }، ويكتب الرمز، ويختار كلمة مرور جديدة.

note-body = ملاحظة جديدة
note-body-hint = يرى الباحث عن عمل الملاحظة فقط إذا شاركتها معه، أو في نسخة من بياناته إذا طلبها.
note-share = شارِك هذه الملاحظة مع الباحث عن عمل (يراها في خطته)
note-submit = احفظ الملاحظة
note-added = تم حفظ الملاحظة.
note-none = لا توجد ملاحظات بعد.
note-shared-flag = مشترَكة مع الباحث عن عمل
note-error-empty = اكتب الملاحظة
note-error-long = اكتب 4000 حرف على الأكثر

outcome-employed_full_time = يعمل بدوام كامل
outcome-employed_part_time = يعمل بدوام جزئي
outcome-subsidised_work = في عمل مدعوم
outcome-training = في تدريب أو دراسة
outcome-other_service = في خدمة أخرى
outcome-seeking = ما زال يبحث عن عمل
outcome-left_service = ترك الخدمة
outcome-none = لم يُسجَّل أي وضع بعد.
outcome-since-text = { $situation } منذ { $date }
outcome-earlier = سابقًا
outcome-record = سجِّل تغييرًا
outcome-situation = الوضع الآن
outcome-choose = اختر الوضع
outcome-since = منذ
outcome-since-hint = مثلًا 1.12.2026
outcome-submit = سجِّل الوضع
outcome-recorded = تم تسجيل الوضع.
outcome-error-situation = اختر الوضع
outcome-error-since = اكتب التاريخ هكذا: يوم.شهر.سنة، مثلًا 1.12.2026
outcome-error-since-future = لا يمكن أن يكون التاريخ في المستقبل

transfer-intro = سيرى المدرّب الآخر كل ما في هذه الصفحة، ولن تراها أنت بعد ذلك.
transfer-coach = المدرّب الجديد
transfer-choose = اختر مدرّبًا
transfer-submit = انقل إلى هذا المدرّب
transfer-no-coaches = لا يوجد مدرّبون آخرون لنقل الباحث عن عمل إليهم.
transfer-error-coach = اختر المدرّب الذي تريد نقل الباحث عن عمل إليه
transfer-done = تم نقل الباحث عن عمل إلى المدرّب الآخر.
transfer-team-hint = مدرّبو فريقك. لنقل الباحث عن عمل إلى مدرّب في فريق آخر، ابحث عنه بالاسم في الأسفل.
transfer-no-team = لا يعمل في فريقك مدرّب آخر. ابحث بالاسم عن المدرّب الذي تريد نقل الباحث عن عمل إليه.
transfer-group-found = نتائج البحث بالاسم
transfer-group-team = فريقك
transfer-coach-in-team = { $name } ({ $team })
transfer-found = { $count ->
    [one] وجدنا مدرّبًا واحدًا بالبحث عن «{ $name }». تجده الآن في قائمة المدرّبين.
    [two] وجدنا مدرّبَين بالبحث عن «{ $name }». تجدهما الآن في قائمة المدرّبين.
    [few] وجدنا { $count } مدرّبين بالبحث عن «{ $name }». تجدهم الآن في قائمة المدرّبين.
    [many] وجدنا { $count } مدرّبًا بالبحث عن «{ $name }». تجدهم الآن في قائمة المدرّبين.
   *[other] وجدنا { $count } مدرّب بالبحث عن «{ $name }». تجدهم الآن في قائمة المدرّبين.
}
transfer-found-none = لم نجد أي مدرّب بالبحث عن «{ $name }». تحقّق من كتابة الاسم، أو اكتب جزءًا أقصر منه.
transfer-found-more = وجدنا بالبحث عن «{ $name }» أكثر من { $shown } مدرّبًا. تجد أول { $shown } منهم الآن في قائمة المدرّبين: اكتب جزءًا أطول من الاسم لتجد المدرّب الصحيح.
transfer-find-heading = ابحث عن مدرّب بالاسم
transfer-find-name = اسم المدرّب
transfer-find-hint = حرفان على الأقل من الاسم الأول أو اسم العائلة.
transfer-find-submit = ابحث
transfer-find-error-short = اكتب حرفين على الأقل من اسم المدرّب
transfer-find-error-long = يمكن أن يكون الاسم 100 حرف على الأكثر

# Correcting or withdrawing a note or a situation, on its own page
record-details = السجلّ والتصحيحات
record-back = العودة إلى صفحة الباحث عن عمل
record-corrected = { $written }، تم التصحيح في { $when }
record-withdrawn = تم السحب بواسطة { $name }، { $when }
record-version-meta = تمت الكتابة في { $written }، وتم الاستبدال في { $replaced }
record-versions = النسخ السابقة
record-only-author = لا يستطيع التصحيح أو السحب إلا المدرّب الذي كتب هذا.
record-correct-submit = احفظ التصحيح
note-page-title = ملاحظة عن { $name }
note-correct = صحِّح الملاحظة
note-correct-body = الملاحظة
note-withdraw = اسحب الملاحظة
note-withdraw-intro = تبقى الملاحظة المسحوبة في السجلّ، مع علامة أنها مسحوبة، ولا يراها الباحث عن عمل بعد ذلك. اسحب الملاحظة التي ما كان يجب أن تُكتب. وصحِّح الملاحظة التي فيها خطأ في جزء منها فقط.
note-corrected = تم تصحيح الملاحظة. النسخة السابقة محفوظة في سجلّها.
note-withdrawn = تم سحب الملاحظة.
outcome-page-title = وضع { $name }
outcome-correct = صحِّح الوضع
outcome-correct-situation = الوضع
outcome-withdraw = اسحب الوضع
outcome-withdraw-intro = يبقى الوضع المسحوب في السجلّ، مع علامة أنه مسحوب. لا يُحسب بعد ذلك وضعًا للشخص، ولا يُحسب في تقرير الأثر.
outcome-corrected = تم تصحيح الوضع. النسخة السابقة محفوظة في سجلّه.
outcome-withdrawn = تم سحب الوضع.

person-jobs = وظائف تهمّه
person-jobs-none = لم يضع علامة على أي وظيفة تهمّه بعد.
person-job-interest = مهتم منذ { $day }. لا يرى صاحب العمل مهاراته.
person-job-interest-shared = مهتم منذ { $day }. يرى صاحب العمل مهاراته لهذه الوظيفة.
person-job-proposed = اقترحتها عليه في { $day }. لم يقل إنه مهتم.
person-job-stage = يقول صاحب العمل: { $stage }. سجِّل النتيجة في الأسفل عندما تتأكد.
person-jobs-that-fit = وظائف تناسبه
