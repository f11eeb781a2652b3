# One jobseeker in the coach's workspace: overview, notes, outcomes, moving to another coach.

person-contents = On this page
person-situation = Situation
person-plan = Employment plan
person-modules = Modules
person-skills = Self-assessments
person-events = Events
person-notes = Notes
person-profile = Profile
person-sign-in-help = Help with signing in
person-move = Move to another coach

person-open-steps = { $count ->
    [0] No open steps in the plan.
    [one] 1 open step in the plan.
   *[other] { $count } open steps in the plan.
}
person-open-plan = Open the plan

person-modules-none = No modules assigned or started yet.
person-modules-caption = Modules assigned or started
person-module = Module
person-module-progress = Progress
person-module-due = Due date
person-module-steps = { $done } of { $count } steps done
person-module-no-due = Assigned, no due date
person-module-own = Started on their own
person-reflections = Reflections shared with you
person-assign = Assign a module
person-module-choose = Choose a module
person-assign-submit = Assign module
person-assigned = The module was assigned. The jobseeker sees it first in their list.

person-skills-none = No self-assessments sent yet.
person-open-skills = Skills profile and confirming skills
person-events-none = No event places.

person-language = Language
person-joined = Joined

person-sign-in-help-intro = If the jobseeker has lost their password, give them a sign-in code. With it they choose a new password. The code works once, within { $days } days.
person-issue-code = Give a sign-in code
person-code-intro = Give this code to the jobseeker:
person-code-instructions = They go to { $address }, type the code and choose a new password.

note-body = New note
note-body-hint = The jobseeker sees a note only if you share it, or in a copy of their data they ask for.
note-share = Share this note with the jobseeker (they see it on their plan)
note-submit = Save note
note-added = The note was saved.
note-none = No notes yet.
note-shared-flag = Shared with the jobseeker
note-error-empty = Write the note
note-error-long = Write at most 4000 characters

outcome-employed_full_time = Employed full-time
outcome-employed_part_time = Employed part-time
outcome-subsidised_work = In subsidised work
outcome-training = In training or studies
outcome-other_service = In another service
outcome-seeking = Still seeking work
outcome-left_service = Left the service
outcome-none = No situation recorded yet.
outcome-since-text = { $situation } since { $date }
outcome-earlier = Earlier
outcome-record = Record a change
outcome-situation = Situation now
outcome-choose = Choose the situation
outcome-since = Since
outcome-since-hint = For example 1.12.2026
outcome-submit = Record situation
outcome-recorded = The situation was recorded.
outcome-error-situation = Choose the situation
outcome-error-since = Write the date as day.month.year, for example 1.12.2026
outcome-error-since-future = The date cannot be in the future

transfer-intro = The other coach will see everything on this page; you will no longer see it.
transfer-coach = New coach
transfer-choose = Choose a coach
transfer-submit = Move to this coach
transfer-no-coaches = There are no other coaches to move the jobseeker to.
transfer-error-coach = Choose the coach to move the jobseeker to
transfer-done = The jobseeker was moved to the other coach.
transfer-team-hint = The coaches of your team. To move the jobseeker to a coach in another team, find them by name below.
transfer-no-team = No other coach works in your team. Find the coach to move the jobseeker to by name.
transfer-group-found = Found by name
transfer-group-team = Your team
transfer-coach-in-team = { $name } ({ $team })
transfer-found = { $count ->
    [one] 1 coach found with “{ $name }”. They are now in the list of coaches.
   *[other] { $count } coaches found with “{ $name }”. They are now in the list of coaches.
}
transfer-found-none = No coach found with “{ $name }”. Check the spelling, or type less of the name.
transfer-found-more = More than { $shown } coaches found with “{ $name }”. The first { $shown } are now in the list of coaches: type more of the name to find the right one.
transfer-find-heading = Find a coach by name
transfer-find-name = Coach's name
transfer-find-hint = At least two letters of their first name or surname.
transfer-find-submit = Find
transfer-find-error-short = Type at least two letters of the coach's name
transfer-find-error-long = The name can be at most 100 characters

# Correcting or withdrawing a note or a situation, on its own page
record-details = History, corrections
record-back = Back to the jobseeker's page
record-corrected = { $written }, corrected { $when }
record-withdrawn = Withdrawn by { $name }, { $when }
record-version-meta = Written { $written }, replaced { $replaced }
record-versions = Earlier versions
record-only-author = Only the coach who wrote it can correct or withdraw it.
record-correct-submit = Save the correction
note-page-title = Note about { $name }
note-correct = Correct the note
note-correct-body = Note
note-withdraw = Withdraw the note
note-withdraw-intro = A withdrawn note stays in the history, marked as withdrawn, and the jobseeker no longer sees it. Withdraw a note that should not have been written; correct one that is only partly wrong.
note-corrected = The note was corrected. The earlier version is kept in its history.
note-withdrawn = The note was withdrawn.
outcome-page-title = Situation of { $name }
outcome-correct = Correct the situation
outcome-correct-situation = Situation
outcome-withdraw = Withdraw the situation
outcome-withdraw-intro = A withdrawn situation stays in the history, marked as withdrawn. It no longer counts as the person's situation or in the impact report.
outcome-corrected = The situation was corrected. The earlier version is kept in its history.
outcome-withdrawn = The situation was withdrawn.

person-jobs = Jobs of interest
person-jobs-none = No jobs marked as interesting yet.
person-job-interest = Interested since { $day }. The employer does not see their skills.
person-job-interest-shared = Interested since { $day }. The employer sees their skills for this job.
person-job-proposed = You suggested it on { $day }. They have not said they are interested.
person-job-stage = The employer says: { $stage }. Record an outcome below when it is confirmed.
person-jobs-that-fit = Jobs that fit them
