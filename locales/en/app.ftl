## Service-wide: name, page titles, layout, languages, errors.

app-name = Askel
# $page is the page's own title.
app-page-title = { $page } – Askel
language-self-name = English

layout-skip-to-content = Skip to main content
layout-main-nav-label = Main
layout-language-nav-label = Language
layout-footer-about = Askel is a free service for jobseekers, job coaches and employers.
nav-home = Home

page-continue = Continue

form-error-summary-title = There is a problem
form-error-prefix = Error:

error-not-found = We could not find what you were looking for.
error-unauthorized = Please sign in first.
error-forbidden = You do not have permission to do this.
error-validation = Please check the information you entered.
error-bad-request = Your answer could not be read. Please fill in the form again.
error-rate-limited = Too many attempts. Please wait a moment and try again.
error-internal = Something went wrong on our side. Your answers are safe. Please try again.
error-unavailable = Askel is not available for a moment. Please try again in a minute.
error-connection = We could not reach Askel. Check your internet connection and try again.
error-cross-site = This form was sent from another website, so Askel did not accept it. Go to Askel and try again.
error-too-large = What you sent is too long for Askel. Shorten the longest text and try again.
forbidden-title = Not allowed

nav-sign-in = Sign in
nav-account = My account
nav-invitations = Invitation codes
nav-admin-users = Accounts
nav-modules = Modules

role-jobseeker = Jobseeker
role-coach = Job coach
role-organiser = Event organiser
role-admin = Administrator
