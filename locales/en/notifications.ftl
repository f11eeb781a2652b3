### How Askel contacts a person.

notify-title = How Askel contacts you
notify-change = Choose how you are told about messages, meetings and events
notify-intro = Askel tells you when your coach writes to you, when a meeting is booked, moved or near, and when you get a place at an event. The notice never says what a message says.
notify-channels = Tell me by
notify-by-email = Email to { $address }
notify-by-sms = Text message to { $phone }
notify-no-phone = To get text messages, add your phone number: My account, then Change your details.
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

## Notifications on the phone's own screen (Web Push).

notify-push-heading = Notifications on your phone's screen
notify-push-intro = Askel can show a notification on the screen of the phone or computer you are using now, as other apps do. It says only that something is new, not what.
notify-push-devices = { $count ->
    [0] No phone or browser shows your notifications.
    [one] One phone or browser shows your notifications.
   *[other] { $count } phones or browsers show your notifications.
}
notify-push-turn-on = Turn on notifications on this phone
notify-push-turn-off = Turn off notifications on this phone
notify-push-on = Notifications are on for this phone.
notify-push-off = Notifications are off for this phone.
notify-push-working = One moment…
notify-push-blocked = Your browser blocks notifications from Askel. To allow them, open the browser's settings for this site.
notify-push-failed = Notifications could not be turned on. Try again later.
notify-push-unsupported = This browser cannot show notifications from Askel. On a phone, add Askel to the home screen first.
notify-push-needs-script = Turning notifications on needs JavaScript in the browser.
notify-push-stop-all = Stop notifications on every phone
notify-push-stopped = No phone or browser shows your notifications now.
# The notification's title on the lock screen; its text is the email's subject.
notify-push-title = Askel
