### The jobseeker's job-search log.

nav-job-search = سجلّ البحث عن عمل
person-job-search = سجلّ البحث عن عمل
person-open-job-search = افتح سجلّ البحث عن عمل

search-title = سجلّ البحث عن عمل
search-intro = اكتب ما تفعله لتجد عملًا. قد تطلب خدمات التوظيف (TE) أن تراه: اطبع هذه الصفحة، أو اعرضها على هاتفك. ما تفعله في Askel موجود هنا من قبل.
search-add-heading = أضِف إلى سجلّك
search-kind = ماذا فعلت؟
search-kind-application = تقدّمت لوظيفة
search-kind-contact = تواصلت مع صاحب عمل
search-kind-interview = أجريت مقابلة عمل
search-kind-other = فعلت شيئًا آخر لأجد عملًا
search-kind-interest = أبديت اهتمامي بوظيفة في Askel
search-kind-event = شاركت في فعالية
search-kind-module = أكملت وحدة تدريبية
search-day = التاريخ
search-employer = صاحب العمل
search-what = الوظيفة، أو موضوعها (اختياري)
search-what-hint = مثلًا: مساعد في المطبخ، دوام جزئي
search-add = أضِف إلى سجلّي
search-added = تمت الإضافة إلى سجلّك.
search-removed = تم الحذف من سجلّك.
search-month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }
search-months = الأشهر
search-previous-month = الشهر السابق
search-next-month = الشهر التالي
search-print-hint = لكي تعرض هذا الشهر على خدمات التوظيف، اطبع هذه الصفحة أو احفظها كملف PDF من قائمة المتصفح.
search-none = لا يوجد شيء في السجلّ لهذا الشهر.
search-summary = الملخّص
search-caption = البحث عن عمل في { $month }
search-column-day = التاريخ
search-column-kind = ماذا
search-column-employer = صاحب العمل
search-column-what = الوظيفة أو الموضوع
search-column-remove = حذف
search-by-askel = سجّله Askel
search-remove = احذف: { $what }
search-remove-question = هل تريد حذف «{ $what }» من سجلّك؟
search-remove-confirm = نعم، احذفه
search-person-title = سجلّ البحث عن عمل: { $name }
search-person-intro = ما كتبه الشخص وما فعله في Askel، شهرًا بشهر. هو وحده يستطيع تغييره.
search-error-kind = اختر ما فعلته
search-error-day = أدخل التاريخ، مثلًا 3.12.2026
search-error-day-future = لا يمكن أن يكون التاريخ في المستقبل
search-error-day-old = يجب أن يكون التاريخ خلال السنة الماضية
search-error-employer = أدخل صاحب العمل
search-error-employer-long = يجب أن يكون اسم صاحب العمل 200 حرف أو أقل
search-error-what-long = يجب أن يكون هذا 300 حرف أو أقل
