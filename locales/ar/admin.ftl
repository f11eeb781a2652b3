# Administration: staff accounts and roles.

admin-users-title = الحسابات
admin-create-heading = أنشئ حساب موظف
admin-create-intro = أنشئ حسابًا لمدرّب توظيف أو لمنظّم فعاليات أو لمدير نظام آخر. أما الباحثون عن عمل فينضمّون برمز دعوة من مدرّبهم.
admin-role-legend = الدور
admin-name-label = الاسم
admin-contact-hint = يسجّل الشخص الدخول بهذا. مثلًا name@example.com أو 040 123 4567.
admin-create-submit = أنشئ الحساب
# $name is the new person's name.
admin-created-heading = تم إنشاء حساب لـ { $name }
# $days is how long the code works; $address is the page where it is used.
admin-created-instructions = أعطِ هذا الرمز للشخص. يعيّن به كلمة المرور الخاصة به في { $address }. يعمل الرمز مرة واحدة فقط، لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. هذه هي المرة الوحيدة التي يظهر فيها الرمز.
admin-staff-heading = حسابات الموظفين
admin-own-role = هذا حسابك أنت. يمكن لمدير نظام آخر تغيير دوره.
# $name is the person whose role is chosen.
admin-role-label = دور { $name }
admin-role-submit = غيّر الدور
admin-role-changed = تم تغيير الدور.
admin-error-role-missing = اختر دورًا.
admin-error-own-role = لا يمكنك تغيير دورك بنفسك. اطلب ذلك من مدير نظام آخر.
admin-error-has-caseload = ما زال في قائمة هذا المدرّب باحثون عن عمل. انقلهم إلى مدرّب آخر أولًا.
admin-team-label = فريق { $name }
admin-team-submit = احفظ الفريق
admin-team-saved = تم حفظ الفريق.
admin-error-team-long = يمكن أن يكون اسم الفريق 100 حرف على الأكثر.
admin-deactivated = معطَّل
admin-deactivate-hint = عطِّل حساب الشخص الذي ترك العمل: لن يستطيع تسجيل الدخول بعد ذلك، وتتوقف رموز الدخول ورموز إعادة التعيين التي أعطاها للآخرين. يبقى سجلّه محفوظًا.
admin-deactivate-submit = عطِّل حساب { $name }
admin-reactivate-submit = أعِد تفعيل حساب { $name }
admin-active-saved = تم تغيير الحساب.
admin-error-deactivate-caseload = ما زال في قائمة هذا المدرّب باحثون عن عمل. انقلهم إلى مدرّب آخر قبل تعطيل الحساب.
admin-caseload = { $count ->
    [zero] لا يوجد باحثون عن عمل في قائمته (توصية النموذج: نحو 20 لكل مدرّب بدوام كامل)
    [one] باحث واحد عن عمل في قائمته (توصية النموذج: نحو 20 لكل مدرّب بدوام كامل)
    [two] باحثان عن عمل في قائمته (توصية النموذج: نحو 20 لكل مدرّب بدوام كامل)
    [few] { $count } باحثين عن عمل في قائمته (توصية النموذج: نحو 20 لكل مدرّب بدوام كامل)
    [many] { $count } باحثًا عن عمل في قائمته (توصية النموذج: نحو 20 لكل مدرّب بدوام كامل)
   *[other] { $count } باحث عن عمل في قائمته (توصية النموذج: نحو 20 لكل مدرّب بدوام كامل)
}
