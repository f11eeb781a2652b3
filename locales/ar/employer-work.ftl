### The coach's work with employers, and follow-along after someone starts work.

nav-employer-contacts = التواصل مع أصحاب العمل
employers-contacts-link = التواصل مع صاحب العمل هذا، وتسجيل تواصل جديد
account-employers-change = حدِّد هل يمكن لمدرّبك أن يخبر أصحاب العمل عنك

## On a jobseeker's page in the coach's workspace
person-employers = التواصل مع أصحاب العمل
person-employer-consent = وافق على أن تخبر أصحاب العمل عنه (منذ { $day }).
person-employer-no-consent = لم يوافق على أن تخبر أصحاب العمل عنه. يمكنك تسجيل التواصل مع أصحاب العمل، لكن دون ذكر اسمه. يمكنه أن يوافق في صفحة «حسابي».
person-log-contact = سجِّل تواصلًا مع صاحب عمل
person-follow-along = المتابعة بعد بدء العمل
person-open-checkins = { $count ->
    [0] لا توجد اتصالات متابعة مطلوبة.
    [one] اتصال متابعة واحد مطلوب.
    [two] اتصالا متابعة مطلوبان.
    [few] { $count } اتصالات متابعة مطلوبة.
    [many] { $count } اتصال متابعة مطلوب.
   *[other] { $count } اتصال متابعة مطلوب.
}
person-open-follow-along = افتح المتابعة بعد بدء العمل
caseload-column-first-contact = أول تواصل مع صاحب عمل
caseload-first-contact-late = أكثر من شهر

## The log
contact-title = التواصل مع أصحاب العمل
contact-intro = تواصل فريقك مع أصحاب العمل، الأحدث أولًا. سجِّل كل تواصل: هكذا يعرف الفريق من تحدّث مع صاحب العمل آخر مرة. يمكنك ذكر اسم شخص فقط إذا وافق، وأنت وحدك ترى اسمه.
contact-log-heading = سجِّل تواصلًا
contact-logged = تم تسجيل التواصل.
contact-latest = أحدث حالات التواصل
contact-with-employer = التواصل مع { $employer }
contact-all = كل حالات التواصل
contact-none = لم يُسجَّل أي تواصل بعد.
contact-employer = صاحب العمل
contact-employer-hint = قائمة أصحاب العمل مشتركة في الخدمة كلها.
contact-employer-choose = اختر صاحب عمل
contact-employer-add = صاحب العمل غير موجود في القائمة؟ أضِفه في صفحة «أصحاب العمل».
contact-day = تاريخ التواصل
contact-how = الطريقة
contact-how-visit = زيارة إلى مكان العمل
contact-how-phone = بالهاتف
contact-how-email = بالبريد الإلكتروني
contact-how-meeting = لقاء في مكان آخر
contact-how-event = في فعالية
contact-person = بخصوص مَن
contact-person-hint = تظهر هنا فقط أسماء الأشخاص في قائمتك الذين وافقوا على أن تخبر أصحاب العمل عنهم.
contact-person-none = لا أحد بعينه
contact-result = ما النتيجة
contact-result-no-opening = لا توجد فرص عمل الآن
contact-result-later = التواصل مرة أخرى لاحقًا
contact-result-opening = فرصة عمل أو مهمة عمل
contact-result-interview = مقابلة عمل
contact-result-work-trial = تجربة عمل
contact-result-hired = تم التوظيف
contact-note = ملاحظة (اختياري)
contact-note-hint = ما الذي اتُّفق عليه، وما الخطوة التالية. لا تكتب معلومات صحية أو معلومات حساسة أخرى.
contact-save = سجِّل التواصل
contact-by = بواسطة { $name }
contact-about = بخصوص:
contact-about-someone = بخصوص شخص في قائمة مدرّب آخر.
contact-rapid-after = { $days ->
    [zero] في اليوم نفسه
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $days } أيام
    [many] بعد { $days } يومًا
   *[other] بعد { $days } يوم
}
contact-rapid-none-yet = لم يحدث بعد (اليوم رقم { $days })
contact-error-employer = اختر صاحب عمل من القائمة
contact-error-day = أدخل تاريخ التواصل، مثلًا 3.12.2026
contact-error-day-future = لا يمكن أن يكون تاريخ التواصل في المستقبل
contact-error-day-old = يجب أن يكون تاريخ التواصل خلال السنة الماضية
contact-error-how = اختر طريقة التواصل
contact-error-result = اختر نتيجة التواصل
contact-error-person = اختر شخصًا من القائمة: يجب أن يكون في قائمتك وأن يكون قد وافق
contact-error-note-long = يجب أن تكون الملاحظة 1000 حرف أو أقل

## The jobseeker's consent
contact-consent-title = مدرّبك وأصحاب العمل
contact-consent-intro = يبحث مدرّبك معك عن عمل، ويتحدّث مع أصحاب العمل. هل يمكن لمدرّبك أن يخبر أصحاب العمل عنك؟
contact-consent-what = إذا قلت نعم، يمكن لمدرّبك أن يخبر صاحب العمل باسمك وبما تستطيع فعله.
contact-consent-not = لا يخبرهم مدرّبك عن صحتك أو عن ظروف حياتك.
contact-consent-back = يمكنك تغيير إجابتك هنا في أي وقت. يحفظ Askel متى قلت نعم، ومتى سحبت موافقتك.
contact-consent-given = لقد قلت نعم (منذ { $day }).
contact-consent-not-given = لم تقل نعم.
contact-consent-question = هل يمكن لمدرّبك أن يخبر أصحاب العمل عنك؟
contact-consent-yes = نعم
contact-consent-no = لا
contact-consent-save = احفظ
contact-consent-saved = تم حفظ إجابتك.
contact-consent-error = اختر نعم أو لا

## Follow-along check-ins
checkin-kind-week = أسبوع واحد
checkin-kind-month = شهر واحد
checkin-kind-three-months = ثلاثة أشهر
checkin-kind-agreed = اتصال متابعة متّفق عليه
checkin-title = { $kind }: { $day }
checkin-due-heading = اتصالات المتابعة المطلوبة
checkin-late = متأخر
checkin-page-title = المتابعة بعد بدء العمل: { $name }
checkin-intro = بعد أن يبدأ الشخص العمل، تواصل معه، ومع صاحب العمل إذا وافق الشخص: بعد أسبوع، وبعد شهر، وبعد ثلاثة أشهر، ثم حسب ما تتفقان عليه. اكتب ملاحظة قصيرة عن كل اتصال.
checkin-none = لا توجد اتصالات متابعة. تظهر عندما تسجّل أن الشخص حصل على عمل.
checkin-saved = تم حفظ اتصال المتابعة.
checkin-agreed = تمت إضافة اتصال المتابعة.
checkin-agree-heading = اتفق على اتصال متابعة آخر
checkin-agree-day = التاريخ
checkin-agree-save = أضِف اتصال المتابعة
checkin-done-by = تم في { $day } بواسطة { $name }
checkin-done = تم في { $day }
checkin-note = كيف سار الأمر
checkin-note-hint = كيف يسير العمل، وأي دعم اتُّفق عليه. لا تكتب معلومات صحية أو معلومات حساسة أخرى.
checkin-save = احفظ اتصال المتابعة
checkin-write = اكتب ملاحظة اتصال المتابعة هذا
checkin-error-note = اكتب كيف سار اتصال المتابعة
checkin-error-note-long = يجب أن تكون الملاحظة 1000 حرف أو أقل
checkin-error-day = أدخل التاريخ، مثلًا 15.1.2027
checkin-error-day-past = لا يمكن أن يكون التاريخ في الماضي
checkin-error-day-far = يجب أن يكون التاريخ خلال سنة من اليوم
