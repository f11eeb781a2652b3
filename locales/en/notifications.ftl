### How Askel contacts a person.

notify-title = How Askel contacts you
notify-change = Choose how you are told about messages, meetings and events
notify-intro = Askel tells you when your coach writes to you, when a meeting is booked, moved or near, and when you get a place at an event. The notice never says what a message says.
notify-channels = Tell me by
notify-by-email = Email to { $address }
notify-by-sms = Text message to { $phone }
notify-no-phone = To get text messages, add your phone number on the My details page.
notify-quiet = Quiet hours for text messages
notify-quiet-hint = Text messages that would come in these hours come at the end of them instead. Choose the same hour twice to get them at any time.
notify-quiet-from = No text messages from
notify-quiet-until = Until
notify-save = Save
notify-saved = Your choices are saved.
notify-error-hour = Choose an hour
notify-email-footer = To choose how Askel contacts you: { $link }

## One-click stop links in every notice (`/unsubscribe`).
notify-email-stop = To stop these emails with one press: { $link }
notify-sms-stop = Stop texts: { $link }
notify-stop-email-title = Stop emails from Askel
notify-stop-email-intro = Press the button and Askel sends you no more emails about messages, meetings, your plan and events. Your account and everything in it stay as they are.
notify-stop-email-button = Stop emails
notify-stop-email-stopped = Askel does not send you emails. You still find everything when you sign in.
notify-stop-email-again = Start emails again
notify-stop-sms-title = Stop text messages from Askel
notify-stop-sms-intro = Press the button and Askel sends you no more text messages about messages, meetings, your plan and events. Your account and everything in it stay as they are.
notify-stop-sms-button = Stop text messages
notify-stop-sms-stopped = Askel does not send you text messages. You still find everything when you sign in.
notify-stop-sms-again = Start text messages again
notify-stop-saved = Your choice is saved.
notify-stop-settings = You can also choose when you are signed in:

## The daily digest.
notify-digest = Gather my emails into one a day, sent after 8 in the morning (text messages still come one by one)
notify-digest-subject = What is new for you in Askel
notify-digest-body = Since the last email, this happened for you in Askel:
    { $lines }

    Sign in to see it: { $link }
