# Administration: staff accounts and roles.

admin-users-title = Kontod
admin-create-heading = Loo töötaja konto
admin-create-intro = Loo konto nõustajale, ürituse korraldajale või teisele administraatorile. Tööotsijad liituvad hoopis kutsekoodiga, mille nad saavad oma nõustajalt.
admin-role-legend = Roll
admin-name-label = Nimi
admin-contact-hint = Sellega logib inimene sisse. Näiteks name@example.com või 040 123 4567.
admin-create-submit = Loo konto
# $name is the new person's name.
admin-created-heading = Konto on loodud: { $name }
# $days is how long the code works; $address is the page where it is used.
admin-created-instructions = Anna see kood inimesele. Ta määrab sellega endale parooli aadressil { $address }. Kood töötab üks kord ja kehtib { $days } päeva. Koodi näidatakse ainult seekord.
admin-staff-heading = Töötajate kontod
admin-own-role = See on sinu enda konto. Selle rolli saab muuta teine administraator.
# $name is the person whose role is chosen.
admin-role-label = Roll: { $name }
admin-role-submit = Muuda rolli
admin-role-changed = Roll on muudetud.
admin-error-role-missing = Vali roll.
admin-error-own-role = Sa ei saa oma rolli ise muuta. Küsi teiselt administraatorilt.
admin-error-has-caseload = Sellel nõustajal on veel tööotsijaid. Vii need kõigepealt teisele nõustajale üle.
admin-team-label = Meeskond: { $name }
admin-team-submit = Salvesta meeskond
admin-team-saved = Meeskond on salvestatud.
admin-error-team-long = Meeskonna nimi võib olla kõige rohkem 100 märki.
admin-deactivated = Konto on suletud
admin-deactivate-hint = Sulge lahkunud inimese konto: ta ei saa enam sisse logida ning sisselogimis- ja taastamiskoodid, mille ta on välja andnud, lakkavad töötamast. Tema ajalugu jääb alles.
admin-deactivate-submit = Sulge konto: { $name }
admin-reactivate-submit = Ava konto uuesti: { $name }
admin-active-saved = Konto on muudetud.
admin-error-deactivate-caseload = Sellel nõustajal on veel tööotsijaid. Vii need teisele nõustajale üle, enne kui kontot sulged.
admin-caseload = { $count ->
    [one] Üks tööotsija (mudeli juhis: täistööajaga nõustajal umbes 20)
   *[other] { $count } tööotsijat (mudeli juhis: täistööajaga nõustajal umbes 20)
}
