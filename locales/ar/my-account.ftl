# My account: one's own details, language, password, data and leaving.

account-details-saved = تم حفظ بياناتك.
account-language-saved = تم حفظ لغتك.
account-password-saved = تم تغيير كلمة المرور. سجّلنا خروجك من أجهزتك الأخرى.
account-back = العودة إلى «حسابي»
account-not-given = غير مذكور
account-coach = مدرّب التوظيف الخاص بك
account-email = عنوان البريد الإلكتروني
account-phone = رقم الهاتف
account-details-heading = بياناتك
account-change-details = غيّر بياناتك
account-language-heading = اللغة
account-language-now = لغة Askel ولغة رسائلنا إليك:
account-change-language = غيّر اللغة
account-password-heading = كلمة المرور
account-change-password = غيّر كلمة المرور
account-data-heading = معلوماتك المحفوظة
account-data-intro = يمكنك تنزيل كل ما يحفظه Askel عنك في ملف. يُظهر الملف أيضًا مَن نظر إلى معلوماتك ومتى.
account-data-download = نزِّل معلوماتي (ملف JSON)
account-delete-heading = احذف حسابك
account-delete-intro = إذا لم تعد تريد استخدام Askel، يمكنك حذف حسابك ومعلوماتك.
account-delete-link = احذف حسابي

account-error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com، أو اترك الحقل فارغًا.
account-error-phone-invalid = أدخل رقم هاتف مثل 040 123 4567، أو اترك الحقل فارغًا.
account-error-contact-none = أدخل عنوان بريد إلكتروني أو رقم هاتف. تحتاج إلى واحد منهما لتسجيل الدخول.
account-error-language-missing = اختر لغة.
account-error-current-password-missing = أدخل كلمة المرور الحالية.
account-error-current-password-wrong = كلمة المرور الحالية غير صحيحة. تحقّق منها وحاول مرة أخرى.

details-title = غيّر بياناتك
details-contact-intro = تسجّل الدخول بعنوان بريدك الإلكتروني أو برقم هاتفك. أدخل واحدًا منهما على الأقل.
details-phone-hint = مثلًا 040 123 4567.
details-password-hint = تحتاج إليها فقط إذا غيّرت عنوان بريدك الإلكتروني أو رقم هاتفك.
details-submit = احفظ البيانات

language-page-title = غيّر اللغة
language-page-hint = يظهر Askel بهذه اللغة، ونكتب إليك بها.
language-page-submit = احفظ اللغة

password-page-title = غيّر كلمة المرور
password-page-intro = بعد التغيير، يبقى تسجيل دخولك قائمًا على هذا الجهاز. على أجهزتك الأخرى، يجب أن تسجّل الدخول مرة أخرى.
password-page-current = كلمة المرور الحالية
password-page-new = كلمة المرور الجديدة
password-page-submit = احفظ كلمة المرور الجديدة

delete-title = احذف حسابك
delete-removed-intro = إذا حذفت حسابك، نحذف:
delete-removed-details = اسمك، وعنوان بريدك الإلكتروني، ورقم هاتفك، وكلمة المرور
delete-removed-sign-in = إمكانية دخولك: نسجّل خروجك من كل مكان، ولن تستطيع تسجيل الدخول مرة أخرى
delete-removed-answers = إجاباتك وملاحظاتك في Askel
delete-kept = نحتفظ فقط بأرقام لا تذكر الأسماء للإحصاءات، مثل سنة ميلادك. لا يمكن ربط هذه الأرقام بك.
delete-coach-told = نخبر مدرّب التوظيف الخاص بك أنك تركت Askel.
delete-copy-first = هل تريد نسخة من معلوماتك أولًا؟
delete-confirm-label = أفهم أن حسابي سيُحذف نهائيًا، ولا يمكن استرجاعه.
delete-password-label = كلمة المرور
delete-password-hint = نطلبها لكي لا يستطيع أي شخص آخر حذف حسابك.
delete-submit = احذف حسابي
delete-error-confirm = ضع علامة في المربع لتؤكد أنك تريد حذف حسابك.
delete-coach-email-subject = ترك باحث عن عمل Askel
# $name is the jobseeker's name.
delete-coach-email-body =
    مرحبًا،

    حذف { $name } حسابه في Askel. حُذفت بياناته الشخصية، ولم يعد في قائمة الباحثين عن عمل لديك.

    Askel

deleted-title = تم حذف حسابك
deleted-body = حُذفت بياناتك الشخصية من Askel. شكرًا لاستخدامك Askel، ونتمنى لك التوفيق!
deleted-home-link = اذهب إلى الصفحة الرئيسية
account-email-pending = أرسلنا رابطًا إلى { $address }. يبدأ استخدام هذا العنوان عندما تفتح الرابط.
email-confirm-email-subject = أكِّد عنوان بريدك الإلكتروني الجديد في Askel
email-confirm-email-body =
    مرحبًا،

    طلبت أن تسجّل الدخول إلى Askel بعنوان البريد الإلكتروني هذا من الآن فصاعدًا. لتأكيده، افتح هذا الرابط واضغط على الزر في الصفحة:
    { $link }

    يعمل الرابط { $hours ->
        [zero] لمدة { $hours } ساعة
        [one] لمدة ساعة واحدة
        [two] لمدة ساعتين
        [few] لمدة { $hours } ساعات
        [many] لمدة { $hours } ساعة
       *[other] لمدة { $hours } ساعة
    }. حتى تؤكّده، تسجّل الدخول ببياناتك السابقة.

    إذا لم تطلب هذا، فلا تحتاج إلى فعل أي شيء.
email-confirm-title = أكِّد عنوان بريدك الإلكتروني الجديد
email-confirm-intro = اضغط على الزر لتبدأ تسجيل الدخول إلى Askel بعنوان البريد الإلكتروني هذا.
email-confirm-code-label = رمز التأكيد
email-confirm-submit = أكِّد عنوان بريدي الإلكتروني
email-confirm-done = عنوان بريدك الإلكتروني الجديد مستخدم الآن. سجّل الدخول به من الآن فصاعدًا.
email-confirm-to-account = اذهب إلى «حسابي»
email-confirm-error-wrong = هذا الرابط لا يعمل. ربما انتهت صلاحيته أو استُخدم من قبل. لتحصل على رابط جديد، غيّر عنوان بريدك الإلكتروني مرة أخرى في صفحة «حسابي».
email-confirm-error-taken = يستخدم حساب آخر عنوان البريد الإلكتروني هذا من قبل، لذلك لم نستطع استخدامه.
