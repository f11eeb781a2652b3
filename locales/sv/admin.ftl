# Administration: personalens konton och roller.

admin-users-title = Konton
admin-create-heading = Skapa ett konto för personal
admin-create-intro = Skapa ett konto för en jobbcoach, en evenemangsarrangör eller en annan administratör. Arbetssökande får inte konto här. De går med med en inbjudningskod från sin jobbcoach.
admin-role-legend = Roll
admin-name-label = Namn
admin-contact-hint = Personen loggar in med det här. Till exempel namn@exempel.fi eller 040 123 4567.
admin-create-submit = Skapa kontot
# $name är den nya personens namn.
admin-created-heading = Konto skapat för { $name }
# $days är hur många dagar koden fungerar; $address är sidan där koden används.
admin-created-instructions = Ge den här koden till personen. Hen ställer in sitt eget lösenord med koden på adressen { $address }. Koden fungerar en gång, i { $days } dagar. Koden visas bara den här gången.
admin-staff-heading = Personalens konton
admin-own-role = Det här är ditt eget konto. En annan administratör kan ändra dess roll.
# $name är personen vars roll väljs.
admin-role-label = Roll för { $name }
admin-role-submit = Ändra roll
admin-role-changed = Rollen har ändrats.
admin-error-role-missing = Välj en roll.
admin-error-own-role = Du kan inte ändra din egen roll. Be en annan administratör om hjälp.
admin-error-has-caseload = Den här jobbcoachen har fortfarande arbetssökande bland sina kunder. Flytta dem först till en annan jobbcoach.
admin-team-label = Team för { $name }
admin-team-submit = Spara teamet
admin-team-saved = Teamet har sparats.
admin-error-team-long = Ett teams namn kan ha högst 100 tecken.
admin-deactivated = Inaktiverat
admin-deactivate-hint = Inaktivera kontot för någon som har slutat: personen kan inte längre logga in, och de inloggnings- och återställningskoder den har gett ut slutar fungera. Historiken finns kvar.
admin-deactivate-submit = Inaktivera kontot för { $name }
admin-reactivate-submit = Aktivera kontot för { $name } igen
admin-active-saved = Kontot har ändrats.
admin-error-deactivate-caseload = Den här jobbcoachen har fortfarande arbetssökande bland sina kunder. Flytta dem till en annan jobbcoach innan du inaktiverar kontot.
admin-caseload = { $count ->
    [one] En arbetssökande i klientgruppen (modellens riktmärke: cirka 20 per heltidscoach)
   *[other] { $count } arbetssökande i klientgruppen (modellens riktmärke: cirka 20 per heltidscoach)
}
