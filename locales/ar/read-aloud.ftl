# Read-aloud: the "Listen" control on module steps, assessment questions and results, and event pages.
listen-button = استمع
listen-pause = أوقِف مؤقتًا
listen-resume = متابعة
listen-stop = أوقِف
listen-reading = جارٍ القراءة بصوت عالٍ.
listen-paused = القراءة متوقفة مؤقتًا.
listen-stopped = توقفت القراءة.
listen-no-voice = لا يوجد في هذا الجهاز صوت يقرأ النص بهذه اللغة.
