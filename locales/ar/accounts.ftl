## Signing in and out, joining with a code, the account page, invitation codes.

sign-in-title = تسجيل الدخول
sign-in-heading = تسجيل الدخول إلى Askel
sign-in-contact-label = البريد الإلكتروني أو رقم الهاتف
sign-in-contact-hint = استخدم ما أعطيته عند انضمامك.
sign-in-password-label = كلمة المرور
sign-in-submit = سجّل الدخول
sign-in-forgot-link = هل نسيت كلمة المرور؟
sign-in-new-heading = هل تستخدم Askel لأول مرة؟
sign-in-new-body = لكي تنضم، تحتاج إلى رمز دعوة من مدرّب التوظيف الخاص بك.
sign-in-join-link = انضم برمز دعوة
sign-in-error-contact-missing = أدخل بريدك الإلكتروني أو رقم هاتفك.
sign-in-error-password-missing = أدخل كلمة المرور.
sign-in-error-wrong = البريد الإلكتروني أو رقم الهاتف أو كلمة المرور غير صحيح. تحقّق منها وحاول مرة أخرى.

sign-out-button = تسجيل الخروج
signed-out-title = لقد سجّلت الخروج
signed-out-body = شكرًا لاستخدامك Askel. إذا كنت تستخدم حاسوبًا مشتركًا، يمكنك الآن إغلاق المتصفح.
signed-out-sign-in-link = سجّل الدخول مرة أخرى

join-title = الانضمام إلى Askel
join-heading = انضم إلى Askel
join-intro = أعطاك مدرّب التوظيف الخاص بك رمز دعوة. بهذا الرمز يمكنك إنشاء حسابك الخاص.
join-code-label = رمز الدعوة
join-code-hint = مثلًا K7M-4PX-Q9R. لا بأس بالحروف الصغيرة والمسافات.
join-name-label = اسمك
join-name-hint = الاسم الذي نناديك به. يمكن أن يكون اسمك الأول فقط.
join-contact-label = البريد الإلكتروني أو رقم الهاتف
join-contact-hint = ستسجّل الدخول بهذا. نستخدمه فقط للرسائل عن Askel.
join-password-label = أنشئ كلمة مرور
join-password-hint = 8 أحرف على الأقل. بضع كلمات معًا سهلة التذكّر وصعبة التخمين.
join-locale-legend = لغة Askel ولغة رسائلنا
join-optional-heading = أسئلة اختيارية
join-optional-why = يمكنك ترك هذه الأسئلة فارغة. نستخدم الإجابات فقط في إحصاءات لا تذكر الأسماء، لنعرف من تساعده الخدمة. لا يُذكر اسم أي شخص في الإحصاءات.
join-birth-year-label = سنة الميلاد (اختياري)
join-birth-year-hint = مثلًا 1985.
join-gender-legend = الجنس (اختياري)
join-gender-female = امرأة
join-gender-male = رجل
join-gender-other = غير ذلك
join-gender-unsaid = لا أريد أن أقول
join-submit = أنشئ حسابي
join-have-account = هل لديك حساب من قبل؟
join-sign-in-link = سجّل الدخول
join-error-code-missing = أدخل رمز الدعوة الذي أعطاك إياه مدرّب التوظيف الخاص بك.
join-error-code-wrong = لم نتعرّف على هذا الرمز. تحقّق منه وحاول مرة أخرى، أو اسأل مدرّب التوظيف الخاص بك.
join-error-code-expired = انتهت صلاحية هذا الرمز أو استُخدم من قبل. اطلب رمزًا جديدًا من مدرّب التوظيف الخاص بك.
join-neutral = شكرًا لك. إذا أمكن إنشاء حساب جديد بهذه البيانات، يمكنك الآن تسجيل الدخول. إذا كان لديك حساب في Askel من قبل، فسجّل الدخول به. هل نسيت كلمة المرور؟ اطلب كلمة مرور جديدة، أو اطلب رمز دخول من مدرّب التوظيف الخاص بك.
join-holder-email-subject = حاول شخص ما الانضمام إلى Askel بعنوانك
join-holder-email-body =
    مرحبًا،

    حاول شخص ما إنشاء حساب جديد في Askel بعنوان البريد الإلكتروني هذا. لديك حساب بهذا العنوان من قبل، لذلك لم يُنشأ حساب جديد.

    إذا كنت أنت، فسجّل الدخول من هنا: { $sign_in }
    هل نسيت كلمة المرور؟ اطلب كلمة مرور جديدة من هنا: { $forgot }

    إذا لم تكن أنت، فلا تحتاج إلى فعل أي شيء.
join-error-birth-year-invalid = أدخل سنة ميلادك بأربعة أرقام، مثلًا 1985، أو اتركها فارغة.
join-error-gender-invalid = اختر أحد الخيارات.

account-error-name-missing = أدخل اسمك.
account-error-name-too-long = يمكن أن يكون اسمك 100 حرف على الأكثر.
account-error-contact-missing = أدخل بريدك الإلكتروني أو رقم هاتفك.
account-error-contact-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com أو رقم هاتف مثل 040 123 4567.
account-error-contact-taken = يوجد حساب بهذا البريد الإلكتروني أو رقم الهاتف من قبل. سجّل الدخول بدلًا من ذلك، أو استخدم بريدًا أو رقمًا آخر.

password-error-too-short = يجب أن تكون كلمة المرور 8 أحرف على الأقل.
password-error-too-long = يمكن أن تكون كلمة المرور 200 حرف على الأكثر.
password-error-common = كلمة المرور هذه شائعة جدًا وسهلة التخمين. اختر كلمة مرور أخرى.

account-title = حسابي
account-heading = حسابي
account-welcome = مرحبًا بك في Askel! حسابك جاهز.
account-name = الاسم
account-role = الدور

invitations-title = رموز الدعوة
invitations-heading = رموز الدعوة
invitations-intro = أنشئ رمزًا لباحث جديد عن عمل. عندما ينضم بهذا الرمز، يُضاف إلى قائمة الباحثين عن عمل لديك. كل رمز يعمل مرة واحدة فقط.
invitations-slip-heading = دعوتك إلى Askel
invitations-slip-step-address = اذهب إلى { $address } على هاتفك أو على حاسوب.
invitations-slip-step-code = اكتب الرمز الموجود في الأعلى.
invitations-slip-step-account = اختر اسمًا وكلمة مرور. بعد ذلك يمكنك البدء.
invitations-slip-expires = يعمل الرمز مرة واحدة فقط، لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. إذا انتهت صلاحيته، فاطلب رمزًا جديدًا من مدرّب التوظيف الخاص بك.
invitations-language = لغة الورقة
invitations-language-hint = اختر اللغة التي يقرؤها الباحث عن عمل بشكل أفضل.
invitations-print-hint = اطبع الورقة من قائمة المتصفح، أو انسخ الرمز في رسالة نصية.
invitations-create = أنشئ رمز دعوة
# $days is how many days the code works; $address is the join page.

forgot-title = هل نسيت كلمة المرور؟
forgot-intro = أدخل عنوان البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لتعيين كلمة مرور جديدة. يعمل الرابط لمدة ساعة واحدة.
forgot-no-email = ليس لديك بريد إلكتروني، أو لا تستطيع فتحه؟ اطلب رمزًا لمرة واحدة من مدرّب التوظيف الخاص بك، وعيّن به كلمة مرور جديدة.
forgot-email-label = عنوان البريد الإلكتروني
forgot-submit = أرسل الرابط
forgot-sent = إذا كان هذا العنوان لحساب ما، فقد أرسلنا إليه رابطًا. افتح بريدك الإلكتروني، وانظر أيضًا في مجلد الرسائل غير المرغوب فيها.
forgot-error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com.

new-password-title = عيّن كلمة مرور جديدة
new-password-code-label = الرمز
new-password-code-hint = الرمز من الرابط في بريدك الإلكتروني أو من مدرّب التوظيف الخاص بك، مثلًا K7M-4PX-Q9R.
new-password-label = كلمة المرور الجديدة
new-password-submit = احفظ كلمة المرور الجديدة
new-password-done = تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.
new-password-error-code-missing = أدخل الرمز من بريدك الإلكتروني أو من مدرّب التوظيف الخاص بك.
new-password-error-code-wrong = لم نتعرّف على هذا الرمز. تحقّق منه وحاول مرة أخرى.
new-password-error-code-expired = انتهت صلاحية هذا الرمز أو استُخدم من قبل. اطلب رمزًا جديدًا.

reset-email-subject = عيّن كلمة مرور جديدة لـ Askel
# $link is the one-time address; $minutes how long it works.
reset-email-body =
    مرحبًا،

    طلب شخص ما تعيين كلمة مرور جديدة لحسابك في Askel. إذا كنت أنت، فافتح هذا الرابط خلال { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }:

    { $link }

    إذا لم تكن أنت، فلا تحتاج إلى فعل أي شيء. لم تتغيّر كلمة المرور.

    Askel
notice-password-subject = تم تغيير كلمة المرور في Askel
notice-password-body =
    مرحبًا،

    تم الآن تغيير كلمة المرور لحسابك في Askel.

    إذا كنت أنت، فلا تحتاج إلى فعل أي شيء.

    إذا لم تكن أنت، فربما يستخدم شخص آخر حسابك. اطلب كلمة مرور جديدة من هنا: { $forgot }
    أو اطلب المساعدة من مدرّب التوظيف الخاص بك.
notice-contact-subject = تم تغيير بيانات الدخول إلى Askel
notice-contact-body =
    مرحبًا،

    تم الآن تغيير البريد الإلكتروني أو رقم الهاتف الذي تسجّل به الدخول إلى Askel. تصل هذه الرسالة إلى العنوان الذي كان للحساب من قبل.

    إذا كنت أنت، فلا تحتاج إلى فعل أي شيء.

    إذا لم تكن أنت، فربما يستخدم شخص آخر حسابك. اطلب المساعدة من مدرّب التوظيف الخاص بك فورًا.
notice-reset-subject = تم تعيين كلمة مرور جديدة في Askel
notice-reset-body =
    مرحبًا،

    تم الآن تعيين كلمة مرور جديدة لحسابك في Askel، برابط إعادة التعيين أو برمز من مدرّب التوظيف الخاص بك.

    إذا كنت أنت، فلا تحتاج إلى فعل أي شيء.

    إذا لم تكن أنت، فاطلب كلمة مرور جديدة من هنا: { $forgot }
    وأخبر مدرّب التوظيف الخاص بك.
