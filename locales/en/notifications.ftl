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
