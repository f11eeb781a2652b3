# Coaching modules: the list, the step player and the completion page.
# Module content itself lives in content/modules, not here.

modules-title = الوحدات
modules-intro = دروس قصيرة تساعدك في البحث عن عمل. تقدَّم بالسرعة التي تناسبك: يُحفظ تقدّمك بعد كل خطوة.
modules-length = { $steps ->
        [zero] { $steps } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $steps } خطوات
        [many] { $steps } خطوة
       *[other] { $steps } خطوة
    }، نحو { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
modules-status-not-started = لم تبدأ بعد
modules-status-in-progress = قيد الإنجاز: الخطوات المنجزة { $done } من { $count }
modules-status-completed = أُنجزت
modules-assigned = اقترح مدرّبك هذه الوحدة
modules-assigned-due = اقترح مدرّبك هذه الوحدة. من فضلك أنجِزها بحلول { $date }.
modules-in-english = هذه الوحدة متاحة حاليًا بالإنجليزية فقط.
modules-in-finnish = هذه الوحدة متاحة حاليًا بالفنلندية فقط.

module-step-position = الخطوة { $n } من { $count }
module-fallback-notice = هذه الوحدة غير متاحة بلغتك بعد، لذلك تظهر بالإنجليزية.
module-fallback-notice-finnish = هذه الوحدة غير متاحة بلغتك بعد، لذلك تظهر بالفنلندية.
module-all-modules = كل الوحدات
module-back = رجوع
module-continue = متابعة
module-check-answer = تحقّق من إجابتي
module-save-changed = احفظ إجابتي الجديدة
module-your-answer = إجابتك
module-answer-right = صحيحة
module-answer-not-right = ليست صحيحة تمامًا
module-change-answer = غيّر إجابتك
module-transcript = ماذا يقول الفيديو
module-captions-label = الترجمة النصية
module-video-fallback = لا يستطيع متصفحك تشغيل هذا الفيديو. النص في الأسفل يخبرك بكل ما يعرضه الفيديو.
module-reflection-hint = أنت وحدك ترى ما تكتبه هنا، إلا إذا اخترت أن تشاركه مع مدرّبك. الكتابة اختيارية.
module-share-with-coach = شارِك هذه الإجابة مع مدرّبي
module-offline = لا يوجد اتصال بالإنترنت. يمكنك المتابعة: إجاباتك محفوظة على هذا الجهاز.
module-waiting = إجابات تنتظر الإرسال: { $count }. تُرسَل عندما تتصل بالإنترنت مرة أخرى.
module-all-sent = تم حفظ كل إجاباتك.
module-finished-offline = أنجزت كل الخطوات. اتصل بالإنترنت لكي تُحفظ إجاباتك الأخيرة.
module-sign-in-to-send = إجابات تنتظر الإرسال: { $count }. انتهت جلستك، لذلك تبقى الإجابات على هذا الجهاز. سجّل الدخول مرة أخرى لكي تُحفظ.
module-sign-in-link = سجّل الدخول
module-trying-again = إجابات تنتظر الإرسال: { $count }. لا تستطيع الخدمة حفظها الآن. تبقى الإجابات على هذا الجهاز، وستُرسَل مرة أخرى قريبًا.
module-refused = إجابات لم نستطع حفظها لأن الوحدة تغيّرت: { $count }. من فضلك أعِد المرور على خطوات الوحدة.

module-error-choose-one = اختر إجابة واحدة
module-error-choose-some = اختر إجابة واحدة على الأقل
module-error-write-answer = اكتب إجابتك
module-error-too-long = إجابتك طويلة جدًا. اجعلها أقصر من 4000 حرف.
module-error-due-date = اكتب التاريخ هكذا: يوم.شهر.سنة، مثلًا 31.12.2026
module-error-choose = اختر وحدة

module-done-heading = أنجزت: { $module }
module-not-done-heading = لم تُنجَز بعد: { $module }
module-done-progress = الخطوات التي أنجزتها: { $done } من { $count }.
module-done-answers = إجاباتك
module-done-nothing = لا توجد إجابة
module-done-shared = مشترَكة مع مدرّبك
module-done-private = أنت وحدك ترى هذا
module-done-next = ماذا بعد؟
module-done-all = أنجزت كل الوحدات. أحسنت!
