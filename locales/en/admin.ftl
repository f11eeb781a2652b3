# Administration: staff accounts and roles.

admin-users-title = Accounts
admin-create-heading = Create a staff account
admin-create-intro = Create an account for a job coach, an event organiser or another admin. Jobseekers join with an invitation code from their coach instead.
admin-role-legend = Role
admin-name-label = Name
admin-contact-hint = The person signs in with this. For example name@example.com or 040 123 4567.
admin-create-submit = Create account
# $name is the new person's name.
admin-created-heading = Account created for { $name }
# $days is how long the code works; $address is the page where it is used.
admin-created-instructions = Give this code to the person. They set their own password with it at { $address }. The code works once, for { $days } days. This is the only time the code is shown.
admin-staff-heading = Staff accounts
admin-own-role = This is your own account. Another admin can change its role.
# $name is the person whose role is chosen.
admin-role-label = Role of { $name }
admin-role-submit = Change role
admin-role-changed = The role has been changed.
admin-error-role-missing = Choose a role.
admin-error-own-role = You cannot change your own role. Ask another admin.
admin-error-has-caseload = This coach still has jobseekers on their caseload. Move them to another coach first.
admin-team-label = Team of { $name }
admin-team-submit = Save team
admin-team-saved = The team has been saved.
admin-error-team-long = A team's name can be at most 100 characters.
admin-deactivated = Deactivated
admin-deactivate-hint = Deactivate the account of someone who has left: they can no longer sign in, and the sign-in and reset codes they handed out stop working. Their history stays.
admin-deactivate-submit = Deactivate { $name }'s account
admin-reactivate-submit = Reactivate { $name }'s account
admin-active-saved = The account has been changed.
admin-error-deactivate-caseload = This coach still has jobseekers on their caseload. Move them to another coach before deactivating the account.
admin-caseload = { $count ->
    [one] One jobseeker on their caseload (the model's guide: about 20 for a full-time coach)
   *[other] { $count } jobseekers on their caseload (the model's guide: about 20 for a full-time coach)
}
