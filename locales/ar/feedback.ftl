## "Was this page helpful?" form.

feedback-question = هل كانت هذه الصفحة مفيدة؟
feedback-yes = نعم
feedback-no = لا
feedback-comment-label = أخبرنا بالمزيد (اختياري)
feedback-comment-hint = لا تكتب اسمك أو رقم هاتفك أو أي معلومات شخصية أخرى.
feedback-submit = أرسل الملاحظات
feedback-sending = جارٍ الإرسال…
feedback-thanks = شكرًا على ملاحظاتك. تساعدنا ملاحظاتك على تحسين Askel.
feedback-error-helpful-missing = اختر نعم أو لا
feedback-error-comment-too-long = تعليقك طويل جدًا. اختصره إلى 1000 حرف أو أقل.
