# Administration: staff accounts and roles.

admin-users-title = Akoonnada
admin-create-heading = Samee akoon shaqaale
admin-create-intro = Akoon u samee tababare shaqo, qabanqaabiye munaasabad ama maamule kale. Shaqo-doonnadu taa beddelkeeda waxay ku biiraan koodh martiqaad oo ka yimid tababarahooda.
admin-role-legend = Door
admin-name-label = Magac
admin-contact-hint = Qofku kan ayuu ku soo geli doonaa. Tusaale ahaan name@example.com ama 040 123 4567.
admin-create-submit = Samee akoon
# $name is the new person's name.
admin-created-heading = Akoon ayaa loo sameeyay { $name }
# $days is how long the code works; $address is the page where it is used.
admin-created-instructions = Koodhkan sii qofka. Koodhka ayuu ku dejisan doonaa eraygiisa sirta ah bogga { $address }. Koodhku hal mar ayuu shaqeeyaa, { $days } maalmood gudahood. Tani waa mar keliya oo koodhka la muujinayo.
admin-staff-heading = Akoonnada shaqaalaha
admin-own-role = Kani waa akoonkaaga. Maamule kale ayaa beddeli kara doorkiisa.
# $name is the person whose role is chosen.
admin-role-label = Doorka { $name }
admin-role-submit = Beddel doorka
admin-role-changed = Doorka waa la beddelay.
admin-error-role-missing = Dooro door.
admin-error-own-role = Ma beddeli kartid doorkaaga. Weydii maamule kale.
admin-error-has-caseload = Tababarahan weli wuxuu liiskiisa ku leeyahay shaqo-doonno. Marka hore u wareeji tababare kale.
admin-team-label = Kooxda { $name }
admin-team-submit = Kaydi kooxda
admin-team-saved = Kooxda waa la kaydiyay.
admin-error-team-long = Magaca kooxdu wuxuu noqon karaa ugu badnaan 100 xaraf.
admin-deactivated = La joojiyay
admin-deactivate-hint = Jooji akoonka qof shaqada ka tagay: mar dambe ma soo geli karo, koodhadhkii soo-galidda iyo dib-u-dejinta ee uu bixiyayna way joogsanayaan. Taariikhdiisu way sii jiraysaa.
admin-deactivate-submit = Jooji akoonka { $name }
admin-reactivate-submit = Dib u fur akoonka { $name }
admin-active-saved = Akoonka waa la beddelay.
admin-error-deactivate-caseload = Tababarahan weli wuxuu liiskiisa ku leeyahay shaqo-doonno. U wareeji tababare kale ka hor intaadan joojin akoonka.
admin-caseload = { $count ->
    [one] Hal shaqo-doon ayaa liiskiisa ku jira (talada habka: tababare wakhti buuxa shaqeeya wuxuu leeyahay qiyaastii 20)
   *[other] { $count } shaqo-doon ayaa liiskiisa ku jira (talada habka: tababare wakhti buuxa shaqeeya wuxuu leeyahay qiyaastii 20)
}
