# Matching: "Jobs for you", one job, saved jobs and interests.

nav-jobs = Jobs for you

match-jobs-title = Jobs for you
match-jobs-intro = Open jobs and work tasks, the ones that fit what you can do first. For each you see what you already have and what you would still need.
match-how-sorted = How are the jobs sorted?
match-how-sorted-text = Each job gets points out of 100 from what it asks for: must-have skills 50, cards and certificates 20, languages 15 and nice-to-have skills 15. If a job asks nothing of one kind, you get those points in full. Only your skills, cards and languages count. Your age, gender or where you come from never do.
match-my-jobs-link = Your saved jobs and interests
match-no-facts = Askel does not know your skills yet, so the jobs are not sorted for you.
match-no-facts-link = Add what you have done and what you can do
match-found = { $count ->
    [one] One job found
   *[other] { $count } jobs found
}
match-none = No open jobs with these choices. Try choosing less.
match-filter-field = Field
match-filter-any-field = All fields
match-filter-place = Place
match-filter-any-place = All places
match-filter-form = Form of employment
match-filter-any-form = All forms
match-filter-kind = Job or work task
match-filter-any-kind = Both
match-filter-no-finnish = Only jobs where Finnish is not required
match-filter-apply = Show jobs
match-pages = Pages of jobs
match-page-of = Page { $page } of { $pages }
match-previous = Previous jobs
match-next = More jobs
match-fit-score = Fits you: { $score } out of 100.
match-all-musts = You have everything it must have.
match-you-have = You have:
match-you-need = You would still need:
match-need-language = { $language } { $level ->
    [native] as a first language
   *[other] at level { $level } or better
}
match-must = must have
match-nice = nice to have
match-way-module = Learn it: { $module }
match-way-assessment = Show it in a self-assessment: { $assessment }
match-way-experience = Have you done this? Tell us about it
match-way-certificate = Do you have this card? Add it to your skills
match-way-language = Add the language and your level
match-meet = Meet { $employer }
match-how-to-apply = How to apply
match-apply-link = Apply on the employer's website
match-how-you-fit = How you fit this job
match-job-closed = This job is closed. You can no longer apply.
match-job-closed-short = Closed
match-next-step = Your next step
match-interest-explain = Tell your coach you are interested in this job. Your coach can help you apply.
match-share-label = Also show my skills to { $employer } for this job
match-share-hint = They see your name, the skills on your "My skills" page and how well you fit this job, nothing else. You can stop it at any time.
match-interested = I'm interested
match-interested-since = You told your coach you are interested on { $day }.
match-shared-since = { $employer } has seen your skills for this job since { $day }.
match-not-shared = { $employer } does not see your skills.
match-share-now = Show my skills to { $employer }
match-share-stop = Stop showing my skills
match-withdraw = I'm no longer interested
match-save = Save this job
match-forget = Remove from saved jobs
match-saved = The job is saved. You find it in your saved jobs.
match-forgotten = The job is removed from your saved jobs.
match-interest-sent = Your coach now sees that you are interested.
match-interest-withdrawn = Your interest is taken back.
match-share-stopped = The employer no longer sees your skills for this job.
match-error-cannot-save = The job could not be saved. It may be closed, or you already have 100 saved jobs.
match-error-job-closed = This job is no longer open.
match-my-jobs-title = Your saved jobs and interests
match-interests-title = Jobs you are interested in
match-interests-none = You have not told your coach about any job yet.
match-saved-title = Saved jobs
match-saved-none = You have no saved jobs.
match-saved-on = Saved on { $day }.

# A coach's view: jobs that fit one person.
match-coach-title = Jobs that fit { $name }
match-coach-intro = The open jobs that fit best, by the same points the person sees. Suggest a job: they see the suggestion, and the employer sees them only if they agree. Make something they lack a step of their plan in one go.
match-coach-fit-score = Fits: { $score } out of 100.
match-coach-has = Has:
match-coach-lacks = Would still need:
match-gap-to-plan = Add to plan: { $need }
match-plan-step = { $need } – for the job { $job } at { $employer }
match-gap-planned = The step is in the plan.
match-propose = Suggest this job to { $name }
match-proposed = Suggested.
match-proposed-done = The job is suggested. They see it in their jobs.
match-proposed-to-you = Your coach suggested this job to you on { $day }.

# The employer's view: candidates for a job.
match-candidates-title = Candidates
match-candidates-intro = People who are interested in this job, or whom their coach suggested, once they agree to show you their skills.
match-candidates-none = No candidates yet.
match-count = { $count } people in the service have every must-have skill of this job.
match-count-few = Fewer than 5 people in the service have every must-have skill of this job.
match-came-interested = Interested
match-came-proposed = Suggested by their coach
match-came-both = Interested, and suggested by their coach
match-candidate-fit = Fits: { $score } out of 100 ({ $have } of { $asked } things asked for).
match-stage-label = What has happened
match-stage-none = Nothing yet
match-stage-contacted = Contacted
match-stage-interview = Interview
match-stage-hired = Hired
match-stage-not-chosen = Not chosen
match-stage-save = Save
match-stage-saved = Saved. If someone is hired, their coach sees it.
match-error-stage = Choose what has happened
match-employer-says = The employer says: { $stage }
match-candidate-title = Skills of { $name }
match-candidate-intro = What this person has chosen to show you for this job. They can stop showing it at any time.
match-candidates-back = Back to the job

# A coach's list of open jobs and one job's fitting people.
nav-coach-jobs = Jobs
match-coach-jobs-title = Open jobs
match-coach-jobs-intro = Every open job and work task, newest first. Open one to see who on your caseload fits it best.
match-coach-people = Who on your caseload fits
match-coach-people-intro = Those who have everything the job must have first, then by points. Suggest the job: they see it, and the employer sees them only if they agree.
match-coach-nobody = Nobody is on your caseload yet.
match-filter-label = Choose jobs
match-prepare-title = Prepare for this event
match-prepare-intro = Employers meet people here for these jobs. See what you already have for each and what you could still learn.
match-prepare-bring-title = What to bring
match-prepare-bring-cv = Your CV: Askel makes it from your skills
match-prepare-bring-card = { $card }: the card itself or a photo of it
match-prepare-module-title = Before the day
match-prepare-module = Do this module first: { $module }
match-error-already-planned = This is already a step in their plan.
