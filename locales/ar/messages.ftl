### Messages between a jobseeker and their coach.

nav-messages = الرسائل
message-my-title = الرسائل
message-my-intro = هنا تكتب أنت ومدرّبك { $coach } رسائل أحدكما إلى الآخر. يقرأ مدرّبك ما تكتبه هنا. عندما يغيب مدرّبك، قد يقرأ رسائلك مدرّب آخر من الفريق نفسه ويردّ عليها. نسجّل ذلك في كل مرة. إذا حصلت على مدرّب جديد، يستطيع أيضًا أن يقرأ الرسائل السابقة.
message-no-coach = ليس لديك مدرّب في Askel بعد، لذلك لا يوجد أحد تكتب إليه. عندما يصبح لديك مدرّب، يمكنك أن تكتب إليه هنا.
message-coach-title = الرسائل مع { $name }
message-none = لا توجد رسائل بعد.
message-earlier = الرسائل السابقة
message-newest = أحدث الرسائل
message-you = أنت
message-writer-gone = مدرّب سابق
message-sent-at = { $day } الساعة { $time }
message-read-at = قُرئت في { $day } الساعة { $time }
message-not-read = لم تُقرأ بعد
message-write = اكتب رسالة
message-to-coach = رسالتك إلى { $coach }
message-to-jobseeker = رسالتك إلى { $name }
message-body-hint = لا تكتب في الرسالة رقم هويتك الشخصية أو معلومات حسابك البنكي.
message-send = أرسل الرسالة
message-sent = تم إرسال الرسالة. هي آخر رسالة في الأعلى.
message-error-empty = اكتب رسالتك
message-error-long = اكتب رسالتك في 4000 حرف على الأكثر
message-error-too-many = أرسلت اليوم 100 رسالة، وهذا هو الحد الأقصى في اليوم الواحد. يمكنك أن تكتب مرة أخرى غدًا.
message-error-sent-before = أُرسل هذا النموذج من قبل، بكلمات مختلفة. انظر المحادثة في الأعلى. إذا كان هذا النص ما زال يحتاج إلى الإرسال، فأرسله مرة أخرى.
message-error-no-coach = ليس لديك مدرّب بعد، لذلك لم نستطع إرسال الرسالة.
message-unsent = ما كتبته (لم يُرسَل)
message-email-subject = لديك رسالة جديدة في Askel
message-email-body = لديك رسالة جديدة في Askel. سجّل الدخول لتقرأها: { $link }

    تصلك رسالة بريد إلكتروني واحدة فقط حتى تقرأ رسائلك.
person-messages = الرسائل
person-unread-messages = { $count ->
    [0] لا توجد رسائل غير مقروءة منه.
    [one] رسالة واحدة غير مقروءة منه.
    [two] رسالتان غير مقروءتين منه.
    [few] { $count } رسائل غير مقروءة منه.
    [many] { $count } رسالة غير مقروءة منه.
   *[other] { $count } رسالة غير مقروءة منه.
}
person-open-messages = افتح الرسائل
message-templates = ابدأ من نص جاهز
message-templates-hint = النص باللغة التي يستخدمها الباحث عن عمل في Askel. يمكنك تغييره قبل الإرسال.
message-template-recontact-title = لم نسمع منك منذ مدة
message-template-recontact = مرحبًا { $name }، لم نسمع منك في Askel منذ مدة. كيف حالك؟ يمكنك الرد هنا، أو أخبرني بوقت يناسبك وسأتصل بك.
message-template-meeting-title = لنلتقِ
message-template-meeting = مرحبًا { $name }، أودّ أن ألتقي بك. أي يوم في الأسبوع القادم يناسبك؟ يمكنك الرد هنا.
message-template-well-done-title = أحسنت
message-template-well-done = مرحبًا { $name }، أحسنت! رأيت ما فعلته في Askel. استمر، واكتب إليّ إذا احتجت إلى مساعدة.
message-sms = Askel: لديك رسالة جديدة. { $link }

## A coach's inbox, days away and covering for the team.
message-my-coach-away = يستمر غياب { $coach } حتى { $day }. حتى ذلك اليوم، يقرأ رسائلك مدرّب آخر من الفريق نفسه ويردّ عليها.
message-covering = أنت تقرأ هذه المحادثة نيابةً عن { $coach }، لأن غيابه مستمر حتى { $day }. يُسجَّل كل فتح لهذه المحادثة.
message-inbox-back = العودة إلى الرسائل
message-inbox-title = الرسائل
message-inbox-intro = محادثاتك مع الباحثين عن عمل في قائمتك، غير المقروءة أولًا. يُسجَّل كل فتح لهذه القائمة، مثل كل قراءة لبيانات شخص ما.
message-inbox-own = الباحثون عن عمل لديك
message-inbox-none = لا توجد رسائل بعد مع الباحثين عن عمل في قائمتك.
message-inbox-team = النيابة عن فريقك
message-inbox-team-rule = عندما يغيب مدرّب من فريقك، تظهر هنا محادثات الباحثين عن عمل لديه حتى نهاية آخر يوم من غيابه. يمكنك أن تقرأها وتردّ عليها. يُسجَّل كل فتح لمحادثة.
message-inbox-nobody-away = لا أحد من فريقك غائب.
message-inbox-away = يستمر غياب { $name } حتى { $day }
message-inbox-none-covered = لا توجد رسائل مع الباحثين عن عمل لديه.
message-inbox-unread = { $count ->
    [zero] لا توجد رسائل غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
message-inbox-latest-them = آخر رسالة في { $day } الساعة { $time }، من الباحث عن عمل
message-inbox-latest-coach = آخر رسالة في { $day } الساعة { $time }، من مدرّب
message-inbox-formers = المحادثات المحذوفة
message-former = { $unread ->
    [0] { $month }: رسالة من باحث سابق عن عمل. حُذفت المحادثة مع حسابه.
    [one] { $month }: رسالة من باحث سابق عن عمل. حُذفت المحادثة مع حسابه. كانت رسالة واحدة منه غير مقروءة.
    [two] { $month }: رسالة من باحث سابق عن عمل. حُذفت المحادثة مع حسابه. كانت رسالتان منه غير مقروءتين.
    [few] { $month }: رسالة من باحث سابق عن عمل. حُذفت المحادثة مع حسابه. كانت { $unread } رسائل منه غير مقروءة.
    [many] { $month }: رسالة من باحث سابق عن عمل. حُذفت المحادثة مع حسابه. كانت { $unread } رسالة منه غير مقروءة.
   *[other] { $month }: رسالة من باحث سابق عن عمل. حُذفت المحادثة مع حسابه. كانت { $unread } رسالة منه غير مقروءة.
}
message-away-heading = أيام غيابك
message-away-none = لا توجد أيام غياب مسجَّلة لك.
message-away-until = تستمر أيام غيابك حتى { $day }. حتى ذلك اليوم، يستطيع مدرّبو فريقك أن يقرؤوا رسائل الباحثين عن عمل لديك ويردّوا عليها.
message-away-day = آخر يوم من الغياب
message-away-hint = مثلًا إجازة أو إجازة مرضية. حتى نهاية هذا اليوم، يستطيع مدرّبو فريقك أن يقرؤوا رسائل الباحثين عن عمل لديك ويردّوا عليها.
message-away-save = احفظ
message-away-back = لقد عدت
message-away-saved = تم حفظ أيام غيابك.
away-error-day = أدخل آخر يوم من غيابك كتاريخ، مثلًا 24.12.2026
away-error-past = لا يمكن أن يكون آخر يوم من غيابك في الماضي
away-error-far = يجب أن يكون آخر يوم من غيابك خلال سنة من اليوم على الأكثر
message-file-heading = أرسل صورة أو ملف PDF
message-file-choose = صورة أو ملف PDF
message-file-hint = صورة لوثيقة (JPEG أو PNG أو WebP) أو ملف PDF، حجمه 10 ميغابايت على الأكثر. يتحقّق Askel من نوع الملف الحقيقي، ويرسل هذه الأنواع فقط.
message-file-words = بضع كلمات عن الملف (يمكنك ترك هذا فارغًا)
message-file-send = أرسل الملف
message-file-sent = تم إرسال الملف. هو آخر رسالة في الأعلى.
message-file-photo = صورة
message-file-pdf = PDF
message-file-link = { $name } ({ $kind }، { $size } ميغابايت)
message-error-file-missing = اختر صورة أو ملف PDF لإرساله
message-error-file-large = اختر ملفًا حجمه 10 ميغابايت على الأكثر. يمكنك إرسال كل صفحة كصورة وحدها.
message-error-file-type = اختر صورة (JPEG أو PNG أو WebP) أو ملف PDF. هذا الملف من نوع آخر، مهما كان اسمه.
message-error-file-too-many = أرسلت اليوم 20 ملفًا، وهذا هو الحد الأقصى في اليوم الواحد. يمكنك إرسال المزيد غدًا.
message-error-file-words-long = اكتب عن الملف في 500 حرف على الأكثر
message-live-on-phone = على هاتفك: تُرسَل الرسالة عندما يتوفّر الاتصال
message-live-sending = جارٍ الإرسال…
message-live-sent = أُرسلت
message-live-refused = لم تُرسَل. ما كتبته عاد إلى المربع في الأسفل.
message-live-sign-in = سجّل الدخول مرة أخرى، وستُرسَل الرسالة
message-live-new = { $count ->
    [zero] لا توجد رسائل جديدة
    [one] رسالة جديدة واحدة
    [two] رسالتان جديدتان
    [few] { $count } رسائل جديدة
    [many] { $count } رسالة جديدة
   *[other] { $count } رسالة جديدة
}
message-error-file-sent-before = أُرسل هذا النموذج من قبل، بملف آخر أو بكلمات أخرى. انظر المحادثة في الأعلى. لإرسال هذا الملف أيضًا، اختره مرة أخرى وأرسله.
