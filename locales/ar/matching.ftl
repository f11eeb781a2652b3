# Matching: "Jobs for you", one job, saved jobs and interests.

nav-jobs = وظائف تناسبك

match-jobs-title = وظائف تناسبك
match-jobs-intro = الوظائف ومهام العمل المفتوحة. تظهر أولًا الوظائف التي تناسب ما تستطيع فعله. لكل وظيفة ترى ما لديك الآن، وما ينقصك بعد.
match-how-sorted = كيف تُرتَّب الوظائف؟
match-how-sorted-text = تحصل كل وظيفة على نقاط من 100 حسب ما تطلبه: المهارات الضرورية 50، والبطاقات والشهادات 20، واللغات 15، والمهارات المفيدة 15. إذا لم تطلب الوظيفة شيئًا من نوع ما، تحصل على نقاطه كاملة. تُحسب مهاراتك وبطاقاتك ولغاتك فقط. لا يُحسب أبدًا عمرك أو جنسك أو البلد الذي جئت منه.
match-my-jobs-link = وظائفك المحفوظة والوظائف التي تهمّك
match-no-facts = لا يعرف Askel مهاراتك بعد، لذلك لم تُرتَّب الوظائف حسبك.
match-no-facts-link = أضِف ما فعلته وما تستطيع فعله
match-found = { $count ->
    [zero] لم نجد أي وظيفة
    [one] وجدنا وظيفة واحدة
    [two] وجدنا وظيفتين
    [few] وجدنا { $count } وظائف
    [many] وجدنا { $count } وظيفة
   *[other] وجدنا { $count } وظيفة
}
match-none = لا توجد وظائف مفتوحة بهذه الاختيارات. جرّب اختيارات أقل.
match-filter-field = المجال
match-filter-any-field = كل المجالات
match-filter-place = المكان
match-filter-any-place = كل الأماكن
match-filter-form = نوع التوظيف
match-filter-any-form = كل الأنواع
match-filter-kind = وظيفة أو مهمة عمل
match-filter-any-kind = كلاهما
match-filter-no-finnish = فقط الوظائف التي لا تحتاج إلى اللغة الفنلندية
match-filter-apply = اعرض الوظائف
match-pages = صفحات الوظائف
match-page-of = الصفحة { $page } من { $pages }
match-previous = الوظائف السابقة
match-next = المزيد من الوظائف
match-fit-score = تناسبك: { $score } من 100.
match-all-musts = لديك كل ما هو ضروري لهذه الوظيفة.
match-you-have = لديك:
match-you-need = ما زلت تحتاج إلى:
match-need-language = { $language } { $level ->
    [native] كلغة أم
   *[other] بمستوى { $level } أو أعلى
}
match-must = ضرورية
match-nice = مفيدة
match-way-module = تعلَّمه: { $module }
match-way-assessment = أظهِره في تقييم ذاتي: { $assessment }
match-way-experience = هل فعلت هذا؟ أخبرنا عنه
match-way-certificate = هل لديك هذه البطاقة؟ أضِفها إلى مهاراتك
match-way-language = أضِف اللغة ومستواك فيها
match-meet = قابِل { $employer }
match-how-to-apply = طريقة التقديم
match-apply-link = قدِّم في موقع صاحب العمل
match-how-you-fit = كيف تناسب هذه الوظيفة
match-job-closed = هذه الوظيفة مغلقة. لم يعد التقديم إليها ممكنًا.
match-job-closed-short = مغلقة
match-next-step = خطوتك التالية
match-interest-explain = أخبِر مدرّبك أن هذه الوظيفة تهمّك. يستطيع مدرّبك أن يساعدك في التقديم.
match-share-label = اعرض مهاراتي أيضًا على { $employer } لهذه الوظيفة
match-share-hint = يرى صاحب العمل اسمك، والمهارات في صفحة «مهاراتي»، ومدى مناسبتك لهذه الوظيفة، ولا شيء غير ذلك. يمكنك إيقاف ذلك في أي وقت.
match-interested = هذه الوظيفة تهمّني
match-interested-since = أخبرت مدرّبك في { $day } أن هذه الوظيفة تهمّك.
match-shared-since = يرى { $employer } مهاراتك لهذه الوظيفة منذ { $day }.
match-not-shared = لا يرى { $employer } مهاراتك.
match-share-now = اعرض مهاراتي على { $employer }
match-share-stop = أوقِف عرض مهاراتي
match-withdraw = لم تعد هذه الوظيفة تهمّني
match-save = احفظ هذه الوظيفة
match-forget = احذف من الوظائف المحفوظة
match-saved = تم حفظ الوظيفة. تجدها في وظائفك المحفوظة.
match-forgotten = تم حذف الوظيفة من وظائفك المحفوظة.
match-interest-sent = يرى مدرّبك الآن أن هذه الوظيفة تهمّك.
match-interest-withdrawn = تم سحب اهتمامك.
match-share-stopped = لم يعد صاحب العمل يرى مهاراتك لهذه الوظيفة.
match-error-cannot-save = لم نستطع حفظ الوظيفة. ربما أُغلقت الوظيفة، أو لديك 100 وظيفة محفوظة من قبل.
match-error-job-closed = هذه الوظيفة لم تعد مفتوحة.
match-my-jobs-title = وظائفك المحفوظة والوظائف التي تهمّك
match-interests-title = وظائف تهمّك
match-interests-none = لم تخبر مدرّبك عن أي وظيفة بعد.
match-saved-title = الوظائف المحفوظة
match-saved-none = ليس لديك وظائف محفوظة.
match-saved-on = حُفظت في { $day }.

# A coach's view: jobs that fit one person.
match-coach-title = وظائف تناسب { $name }
match-coach-intro = الوظائف المفتوحة الأكثر مناسبة، بالنقاط نفسها التي يراها الشخص. اقترح وظيفة: يرى الشخص الاقتراح، ولا يراه صاحب العمل إلا إذا وافق. اجعل ما ينقصه خطوة في خطته بضغطة واحدة.
match-coach-fit-score = المناسبة: { $score } من 100.
match-coach-has = لديه:
match-coach-lacks = ما زال يحتاج إلى:
match-gap-to-plan = أضِف إلى الخطة: { $need }
match-plan-step = { $need } – لوظيفة { $job } لدى { $employer }
match-gap-planned = الخطوة موجودة في الخطة.
match-propose = اقترح هذه الوظيفة على { $name }
match-proposed = تم الاقتراح.
match-proposed-done = تم اقتراح الوظيفة. يراها الشخص في قائمة وظائفه.
match-proposed-to-you = اقترح مدرّبك هذه الوظيفة عليك في { $day }.

# The employer's view: candidates for a job.
match-candidates-title = المرشّحون
match-candidates-intro = أشخاص تهمّهم هذه الوظيفة، أو اقترحها عليهم مدرّبهم. تراهم هنا بعد أن يوافقوا على أن يعرضوا عليك مهاراتهم.
match-candidates-none = لا يوجد مرشّحون بعد.
match-count = عدد الأشخاص في الخدمة الذين لديهم كل المهارات الضرورية لهذه الوظيفة: { $count }.
match-count-few = أقل من 5 أشخاص في الخدمة لديهم كل المهارات الضرورية لهذه الوظيفة.
match-came-interested = مهتم
match-came-proposed = اقترحها عليه مدرّبه
match-came-both = مهتم، واقترحها عليه مدرّبه
match-candidate-fit = المناسبة: { $score } من 100 (لديه { $have } من { $asked } مما هو مطلوب).
match-stage-label = ماذا حدث
match-stage-none = لا شيء بعد
match-stage-contacted = تم التواصل
match-stage-interview = مقابلة عمل
match-stage-hired = تم التوظيف
match-stage-not-chosen = لم يُختَر
match-stage-save = احفظ
match-stage-saved = تم الحفظ. إذا تم توظيف شخص، يرى مدرّبه ذلك.
match-error-stage = اختر ماذا حدث
match-employer-says = يقول صاحب العمل: { $stage }
match-candidate-title = مهارات { $name }
match-candidate-intro = ما اختار هذا الشخص أن يعرضه عليك لهذه الوظيفة. يستطيع أن يوقف عرضه في أي وقت.
match-candidates-back = العودة إلى الوظيفة

# A coach's list of open jobs and one job's fitting people.
nav-coach-jobs = الوظائف
match-coach-jobs-title = الوظائف المفتوحة
match-coach-jobs-intro = كل الوظائف ومهام العمل المفتوحة، الأحدث أولًا. افتح وظيفة لترى مَن في قائمتك تناسبه أكثر.
match-coach-people = مَن في قائمتك تناسبه هذه الوظيفة
match-coach-people-intro = أولًا مَن لديهم كل ما هو ضروري للوظيفة، ثم حسب النقاط. اقترح الوظيفة: يراها الشخص، ولا يراه صاحب العمل إلا إذا وافق.
match-coach-nobody = لا يوجد أحد في قائمتك بعد.
match-filter-label = تصفية الوظائف
match-prepare-title = استعِدّ لهذه الفعالية
match-prepare-intro = يقابل أصحاب العمل هنا أشخاصًا لهذه الوظائف. انظر ما لديك من قبل لكل وظيفة، وما يمكنك أن تتعلمه بعد.
match-prepare-bring-title = ماذا تحضر معك
match-prepare-bring-cv = سيرتك الذاتية: يصنعها Askel من مهاراتك
match-prepare-bring-card = { $card }: البطاقة نفسها أو صورة لها
match-prepare-module-title = قبل يوم الفعالية
match-prepare-module = أنجِز هذه الوحدة أولًا: { $module }
match-error-already-planned = هذه خطوة موجودة في خطته من قبل.
