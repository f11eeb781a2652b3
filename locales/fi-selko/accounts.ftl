## Kirjautuminen sisään ja ulos, liittyminen koodilla, oma tili, kutsukoodit.

sign-in-title = Kirjaudu sisään
sign-in-heading = Kirjaudu Askeleeseen
sign-in-contact-label = Sähköposti tai puhelinnumero
sign-in-contact-hint = Kirjoita sama, jonka annoit, kun liityit.
sign-in-password-label = Salasana
sign-in-submit = Kirjaudu sisään
sign-in-forgot-link = Unohditko salasanan?
sign-in-new-heading = Oletko uusi käyttäjä?
sign-in-new-body = Tarvitset kutsukoodin, jotta voit liittyä. Saat koodin valmentajaltasi.
sign-in-join-link = Liity kutsukoodilla
sign-in-error-contact-missing = Kirjoita sähköpostiosoite tai puhelinnumero.
sign-in-error-password-missing = Kirjoita salasana.
sign-in-error-wrong = Sähköposti, puhelinnumero tai salasana on väärin. Tarkista ne. Yritä sitten uudelleen.

sign-out-button = Kirjaudu ulos
signed-out-title = Olet kirjautunut ulos
signed-out-body = Kiitos, että käytit Askelta. Käyttävätkö myös muut tätä tietokonetta? Sulje nyt selain.
signed-out-sign-in-link = Kirjaudu uudelleen

join-title = Liity Askeleeseen
join-heading = Liity Askeleeseen
join-intro = Sait valmentajaltasi kutsukoodin. Koodilla voit tehdä oman tilin.
join-code-label = Kutsukoodi
join-code-hint = Esimerkiksi K7M-4PX-Q9R. Voit kirjoittaa koodin pienillä tai isoilla kirjaimilla. Välilyönnit eivät haittaa.
join-name-label = Nimesi
join-name-hint = Käytämme tätä nimeä, kun puhumme sinulle. Voit kirjoittaa vain etunimesi.
join-contact-label = Sähköposti tai puhelinnumero
join-contact-hint = Kirjaudut sisään tällä. Käytämme sitä vain, kun Askel lähettää sinulle viestejä.
join-password-label = Tee salasana
join-password-hint = Salasanassa pitää olla vähintään 8 merkkiä. Hyvä salasana on esimerkiksi muutama sana yhdessä. Muistat sen helposti. Muut eivät arvaa sitä helposti.
join-locale-legend = Kieli, jolla Askel näkyy ja jolla kirjoitamme sinulle
join-optional-heading = Kysymykset, joihin ei ole pakko vastata
join-optional-why = Voit jättää nämä tyhjiksi. Käytämme vastauksia vain tilastoihin. Tilastoista näemme, ketä Askel auttaa. Tilastoissa ei ole kenenkään nimeä.
join-birth-year-label = Syntymävuosi (ei pakollinen)
join-birth-year-hint = Esimerkiksi 1985.
join-gender-legend = Sukupuoli (ei pakollinen)
join-gender-female = Nainen
join-gender-male = Mies
join-gender-other = Muu
join-gender-unsaid = En halua kertoa
join-submit = Tee tili
join-have-account = Onko sinulla jo tili?
join-sign-in-link = Kirjaudu sisään
join-error-code-missing = Kirjoita kutsukoodi, jonka sait valmentajaltasi.
join-error-code-wrong = Tämä koodi ei ole oikein. Tarkista koodi ja yritä uudelleen. Voit myös kysyä valmentajaltasi.
join-error-code-expired = Tämä koodi ei enää toimi. Koodi on liian vanha, tai joku on jo käyttänyt sen. Pyydä valmentajaltasi uusi koodi.
join-neutral = Kiitos. Jos Askel pystyi tekemään uuden tilin näillä tiedoilla, voit nyt kirjautua sisään. Jos sinulla on jo tili Askeleessa, kirjaudu sillä. Unohditko salasanan? Pyydä uusi salasana. Tai pyydä valmentajaltasi koodi, jolla voit kirjautua.
join-holder-email-subject = Joku yritti liittyä Askeleeseen sinun sähköpostiosoitteellasi
join-holder-email-body =
    Hei,

    Joku yritti tehdä uuden tilin Askeleeseen tällä sähköpostiosoitteella. Sinulla on jo tili tällä osoitteella. Siksi Askel ei tehnyt uutta tiliä.

    Yrititkö sinä? Kirjaudu sisään täällä: { $sign_in }
    Unohditko salasanan? Pyydä uusi salasana täällä: { $forgot }

    Etkö sinä yrittänyt? Silloin sinun ei tarvitse tehdä mitään.
join-error-birth-year-invalid = Kirjoita syntymävuosi neljällä numerolla, esimerkiksi 1985. Voit myös jättää tämän tyhjäksi.
join-error-gender-invalid = Valitse yksi vaihtoehto.

account-error-name-missing = Kirjoita nimesi.
account-error-name-too-long = Nimessä voi olla enintään 100 merkkiä.
account-error-contact-missing = Kirjoita sähköpostiosoite tai puhelinnumero.
account-error-contact-invalid = Kirjoita sähköpostiosoite näin: nimi@esimerkki.fi. Tai kirjoita puhelinnumero näin: 040 123 4567.
account-error-contact-taken = Tällä sähköpostilla tai puhelinnumerolla on jo tili. Kirjaudu sisään. Tai käytä toista sähköpostia tai numeroa.

password-error-too-short = Salasanassa pitää olla vähintään 8 merkkiä.
password-error-too-long = Salasanassa voi olla enintään 200 merkkiä.
password-error-common = Tämä salasana on liian tavallinen. Joku voi arvata sen helposti. Valitse toinen salasana.

account-title = Oma tili
account-heading = Oma tili
account-welcome = Tervetuloa Askeleeseen! Tilisi on valmis.
account-name = Nimi
account-role = Rooli

invitations-title = Kutsukoodit
invitations-heading = Kutsukoodit
invitations-intro = Tee koodi uudelle työnhakijalle. Kun hän liittyy koodilla, Askel lisää hänet asiakkaisiisi. Jokainen koodi toimii vain yhden kerran.
invitations-slip-heading = Kutsu Askeleeseen
invitations-slip-step-address = Mene puhelimella tai tietokoneella osoitteeseen { $address }.
invitations-slip-step-code = Kirjoita koodi, joka on tässä ylhäällä.
invitations-slip-step-account = Valitse nimi ja salasana. Sitten voit aloittaa.
invitations-slip-expires = Koodi toimii vain yhden kerran. Koodi toimii { $days } päivää. Jos koodi ei enää toimi, pyydä valmentajaltasi uusi koodi.
invitations-language = Lapun kieli
invitations-language-hint = Valitse kieli, jota työnhakija lukee parhaiten.
invitations-print-hint = Tulosta lappu selaimen valikosta. Voit myös kopioida koodin tekstiviestiin.
invitations-create = Tee kutsukoodi
# $days is how many days the code works; $address is the join page.

forgot-title = Unohditko salasanan?
forgot-intro = Kirjoita sähköpostiosoite, joka on tililläsi. Lähetämme sinulle linkin. Linkillä voit tehdä uuden salasanan. Linkki toimii yhden tunnin.
forgot-no-email = Eikö sinulla ole sähköpostia? Tai etkö pääse sähköpostiisi? Pyydä valmentajaltasi koodi. Koodilla voit tehdä uuden salasanan. Koodi toimii vain yhden kerran.
forgot-email-label = Sähköpostiosoite
forgot-submit = Lähetä linkki
forgot-sent = Jos tällä sähköpostiosoitteella on tili, lähetimme siihen linkin. Katso sähköpostisi. Katso myös roskapostin kansio.
forgot-error-email-invalid = Kirjoita sähköpostiosoite näin: nimi@esimerkki.fi.

new-password-title = Tee uusi salasana
new-password-code-label = Koodi
new-password-code-hint = Koodi on sähköpostin linkissä. Tai sait koodin valmentajaltasi. Koodi on esimerkiksi K7M-4PX-Q9R.
new-password-label = Uusi salasana
new-password-submit = Tallenna uusi salasana
new-password-done = Salasanasi on nyt uusi. Kirjaudu sisään uudella salasanalla.
new-password-error-code-missing = Kirjoita koodi. Saat koodin sähköpostista tai valmentajaltasi.
new-password-error-code-wrong = Tämä koodi ei ole oikein. Tarkista koodi ja yritä uudelleen.
new-password-error-code-expired = Tämä koodi ei enää toimi. Koodi on liian vanha, tai joku on jo käyttänyt sen. Pyydä uusi koodi.

reset-email-subject = Tee uusi salasana Askeleeseen
# $link is the one-time address; $minutes how long it works.
reset-email-body =
    Hei,

    Joku pyysi uutta salasanaa sinun tilillesi Askeleessa. Pyysitkö sinä? Avaa silloin tämä linkki { $minutes } minuutin sisällä:

    { $link }

    Etkö sinä pyytänyt? Silloin sinun ei tarvitse tehdä mitään. Salasanasi on sama kuin ennen.

    Askel
notice-password-subject = Salasanasi Askeleessa on nyt uusi
notice-password-body =
    Hei,

    Joku vaihtoi juuri salasanan sinun tilillesi Askeleessa.

    Jos sinä vaihdoit salasanan, sinun ei tarvitse tehdä mitään.

    Jos et vaihtanut sitä, joku muu voi käyttää tiliäsi. Pyydä uusi salasana täällä: { $forgot }
    Voit myös pyytää apua valmentajaltasi.
notice-contact-subject = Joku muutti tietoja, joilla kirjaudut Askeleeseen
notice-contact-body =
    Hei,

    Joku muutti juuri sähköpostiosoitteen tai puhelinnumeron, jolla kirjaudut Askeleeseen. Askel lähettää tämän viestin vanhaan osoitteeseen. Tämä osoite oli tilillä ennen muutosta.

    Jos sinä muutit sen, sinun ei tarvitse tehdä mitään.

    Jos et muuttanut sitä, joku muu voi käyttää tiliäsi. Pyydä heti apua valmentajaltasi.
notice-reset-subject = Joku teki uuden salasanan tilillesi Askeleessa
notice-reset-body =
    Hei,

    Joku teki juuri uuden salasanan sinun tilillesi Askeleessa. Hän käytti linkkiä sähköpostista tai koodia, jonka valmentaja antoi.

    Jos sinä teit sen, sinun ei tarvitse tehdä mitään.

    Jos et tehnyt sitä, pyydä uusi salasana täällä: { $forgot }
    Kerro asiasta myös valmentajallesi.
