### The coach's work with employers, and follow-along after someone starts work.

nav-employer-contacts = Employer contacts
employers-contacts-link = Contacts with this employer, and log one
account-employers-change = Say whether your coach may tell employers about you

## On a jobseeker's page in the coach's workspace
person-employers = Employer contacts
person-employer-consent = Has agreed that you may tell employers about them (since { $day }).
person-employer-no-consent = Has not agreed that you may tell employers about them. You can log contacts with employers, but not name them. They can agree under My account.
person-log-contact = Log an employer contact
person-follow-along = Follow-along
person-open-checkins = { $count ->
    [0] No check-ins to do.
    [one] One check-in to do.
   *[other] { $count } check-ins to do.
}
person-open-follow-along = Open follow-along
caseload-column-first-contact = First employer contact
caseload-first-contact-late = Over a month

## The log
contact-title = Employer contacts
contact-intro = Your team's contacts with employers, newest first. Log every contact: the team then knows who talked to an employer last. You can name a person only when they have agreed, and only you see their name.
contact-log-heading = Log a contact
contact-logged = The contact is logged.
contact-latest = Latest contacts
contact-with-employer = Contacts with { $employer }
contact-all = All contacts
contact-none = No contacts logged yet.
contact-employer = Employer
contact-employer-hint = Employers are shared by the whole service.
contact-employer-choose = Choose an employer
contact-employer-add = Employer not on the list? Add it on the Employers page.
contact-day = Day of the contact
contact-how = How
contact-how-visit = A visit to the workplace
contact-how-phone = By phone
contact-how-email = By email
contact-how-meeting = A meeting elsewhere
contact-how-event = At an event
contact-person = About whom
contact-person-hint = Only people on your caseload who have agreed that you may tell employers about them are listed.
contact-person-none = No one in particular
contact-result = What came of it
contact-result-no-opening = No openings now
contact-result-later = Contact again later
contact-result-opening = An opening or a work task
contact-result-interview = A job interview
contact-result-work-trial = A work trial
contact-result-hired = Hired
contact-note = Note (optional)
contact-note-hint = What was agreed, and what next. No health or other sensitive details.
contact-save = Log the contact
contact-by = by { $name }
contact-about = About:
contact-about-someone = About someone on another caseload.
contact-rapid-after = after { $days ->
    [one] one day
   *[other] { $days } days
}
contact-rapid-none-yet = none yet (day { $days })
contact-error-employer = Choose an employer from the list
contact-error-day = Enter the day of the contact, for example 3.12.2026
contact-error-day-future = The day of the contact cannot be in the future
contact-error-day-old = The day of the contact must be within the last year
contact-error-how = Choose how the contact was made
contact-error-result = Choose what came of the contact
contact-error-person = Choose a person from the list: they must be on your caseload and have agreed
contact-error-note-long = The note must be 1,000 characters or fewer

## The jobseeker's consent
contact-consent-title = Your coach and employers
contact-consent-intro = Your coach looks for work with you and talks with employers. Can your coach tell employers about you?
contact-consent-what = If you say yes, your coach can tell an employer your name and what you can do.
contact-consent-not = Your coach does not tell them about your health or your life situation.
contact-consent-back = You can change your answer here at any time. Askel keeps a record of when you said yes and when you took it back.
contact-consent-given = You have said yes (since { $day }).
contact-consent-not-given = You have not said yes.
contact-consent-question = Can your coach tell employers about you?
contact-consent-yes = Yes
contact-consent-no = No
contact-consent-save = Save
contact-consent-saved = Your answer is saved.
contact-consent-error = Choose yes or no

## Follow-along check-ins
checkin-kind-week = One week
checkin-kind-month = One month
checkin-kind-three-months = Three months
checkin-kind-agreed = Agreed check-in
checkin-title = { $kind }: { $day }
checkin-due-heading = Follow-along check-ins to do
checkin-late = Late
checkin-page-title = Follow-along: { $name }
checkin-intro = After someone starts work, check in with them and, if they agree, their employer: at one week, one month and three months, then as you agree. Write a short note of each.
checkin-none = No check-ins. They come when you record that the person is employed.
checkin-saved = The check-in is saved.
checkin-agreed = The check-in is added.
checkin-agree-heading = Agree on another check-in
checkin-agree-day = Day
checkin-agree-save = Add the check-in
checkin-done-by = Done { $day } by { $name }
checkin-done = Done { $day }
checkin-note = How it went
checkin-note-hint = How work is going, and any support agreed. No health or other sensitive details.
checkin-save = Save the check-in
checkin-write = Write this check-in
checkin-error-note = Write how the check-in went
checkin-error-note-long = The note must be 1,000 characters or fewer
checkin-error-day = Enter the day, for example 15.1.2027
checkin-error-day-past = The day cannot be in the past
checkin-error-day-far = The day must be within a year
