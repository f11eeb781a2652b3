## Signing in and out, joining with a code, the account page, invitation codes.

sign-in-title = Logi sisse
sign-in-heading = Logi Askelisse sisse
sign-in-contact-label = E-post või telefoninumber
sign-in-contact-hint = Kasuta seda, mille andsid liitumisel.
sign-in-password-label = Parool
sign-in-submit = Logi sisse
sign-in-forgot-link = Unustasid parooli?
sign-in-new-heading = Oled Askelis uus?
sign-in-new-body = Liitumiseks on sul vaja kutsekoodi oma nõustajalt.
sign-in-join-link = Liitu kutsekoodiga
sign-in-error-contact-missing = Sisesta oma e-post või telefoninumber.
sign-in-error-password-missing = Sisesta oma parool.
sign-in-error-wrong = E-post, telefoninumber või parool on vale. Kontrolli neid ja proovi uuesti.

sign-out-button = Logi välja
signed-out-title = Sa oled välja logitud
signed-out-body = Aitäh, et kasutasid Askelit. Kui kasutad ühist arvutit, võid nüüd brauseri sulgeda.
signed-out-sign-in-link = Logi uuesti sisse

join-title = Liitu Askeliga
join-heading = Liitu Askeliga
join-intro = Sinu nõustaja andis sulle kutsekoodi. Sellega saad luua oma konto.
join-code-label = Kutsekood
join-code-hint = Näiteks K7M-4PX-Q9R. Väikesed tähed ja tühikud sobivad ka.
join-name-label = Sinu nimi
join-name-hint = Nimi, millega me sinu poole pöördume. See võib olla ainult eesnimi.
join-contact-label = E-post või telefoninumber
join-contact-hint = Sellega logid sa sisse. Me kasutame seda ainult Askeli teadete jaoks.
join-password-label = Loo parool
join-password-hint = Vähemalt 8 märki. Mõni sõna kokku kirjutatuna on lihtne meelde jätta ja raske ära arvata.
join-locale-legend = Askeli ja meie sõnumite keel
join-optional-heading = Vabatahtlikud küsimused
join-optional-why = Need võid tühjaks jätta. Me kasutame vastuseid ainult anonüümse statistika jaoks selle kohta, keda teenus aitab. Statistikas ei ole kellegi nime.
join-birth-year-label = Sünniaasta (vabatahtlik)
join-birth-year-hint = Näiteks 1985.
join-gender-legend = Sugu (vabatahtlik)
join-gender-female = Naine
join-gender-male = Mees
join-gender-other = Muu
join-gender-unsaid = Ma ei soovi öelda
join-submit = Loo minu konto
join-have-account = Kas sul on juba konto?
join-sign-in-link = Logi sisse
join-error-code-missing = Sisesta kutsekood, mille said oma nõustajalt.
join-error-code-wrong = Me ei tundnud seda koodi ära. Kontrolli koodi ja proovi uuesti või küsi oma nõustajalt.
join-error-code-expired = See kood on aegunud või juba kasutatud. Küsi oma nõustajalt uus kood.
join-neutral = Aitäh. Kui nende andmetega sai uue konto luua, saad nüüd sisse logida. Kui sul on juba Askeli konto, logi sellega sisse. Unustasid parooli? Küsi uus parool või küsi oma nõustajalt sisselogimiskood.
join-holder-email-subject = Keegi proovis sinu aadressiga Askeliga liituda
join-holder-email-body =
    Tere!

    Keegi proovis selle e-posti aadressiga luua uut Askeli kontot. Sul on selle aadressiga juba konto, seega uut kontot ei loodud.

    Kui see olid sina, logi sisse siin: { $sign_in }
    Unustasid parooli? Küsi uus parool siin: { $forgot }

    Kui see ei olnud sina, ei pea sa midagi tegema.
join-error-birth-year-invalid = Sisesta sünniaasta nelja numbriga, näiteks 1985, või jäta see tühjaks.
join-error-gender-invalid = Vali üks võimalustest.

account-error-name-missing = Sisesta oma nimi.
account-error-name-too-long = Sinu nimi võib olla kõige rohkem 100 märki pikk.
account-error-contact-missing = Sisesta oma e-post või telefoninumber.
account-error-contact-invalid = Sisesta e-posti aadress kujul name@example.com või telefoninumber kujul 040 123 4567.
account-error-contact-taken = Selle e-posti või telefoninumbriga on juba konto olemas. Logi hoopis sisse või kasuta muud aadressi või numbrit.

password-error-too-short = Sinu parool peab olema vähemalt 8 märki pikk.
password-error-too-long = Sinu parool võib olla kõige rohkem 200 märki pikk.
password-error-common = See parool on liiga tavaline ja kergesti äraarvatav. Vali teine parool.

account-title = Minu konto
account-heading = Minu konto
account-welcome = Tere tulemast Askelisse! Sinu konto on valmis.
account-name = Nimi
account-role = Roll

invitations-title = Kutsekoodid
invitations-heading = Kutsekoodid
invitations-intro = Loo kood uuele tööotsijale. Kui ta sellega liitub, lisatakse ta sinu tööotsijate hulka. Iga kood töötab üks kord.
invitations-slip-heading = Sinu kutse Askelisse
invitations-slip-step-address = Ava telefonis või arvutis aadress { $address }.
invitations-slip-step-code = Sisesta ülal olev kood.
invitations-slip-step-account = Vali nimi ja parool. Siis saad alustada.
invitations-slip-expires = Kood töötab üks kord ja kehtib { $days } päeva. Kui see on aegunud, küsi oma nõustajalt uus kood.
invitations-language = Kutselehe keel
invitations-language-hint = Vali keel, mida tööotsija kõige paremini loeb.
invitations-print-hint = Prindi kutseleht brauseri menüüst või kopeeri kood SMS-i.
invitations-create = Loo kutsekood
# $days is how many days the code works; $address is the join page.

forgot-title = Unustasid parooli?
forgot-intro = Sisesta oma konto e-posti aadress. Me saadame sulle lingi, et saaksid uue parooli määrata. Link töötab ühe tunni.
forgot-no-email = Sul ei ole e-posti aadressi või sa ei pääse sellele ligi? Küsi oma nõustajalt ühekordne kood ja määra sellega uus parool.
forgot-email-label = E-posti aadress
forgot-submit = Saada link
forgot-sent = Kui selle e-posti aadressiga on konto, saatsime sellele lingi. Vaata oma e-posti, ka rämpsposti kausta.
forgot-error-email-invalid = Sisesta e-posti aadress kujul name@example.com.

new-password-title = Määra uus parool
new-password-code-label = Kood
new-password-code-hint = Kood e-kirja lingist või oma nõustajalt, näiteks K7M-4PX-Q9R.
new-password-label = Uus parool
new-password-submit = Salvesta uus parool
new-password-done = Sinu parool on muudetud. Logi sisse uue parooliga.
new-password-error-code-missing = Sisesta kood, mille said e-kirjaga või oma nõustajalt.
new-password-error-code-wrong = Me ei tundnud seda koodi ära. Kontrolli koodi ja proovi uuesti.
new-password-error-code-expired = See kood on aegunud või juba kasutatud. Küsi uus kood.

reset-email-subject = Määra Askelis uus parool
# $link is the one-time address; $minutes how long it works.
reset-email-body =
    Tere!

    Keegi palus sinu Askeli kontole uue parooli määrata. Kui see olid sina, ava see link { $minutes } minuti jooksul:

    { $link }

    Kui see ei olnud sina, ei pea sa midagi tegema. Sinu parool ei ole muutunud.

    Askel
notice-password-subject = Sinu Askeli parool muudeti
notice-password-body =
    Tere!

    Sinu Askeli konto parool muudeti just praegu.

    Kui see olid sina, ei pea sa midagi tegema.

    Kui see ei olnud sina, võib keegi sinu kontot kasutada. Küsi uus parool siin: { $forgot }
    Või küsi abi oma nõustajalt.
notice-contact-subject = Sinu Askeli sisselogimise andmed muudeti
notice-contact-body =
    Tere!

    E-posti aadress või telefoninumber, millega sa Askelisse sisse logid, muudeti just praegu. See sõnum läheb aadressile, mis kontol enne oli.

    Kui see olid sina, ei pea sa midagi tegema.

    Kui see ei olnud sina, võib keegi sinu kontot kasutada. Küsi kohe abi oma nõustajalt.
notice-reset-subject = Sinu Askeli kontole määrati uus parool
notice-reset-body =
    Tere!

    Sinu Askeli kontole määrati just praegu uus parool. Selleks kasutati taastamislinki või nõustajalt saadud koodi.

    Kui see olid sina, ei pea sa midagi tegema.

    Kui see ei olnud sina, küsi uus parool siin: { $forgot }
    Ja räägi sellest oma nõustajale.
