## Skills self-assessment: the list, one question per page, checking
## answers, results and history. The frameworks' own texts (areas,
## competences, "I can…" statements) live in content/assessments, not here.

nav-skills = مهاراتي

skills-title = مهاراتي
skills-intro = تعرّف على ما تستطيع فعله الآن. اقرأ كل جملة، واختر مدى انطباقها عليك. لا توجد إجابات خاطئة.
skills-coach-sees = يرى مدرّب التوظيف الخاص بك نتائجك، لكي تخطّطا معًا لخطواتك التالية.
skills-all = كل تقييمات المهارات
skills-back = رجوع
skills-draft-progress = الأسئلة التي مررت بها: { $done } من { $count }.
skills-latest-results = آخر نتائجك: { $date }
skills-history-link = انظر كيف تغيّرت مهاراتك
skills-continue = متابعة
skills-start = ابدأ
skills-switch = غيّر الطول
skills-mode-legend = هل تريد تقييمًا قصيرًا أم كاملًا؟
skills-mode-legend-change = هل تريد تغيير الطول؟ تبقى الإجابات التي أعطيتها محفوظة.
skills-mode-short = قصير: عدد الأسئلة { $count }، نحو 10 دقائق
skills-mode-full = كامل: عدد الأسئلة { $count }، نحو 25 دقيقة
skills-saved-for-later = تم حفظ إجاباتك. يمكنك المتابعة متى أردت.

skills-question-position = السؤال { $n } من { $count }
skills-question-caption = السؤال { $n } من { $count }: { $area }
skills-question-hint = ما مدى قدرتك على فعل هذا؟
skills-question-hint-skipped = تخطّيت هذا السؤال من قبل. ما مدى قدرتك على فعل هذا؟
skills-scale-not-yet = لا أستطيع فعل هذا بعد
skills-scale-with-help = أستطيع فعل هذا بمساعدة
skills-scale-on-my-own = أستطيع فعل هذا وحدي
skills-scale-help-others = أستطيع مساعدة الآخرين في هذا
skills-skipped = تم التخطّي
skills-skip = تخطَّ هذا السؤال
skills-save-later = احفظ وعُد لاحقًا

skills-check-title = تحقّق من إجاباتك
skills-check-page-title = تحقّق من إجاباتك: { $framework }
skills-check-counts = الأسئلة التي أجبت عنها: { $answered } من { $count }. الأسئلة التي تخطّيتها: { $skipped }.
skills-not-answered = لم تُجب بعد
skills-change = غيّر
skills-answer-now = أجِب
skills-send-heading = أرسِل إجاباتك
skills-send-body = عندما ترسل إجاباتك، ترى نتائجك. يمكنك إجراء التقييم مرة أخرى لاحقًا لترى كيف تنمو مهاراتك.
skills-send = أرسِل إجاباتي

skills-results-title = نتائجك: { $framework }
skills-results-sent = تاريخ الإرسال
skills-results-areas = مستواك في كل مجال
skills-results-table = مستواك ونقاطك في كل مجال
skills-results-competences = مستواك في كل مهارة
skills-chart-scale = النقاط من 1 إلى 4: الرقم 1 يعني «لا أستطيع فعل هذا بعد»، والرقم 4 يعني «أستطيع مساعدة الآخرين في هذا».
# One area in the chart's description for screen readers.
skills-chart-bar = { $area }: { $level }، النقاط { $score }.
skills-chart-bar-none = { $area }: لم يُقيَّم.
skills-chart-point = { $date }: النقاط { $score }
skills-chart-point-none = { $date }: لم يُقيَّم
skills-column-area = المجال
skills-column-level = المستوى
skills-column-score = النقاط (1–4)
skills-column-date = التاريخ
skills-level-not-yet = ليس بعد
skills-level-foundation = أساسي
skills-level-intermediate = متوسط
skills-level-advanced = متقدّم
skills-level-none = لم يُقيَّم
skills-suggested-heading = وحدات يمكن أن تساعدك
skills-suggested-intro = تساعدك هذه الوحدات في المجالات التي يمكنك أن تتعلم فيها أكثر.
skills-suggested-none = مستواك جيد في كل المجالات. ما زال بإمكانك إنجاز أي وحدة تريدها.

skills-history-title = كيف تغيّرت مهاراتك: { $framework }
skills-history-none = لم ترسل هذا التقييم بعد. عندما ترسله، تظهر نتائجك هنا.
skills-history-changes = التغيّر في كل مجال
skills-history-first = الأول ({ $date })
skills-history-previous = السابق ({ $date })
skills-history-latest = الأحدث ({ $date })
skills-history-since-first = التغيّر منذ الأول
skills-history-since-previous = التغيّر منذ السابق
skills-history-trends = نقاطك في كل مجال مع الوقت
skills-history-period = من { $first } إلى { $latest }.
skills-history-every = كل التقييمات
skills-history-every-caption = نقاطك في كل مجال، حسب التاريخ

skills-error-choose-mode = اختر طول التقييم الذي تريد إجراءه
skills-error-choose-answer = اختر مدى قدرتك على فعل هذا، أو تخطَّ السؤال
skills-error-nothing-answered = أجِب عن سؤال واحد على الأقل قبل أن ترسل
