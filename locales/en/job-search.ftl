### The jobseeker's job-search log.

nav-job-search = Job search log
person-job-search = Job search log
person-open-job-search = Open the job search log

search-title = Job search log
search-intro = Write down what you do to find work. The employment office may ask to see it: print this page, or show it on your phone. What you do in Askel is here already.
search-add-heading = Add to your log
search-kind = What did you do?
search-kind-application = Applied for a job
search-kind-contact = Contacted an employer
search-kind-interview = Had a job interview
search-kind-other = Something else to find work
search-kind-interest = Said I am interested in a job in Askel
search-kind-event = Took part in an event
search-kind-module = Completed a coaching module
search-day = Day
search-employer = Employer
search-what = The job, or what it was about (optional)
search-what-hint = For example: Kitchen help, part-time
search-add = Add to my log
search-added = Added to your log.
search-removed = Removed from your log.
search-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
search-months = Months
search-previous-month = Previous month
search-next-month = Next month
search-print-hint = To show this month to the employment office, print this page or save it as a PDF from your browser's menu.
search-none = Nothing in the log for this month.
search-summary = Summary
search-caption = Job search in { $month }
search-column-day = Day
search-column-kind = What
search-column-employer = Employer
search-column-what = Job or topic
search-column-remove = Remove
search-by-askel = Recorded by Askel
search-remove = Remove: { $what }
search-remove-question = Remove "{ $what }" from your log?
search-remove-confirm = Yes, remove it
search-person-title = Job search log: { $name }
search-person-intro = What the person wrote down and what they did in Askel, month by month. Only they can change it.
search-error-kind = Choose what you did
search-error-day = Enter the day, for example 3.12.2026
search-error-day-future = The day cannot be in the future
search-error-day-old = The day must be within the last year
search-error-employer = Enter the employer
search-error-employer-long = The employer's name must be 200 characters or fewer
search-error-what-long = This must be 300 characters or fewer
