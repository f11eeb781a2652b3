### Meetings between a jobseeker and their coach.

nav-meetings = اللقاءات
person-meetings = اللقاءات
person-open-meetings = افتح اللقاءات

## The jobseeker's page
meeting-my-title = اللقاءات
meeting-yours = لقاءاتك
meeting-none-booked = ليس لديك لقاءات محجوزة.
meeting-no-coach = ليس لديك مدرّب في Askel بعد. عندما يصبح لديك مدرّب، يمكنك أن تحجز لقاءً معه هنا.
meeting-with-coach = مع مدرّبك { $name }
meeting-move = انقل اللقاء إلى وقت آخر
meeting-cancel = ألغِ اللقاء في { $when }
meeting-cancel-question = هل تريد إلغاء هذا اللقاء؟ يصبح الوقت متاحًا للآخرين.
meeting-cancel-confirm = نعم، ألغِ اللقاء
meeting-free-heading = الأوقات المتاحة مع { $name }
meeting-move-heading = اختر وقتًا جديدًا للقائك في { $when }
meeting-no-free-times = ليس لدى مدرّبك أوقات متاحة في الأسابيع الأربعة القادمة. يمكنك أن تكتب إليه في صفحة «الرسائل».
meeting-book = احجز { $time }
meeting-move-here = انقل اللقاء إلى { $time }
meeting-booked = تم حجز لقائك. ستصلك رسالة بريد إلكتروني عنه، وتذكير قبل يوم، وتذكير قبل ساعتين.
meeting-cancelled = تم إلغاء لقائك.
meeting-add-to-calendar = أضِف إلى تقويمي
meeting-weekday-1 = الاثنين
meeting-weekday-2 = الثلاثاء
meeting-weekday-3 = الأربعاء
meeting-weekday-4 = الخميس
meeting-weekday-5 = الجمعة
meeting-weekday-6 = السبت
meeting-weekday-7 = الأحد
meeting-mode-in-person = لقاء حضوري في عنوان
meeting-mode-phone = مكالمة هاتفية
meeting-mode-video = مكالمة فيديو

## The coach's calendar
meeting-coach-title = اللقاءات
meeting-weeks = الأسابيع
meeting-days = الأيام
meeting-week-range = الأسبوع من { $from } إلى { $until }
meeting-week-empty = ليس لديك أوقات في هذا الأسبوع.
meeting-previous-week = الأسبوع السابق
meeting-next-week = الأسبوع التالي
meeting-previous-day = اليوم السابق
meeting-next-day = اليوم التالي
meeting-whole-week = الأسبوع كله
meeting-today = أوقات اليوم
meeting-day-empty = ليس لديك أوقات في هذا اليوم.
meeting-free = متاح
meeting-remove = احذف الوقت { $time }
meeting-remove-booked = ألغِ اللقاء في الساعة { $time }
meeting-remove-question = هل تريد حذف هذا الوقت المتاح؟
meeting-remove-booked-question = هل تريد إلغاء هذا اللقاء؟ سنخبر الباحث عن عمل بالبريد الإلكتروني.
meeting-remove-confirm = نعم، احذف { $time }
meeting-removed = تم حذف الوقت.
meeting-offer-heading = اعرض أوقاتًا متاحة
meeting-offered = تمت إضافة الأوقات. يمكن الآن للباحثين عن عمل في قائمتك أن يحجزوها.
meeting-day = اليوم
meeting-day-hint = مثلًا 7.12.2026
meeting-start = يبدأ أول وقت في الساعة
meeting-start-hint = مثلًا 9.00
meeting-length = مدة الوقت الواحد
meeting-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
meeting-count = عدد الأوقات المتتالية
meeting-count-hint = من 1 إلى { $max }. تأتي الأوقات واحدًا بعد الآخر بلا استراحة.
meeting-mode = طريقة اللقاء
meeting-place = العنوان أو رابط الفيديو أو ملاحظة
meeting-place-hint = عنوان الشارع، أو رابط الفيديو (https://…). للمكالمة الهاتفية يمكنك ترك هذا فارغًا، أو كتابة مَن سيتصل.
meeting-offer = أضِف الأوقات

## One jobseeker's meetings, for their coach
meeting-person-title = اللقاءات مع { $name }
meeting-coming = اللقاءات القادمة
meeting-person-none = لا توجد لقاءات محجوزة.
meeting-book-for-heading = احجز وقتًا لـ { $name }
meeting-book-for-hint = هذه أوقاتك المتاحة. سنخبر الباحث عن عمل بالحجز بالبريد الإلكتروني.
meeting-book-for = احجز { $time }
meeting-booked-for = تم حجز اللقاء. سنخبر الباحث عن عمل بالبريد الإلكتروني.
meeting-held = اللقاءات التي تمّت
meeting-outcome = نتيجة اللقاء
meeting-outcome-none = لم يُكتب شيء بعد.
meeting-outcome-write = اكتب نتيجة اللقاء
meeting-next-step = الخطوة التالية في خطته (اختياري)
meeting-next-step-hint = تُضاف إلى خطة التوظيف الخاصة به، كخطوة يقوم بها.
meeting-outcome-save = احفظ
meeting-outcome-saved = تم الحفظ.

## Problems
meeting-error-no-coach = ليس لديك مدرّب بعد، لذلك لا توجد أوقات للحجز.
meeting-error-cannot-move = لم يعد نقل هذا اللقاء ممكنًا. انظر لقاءاتك في الأعلى.
meeting-error-have-one = لديك لقاء محجوز من قبل. لتغيير الوقت، اختر «انقل اللقاء إلى وقت آخر».
meeting-error-taken = حجز شخص آخر هذا الوقت قبل لحظة. اختر وقتًا آخر.
meeting-error-overlap-own = لديك لقاء في هذا الوقت من قبل. اختر وقتًا آخر.
meeting-error-overlap = لديك من قبل وقت يتداخل مع هذه الأوقات. اختر وقت بدء آخر، أو عددًا أقل من الأوقات.
meeting-error-day = أدخل اليوم، مثلًا 7.12.2026
meeting-error-start = أدخل وقت البدء، مثلًا 9.00
meeting-error-length = اختر مدة الوقت الواحد
meeting-error-count = أدخل عدد الأوقات، من 1 إلى 8
meeting-error-mode = اختر طريقة اللقاء
meeting-error-place = أدخل العنوان أو رابط الفيديو
meeting-error-place-long = اكتب العنوان أو الرابط في 300 حرف على الأكثر
meeting-error-video-link = أدخل رابط الفيديو، ويبدأ بـ https://
meeting-error-time-skipped = هذا الوقت غير موجود في ذلك اليوم، لأن الساعة تُقدَّم فيه ساعة إلى الأمام. اختر وقتًا آخر.
meeting-error-past = مضى هذا الوقت. اختر وقتًا في المستقبل.
meeting-error-outcome = اكتب نتيجة اللقاء
meeting-error-outcome-long = اكتب النتيجة في 2000 حرف على الأكثر

## Calendar file and emails
meeting-calendar-title = لقاء مع مدرّبك { $name }
meeting-calendar-title-coach = لقاء مع { $name }
meeting-email-booked-subject = تم حجز لقائك مع مدرّبك
meeting-email-booked-by-coach-subject = حجز مدرّبك لقاءً لك
meeting-email-reminder-subject = تذكير: لقاء مع مدرّبك
meeting-email-booked-body = لقاؤك مع مدرّبك في { $day } الساعة { $time }.

    { $place }

    لترى اللقاء، أو تنقله، أو تلغيه، سجّل الدخول: { $link }
meeting-email-cancelled-subject = تم إلغاء لقائك مع مدرّبك
meeting-email-cancelled-body = ألغى مدرّبك لقاءك في { $day } الساعة { $time }.

    يمكنك حجز وقت جديد: { $link }

meeting-sms-booked = Askel: لقاؤك مع مدرّبك في { $day } الساعة { $time }. { $link }
meeting-sms-booked-by-coach = Askel: حجز مدرّبك لقاءً لك في { $day } الساعة { $time }. { $link }
meeting-sms-reminder = تذكير من Askel: لقاء مع مدرّبك في { $day } الساعة { $time }. { $link }
meeting-sms-cancelled = Askel: ألغى مدرّبك لقاءك في { $day } الساعة { $time }. يمكنك حجز وقت جديد: { $link }
meeting-error-overlap-theirs = لدى الباحث عن عمل لقاء في هذا الوقت من قبل. اختر وقتًا آخر.
meeting-error-far = اعرض أوقاتًا خلال سنة واحدة من اليوم على الأكثر.
meeting-calendar-title-free = وقت متاح في Askel
meeting-no-free-times-coach = ليس لديك أوقات متاحة في الأسابيع الأربعة القادمة.
