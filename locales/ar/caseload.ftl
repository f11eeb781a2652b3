# The coach's caseload list.

nav-caseload = قائمة الباحثين عن عمل

caseload-title = قائمة الباحثين عن عمل لديّ
caseload-search = ابحث بالاسم
caseload-sort = رتّب حسب
caseload-sort-quietest = الأطول مدة بلا نشاط أولًا
caseload-sort-name = الاسم
caseload-sort-progress = الأقل إنجازًا لوحداته أولًا
caseload-sort-unread = الأكثر رسائل غير مقروءة أولًا
caseload-quiet-only = فقط من ليس لديهم نشاط منذ 14 يومًا
caseload-apply = اعرض
caseload-count = { $count ->
    [0] لم نجد أحدًا
    [one] باحث واحد عن عمل
    [two] باحثان عن عمل
    [few] { $count } باحثين عن عمل
    [many] { $count } باحثًا عن عمل
   *[other] { $count } باحث عن عمل
}
caseload-none = لا أحد يطابق اختياراتك. جرّب اسمًا أقصر، أو اعرض الجميع.
caseload-caption = الباحثون عن عمل في قائمتك
caseload-column-name = الاسم
caseload-column-messages = رسائل غير مقروءة
caseload-column-activity = آخر نشاط
caseload-column-modules = الوحدات المخصّصة له
caseload-column-skills = المهارات الرقمية (التغيّر منذ أول تقييم)
caseload-column-plan = خطوات الخطة غير المنجزة
caseload-column-next-event = الفعالية القادمة
caseload-no-activity = لا يوجد نشاط بعد
caseload-quiet-flag = لا يوجد نشاط منذ 14 يومًا
caseload-modules-none = لم تُخصَّص أي وحدة
caseload-modules-done = أُنجز { $done } من { $count }
caseload-skills-none = لم يُقيَّم بعد
caseload-area-level = { $area }: { $level } ({ $change })
caseload-pages = صفحات القائمة
caseload-previous = الصفحة السابقة
caseload-next = الصفحة التالية
caseload-page-of = الصفحة { $page } من { $pages }

caseload-back = العودة إلى قائمة الباحثين عن عمل
jobseeker-back = العودة إلى { $name }
caseload-unread-messages = { $count ->
    [zero] لا توجد رسائل غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
