### Messages between a jobseeker and their coach.

nav-messages = Messages
message-my-title = Messages
message-my-intro = Here you and your coach { $coach } write to each other. Your coach reads what you write here. When your coach is away, another coach in the same team may read and answer your messages, and each time they do is recorded. If you get a new coach, they can read the earlier messages too.
message-no-coach = You do not have a coach in Askel yet, so there is nobody to write to. When you get a coach, you can write to them here.
message-coach-title = Messages with { $name }
message-none = No messages yet.
message-earlier = Earlier messages
message-newest = Newest messages
message-you = You
message-writer-gone = A former coach
message-sent-at = { $day } at { $time }
message-read-at = Read { $day } at { $time }
message-not-read = Not read yet
message-write = Write a message
message-to-coach = Your message to { $coach }
message-to-jobseeker = Your message to { $name }
message-body-hint = Do not write your personal identity code or bank details in a message.
message-send = Send message
message-sent = Message sent. It is the last one above.
message-error-empty = Write your message
message-error-long = Write your message in at most 4000 characters
message-error-too-many = You have sent 100 messages today, which is the most for one day. You can write again tomorrow.
message-error-sent-before = This form was already sent, with different words. See the conversation above. If this text still needs to be sent, send it again.
message-error-no-coach = You do not have a coach yet, so the message could not be sent.
message-unsent = What you wrote (not sent)
message-email-subject = You have a new message in Askel
message-email-body = You have a new message in Askel. Sign in to read it: { $link }

    You get one email until you have read your messages.
person-messages = Messages
person-unread-messages = { $count ->
    [0] No unread messages from them.
    [one] One unread message from them.
   *[other] { $count } unread messages from them.
}
person-open-messages = Open messages
message-templates = Start from a ready text
message-templates-hint = The text is in the language they use in Askel. You can change it before sending.
message-template-recontact-title = We have not heard from you for a while
message-template-recontact = Hello { $name }, we have not heard from you in Askel for a while. How are you? You can answer here, or tell me a time that suits you and I will call you.
message-template-meeting-title = Let us meet
message-template-meeting = Hello { $name }, I would like to meet you. Which day next week suits you? You can answer here.
message-template-well-done-title = Well done
message-template-well-done = Hello { $name }, well done! I saw what you have done in Askel. Keep going, and write to me if you need help.
message-sms = Askel: you have a new message. { $link }

## A coach's inbox, days away and covering for the team.
message-my-coach-away = { $coach } is away until { $day }. Until then another coach in the same team reads and answers your messages.
message-covering = You are reading this for { $coach }, who is away until { $day }. Each time you open it is recorded.
message-inbox-back = Back to messages
message-inbox-title = Messages
message-inbox-intro = Your conversations with the people on your caseload, unread first. Each time you open this list is recorded, like every read of a person's data.
message-inbox-own = Your jobseekers
message-inbox-none = No messages yet with the people on your caseload.
message-inbox-team = Covering for your team
message-inbox-team-rule = When a coach in your team is away, the conversations of their jobseekers are here until the end of their last day away. You can read and answer them. Each time you open one is recorded.
message-inbox-nobody-away = Nobody in your team is away.
message-inbox-away = { $name } is away until { $day }
message-inbox-none-covered = No messages with their jobseekers.
message-inbox-unread = { $count ->
    [one] One unread
   *[other] { $count } unread
}
message-inbox-latest-them = Latest message { $day } at { $time }, from them
message-inbox-latest-coach = Latest message { $day } at { $time }, from a coach
message-inbox-formers = Removed conversations
message-former = { $unread ->
    [0] { $month }: a message from a former jobseeker. The conversation was removed with their account.
    [one] { $month }: a message from a former jobseeker. The conversation was removed with their account. One message from them was unread.
   *[other] { $month }: a message from a former jobseeker. The conversation was removed with their account. { $unread } messages from them were unread.
}
message-away-heading = Your days away
message-away-none = You are not marked as away.
message-away-until = You are away until { $day }. Until then the coaches of your team can read and answer your jobseekers' messages.
message-away-day = Last day away
message-away-hint = A holiday or sick leave, for example. Until the end of this day the coaches of your team can read and answer your jobseekers' messages.
message-away-save = Save
message-away-back = I am back
message-away-saved = Your days away are saved.
away-error-day = Enter your last day away as a date, for example 24.12.2026
away-error-past = Your last day away cannot be in the past
away-error-far = Your last day away can be at most a year from today
message-file-heading = Send a photo or a PDF
message-file-choose = Photo or PDF file
message-file-hint = A photo of a document (JPEG, PNG or WebP) or a PDF file, at most 10 MB. Askel checks what the file really is and sends only these kinds.
message-file-words = A few words about it (you can leave this empty)
message-file-send = Send the file
message-file-sent = File sent. It is the last one above.
message-file-photo = photo
message-file-pdf = PDF
message-file-link = { $name } ({ $kind }, { $size } MB)
message-error-file-missing = Choose a photo or a PDF file to send
message-error-file-large = Choose a file of at most 10 MB. You can send each page as its own photo.
message-error-file-type = Choose a photo (JPEG, PNG or WebP) or a PDF file. This file is something else, whatever its name says.
message-error-file-too-many = You have sent 20 files today, which is the most for one day. You can send more tomorrow.
message-error-file-words-long = Write at most 500 characters about the file
message-live-on-phone = On your phone: it is sent when there is a connection
message-live-sending = Sending…
message-live-sent = Sent
message-live-refused = Not sent. Your words are back in the box below.
message-live-sign-in = Sign in again, and it is sent
message-live-new = { $count ->
    [one] One new message
   *[other] { $count } new messages
}
message-error-file-sent-before = This form was already sent, with another file or other words. See the conversation above. To send this file too, choose it again and send it.
