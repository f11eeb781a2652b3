## Kirjautuminen sisään ja ulos, liittyminen koodilla, oma tili, kutsukoodit.

sign-in-title = Kirjaudu sisään
sign-in-heading = Kirjaudu Askeleeseen
sign-in-contact-label = Sähköposti tai puhelinnumero
sign-in-contact-hint = Käytä sitä, jonka annoit liittyessäsi.
sign-in-password-label = Salasana
sign-in-submit = Kirjaudu sisään
sign-in-forgot-link = Unohditko salasanasi?
sign-in-new-heading = Oletko uusi Askeleessa?
sign-in-new-body = Tarvitset työvalmentajaltasi kutsukoodin, jotta voit liittyä.
sign-in-join-link = Liity kutsukoodilla
sign-in-error-contact-missing = Kirjoita sähköpostiosoitteesi tai puhelinnumerosi.
sign-in-error-password-missing = Kirjoita salasanasi.
sign-in-error-wrong = Sähköposti, puhelinnumero tai salasana on väärin. Tarkista ne ja yritä uudelleen.

sign-out-button = Kirjaudu ulos
signed-out-title = Olet kirjautunut ulos
signed-out-body = Kiitos, että käytit Askelta. Jos käytät yhteistä tietokonetta, voit nyt sulkea selaimen.
signed-out-sign-in-link = Kirjaudu uudelleen

join-title = Liity Askeleeseen
join-heading = Liity Askeleeseen
join-intro = Työvalmentajasi antoi sinulle kutsukoodin. Sen avulla voit luoda oman tilin.
join-code-label = Kutsukoodi
join-code-hint = Esimerkiksi K7M-4PX-Q9R. Pienet kirjaimet ja välilyönnit käyvät.
join-name-label = Nimesi
join-name-hint = Nimi, jolla puhuttelemme sinua. Se voi olla pelkkä etunimesi.
join-contact-label = Sähköposti tai puhelinnumero
join-contact-hint = Kirjaudut sisään tällä. Käytämme sitä vain Askeleen viesteihin.
join-password-label = Luo salasana
join-password-hint = Vähintään 8 merkkiä. Muutama sana yhdessä on helppo muistaa ja vaikea arvata.
join-locale-legend = Askeleen ja viestiemme kieli
join-optional-heading = Vapaaehtoiset kysymykset
join-optional-why = Voit jättää nämä tyhjiksi. Käytämme vastauksia vain nimettömiin tilastoihin siitä, ketä palvelu auttaa. Tilastoissa ei näy kenenkään nimeä.
join-birth-year-label = Syntymävuosi (vapaaehtoinen)
join-birth-year-hint = Esimerkiksi 1985.
join-gender-legend = Sukupuoli (vapaaehtoinen)
join-gender-female = Nainen
join-gender-male = Mies
join-gender-other = Muu
join-gender-unsaid = En halua kertoa
join-submit = Luo tilini
join-have-account = Onko sinulla jo tili?
join-sign-in-link = Kirjaudu sisään
join-error-code-missing = Kirjoita työvalmentajaltasi saamasi kutsukoodi.
join-error-code-wrong = Emme tunnistaneet tätä koodia. Tarkista se ja yritä uudelleen, tai kysy työvalmentajaltasi.
join-error-code-expired = Tämä koodi on vanhentunut tai jo käytetty. Pyydä työvalmentajaltasi uusi koodi.
join-neutral = Kiitos. Jos näillä tiedoilla voitiin tehdä uusi tili, voit nyt kirjautua sisään. Jos sinulla on jo Askel-tili, kirjaudu sillä. Unohditko salasanan? Pyydä uusi tai pyydä työvalmentajaltasi kirjautumiskoodi.
join-holder-email-subject = Joku yritti liittyä Askeleeseen osoitteellasi
join-holder-email-body =
    Hei,

    Joku yritti tehdä uuden Askel-tilin tällä sähköpostiosoitteella. Sinulla on jo tili tällä osoitteella, joten uutta tiliä ei tehty.

    Jos se olit sinä, kirjaudu sisään täällä: { $sign_in }
    Unohditko salasanan? Pyydä uusi täällä: { $forgot }

    Jos se et ollut sinä, sinun ei tarvitse tehdä mitään.
join-error-birth-year-invalid = Kirjoita syntymävuotesi neljällä numerolla, esimerkiksi 1985, tai jätä kenttä tyhjäksi.
join-error-gender-invalid = Valitse yksi vaihtoehdoista.

account-error-name-missing = Kirjoita nimesi.
account-error-name-too-long = Nimesi voi olla enintään 100 merkkiä pitkä.
account-error-contact-missing = Kirjoita sähköpostiosoitteesi tai puhelinnumerosi.
account-error-contact-invalid = Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi tai puhelinnumero muodossa 040 123 4567.
account-error-contact-taken = Tällä sähköpostilla tai puhelinnumerolla on jo tili. Kirjaudu sisään tai käytä toista.

password-error-too-short = Salasanan pitää olla vähintään 8 merkkiä pitkä.
password-error-too-long = Salasana voi olla enintään 200 merkkiä pitkä.
password-error-common = Tämä salasana on liian yleinen ja helppo arvata. Valitse toinen.

account-title = Oma tili
account-heading = Oma tili
account-welcome = Tervetuloa Askeleeseen! Tilisi on valmis.
account-name = Nimi
account-role = Rooli

invitations-title = Kutsukoodit
invitations-heading = Kutsukoodit
invitations-intro = Luo koodi uudelle työnhakijalle. Kun hän liittyy koodilla, hänet lisätään asiakkaihisi. Jokainen koodi toimii kerran.
invitations-slip-heading = Kutsusi Askeleeseen
invitations-slip-step-address = Mene puhelimella tai tietokoneella osoitteeseen { $address }.
invitations-slip-step-code = Kirjoita yllä oleva koodi.
invitations-slip-step-account = Valitse nimi ja salasana. Sitten voit aloittaa.
invitations-slip-expires = Koodi toimii kerran, { $days } päivän ajan. Jos se on vanhentunut, pyydä työvalmentajaltasi uusi.
invitations-language = Lapun kieli
invitations-language-hint = Valitse kieli, jota työnhakija lukee parhaiten.
invitations-print-hint = Tulosta lappu selaimen valikosta tai kopioi koodi tekstiviestiin.
invitations-create = Luo kutsukoodi
# $days is how many days the code works; $address is the join page.

forgot-title = Unohditko salasanasi?
forgot-intro = Kirjoita tilisi sähköpostiosoite. Lähetämme sinulle linkin, jolla voit asettaa uuden salasanan. Linkki toimii tunnin.
forgot-no-email = Eikö sinulla ole sähköpostia tai et pääse siihen? Pyydä työvalmentajaltasi kertakäyttöinen koodi ja aseta sillä uusi salasana.
forgot-email-label = Sähköpostiosoite
forgot-submit = Lähetä linkki
forgot-sent = Jos tällä sähköpostiosoitteella on tili, olemme lähettäneet siihen linkin. Tarkista sähköpostisi, myös roskapostikansio.
forgot-error-email-invalid = Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.

new-password-title = Aseta uusi salasana
new-password-code-label = Koodi
new-password-code-hint = Koodi sähköpostin linkistä tai työvalmentajaltasi, esimerkiksi K7M-4PX-Q9R.
new-password-label = Uusi salasana
new-password-submit = Tallenna uusi salasana
new-password-done = Salasanasi on vaihdettu. Kirjaudu sisään uudella salasanallasi.
new-password-error-code-missing = Kirjoita koodi sähköpostista tai työvalmentajaltasi.
new-password-error-code-wrong = Emme tunnistaneet tätä koodia. Tarkista se ja yritä uudelleen.
new-password-error-code-expired = Tämä koodi on vanhentunut tai jo käytetty. Pyydä uusi.

reset-email-subject = Aseta uusi salasana Askeleeseen
# $link is the one-time address; $minutes how long it works.
reset-email-body =
    Hei,

    Joku pyysi uutta salasanaa Askel-tilillesi. Jos se olit sinä, avaa tämä linkki { $minutes } minuutin kuluessa:

    { $link }

    Jos et pyytänyt sitä, sinun ei tarvitse tehdä mitään. Salasanasi ei ole muuttunut.

    Askel
notice-password-subject = Askel-salasanasi vaihdettiin
notice-password-body =
    Hei,

    Askel-tilisi salasana vaihdettiin juuri.

    Jos vaihdoit sen itse, sinun ei tarvitse tehdä mitään.

    Jos et vaihtanut sitä, joku voi käyttää tiliäsi. Pyydä uusi salasana täältä: { $forgot }
    Tai pyydä apua työvalmentajaltasi.
notice-contact-subject = Askel-kirjautumistietojasi muutettiin
notice-contact-body =
    Hei,

    Sähköpostiosoite tai puhelinnumero, jolla kirjaudut Askeleen, muutettiin juuri. Tämä viesti lähetetään osoitteeseen, joka tilillä oli ennen muutosta.

    Jos muutit sen itse, sinun ei tarvitse tehdä mitään.

    Jos et muuttanut sitä, joku voi käyttää tiliäsi. Pyydä heti apua työvalmentajaltasi.
notice-reset-subject = Askel-tilillesi asetettiin uusi salasana
notice-reset-body =
    Hei,

    Askel-tilillesi asetettiin juuri uusi salasana palautuslinkillä tai työvalmentajan antamalla koodilla.

    Jos teit sen itse, sinun ei tarvitse tehdä mitään.

    Jos et tehnyt sitä, pyydä uusi salasana täältä: { $forgot }
    Ja kerro asiasta työvalmentajallesi.
