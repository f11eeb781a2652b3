## The home page, the "page not found" page and the offline page.

home-title = الصفحة الرئيسية
home-heading = جِد طريقك إلى العمل، خطوة بعد خطوة
home-intro = يساعدك Askel على الاستعداد للعمل. يمكنك أن تتعلم بالسرعة التي تناسبك، وأن ترى ما تعرفه من قبل، وأن تقابل أصحاب العمل.
home-who = تستخدم Askel مع مدرّب التوظيف الخاص بك. يرى مدرّبك كيف تتقدّم، ويساعدك في الخطوة التالية.
home-areas-heading = ما يمكنك فعله في Askel
home-staff-heading = عملك في Askel
home-area-modules-name = الوحدات التدريبية
home-area-modules-description = دروس قصيرة عن كتابة السيرة الذاتية، ومقابلات العمل، والبحث عن عمل على الإنترنت، واستخدام الخدمات الرقمية، والحياة العملية.
home-area-assessment-name = التقييم الذاتي للمهارات
home-area-assessment-description = قيّم مهاراتك الرقمية ومهاراتك في الحياة العملية. وانظر كيف تنمو مهاراتك مع الوقت.
home-area-events-name = قابِل أصحاب العمل
home-area-events-description = جِد فعاليات تقابل فيها أصحاب العمل وجهًا لوجه، وسجِّل فيها.
home-area-plan-name = خطتي
home-area-plan-description = انظر خطوات خطة التوظيف الخاصة بك، وما عليك فعله بعد ذلك.
home-help-heading = هل تحتاج إلى مساعدة؟
home-help-body = اسأل مدرّب التوظيف الخاص بك. يمكنك استخدام Askel بتسع لغات، منها الفنلندية المبسّطة (selkosuomi): اختر لغتك في أعلى الصفحة.

not-found-title = لم نجد الصفحة
not-found-body = الصفحة التي تبحث عنها غير موجودة. ربما العنوان خطأ، أو نُقلت الصفحة إلى مكان آخر.
not-found-home-link = اذهب إلى الصفحة الرئيسية

offline-title = لا يوجد اتصال بالإنترنت
offline-body = لا يستطيع Askel الوصول إلى الإنترنت الآن. تحقّق من اتصالك وحاول مرة أخرى.
offline-saved-work = كل ما حفظته من قبل ما زال محفوظًا.
offline-retry = حاول مرة أخرى
