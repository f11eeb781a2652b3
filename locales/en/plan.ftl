# The employment plan: the coach's plan pages and the jobseeker's "My plan".

nav-plan = My plan

plan-my-title = My plan
plan-my-intro = This is the plan you agreed with your job coach. When you have done a step, mark it done: your coach sees it.
plan-my-empty = You have no plan yet. You and your job coach make it together at your next meeting.
plan-my-back = Back to my plan
plan-my-notes = Notes from your job coach
plan-print-hint = To keep a copy on paper, print this page from your browser's menu.

plan-goals-and-steps = Goals and steps
plan-loose-steps = Other steps
plan-no-steps = No steps for this goal yet.
plan-who = Who
plan-who-jobseeker = You
plan-who-coach = Your job coach
plan-who-together = You and your coach together
plan-coach-who-jobseeker = The jobseeker
plan-coach-who-coach = The coach
plan-coach-who-together = Together
plan-due = By when
plan-due-hint = Optional. For example 15.1.2027
plan-no-due = No date
plan-overdue = Late
plan-status = Status
plan-step-status-todo = To do
plan-step-status-doing = Under way
plan-step-status-done = Done
plan-step-status-dropped = Dropped
plan-goal-status = Status of the goal
plan-goal-status-open = Working on it
plan-goal-status-reached = Reached
plan-goal-status-dropped = Dropped
plan-mark-done = Mark as done
plan-mark-not-done = Mark as not done

plan-coach-title = Employment plan: { $name }
plan-coach-empty = No goals or steps yet. Add the first ones you agreed below.
plan-history-link = History of changes
plan-change-goal = Change goal
plan-change-step = Change step
plan-add-step = Add a step
plan-add-step-submit = Add step
plan-step-what = Step
plan-step-what-hint = What will be done, in words the jobseeker understands.
plan-goal-field = Goal this step leads to
plan-goal-none = No particular goal
plan-step-added = The step was added to the plan.
plan-add-goal = Add a goal
plan-add-goal-submit = Add goal
plan-goal-what = Goal
plan-goal-what-hint = For example: a job in a shop, or a course to start in spring.
plan-goal-added = The goal was added to the plan.
plan-back = Back to the plan
plan-change-step-title = Change a step in { $name }'s plan
plan-change-goal-title = Change a goal in { $name }'s plan
plan-save = Save changes

plan-error-step-what = Write what the step is
plan-error-goal-what = Write what the goal is
plan-error-what-long = Write at most 500 characters
plan-error-who = Choose who does the step
plan-error-due_on = Write the date as day.month.year, for example 15.1.2027
plan-error-dropped = This step was dropped from your plan, so it cannot be marked.
plan-error-status = Choose a status

plan-history-title = History of my plan
plan-history-coach-title = History of { $name }'s plan
plan-history-caption = Every change to the plan, newest first
plan-history-none = No changes yet.
plan-history-when = When
plan-history-by = Who changed it
plan-history-change = Change
plan-history-by-you = You
plan-history-by-gone = A removed account
plan-history-added-step = Added step “{ $what }”
plan-history-added-goal = Added goal “{ $what }”
plan-history-changed-step = Changed step “{ $what }”
plan-history-changed-goal = Changed goal “{ $what }”
plan-history-renamed = Was called “{ $from }”

## Telling the jobseeker their coach added to their plan (no content in the subject)
plan-email-step-subject = Your coach added a step to your plan in Askel
plan-email-step-body = Your coach added a step to your employment plan. Sign in to see it: { $link }
plan-sms-step = Askel: your coach added a step to your plan. { $link }
plan-email-note-subject = Your coach wrote you a note in Askel
plan-email-note-body = Your coach wrote you a note. You find it in your employment plan. Sign in to read it: { $link }
plan-sms-note = Askel: your coach wrote you a note. { $link }
