### How Askel contacts a person.

notify-title = كيف يتواصل Askel معك
notify-change = اختر كيف نخبرك عن الرسائل واللقاءات والفعاليات
notify-intro = يخبرك Askel عندما يكتب إليك مدرّبك، وعندما يُحجز لقاء أو يُنقل أو يقترب موعده، وعندما تحصل على مكان في فعالية. لا يذكر الإشعار أبدًا ما في الرسالة.
notify-channels = أخبِرني عن طريق
notify-by-email = البريد الإلكتروني إلى { $address }
notify-by-sms = رسالة نصية إلى { $phone }
notify-no-phone = لكي تصلك رسائل نصية، أضِف رقم هاتفك في صفحة «غيّر بياناتك».
notify-quiet = ساعات الهدوء للرسائل النصية
notify-quiet-hint = الرسائل النصية التي تأتي في هذه الساعات تصلك بعد انتهائها. لكي تصلك الرسائل في أي وقت، اختر الساعة نفسها مرتين.
notify-quiet-from = لا رسائل نصية من الساعة
notify-quiet-until = حتى الساعة
notify-save = احفظ
notify-saved = تم حفظ اختياراتك.
notify-error-hour = اختر ساعة
notify-email-footer = لتختار كيف يتواصل Askel معك: { $link }

## One-click stop links in every notice (`/unsubscribe`).
notify-email-stop = لإيقاف رسائل البريد الإلكتروني هذه بضغطة واحدة: { $link }
notify-sms-stop = لإيقاف الرسائل النصية: { $link }
notify-stop-email-title = أوقِف رسائل البريد الإلكتروني من Askel
notify-stop-email-intro = اضغط على الزر، ولن يرسل إليك Askel بعد ذلك رسائل بريد إلكتروني عن الرسائل واللقاءات وخطتك والفعاليات. يبقى حسابك وكل ما فيه كما هو.
notify-stop-email-button = أوقِف رسائل البريد الإلكتروني
notify-stop-email-stopped = لا يرسل إليك Askel رسائل بريد إلكتروني. ما زلت تجد كل شيء عندما تسجّل الدخول.
notify-stop-email-again = أعِد تشغيل رسائل البريد الإلكتروني
notify-stop-sms-title = أوقِف الرسائل النصية من Askel
notify-stop-sms-intro = اضغط على الزر، ولن يرسل إليك Askel بعد ذلك رسائل نصية عن الرسائل واللقاءات وخطتك والفعاليات. يبقى حسابك وكل ما فيه كما هو.
notify-stop-sms-button = أوقِف الرسائل النصية
notify-stop-sms-stopped = لا يرسل إليك Askel رسائل نصية. ما زلت تجد كل شيء عندما تسجّل الدخول.
notify-stop-sms-again = أعِد تشغيل الرسائل النصية
notify-stop-saved = تم حفظ اختيارك.
notify-stop-settings = يمكنك أيضًا أن تختار بعد تسجيل الدخول:

## The daily digest.
notify-digest = اجمع رسائل بريدي الإلكتروني في رسالة واحدة كل يوم، تُرسَل بعد الساعة 8 صباحًا (تبقى الرسائل النصية تصل واحدة واحدة)
notify-digest-subject = الجديد لك في Askel
notify-digest-body = منذ آخر رسالة بريد إلكتروني، حدث لك هذا في Askel:
    { $lines }

    سجّل الدخول لترى ذلك: { $link }

## Notifications on the phone's own screen (Web Push).

notify-push-heading = الإشعارات على شاشة هاتفك
notify-push-intro = يستطيع Askel أن يعرض إشعارًا على شاشة الهاتف أو الحاسوب الذي تستخدمه الآن، كما تفعل التطبيقات الأخرى. يقول الإشعار فقط إن هناك شيئًا جديدًا، ولا يقول ما هو.
notify-push-devices = { $count ->
    [0] لا يعرض أي هاتف أو متصفح إشعاراتك.
    [one] هاتف واحد أو متصفح واحد يعرض إشعاراتك.
    [two] هاتفان أو متصفحان يعرضان إشعاراتك.
    [few] { $count } هواتف أو متصفحات تعرض إشعاراتك.
    [many] { $count } هاتفًا أو متصفحًا تعرض إشعاراتك.
   *[other] { $count } هاتف أو متصفح تعرض إشعاراتك.
}
notify-push-turn-on = شغِّل الإشعارات على هذا الهاتف
notify-push-turn-off = أوقِف الإشعارات على هذا الهاتف
notify-push-on = الإشعارات مفعّلة على هذا الهاتف.
notify-push-off = الإشعارات متوقفة على هذا الهاتف.
notify-push-working = لحظة من فضلك…
notify-push-blocked = متصفحك يمنع الإشعارات من Askel. للسماح بها، افتح إعدادات المتصفح لهذا الموقع.
notify-push-failed = لم نستطع تشغيل الإشعارات. حاول مرة أخرى لاحقًا.
notify-push-unsupported = لا يستطيع هذا المتصفح عرض إشعارات Askel. على الهاتف، أضِف Askel إلى الشاشة الرئيسية أولًا.
notify-push-needs-script = لتشغيل الإشعارات، يحتاج المتصفح إلى JavaScript.
notify-push-stop-all = أوقِف الإشعارات على كل الهواتف
notify-push-stopped = لا يعرض أي هاتف أو متصفح إشعاراتك الآن.
# The notification's title on the lock screen; its text is the email's subject.
notify-push-title = Askel
