# My account: one's own details, language, password, data and leaving.

account-details-saved = Sinu andmed on salvestatud.
account-language-saved = Sinu keel on salvestatud.
account-password-saved = Sinu parool on muudetud. Sind on sinu teistes seadmetes välja logitud.
account-back = Tagasi lehele Minu konto
account-not-given = Ei ole antud
account-coach = Sinu nõustaja
account-email = E-posti aadress
account-phone = Telefoninumber
account-details-heading = Sinu andmed
account-change-details = Muuda oma andmeid
account-language-heading = Keel
account-language-now = Askel ja meie sõnumid sulle on selles keeles:
account-change-language = Muuda keelt
account-password-heading = Parool
account-change-password = Muuda oma parooli
account-data-heading = Sinu andmed
account-data-intro = Sa saad alla laadida failina kõik, mida Askel sinu kohta hoiab. Seal on näha ka see, kes ja millal on sinu andmeid vaadanud.
account-data-download = Laadi alla minu andmed (JSON-fail)
account-delete-heading = Kustuta oma konto
account-delete-intro = Kui sa ei taha enam Askelit kasutada, võid oma konto ja oma andmed kustutada.
account-delete-link = Kustuta minu konto

account-error-email-invalid = Sisesta e-posti aadress kujul name@example.com või jäta see tühjaks.
account-error-phone-invalid = Sisesta telefoninumber kujul 040 123 4567 või jäta see tühjaks.
account-error-contact-none = Sisesta e-posti aadress või telefoninumber. Sisselogimiseks on sul vaja üht neist.
account-error-language-missing = Vali keel.
account-error-current-password-missing = Sisesta oma praegune parool.
account-error-current-password-wrong = Sinu praegune parool ei ole õige. Kontrolli seda ja proovi uuesti.

details-title = Muuda oma andmeid
details-contact-intro = Sa logid sisse oma e-posti aadressi või telefoninumbriga. Anna vähemalt üks neist.
details-phone-hint = Näiteks 040 123 4567.
details-password-hint = Vaja ainult siis, kui muudad oma e-posti aadressi või telefoninumbrit.
details-submit = Salvesta andmed

language-page-title = Muuda keelt
language-page-hint = Askelit näidatakse selles keeles ja me kirjutame sulle selles keeles.
language-page-submit = Salvesta keel

password-page-title = Muuda oma parooli
password-page-intro = Pärast muutmist jääd selles seadmes sisse logituks. Teistes seadmetes pead uuesti sisse logima.
password-page-current = Praegune parool
password-page-new = Uus parool
password-page-submit = Salvesta uus parool

delete-title = Kustuta oma konto
delete-removed-intro = Kui kustutad oma konto, eemaldame:
delete-removed-details = sinu nime, e-posti aadressi, telefoninumbri ja parooli
delete-removed-sign-in = sinu ligipääsu Askelisse: sind logitakse kõikjal välja ja sa ei saa enam sisse logida
delete-removed-answers = sinu vastused ja märkused Askelis
delete-kept = Me hoiame alles ainult anonüümsed arvud statistika jaoks, näiteks sinu sünniaasta. Neid ei saa sinuga seostada.
delete-coach-told = Me teatame sinu nõustajale, et sa oled Askelist lahkunud.
delete-copy-first = Kas tahad enne oma andmetest koopiat?
delete-confirm-label = Ma saan aru, et minu konto kustutatakse lõplikult ja seda ei saa taastada.
delete-password-label = Sinu parool
delete-password-hint = Me küsime seda, et keegi teine ei saaks sinu kontot kustutada.
delete-submit = Kustuta minu konto
delete-error-confirm = Tee kasti linnuke. Nii kinnitad, et tahad oma konto kustutada.
delete-coach-email-subject = Tööotsija lahkus Askelist
# $name is the jobseeker's name.
delete-coach-email-body =
    Tere!

    { $name } kustutas oma Askeli konto. Tema isikuandmed on eemaldatud ja ta ei ole enam sinu tööotsijate hulgas.

    Askel

deleted-title = Sinu konto on kustutatud
deleted-body = Sinu isikuandmed on Askelist eemaldatud. Aitäh, et kasutasid Askelit, ja edu!
deleted-home-link = Mine avalehele
account-email-pending = Aadressile { $address } saadeti link. Seda aadressi hakatakse kasutama, kui oled lingi avanud.
email-confirm-email-subject = Kinnita oma uus e-posti aadress Askelis
email-confirm-email-body =
    Tere!

    Sa palusid, et saaksid nüüdsest Askelisse sisse logida selle e-posti aadressiga. Kinnitamiseks ava see link ja vajuta lehel olevat nuppu:
    { $link }

    Link töötab { $hours } tundi. Kuni sa pole kinnitanud, logid sisse oma varasemate andmetega.

    Kui sa seda ei palunud, ei pea sa midagi tegema.
email-confirm-title = Kinnita oma uus e-posti aadress
email-confirm-intro = Vajuta nuppu, et hakata seda e-posti aadressi Askelisse sisselogimiseks kasutama.
email-confirm-code-label = Kinnituskood
email-confirm-submit = Kinnita minu e-posti aadress
email-confirm-done = Sinu uus e-posti aadress on nüüd kasutusel. Logi nüüdsest sellega sisse.
email-confirm-to-account = Mine lehele Minu konto
email-confirm-error-wrong = See link ei tööta. See võib olla aegunud või juba kasutatud. Uue lingi saamiseks muuda oma e-posti aadressi uuesti lehel Minu konto.
email-confirm-error-taken = Seda e-posti aadressi kasutab juba teine konto, seega ei saanud seda kasutusele võtta.
