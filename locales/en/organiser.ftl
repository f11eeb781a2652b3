# Organisers: their events, the event form, attendees and check-in at the door.

nav-organiser-events = My events

organiser-events-title = My events
organiser-create = Create an event
organiser-events-none = You have no events yet. Create one: it stays a draft, visible only to you, until you publish it.
organiser-events-caption = Your events, upcoming first
organiser-column-event = Event
organiser-column-when = When
organiser-column-status = Status
organiser-column-confirmed = Signed up
organiser-column-waiting = Waiting list

organiser-status-draft = Draft (not visible to jobseekers)
organiser-status-published = Published
organiser-status-cancelled = Cancelled
organiser-standing-confirmed = Has a place
organiser-standing-waiting = On the waiting list

organiser-new-title = Create an event
organiser-edit-title = Change the event
organiser-back-to-event = Back to the event
organiser-form-intro = Write plainly: many readers are still learning Finnish. Fields without "(optional)" are needed. Saving keeps the event as a draft until you publish it.
organiser-choose = Choose…
organiser-section-about = About the event
organiser-title-fi = Name of the event in Finnish
organiser-description-fi = Description in Finnish
organiser-employer = Employer or organiser
organiser-section-translations = In Swedish and English (optional)
organiser-translations-hint = If you write a name in a language, write its description too. Readers of a language without a translation see the Finnish text.
organiser-title-sv = Name in Swedish (optional)
organiser-description-sv = Description in Swedish (optional)
organiser-title-en = Name in English (optional)
organiser-description-en = Description in English (optional)
organiser-section-when = When
organiser-date = Date
organiser-start = Starts at
organiser-end = Ends at
organiser-time-hint = Helsinki time, for example 9:30
organiser-deadline-date = Last day to sign up
organiser-deadline-time = Sign-up closes at (optional)
organiser-deadline-time-hint = Helsinki time. Without a time, sign-up closes at the end of the day.
organiser-section-where = Where
organiser-address = Street address (in person)
organiser-directions = How to get there (optional)
organiser-online-url = Link to the online event
organiser-online-url-hint = A link that starts with https://
organiser-access-legend = The venue has (tick all that apply)
organiser-access-notes = More about accessibility (optional)
organiser-section-seats = Seats
organiser-seating-legend = How do people sign up?
organiser-seating-seats = Seats: everyone comes for the whole event
organiser-seating-slots = Time slots: each person books a time, for example for speed interviews
organiser-capacity = Number of seats
organiser-capacity-hint = For seats. When they are taken, people can join the waiting list.
organiser-slot-minutes = Length of one time slot in minutes
organiser-slot-minutes-hint = For time slots. The slots run back to back from the start to the end.
organiser-slot-seats = People per time slot
organiser-slot-seats-hint = For time slots, for example 1 for a one-to-one interview.
organiser-section-questions = Questions for the people who sign up (optional)
organiser-questions-hint = Up to three short questions, for example "Which job are you interested in?". Answering is optional for them.
organiser-question-legend = Question { $number }
organiser-question-fi = In Finnish
organiser-question-sv = In Swedish (optional)
organiser-question-en = In English (optional)
organiser-save-draft = Save as a draft
organiser-save = Save changes

organiser-error-title-fi = Enter the name of the event in Finnish
organiser-error-description-fi = Enter a description in Finnish
organiser-error-translation-pair = Write both the name and the description in this language, or neither
organiser-error-too-long = This text is too long: shorten it
organiser-error-employer = Enter the employer or organiser
organiser-error-sector = Choose a field of work
organiser-error-kind = Choose the type of event
organiser-error-date = Enter the date as day, month and year, for example 28.3.2027
organiser-error-date-past = The event must be in the future
organiser-error-start = Enter the start time as hours and minutes, for example 9:30
organiser-error-end = Enter the end time as hours and minutes, for example 12:00
organiser-error-end-before-start = The end time must be after the start time
organiser-error-time-skipped = This time does not exist on that day: clocks go forward an hour. Choose another time
organiser-error-deadline = Enter the last day to sign up, for example 27.3.2027
organiser-error-deadline-time = Enter the time as hours and minutes, for example 16:00
organiser-error-deadline-after-start = Sign-up must close before the event starts
organiser-error-format = Choose in person or online
organiser-error-address = Enter the street address
organiser-error-online-url = Enter a link that starts with https://
organiser-error-languages = Tick at least one language spoken at the event
organiser-error-capacity = Enter the number of seats, from 1 to 100000
organiser-error-capacity-below-taken = More people already have a place than this: the number of seats cannot be smaller than the places taken
organiser-error-slot-minutes = Enter the slot length in minutes, from 5 to 240
organiser-error-slot-seats = Enter the number of people per slot, from 1 to 100
organiser-error-slots-fit = At least one slot must fit between the start and the end, and at most 200
organiser-error-slots-booked = People have already booked: the times and slots cannot change now. Cancel the event and create a new one if you must
organiser-error-question-fi = Write the question in Finnish too
organiser-error-cancelled = This event has been cancelled and cannot be changed
organiser-error-not-draft = This event has already been published
organiser-error-cancel-confirm = Tick the box to confirm that you want to cancel the event

organiser-counts = { $confirmed } with a place, { $waiting } on the waiting list
organiser-edit-link = Change the event
organiser-draft-title = This event is a draft
organiser-draft-hint = Jobseekers cannot see it yet. Check the details, then publish it.
organiser-publish = Publish the event
organiser-published = The event is published: jobseekers can now find it and sign up.
organiser-cancelled-notice = This event has been cancelled. Everyone who had signed up was told by email.

organiser-attendees-title = People signed up
organiser-arrived-count = { $arrived } of { $confirmed } arrived
organiser-search-label = Find a person by name
organiser-search-button = Find
organiser-search-found = { $count ->
    [0] Nobody found with “{ $search }”.
    [one] 1 person found with “{ $search }”.
   *[other] { $count } people found with “{ $search }”.
}
organiser-search-clear = Show everyone
organiser-attendees-none = Nobody has signed up yet.
organiser-arrived = Arrived
organiser-mark-arrived = Mark as arrived
organiser-undo-arrival = Undo arrival
organiser-csv-link = Download the list (CSV)
organiser-privacy-hint = Email addresses and phone numbers are shown only for people who agreed to share them. Keep the list safe and delete it after the event.
organiser-attendee-name = Name
organiser-attendee-standing = Place
organiser-attendee-slot = Time slot
organiser-attendee-email = Email
organiser-attendee-phone = Phone
organiser-attendee-checked-in = Arrived
organiser-yes = Yes

organiser-cancel-title = Cancel the event
organiser-cancel-hint = Everyone who signed up or is on the waiting list gets an email saying the event is cancelled. This cannot be undone.
organiser-cancel-confirm = Yes, cancel this event and tell everyone
organiser-cancel-button = Cancel the event
organiser-matching-skills = Skills the jobs of this event ask for: { $skills }
