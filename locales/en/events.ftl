# Employer rendezvous events: finding them, signing up, "My events".

nav-events = Events

events-title = Meet employers
events-intro = Employers and organisers hold events where you can meet them face to face: recruitment days, speed interviews, workplace visits and info sessions. Sign up for the ones that interest you.
events-all = All events
events-mine-link = My events
events-find = Find events
events-count = { $count ->
    [0] No events found
    [one] 1 event
   *[other] { $count } events
}
events-none = No events match your choices. Try fewer filters, or come back later: new events are added often.

events-filter-title = Filter events
events-filter-from = From
events-filter-until = Until
events-filter-date-hint = For example 1.12.2026
events-filter-error-date = Enter the date as day, month and year, for example 1.12.2026
events-filter-sector = Field of work
events-filter-any-sector = Any field of work
events-filter-kind = Type of event
events-filter-any-kind = Any type
events-filter-language = Language
events-filter-any-language = Any language
events-filter-format = Where
events-filter-format-any = In person or online
events-filter-format-in-person = In person
events-filter-format-online = Online
events-filter-free = Only events with free seats
events-filter-apply = Show events
events-filter-clear = Clear filters

event-fact-when = When
event-fact-where = Where
event-fact-kind = Type
event-fact-sector = Field of work
event-fact-languages = Languages spoken
event-fact-seats = Seats
event-deadline-at = { $date } at { $time }
event-fact-deadline = Sign up by
event-free-seats = { $count ->
    [one] 1 free seat
   *[other] { $count } free seats
}
event-full = Full: you can join the waiting list
event-online = Online
event-online-at = Online: { $url }
event-card-signed-up = You are signed up
event-card-waiting = You are on the waiting list
event-when-same-day = { $date } at { $start }–{ $end }
event-when-days = { $startdate } at { $start } – { $enddate } at { $end }

event-about = About the event
event-directions = How to get there
event-accessibility = Accessibility
event-accessibility-none = The organiser has not told us about the venue's accessibility. Ask them before the event if you need something.
event-cancelled-notice = This event has been cancelled.
event-signups-closed = Sign-up for this event has closed.

event-sign-up-title = Sign up
event-full-hint = All seats are taken. If you sign up, you join the waiting list. If someone cancels, you get their seat and we tell you by email.
event-slot-legend = Choose a time
event-slot-hint = Each time is a short meeting with the employer.
event-slot-full = full, waiting list
event-answer-hint = You can leave this empty.
event-share-contact = Share my email address and phone number with the organiser
event-share-contact-hint = The organiser always sees your name, so they can check you in at the door, and your answers above.
event-sign-up-button = Sign up
event-join-waiting-list = Join the waiting list
event-error-deadline-passed = Sign-up for this event has closed.
event-error-slot-missing = Choose a time
event-error-answer-long = Your answer is too long. Use at most 1,000 characters.

event-standing-confirmed = You are signed up
event-standing-waiting = You are number { $position } on the waiting list
event-standing-waiting-hint = If someone cancels, you get their seat automatically and we tell you by email.
event-standing-slot = Your time: { $slot }
event-standing-by-coach = Your job coach signed you up with your consent.
event-calendar-link = Add to my calendar (.ics file)
event-cancel-button = Cancel my place

events-mine-title = My events
events-mine-none = You have not signed up for any events yet.
event-status-cancelled = Cancelled by the organiser
event-status-attended = You attended
event-status-past = This event is over

event-email-promoted-subject = You have a place: { $title }
event-email-promoted-body = Good news: a seat became free and it is now yours.

    { $title }
    { $when }
    { $place }

    If you cannot come, please cancel so that the next person gets the seat: { $link }
event-email-cancelled-subject = Cancelled: { $title }
event-email-cancelled-body = We are sorry: the organiser has cancelled this event.

    { $title }
    { $when }

    You do not need to do anything. Find other events: { $link }
event-email-reminder-subject = Tomorrow: { $title }
event-email-reminder-body = A reminder: you are signed up for this event tomorrow.

    { $title }
    { $when }
    { $place }

    If you cannot come, please cancel so that someone else gets your seat: { $link }
event-email-changed-subject = Changed: { $title }
event-email-changed-body = The organiser has changed the time or place of this event. Your sign-up still stands.

    { $title }

    { $changes }

    If you can no longer come, please cancel so that someone else gets your place: { $link }
event-email-changed-time =
    Time before: { $old }
    Time now: { $new }
event-email-changed-place =
    Place before: { $old }
    Place now: { $new }

event-sector-retail = Retail and sales
event-sector-hospitality = Restaurants, cafés and hotels
event-sector-health-social = Health and social care
event-sector-cleaning-property = Cleaning and property services
event-sector-logistics = Transport, warehouses and logistics
event-sector-construction = Construction
event-sector-manufacturing = Industry and manufacturing
event-sector-it = IT and digital work
event-sector-education = Education and early childhood
event-sector-public = Public services
event-sector-other = Other fields

event-kind-recruitment-day = Recruitment day
event-kind-speed-interviews = Speed interviews
event-kind-workplace-visit = Workplace visit
event-kind-info-session = Info session

event-language-fi = Finnish
event-language-sv = Swedish
event-language-en = English
event-language-ru = Russian
event-language-et = Estonian
event-language-ar = Arabic
event-language-so = Somali
event-language-uk = Ukrainian
event-language-fa = Persian

event-access-step-free = Step-free access
event-access-accessible-toilet = Accessible toilet
event-access-hearing-loop = Hearing loop
event-access-quiet-room = Quiet room for a break
event-access-seating = Places to sit down while waiting
event-access-accessible-parking = Accessible parking
event-access-public-transport = Public transport stop nearby

# Coaches: their jobseekers' events, and signing one up with consent.
events-caseload-title = My jobseekers' events
events-caseload-intro = The events the jobseekers on your caseload have signed up for. Open an event to sign someone up with their consent.
events-caseload-none = None of your jobseekers has signed up for an event yet.
events-caseload-caption = Events of the jobseekers on your caseload, upcoming first
events-caseload-jobseeker = Jobseeker
events-caseload-attended = Attended
events-caseload-by-coach = Signed up by a coach
event-coach-title = Your jobseekers
event-coach-none-here = None of your jobseekers has signed up for this event yet.
event-coach-jobseeker = Sign up a jobseeker from your caseload
event-coach-consent = The jobseeker has agreed that I sign them up for this event
event-coach-sign-up = Sign up the jobseeker
event-coach-done = Signed up. The event is now in the jobseeker's "My events".
event-coach-error-jobseeker = Choose the jobseeker to sign up
event-coach-error-consent = Tick the box to confirm that the jobseeker has agreed
event-sms-promoted = Askel: you have a place at { $title }, { $when }. { $link }
event-sms-reminder = Askel reminder: { $title } tomorrow, { $when }. { $link }
event-sms-cancelled = Askel: { $title } ({ $when }) is cancelled. { $link }
event-sms-changed = Askel: { $title } has changed. { $link }
