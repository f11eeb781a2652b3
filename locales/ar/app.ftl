## Service-wide: name, page titles, layout, languages, errors.

app-name = Askel
# $page is the page's own title.
app-page-title = { $page } – Askel
language-self-name = العربية

layout-skip-to-content = انتقل إلى المحتوى الرئيسي
layout-main-nav-label = القائمة الرئيسية
layout-language-nav-label = اللغة
layout-footer-about = خدمة Askel مجانية للباحثين عن عمل ومدرّبي التوظيف وأصحاب العمل.
nav-home = الصفحة الرئيسية

page-continue = متابعة

form-error-summary-title = توجد مشكلة
form-error-prefix = خطأ:

error-not-found = لم نجد ما تبحث عنه.
error-unauthorized = من فضلك سجّل الدخول أولًا.
error-forbidden = ليس لديك إذن لفعل هذا.
error-validation = من فضلك تحقّق من المعلومات التي أدخلتها.
error-bad-request = لم نستطع قراءة إجابتك. من فضلك املأ النموذج مرة أخرى.
error-rate-limited = محاولات كثيرة جدًا. من فضلك انتظر قليلًا وحاول مرة أخرى.
error-internal = حدث خطأ من جهتنا. إجاباتك محفوظة. من فضلك حاول مرة أخرى.
error-unavailable = خدمة Askel غير متاحة لبعض الوقت. من فضلك حاول مرة أخرى بعد دقيقة.
error-connection = لم نستطع الوصول إلى Askel. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
error-cross-site = أُرسل هذا النموذج من موقع آخر، لذلك لم يقبله Askel. اذهب إلى Askel وحاول مرة أخرى.
error-too-large = ما أرسلته طويل جدًا بالنسبة إلى Askel. اختصر أطول نص وحاول مرة أخرى.
forbidden-title = غير مسموح

nav-sign-in = تسجيل الدخول
nav-account = حسابي
nav-invitations = رموز الدعوة
nav-admin-users = الحسابات
nav-modules = الوحدات

role-jobseeker = باحث عن عمل
role-coach = مدرّب توظيف
role-organiser = منظّم فعاليات
role-admin = مدير النظام
