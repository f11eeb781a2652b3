# The coach's caseload list.

nav-caseload = Caseload

caseload-title = My caseload
caseload-search = Search by name
caseload-sort = Sort by
caseload-sort-quietest = Longest without activity first
caseload-sort-name = Name
caseload-sort-progress = Least of their modules done first
caseload-sort-unread = Most unread messages first
caseload-quiet-only = Only people with no activity in 14 days
caseload-apply = Show
caseload-count = { $count ->
    [0] Nobody found
    [one] 1 jobseeker
   *[other] { $count } jobseekers
}
caseload-none = Nobody matches your choices. Try a shorter name, or show everyone.
caseload-caption = Jobseekers on your caseload
caseload-column-name = Name
caseload-column-messages = Unread messages
caseload-column-activity = Last activity
caseload-column-modules = Assigned modules
caseload-column-skills = Digital skills (change since first)
caseload-column-plan = Open plan steps
caseload-column-next-event = Next event
caseload-no-activity = No activity yet
caseload-quiet-flag = No activity in 14 days
caseload-modules-none = None assigned
caseload-modules-done = { $done } of { $count } done
caseload-skills-none = Not assessed yet
caseload-area-level = { $area }: { $level } ({ $change })
caseload-pages = Pages of the list
caseload-previous = Previous page
caseload-next = Next page
caseload-page-of = Page { $page } of { $pages }

caseload-back = Back to your caseload
jobseeker-back = Back to { $name }
caseload-unread-messages = { $count ->
    [one] One unread message
   *[other] { $count } unread messages
}
