# My account: one's own details, language, password, data and leaving.

account-details-saved = Your details have been saved.
account-language-saved = Your language has been saved.
account-password-saved = Your password has been changed. You have been signed out on your other devices.
account-back = Back to My account
account-not-given = Not given
account-coach = Your job coach
account-email = Email address
account-phone = Phone number
account-details-heading = Your details
account-change-details = Change your details
account-language-heading = Language
account-language-now = Askel and our messages to you are in:
account-change-language = Change language
account-password-heading = Password
account-change-password = Change your password
account-data-heading = Your data
account-data-intro = You can download everything Askel stores about you as a file. It also shows who has looked at your information and when.
account-data-download = Download my data (JSON file)
account-delete-heading = Delete your account
account-delete-intro = If you no longer want to use Askel, you can delete your account and your information.
account-delete-link = Delete my account

account-error-email-invalid = Enter an email address like name@example.com, or leave it empty.
account-error-phone-invalid = Enter a phone number like 040 123 4567, or leave it empty.
account-error-contact-none = Enter an email address or a phone number. You need one of them to sign in.
account-error-language-missing = Choose a language.
account-error-current-password-missing = Enter your current password.
account-error-current-password-wrong = Your current password is not right. Check it and try again.

details-title = Change your details
details-contact-intro = You sign in with your email address or phone number. Give at least one of them.
details-phone-hint = For example 040 123 4567.
details-password-hint = Needed only if you change your email address or phone number.
details-submit = Save details

language-page-title = Change language
language-page-hint = Askel is shown in this language, and we write to you in it.
language-page-submit = Save language

password-page-title = Change your password
password-page-intro = After the change, you stay signed in on this device. On your other devices you must sign in again.
password-page-current = Current password
password-page-new = New password
password-page-submit = Save the new password

delete-title = Delete your account
delete-removed-intro = If you delete your account, we remove:
delete-removed-details = your name, email address, phone number and password
delete-removed-sign-in = your access: you are signed out everywhere and cannot sign in again
delete-removed-answers = your answers and notes in Askel
delete-kept = We keep only anonymous numbers for statistics, such as your year of birth. They cannot be linked to you.
delete-coach-told = We tell your job coach that you have left Askel.
delete-copy-first = Do you want a copy of your data first?
delete-confirm-label = I understand that my account is deleted for good and cannot be brought back.
delete-password-label = Your password
delete-password-hint = We ask for it so that nobody else can delete your account.
delete-submit = Delete my account
delete-error-confirm = Tick the box to confirm that you want to delete your account.
delete-coach-email-subject = A jobseeker has left Askel
# $name is the jobseeker's name.
delete-coach-email-body =
    Hello,

    { $name } has deleted their Askel account. Their personal data has been removed, and they are no longer on your caseload.

    Askel

deleted-title = Your account has been deleted
deleted-body = Your personal data has been removed from Askel. Thank you for using Askel, and good luck!
deleted-home-link = Go to the front page
account-email-pending = A link was sent to { $address }. That address is used once you follow the link.
email-confirm-email-subject = Confirm your new email address for Askel
email-confirm-email-body =
    Hello,

    You asked to sign in to Askel with this email address from now on. To confirm it, open this link and press the button on the page:
    { $link }

    The link works for { $hours } hours. Until you confirm, you sign in with your earlier details.

    If you did not ask for this, you do not need to do anything.
email-confirm-title = Confirm your new email address
email-confirm-intro = Press the button to start using this email address to sign in to Askel.
email-confirm-code-label = Confirmation code
email-confirm-submit = Confirm my email address
email-confirm-done = Your new email address is now in use. Sign in with it from now on.
email-confirm-to-account = Go to My account
email-confirm-error-wrong = This link does not work. It may have expired or been used already. Change your email address again on My account to get a new link.
email-confirm-error-taken = Another account already uses this email address, so it could not be taken into use.
