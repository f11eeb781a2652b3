# Employers and the people on their staff, kept by coaches and admins.

nav-employers = Employers

employers-title = Employers
employers-intro = Employers that offer jobs and work tasks through Askel. The people on an employer's staff can sign in and look after its jobs.
employers-none = There are no employers yet. Add the first one below.
employers-caption = Employers, by name
employers-column-name = Employer
employers-column-business-id = Business ID
employers-column-staff = Staff
employers-column-jobs = Open jobs
employers-create-heading = Add an employer
employers-name-label = Name of the employer
employers-business-id-label = Business ID
employers-business-id-hint = Optional. The Finnish business ID (Y-tunnus), for example 1234567-1.
employers-create-submit = Add employer
employers-error-name-missing = Enter the employer's name.
employers-error-name-long = The name can be at most 200 characters long.
employers-error-name-taken = An employer with this name is already on the list. If this is another employer, add its business ID.
employers-error-business-id-format = Write the business ID as seven digits, a hyphen and one digit, for example 1234567-1.
employers-error-business-id-check = This business ID is not right: its last digit does not match the others. Check it in the trade register.
employers-error-business-id-taken = An employer with this business ID is already on the list.

employers-back = Back to employers
employers-created = The employer has been added.
employers-business-id-none = Not known
employers-staff-heading = Staff
employers-staff-intro = These people can sign in and work for this employer in Askel.
employers-staff-none = Nobody is on the staff yet.
employers-staff-deactivated = Account deactivated
# $name is the person on the staff.
employers-staff-remove = Remove { $name } from the staff
employers-staff-remove-question = Remove { $name } from this employer's staff? Their account stays.
employers-staff-remove-confirm = Yes, remove { $name }
employers-staff-removed = The person has been removed from the staff.
employers-add-staff-heading = Add someone to the staff
employers-add-staff-intro = If the person has no account yet, one is made for them, and you get a code to give them.
employers-staff-name-label = Name
employers-staff-email-label = Email address
employers-add-staff-submit = Add to the staff
# $name is the person added.
employers-staff-added = { $name } is on the staff.
employers-staff-created-heading = Account created for { $name }
# $days is how long the code works; $address is the page where it is used.
employers-staff-created-instructions = Give this code to the person. They set their own password with it at { $address }. The code works once, for { $days } days. This is the only time the code is shown.
employers-error-staff-name-missing = Enter the person's name.
employers-error-staff-name-long = The name can be at most 100 characters long.
employers-error-email-missing = Enter the person's email address.
employers-error-email-invalid = Enter an email address like name@example.com.
employers-error-email-taken = This email address was given to another account a moment ago. Send the form again.
employers-error-not-staff = This address belongs to an account that cannot be on an employer's staff (a coach, an admin or a jobseeker). Use another address.
employers-error-deactivated = This address belongs to an account that has been deactivated. Ask an admin to reactivate it first.
