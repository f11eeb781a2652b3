### Meetings between a jobseeker and their coach.

nav-meetings = Meetings
person-meetings = Meetings
person-open-meetings = Open meetings

## The jobseeker's page
meeting-my-title = Meetings
meeting-yours = Your meetings
meeting-none-booked = You have no meetings booked.
meeting-no-coach = You do not have a coach in Askel yet. When you get a coach, you can book a meeting with them here.
meeting-with-coach = With your coach { $name }
meeting-move = Move to another time
meeting-cancel = Cancel the meeting on { $when }
meeting-cancel-question = Cancel this meeting? The time becomes free for others.
meeting-cancel-confirm = Yes, cancel the meeting
meeting-free-heading = Free times with { $name }
meeting-move-heading = Choose a new time for your meeting on { $when }
meeting-no-free-times = Your coach has no free times in the next four weeks. You can write to them on the Messages page.
meeting-book = Book { $time }
meeting-move-here = Move to { $time }
meeting-booked = Your meeting is booked. You will get an email about it, and reminders the day before and two hours before.
meeting-cancelled = Your meeting is cancelled.
meeting-add-to-calendar = Add to my calendar
meeting-weekday-1 = Monday
meeting-weekday-2 = Tuesday
meeting-weekday-3 = Wednesday
meeting-weekday-4 = Thursday
meeting-weekday-5 = Friday
meeting-weekday-6 = Saturday
meeting-weekday-7 = Sunday
meeting-mode-in-person = Meeting at an address
meeting-mode-phone = Phone call
meeting-mode-video = Video call

## The coach's calendar
meeting-coach-title = Meetings
meeting-weeks = Weeks
meeting-days = Days
meeting-week-range = Week from { $from } to { $until }
meeting-week-empty = You have no times in this week.
meeting-previous-week = Previous week
meeting-next-week = Next week
meeting-previous-day = Previous day
meeting-next-day = Next day
meeting-whole-week = The whole week
meeting-today = Today's times
meeting-day-empty = You have no times on this day.
meeting-free = Free
meeting-remove = Remove the time { $time }
meeting-remove-booked = Cancel the meeting at { $time }
meeting-remove-question = Remove this free time?
meeting-remove-booked-question = Cancel this meeting? The jobseeker is told by email.
meeting-remove-confirm = Yes, remove { $time }
meeting-removed = The time is removed.
meeting-offer-heading = Offer free times
meeting-offered = The times are added. Jobseekers on your caseload can now book them.
meeting-day = Day
meeting-day-hint = For example 7.12.2026
meeting-start = First time starts at
meeting-start-hint = For example 9.00
meeting-length = Length of one time
meeting-minutes = { $minutes } minutes
meeting-count = How many times in a row
meeting-count-hint = From 1 to { $max }. The times follow each other without a break.
meeting-mode = How you meet
meeting-place = Address, video link or note
meeting-place-hint = The street address, or the video link (https://…). For a phone call you can leave this empty or say who calls.
meeting-offer = Add the times

## One jobseeker's meetings, for their coach
meeting-person-title = Meetings with { $name }
meeting-coming = Coming meetings
meeting-person-none = No meetings booked.
meeting-book-for-heading = Book a time for { $name }
meeting-book-for-hint = These are your free times. They are told by email.
meeting-book-for = Book { $time }
meeting-booked-for = The meeting is booked. They are told by email.
meeting-held = Meetings held
meeting-outcome = What came of the meeting
meeting-outcome-none = Nothing written yet.
meeting-outcome-write = Write what came of it
meeting-next-step = Next step for their plan (optional)
meeting-next-step-hint = It is added to their employment plan as a step for them.
meeting-outcome-save = Save
meeting-outcome-saved = Saved.

## Problems
meeting-error-no-coach = You do not have a coach yet, so there is no time to book.
meeting-error-cannot-move = That meeting can no longer be moved. See your meetings above.
meeting-error-have-one = You already have a meeting booked. To change the time, choose "Move to another time".
meeting-error-taken = Someone booked this time a moment ago. Choose another time.
meeting-error-overlap-own = You already have a meeting at this time. Choose another time.
meeting-error-overlap = You already have a time that overlaps with these. Choose another start or fewer times.
meeting-error-day = Enter the day, for example 7.12.2026
meeting-error-start = Enter the start time, for example 9.00
meeting-error-length = Choose the length of one time
meeting-error-count = Enter how many times, from 1 to 8
meeting-error-mode = Choose how you meet
meeting-error-place = Enter the address or the video link
meeting-error-place-long = Write the address or link in at most 300 characters
meeting-error-video-link = Enter the video link, starting with https://
meeting-error-time-skipped = That time does not exist on that day, because the clocks are turned forward. Choose another time.
meeting-error-past = The time is already past. Choose a time in the future.
meeting-error-outcome = Write what came of the meeting
meeting-error-outcome-long = Write what came of it in at most 2000 characters

## Calendar file and emails
meeting-calendar-title = Meeting with your coach { $name }
meeting-calendar-title-coach = Meeting with { $name }
meeting-email-booked-subject = Your meeting with your coach is booked
meeting-email-booked-by-coach-subject = Your coach booked a meeting for you
meeting-email-reminder-subject = Reminder: meeting with your coach
meeting-email-booked-body = Your meeting with your coach is on { $day } at { $time }.

    { $place }

    To see, move or cancel it, sign in: { $link }
meeting-email-cancelled-subject = Your meeting with your coach was cancelled
meeting-email-cancelled-body = Your coach cancelled your meeting on { $day } at { $time }.

    You can book a new time: { $link }

meeting-sms-booked = Askel: your meeting with your coach is on { $day } at { $time }. { $link }
meeting-sms-booked-by-coach = Askel: your coach booked a meeting for you on { $day } at { $time }. { $link }
meeting-sms-reminder = Askel reminder: meeting with your coach on { $day } at { $time }. { $link }
meeting-sms-cancelled = Askel: your coach cancelled your meeting on { $day } at { $time }. You can book a new time: { $link }
meeting-error-overlap-theirs = They already have a meeting at this time. Choose another time.
meeting-error-far = Offer times at most a year ahead.
meeting-calendar-title-free = Free time in Askel
meeting-no-free-times-coach = You have no free times in the next four weeks.
