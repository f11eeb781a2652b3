# Employers and the people on their staff, kept by coaches and admins.

nav-employers = أصحاب العمل

employers-title = أصحاب العمل
employers-intro = أصحاب العمل الذين يقدّمون وظائف ومهام عمل عبر Askel. يمكن لموظفي صاحب العمل تسجيل الدخول والاهتمام بوظائفه.
employers-none = لا يوجد أصحاب عمل بعد. أضِف أول صاحب عمل في الأسفل.
employers-caption = أصحاب العمل، حسب الاسم
employers-column-name = صاحب العمل
employers-column-business-id = رقم تعريف الشركة
employers-column-staff = الموظفون
employers-column-jobs = الوظائف المفتوحة
employers-create-heading = أضِف صاحب عمل
employers-name-label = اسم صاحب العمل
employers-business-id-label = رقم تعريف الشركة
employers-business-id-hint = اختياري. رقم تعريف الشركة الفنلندي (Y-tunnus)، مثلًا 1234567-1.
employers-create-submit = أضِف صاحب العمل
employers-error-name-missing = أدخل اسم صاحب العمل.
employers-error-name-long = يمكن أن يكون الاسم 200 حرف على الأكثر.
employers-error-name-taken = يوجد في القائمة صاحب عمل بهذا الاسم من قبل. إذا كان هذا صاحب عمل آخر، فأضِف رقم تعريف الشركة الخاص به.
employers-error-business-id-format = اكتب رقم تعريف الشركة هكذا: سبعة أرقام، ثم شرطة، ثم رقم واحد، مثلًا 1234567-1.
employers-error-business-id-check = رقم تعريف الشركة هذا غير صحيح: رقمه الأخير لا يتوافق مع باقي الأرقام. تحقّق منه في السجل التجاري.
employers-error-business-id-taken = يوجد في القائمة صاحب عمل برقم تعريف الشركة هذا من قبل.

employers-back = العودة إلى أصحاب العمل
employers-created = تمت إضافة صاحب العمل.
employers-business-id-none = غير معروف
employers-staff-heading = الموظفون
employers-staff-intro = يمكن لهؤلاء الأشخاص تسجيل الدخول والعمل لصاحب العمل هذا في Askel.
employers-staff-none = لا يوجد موظفون بعد.
employers-staff-deactivated = الحساب معطَّل
# $name is the person on the staff.
employers-staff-remove = أزِل { $name } من الموظفين
employers-staff-remove-question = هل تريد إزالة { $name } من موظفي صاحب العمل هذا؟ يبقى حسابه موجودًا.
employers-staff-remove-confirm = نعم، أزِل { $name }
employers-staff-removed = تمت إزالة الشخص من الموظفين.
employers-add-staff-heading = أضِف شخصًا إلى الموظفين
employers-add-staff-intro = إذا لم يكن للشخص حساب بعد، يُنشأ له حساب، وتحصل أنت على رمز لتعطيه إياه.
employers-staff-name-label = الاسم
employers-staff-email-label = عنوان البريد الإلكتروني
employers-add-staff-submit = أضِف إلى الموظفين
# $name is the person added.
employers-staff-added = تمت إضافة { $name } إلى الموظفين.
employers-staff-created-heading = تم إنشاء حساب لـ { $name }
# $days is how long the code works; $address is the page where it is used.
employers-staff-created-instructions = أعطِ هذا الرمز للشخص. يعيّن به كلمة المرور الخاصة به في { $address }. يعمل الرمز مرة واحدة فقط، لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. هذه هي المرة الوحيدة التي يظهر فيها الرمز.
employers-error-staff-name-missing = أدخل اسم الشخص.
employers-error-staff-name-long = يمكن أن يكون الاسم 100 حرف على الأكثر.
employers-error-email-missing = أدخل عنوان البريد الإلكتروني للشخص.
employers-error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com.
employers-error-email-taken = أُعطي عنوان البريد الإلكتروني هذا لحساب آخر قبل لحظة. أرسل النموذج مرة أخرى.
employers-error-not-staff = هذا العنوان لحساب لا يمكن أن يكون من موظفي صاحب عمل (مدرّب توظيف أو مدير نظام أو باحث عن عمل). استخدم عنوانًا آخر.
employers-error-deactivated = هذا العنوان لحساب معطَّل. اطلب من مدير النظام إعادة تفعيله أولًا.
