## Signing in and out, joining with a code, the account page, invitation codes.

sign-in-title = Sign in
sign-in-heading = Sign in to Askel
sign-in-contact-label = Email or phone number
sign-in-contact-hint = Use the one you gave when you joined.
sign-in-password-label = Password
sign-in-submit = Sign in
sign-in-forgot-link = Forgot your password?
sign-in-new-heading = New to Askel?
sign-in-new-body = You need an invitation code from your job coach to join.
sign-in-join-link = Join with an invitation code
sign-in-error-contact-missing = Enter your email or phone number.
sign-in-error-password-missing = Enter your password.
sign-in-error-wrong = The email, phone number or password is wrong. Check them and try again.

sign-out-button = Sign out
signed-out-title = You have signed out
signed-out-body = Thank you for using Askel. If you are on a shared computer, you can now close the browser.
signed-out-sign-in-link = Sign in again

join-title = Join Askel
join-heading = Join Askel
join-intro = Your job coach gave you an invitation code. With it you can create your own account.
join-code-label = Invitation code
join-code-hint = For example K7M-4PX-Q9R. Small letters and spaces are fine.
join-name-label = Your name
join-name-hint = The name we use when we talk to you. It can be your first name only.
join-contact-label = Email or phone number
join-contact-hint = You sign in with this. We only use it for messages about Askel.
join-password-label = Create a password
join-password-hint = At least 8 characters. A few words together are easy to remember and hard to guess.
join-locale-legend = Language for Askel and for our messages
join-optional-heading = Optional questions
join-optional-why = You can leave these empty. We use the answers only for anonymous statistics about who the service helps. Nobody is named in the statistics.
join-birth-year-label = Year of birth (optional)
join-birth-year-hint = For example 1985.
join-gender-legend = Gender (optional)
join-gender-female = Woman
join-gender-male = Man
join-gender-other = Other
join-gender-unsaid = I do not want to say
join-submit = Create my account
join-have-account = Do you already have an account?
join-sign-in-link = Sign in
join-error-code-missing = Enter the invitation code from your job coach.
join-error-code-wrong = We did not recognise this code. Check it and try again, or ask your job coach.
join-error-code-expired = This code has expired or has already been used. Ask your job coach for a new code.
join-neutral = Thank you. If a new account could be made with these details, you can now sign in. If you already have an Askel account, sign in with it. Forgot your password? Ask for a new one, or ask your job coach for a sign-in code.
join-holder-email-subject = Someone tried to join Askel with your address
join-holder-email-body =
    Hello,

    Someone tried to make a new Askel account with this email address. You already have an account with it, so no new account was made.

    If it was you, sign in here: { $sign_in }
    Forgot your password? Ask for a new one here: { $forgot }

    If it was not you, you do not need to do anything.
join-error-birth-year-invalid = Enter your year of birth as four numbers, for example 1985, or leave it empty.
join-error-gender-invalid = Choose one of the options.

account-error-name-missing = Enter your name.
account-error-name-too-long = Your name can be at most 100 characters long.
account-error-contact-missing = Enter your email or phone number.
account-error-contact-invalid = Enter an email address like name@example.com or a phone number like 040 123 4567.
account-error-contact-taken = This email or phone number already has an account. Sign in instead, or use another one.

password-error-too-short = Your password must be at least 8 characters long.
password-error-too-long = Your password can be at most 200 characters long.
password-error-common = This password is too common and easy to guess. Choose another one.

account-title = My account
account-heading = My account
account-welcome = Welcome to Askel! Your account is ready.
account-name = Name
account-role = Role

invitations-title = Invitation codes
invitations-heading = Invitation codes
invitations-intro = Create a code for a new jobseeker. When they join with it, they are added to your caseload. Each code works once.
invitations-slip-heading = Your invitation to Askel
invitations-slip-step-address = Go to { $address } on your phone or a computer.
invitations-slip-step-code = Type the code above.
invitations-slip-step-account = Choose a name and a password. Then you can start.
invitations-slip-expires = The code works once, for { $days } days. If it has run out, ask your job coach for a new one.
invitations-language = Language of the slip
invitations-language-hint = Choose the language the jobseeker reads best.
invitations-print-hint = Print the slip from your browser's menu, or copy the code into a text message.
invitations-create = Create an invitation code
# $days is how many days the code works; $address is the join page.

forgot-title = Forgot your password?
forgot-intro = Enter the email address of your account. We will send you a link to set a new password. The link works for one hour.
forgot-no-email = No email address, or no access to it? Ask your job coach for a one-time code, and set a new password with it.
forgot-email-label = Email address
forgot-submit = Send the link
forgot-sent = If an account has this email address, we have sent a link to it. Check your email, also the spam folder.
forgot-error-email-invalid = Enter an email address like name@example.com.

new-password-title = Set a new password
new-password-code-label = Code
new-password-code-hint = The code from your email link or from your job coach, for example K7M-4PX-Q9R.
new-password-label = New password
new-password-submit = Save the new password
new-password-done = Your password has been changed. Sign in with your new password.
new-password-error-code-missing = Enter the code from your email or from your job coach.
new-password-error-code-wrong = We did not recognise this code. Check it and try again.
new-password-error-code-expired = This code has expired or has already been used. Ask for a new one.

reset-email-subject = Set a new password for Askel
# $link is the one-time address; $minutes how long it works.
reset-email-body =
    Hello,

    Someone asked to set a new password for your Askel account. If it was you, open this link within { $minutes } minutes:

    { $link }

    If it was not you, you do not need to do anything. Your password has not changed.

    Askel
notice-password-subject = Your Askel password was changed
notice-password-body =
    Hello,

    The password of your Askel account was just changed.

    If it was you, you do not need to do anything.

    If it was not you, someone may be using your account. Ask for a new password here: { $forgot }
    Or ask your job coach for help.
notice-contact-subject = Your Askel sign-in details were changed
notice-contact-body =
    Hello,

    The email address or phone number you sign in to Askel with was just changed. This message goes to the address the account had before.

    If it was you, you do not need to do anything.

    If it was not you, someone may be using your account. Ask your job coach for help at once.
notice-reset-subject = A new Askel password was set
notice-reset-body =
    Hello,

    A new password was just set for your Askel account with a reset link or a code from your job coach.

    If it was you, you do not need to do anything.

    If it was not you, ask for a new password here: { $forgot }
    And tell your job coach.
