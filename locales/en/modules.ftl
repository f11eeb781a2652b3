# Coaching modules: the list, the step player and the completion page.
# Module content itself lives in content/modules, not here.

modules-title = Modules
modules-intro = Short lessons for your job search. Take them at your own pace: your progress is saved after every step.
modules-length = { $steps } steps, about { $minutes } minutes
modules-status-not-started = Not started
modules-status-in-progress = In progress: { $done } of { $count } steps done
modules-status-completed = Completed
modules-assigned = Your coach suggested this module
modules-assigned-due = Your coach suggested this module. Please finish it by { $date }.
modules-in-english = This module is in English only for now.
modules-in-finnish = This module is in Finnish only for now.

module-step-position = Step { $n } of { $count }
module-fallback-notice = This module is not yet available in your language. It is shown in English.
module-fallback-notice-finnish = This module is not yet available in your language. It is shown in Finnish.
module-all-modules = All modules
module-back = Back
module-continue = Continue
module-check-answer = Check my answer
module-save-changed = Save my new answer
module-your-answer = Your answer
module-answer-right = right
module-answer-not-right = not quite
module-change-answer = Change your answer
module-transcript = What the video says
module-captions-label = Captions
module-video-fallback = Your browser cannot play this video. The text below tells everything the video shows.
module-reflection-hint = Only you can see what you write here, unless you choose to share it with your coach. Writing is optional.
module-share-with-coach = Share this answer with my coach
module-offline = You are offline. You can go on: your answers are kept on this device.
module-waiting = Answers waiting to be sent: { $count }. They are sent when you are online again.
module-all-sent = All your answers have been saved.
module-finished-offline = You have done all the steps. Connect to the internet to save your last answers.
module-sign-in-to-send = Answers waiting to be sent: { $count }. Your session has ended, so they are kept on this device. Sign in again and they are saved.
module-sign-in-link = Sign in
module-trying-again = Answers waiting to be sent: { $count }. The service cannot save them just now. They are kept on this device and sent again soon.
module-refused = Answers that could not be saved because the module has changed: { $count }. Please go through the module's steps again.

module-error-choose-one = Choose one answer
module-error-choose-some = Choose at least one answer
module-error-write-answer = Write your answer
module-error-too-long = Your answer is too long. Make it shorter than 4000 characters.
module-error-due-date = Write the date as day.month.year, for example 31.12.2026
module-error-choose = Choose a module

module-done-heading = You finished: { $module }
module-not-done-heading = Not finished yet: { $module }
module-done-progress = You have done { $done } of { $count } steps.
module-done-answers = Your answers
module-done-nothing = No answer
module-done-shared = Shared with your coach
module-done-private = Only you can see this
module-done-next = What next
module-done-all = You have finished every module. Well done!
