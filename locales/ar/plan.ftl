# The employment plan: the coach's plan pages and the jobseeker's "My plan".

nav-plan = خطتي

plan-my-title = خطتي
plan-my-intro = هذه هي الخطة التي اتفقت عليها مع مدرّب التوظيف الخاص بك. عندما تنجز خطوة، ضع عليها علامة «تم»: سيرى مدرّبك ذلك.
plan-my-empty = ليس لديك خطة بعد. ستضعها أنت ومدرّب التوظيف الخاص بك معًا في لقائكما القادم.
plan-my-back = العودة إلى «خطتي»
plan-my-notes = ملاحظات من مدرّب التوظيف الخاص بك
plan-print-hint = لكي تحتفظ بنسخة على الورق، اطبع هذه الصفحة من قائمة المتصفح.

plan-goals-and-steps = الأهداف والخطوات
plan-loose-steps = خطوات أخرى
plan-no-steps = لا توجد خطوات لهذا الهدف بعد.
plan-who = مَن
plan-who-jobseeker = أنت
plan-who-coach = مدرّب التوظيف الخاص بك
plan-who-together = أنت ومدرّبك معًا
plan-coach-who-jobseeker = الباحث عن عمل
plan-coach-who-coach = المدرّب
plan-coach-who-together = معًا
plan-due = حتى متى
plan-due-hint = اختياري. مثلًا 15.1.2027
plan-no-due = بلا تاريخ
plan-overdue = متأخرة
plan-status = الحالة
plan-step-status-todo = لم تُنجز بعد
plan-step-status-doing = قيد التنفيذ
plan-step-status-done = تم
plan-step-status-dropped = أُلغيت
plan-goal-status = حالة الهدف
plan-goal-status-open = نعمل عليه
plan-goal-status-reached = تحقّق
plan-goal-status-dropped = أُلغي
plan-mark-done = ضع علامة «تم»
plan-mark-not-done = ضع علامة «لم تُنجز»

plan-coach-title = خطة التوظيف: { $name }
plan-coach-empty = لا توجد أهداف أو خطوات بعد. أضِف في الأسفل أول ما اتفقتما عليه.
plan-history-link = سجلّ التغييرات
plan-change-goal = غيّر الهدف
plan-change-step = غيّر الخطوة
plan-add-step = أضِف خطوة
plan-add-step-submit = أضِف الخطوة
plan-step-what = الخطوة
plan-step-what-hint = ما الذي سيُفعل، بكلمات يفهمها الباحث عن عمل.
plan-goal-field = الهدف الذي تؤدي إليه هذه الخطوة
plan-goal-none = لا يوجد هدف محدد
plan-step-added = تمت إضافة الخطوة إلى الخطة.
plan-add-goal = أضِف هدفًا
plan-add-goal-submit = أضِف الهدف
plan-goal-what = الهدف
plan-goal-what-hint = مثلًا: عمل في متجر، أو دورة تبدأ في الربيع.
plan-goal-added = تمت إضافة الهدف إلى الخطة.
plan-back = العودة إلى الخطة
plan-change-step-title = غيّر خطوة في خطة { $name }
plan-change-goal-title = غيّر هدفًا في خطة { $name }
plan-save = احفظ التغييرات

plan-error-step-what = اكتب ما هي الخطوة
plan-error-goal-what = اكتب ما هو الهدف
plan-error-what-long = اكتب 500 حرف على الأكثر
plan-error-who = اختر مَن ينفّذ الخطوة
plan-error-due_on = اكتب التاريخ هكذا: يوم.شهر.سنة، مثلًا 15.1.2027
plan-error-dropped = أُلغيت هذه الخطوة من خطتك، لذلك لا يمكن وضع علامة عليها.
plan-error-status = اختر الحالة

plan-history-title = سجلّ تغييرات خطتي
plan-history-coach-title = سجلّ تغييرات خطة { $name }
plan-history-caption = كل تغييرات الخطة، الأحدث أولًا
plan-history-none = لا توجد تغييرات بعد.
plan-history-when = متى
plan-history-by = مَن غيّرها
plan-history-change = التغيير
plan-history-by-you = أنت
plan-history-by-gone = حساب محذوف
plan-history-added-step = أُضيفت الخطوة «{ $what }»
plan-history-added-goal = أُضيف الهدف «{ $what }»
plan-history-changed-step = تغيّرت الخطوة «{ $what }»
plan-history-changed-goal = تغيّر الهدف «{ $what }»
plan-history-renamed = النص السابق: «{ $from }»

## Telling the jobseeker their coach added to their plan (no content in the subject)
plan-email-step-subject = أضاف مدرّبك خطوة إلى خطتك في Askel
plan-email-step-body = أضاف مدرّبك خطوة إلى خطة التوظيف الخاصة بك. سجّل الدخول لتراها: { $link }
plan-sms-step = Askel: أضاف مدرّبك خطوة إلى خطتك. { $link }
plan-email-note-subject = كتب لك مدرّبك ملاحظة في Askel
plan-email-note-body = كتب لك مدرّبك ملاحظة. تجدها في خطة التوظيف الخاصة بك. سجّل الدخول لتقرأها: { $link }
plan-sms-note = Askel: كتب لك مدرّبك ملاحظة. { $link }
