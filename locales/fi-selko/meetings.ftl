### Työnhakijan ja valmentajan tapaamiset.

nav-meetings = Tapaamiset
person-meetings = Tapaamiset
person-open-meetings = Avaa tapaamiset

## Työnhakijan sivu
meeting-my-title = Tapaamiset
meeting-yours = Sinun tapaamisesi
meeting-none-booked = Sinulla ei ole tapaamisia.
meeting-no-coach = Sinulla ei ole vielä valmentajaa Askeleessa. Kun saat valmentajan, voit varata täällä tapaamisen hänen kanssaan.
meeting-with-coach = Valmentajasi kanssa: { $name }
meeting-move = Siirrä toiseen aikaan
meeting-cancel = Peru tapaaminen { $when }
meeting-cancel-question = Haluatko perua tapaamisen? Sen jälkeen muut voivat varata tämän ajan.
meeting-cancel-confirm = Kyllä, peru tapaaminen
meeting-free-heading = Vapaat ajat: { $name }
meeting-move-heading = Valitse uusi aika tapaamiselle { $when }
meeting-no-free-times = Valmentajallasi ei ole vapaita aikoja seuraavan neljän viikon aikana. Voit kirjoittaa hänelle viestin Viestit-sivulla.
meeting-book = Varaa { $time }
meeting-move-here = Siirrä aikaan { $time }
meeting-booked = Varasit tapaamisen. Saat siitä sähköpostin. Saat myös muistutuksen päivää ennen tapaamista. Saat vielä toisen muistutuksen kaksi tuntia ennen tapaamista.
meeting-cancelled = Peruit tapaamisen.
meeting-add-to-calendar = Lisää kalenteriini
meeting-weekday-1 = Maanantai
meeting-weekday-2 = Tiistai
meeting-weekday-3 = Keskiviikko
meeting-weekday-4 = Torstai
meeting-weekday-5 = Perjantai
meeting-weekday-6 = Lauantai
meeting-weekday-7 = Sunnuntai
meeting-mode-in-person = Tapaaminen paikan päällä
meeting-mode-phone = Puhelu
meeting-mode-video = Videopuhelu

## Valmentajan kalenteri
meeting-coach-title = Tapaamiset
meeting-weeks = Viikot
meeting-days = Päivät
meeting-week-range = Viikko { $from }–{ $until }
meeting-week-empty = Sinulla ei ole aikoja tällä viikolla.
meeting-previous-week = Edellinen viikko
meeting-next-week = Seuraava viikko
meeting-previous-day = Edellinen päivä
meeting-next-day = Seuraava päivä
meeting-whole-week = Koko viikko
meeting-today = Tämän päivän ajat
meeting-day-empty = Sinulla ei ole aikoja tänä päivänä.
meeting-free = Vapaa
meeting-remove = Poista aika { $time }
meeting-remove-booked = Peru tapaaminen { $time }
meeting-remove-question = Haluatko poistaa tämän vapaan ajan?
meeting-remove-booked-question = Haluatko perua tapaamisen? Askel kertoo siitä työnhakijalle sähköpostilla.
meeting-remove-confirm = Kyllä, poista { $time }
meeting-removed = Poistit ajan.
meeting-offer-heading = Tarjoa vapaita aikoja
meeting-offered = Lisäsit ajat. Asiakkaasi voivat nyt varata ne.
meeting-day = Päivä
meeting-day-hint = Esimerkiksi 7.12.2026
meeting-start = Ensimmäinen aika alkaa kello
meeting-start-hint = Esimerkiksi 9.00
meeting-length = Yhden ajan pituus
meeting-minutes = { $minutes } minuuttia
meeting-count = Montako aikaa peräkkäin
meeting-count-hint = Voit lisätä 1–{ $max } aikaa. Ajat ovat peräkkäin. Niiden välissä ei ole taukoa.
meeting-mode = Miten tapaatte
meeting-place = Osoite, videolinkki tai lisätieto
meeting-place-hint = Kirjoita katuosoite tai videolinkki (https://…). Jos tapaatte puhelimessa, voit jättää tämän tyhjäksi. Voit myös kirjoittaa, kuka soittaa.
meeting-offer = Lisää ajat

## Yhden työnhakijan tapaamiset valmentajalle
meeting-person-title = Tapaamiset: { $name }
meeting-coming = Tulevat tapaamiset
meeting-person-none = Ei varattuja tapaamisia.
meeting-book-for-heading = Varaa aika: { $name }
meeting-book-for-hint = Nämä ovat sinun vapaat aikasi. Askel kertoo varauksesta hänelle sähköpostilla.
meeting-book-for = Varaa { $time }
meeting-booked-for = Varasit tapaamisen. Askel kertoo siitä hänelle sähköpostilla.
meeting-held = Menneet tapaamiset
meeting-outcome = Mitä tapaamisessa sovitte
meeting-outcome-none = Kukaan ei ole vielä kirjoittanut tätä.
meeting-outcome-write = Kirjoita, mitä sovitte
meeting-next-step = Seuraava askel suunnitelmaan (ei pakollinen)
meeting-next-step-hint = Tästä tulee askel hänen suunnitelmaansa. Hän tekee askeleen itse.
meeting-outcome-save = Tallenna
meeting-outcome-saved = Tallensit tiedot.

## Ongelmat
meeting-error-no-coach = Sinulla ei ole vielä valmentajaa. Siksi et voi varata aikaa.
meeting-error-cannot-move = Et voi enää siirtää tätä tapaamista. Katso tapaamisesi ylhäältä.
meeting-error-have-one = Sinulla on jo tapaaminen. Haluatko toisen ajan? Valitse "Siirrä toiseen aikaan".
meeting-error-taken = Joku varasi tämän ajan juuri äsken. Valitse toinen aika.
meeting-error-overlap-own = Sinulla on jo tapaaminen tähän aikaan. Valitse toinen aika.
meeting-error-overlap = Sinulla on jo aika, joka on samaan aikaan kuin nämä ajat. Valitse toinen alkamisaika. Tai lisää vähemmän aikoja.
meeting-error-day = Kirjoita päivä, esimerkiksi 7.12.2026
meeting-error-start = Kirjoita, mihin aikaan ensimmäinen aika alkaa. Esimerkiksi 9.00
meeting-error-length = Valitse yhden ajan pituus
meeting-error-count = Kirjoita, montako aikaa lisäät. Voit lisätä 1–8 aikaa.
meeting-error-mode = Valitse, miten tapaatte
meeting-error-place = Kirjoita osoite tai videolinkki
meeting-error-place-long = Osoite tai linkki on liian pitkä. Siinä voi olla enintään 300 merkkiä.
meeting-error-video-link = Kirjoita videolinkki, joka alkaa https://
meeting-error-time-skipped = Sinä päivänä kellot siirtyvät tunnin eteenpäin. Siksi tätä kellonaikaa ei ole. Valitse toinen aika.
meeting-error-past = Tämä aika on jo mennyt. Valitse aika, joka on tulevaisuudessa.
meeting-error-outcome = Kirjoita, mitä tapaamisessa sovitte
meeting-error-outcome-long = Teksti on liian pitkä. Voit kirjoittaa enintään 2000 merkkiä.

## Kalenteritiedosto ja sähköpostit
meeting-calendar-title = Tapaaminen valmentajasi kanssa: { $name }
meeting-calendar-title-coach = Tapaaminen: { $name }
meeting-email-booked-subject = Varasit tapaamisen valmentajasi kanssa
meeting-email-booked-by-coach-subject = Valmentajasi varasi sinulle tapaamisen
meeting-email-reminder-subject = Muistutus: tapaaminen valmentajan kanssa
meeting-email-booked-body = Tapaamisesi valmentajan kanssa on { $day } kello { $time }.

    { $place }

    Voit katsoa, siirtää tai perua tapaamisen Askeleessa. Kirjaudu sisään: { $link }
meeting-email-cancelled-subject = Valmentajasi perui tapaamisenne
meeting-email-cancelled-body = Valmentajasi perui tapaamisen, joka oli { $day } kello { $time }.

    Voit varata uuden ajan: { $link }

meeting-sms-booked = Askel: tapaamisesi valmentajan kanssa on { $day } kello { $time }. { $link }
meeting-sms-booked-by-coach = Askel: valmentajasi varasi sinulle tapaamisen { $day } kello { $time }. { $link }
meeting-sms-reminder = Askel muistuttaa: tapaaminen valmentajan kanssa { $day } kello { $time }. { $link }
meeting-sms-cancelled = Askel: valmentajasi perui tapaamisen { $day } kello { $time }. Voit varata uuden ajan: { $link }
meeting-error-overlap-theirs = Hänellä on jo tapaaminen tähän aikaan. Valitse toinen aika.
meeting-error-far = Voit tarjota aikoja enintään vuoden päähän.
meeting-calendar-title-free = Vapaa tapaamisaika Askeleessa
meeting-no-free-times-coach = Sinulla ei ole vapaita aikoja seuraavan neljän viikon aikana.
