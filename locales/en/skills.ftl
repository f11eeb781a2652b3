## Skills self-assessment: the list, one question per page, checking
## answers, results and history. The frameworks' own texts (areas,
## competences, "I can…" statements) live in content/assessments, not here.

nav-skills = My skills

skills-title = My skills
skills-intro = Check what you can already do. Read each sentence and choose how well it fits you. There are no wrong answers.
skills-coach-sees = Your job coach can see your results, so that you can plan your next steps together.
skills-all = All skills assessments
skills-back = Back
skills-draft-progress = You have gone through { $done } of { $count } questions.
skills-latest-results = Your latest results: { $date }
skills-history-link = See how your skills have changed
skills-continue = Continue
skills-start = Start
skills-switch = Change the length
skills-mode-legend = Do you want a short or a full assessment?
skills-mode-legend-change = Do you want to change the length? The answers you have given are kept.
skills-mode-short = Short: { $count } questions, about 10 minutes
skills-mode-full = Full: { $count } questions, about 25 minutes
skills-saved-for-later = Your answers are saved. You can continue whenever you want.

skills-question-position = Question { $n } of { $count }
skills-question-caption = Question { $n } of { $count }: { $area }
skills-question-hint = How well can you do this?
skills-question-hint-skipped = You skipped this question earlier. How well can you do this?
skills-scale-not-yet = I can't do this yet
skills-scale-with-help = I can do this with help
skills-scale-on-my-own = I can do this on my own
skills-scale-help-others = I can help others do this
skills-skipped = Skipped
skills-skip = Skip this question
skills-save-later = Save and come back later

skills-check-title = Check your answers
skills-check-page-title = Check your answers: { $framework }
skills-check-counts = Answered: { $answered } of { $count }. Skipped: { $skipped }.
skills-not-answered = Not answered yet
skills-change = Change
skills-answer-now = Answer
skills-send-heading = Send your answers
skills-send-body = When you send your answers, you see your results. You can do the assessment again later to see how your skills grow.
skills-send = Send my answers

skills-results-title = Your results: { $framework }
skills-results-sent = Sent on
skills-results-areas = Your level in each area
skills-results-table = Your level and score in each area
skills-results-competences = Your level in each skill
skills-chart-scale = The score is from 1 to 4: 1 means "I can't do this yet" and 4 means "I can help others do this".
# One area in the chart's description for screen readers.
skills-chart-bar = { $area }: { $level }, score { $score }.
skills-chart-bar-none = { $area }: not assessed.
skills-chart-point = { $date }: score { $score }
skills-chart-point-none = { $date }: not assessed
skills-column-area = Area
skills-column-level = Level
skills-column-score = Score (1–4)
skills-column-date = Date
skills-level-not-yet = Not yet
skills-level-foundation = Foundation
skills-level-intermediate = Intermediate
skills-level-advanced = Advanced
skills-level-none = Not assessed
skills-suggested-heading = Modules that can help you
skills-suggested-intro = These modules help in the areas where you can learn the most.
skills-suggested-none = You are strong in every area. You can still do any module you like.

skills-history-title = How your skills have changed: { $framework }
skills-history-none = You have not sent this assessment yet. When you have, your results are shown here.
skills-history-changes = Change in each area
skills-history-first = First ({ $date })
skills-history-previous = Previous ({ $date })
skills-history-latest = Latest ({ $date })
skills-history-since-first = Change since first
skills-history-since-previous = Change since previous
skills-history-trends = Your score in each area over time
skills-history-period = From { $first } to { $latest }.
skills-history-every = Every assessment
skills-history-every-caption = Your score in each area, by date

skills-error-choose-mode = Choose how long an assessment you want to do
skills-error-choose-answer = Choose how well you can do this, or skip the question
skills-error-nothing-answered = Answer at least one question before you send
