### Työnhakijan ja valmentajan tapaamiset.

nav-meetings = Tapaamiset
person-meetings = Tapaamiset
person-open-meetings = Avaa tapaamiset

## Työnhakijan sivu
meeting-my-title = Tapaamiset
meeting-yours = Sinun tapaamisesi
meeting-none-booked = Sinulla ei ole varattuja tapaamisia.
meeting-no-coach = Sinulla ei ole vielä valmentajaa Askeleessa. Kun saat valmentajan, voit varata tapaamisen hänen kanssaan täällä.
meeting-with-coach = Valmentajasi { $name } kanssa
meeting-move = Siirrä toiseen aikaan
meeting-cancel = Peru tapaaminen { $when }
meeting-cancel-question = Perutaanko tapaaminen? Aika vapautuu muille.
meeting-cancel-confirm = Kyllä, peru tapaaminen
meeting-free-heading = Vapaat ajat: { $name }
meeting-move-heading = Valitse uusi aika tapaamisellesi { $when }
meeting-no-free-times = Valmentajallasi ei ole vapaita aikoja seuraavan neljän viikon aikana. Voit kirjoittaa hänelle Viestit-sivulla.
meeting-book = Varaa { $time }
meeting-move-here = Siirrä aikaan { $time }
meeting-booked = Tapaaminen on varattu. Saat siitä sähköpostin ja muistutukset edellisenä päivänä ja kaksi tuntia ennen.
meeting-cancelled = Tapaaminen on peruttu.
meeting-add-to-calendar = Lisää kalenteriini
meeting-weekday-1 = Maanantai
meeting-weekday-2 = Tiistai
meeting-weekday-3 = Keskiviikko
meeting-weekday-4 = Torstai
meeting-weekday-5 = Perjantai
meeting-weekday-6 = Lauantai
meeting-weekday-7 = Sunnuntai
meeting-mode-in-person = Tapaaminen osoitteessa
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
meeting-remove-question = Poistetaanko tämä vapaa aika?
meeting-remove-booked-question = Perutaanko tapaaminen? Työnhakijalle kerrotaan siitä sähköpostilla.
meeting-remove-confirm = Kyllä, poista { $time }
meeting-removed = Aika on poistettu.
meeting-offer-heading = Tarjoa vapaita aikoja
meeting-offered = Ajat on lisätty. Asiakkaasi voivat nyt varata ne.
meeting-day = Päivä
meeting-day-hint = Esimerkiksi 7.12.2026
meeting-start = Ensimmäinen aika alkaa
meeting-start-hint = Esimerkiksi 9.00
meeting-length = Yhden ajan pituus
meeting-minutes = { $minutes } minuuttia
meeting-count = Montako aikaa peräkkäin
meeting-count-hint = 1–{ $max }. Ajat seuraavat toisiaan ilman taukoa.
meeting-mode = Miten tapaatte
meeting-place = Osoite, videolinkki tai huomautus
meeting-place-hint = Katuosoite tai videolinkki (https://…). Puhelua varten voit jättää tämän tyhjäksi tai kertoa, kuka soittaa.
meeting-offer = Lisää ajat

## Yhden työnhakijan tapaamiset valmentajalle
meeting-person-title = Tapaamiset: { $name }
meeting-coming = Tulevat tapaamiset
meeting-person-none = Ei varattuja tapaamisia.
meeting-book-for-heading = Varaa aika: { $name }
meeting-book-for-hint = Nämä ovat sinun vapaat aikasi. Hänelle kerrotaan varauksesta sähköpostilla.
meeting-book-for = Varaa { $time }
meeting-booked-for = Tapaaminen on varattu. Hänelle kerrotaan siitä sähköpostilla.
meeting-held = Pidetyt tapaamiset
meeting-outcome = Mitä tapaamisessa sovittiin
meeting-outcome-none = Ei vielä kirjattu.
meeting-outcome-write = Kirjaa, mitä sovittiin
meeting-next-step = Seuraava askel suunnitelmaan (vapaaehtoinen)
meeting-next-step-hint = Se lisätään hänen työllistymissuunnitelmaansa hänen tehtäväkseen.
meeting-outcome-save = Tallenna
meeting-outcome-saved = Tallennettu.

## Ongelmat
meeting-error-no-coach = Sinulla ei ole vielä valmentajaa, joten varattavia aikoja ei ole.
meeting-error-cannot-move = Tätä tapaamista ei voi enää siirtää. Katso tapaamisesi yllä.
meeting-error-have-one = Sinulla on jo varattu tapaaminen. Jos haluat toisen ajan, valitse "Siirrä toiseen aikaan".
meeting-error-taken = Joku varasi tämän ajan juuri äsken. Valitse toinen aika.
meeting-error-overlap-own = Sinulla on jo tapaaminen tähän aikaan. Valitse toinen aika.
meeting-error-overlap = Sinulla on jo aika, joka menee päällekkäin näiden kanssa. Valitse toinen alkamisaika tai vähemmän aikoja.
meeting-error-day = Kirjoita päivä, esimerkiksi 7.12.2026
meeting-error-start = Kirjoita alkamisaika, esimerkiksi 9.00
meeting-error-length = Valitse yhden ajan pituus
meeting-error-count = Kirjoita aikojen määrä 1–8
meeting-error-mode = Valitse, miten tapaatte
meeting-error-place = Kirjoita osoite tai videolinkki
meeting-error-place-long = Kirjoita osoite tai linkki enintään 300 merkillä
meeting-error-video-link = Kirjoita videolinkki, joka alkaa https://
meeting-error-time-skipped = Tätä kellonaikaa ei ole sinä päivänä, koska kelloja siirretään eteenpäin. Valitse toinen aika.
meeting-error-past = Aika on jo mennyt. Valitse tuleva aika.
meeting-error-outcome = Kirjoita, mitä tapaamisessa sovittiin
meeting-error-outcome-long = Kirjoita enintään 2000 merkillä

## Kalenteritiedosto ja sähköpostit
meeting-calendar-title = Tapaaminen valmentajasi { $name } kanssa
meeting-calendar-title-coach = Tapaaminen: { $name }
meeting-email-booked-subject = Tapaamisesi valmentajan kanssa on varattu
meeting-email-booked-by-coach-subject = Valmentajasi varasi sinulle tapaamisen
meeting-email-reminder-subject = Muistutus: tapaaminen valmentajan kanssa
meeting-email-booked-body = Tapaamisesi valmentajan kanssa on { $day } klo { $time }.

    { $place }

    Voit katsoa, siirtää tai perua sen, kun kirjaudut: { $link }
meeting-email-cancelled-subject = Tapaamisesi valmentajan kanssa on peruttu
meeting-email-cancelled-body = Valmentajasi perui tapaamisesi { $day } klo { $time }.

    Voit varata uuden ajan: { $link }

meeting-sms-booked = Askel: tapaamisesi valmentajan kanssa on { $day } klo { $time }. { $link }
meeting-sms-booked-by-coach = Askel: valmentajasi varasi sinulle tapaamisen { $day } klo { $time }. { $link }
meeting-sms-reminder = Askel muistuttaa: tapaaminen valmentajan kanssa { $day } klo { $time }. { $link }
meeting-sms-cancelled = Askel: valmentajasi perui tapaamisesi { $day } klo { $time }. Voit varata uuden ajan: { $link }
meeting-error-overlap-theirs = Hänellä on jo tapaaminen tähän aikaan. Valitse toinen aika.
meeting-error-far = Tarjoa aikoja enintään vuoden päähän.
meeting-calendar-title-free = Vapaa aika Askeleessa
meeting-no-free-times-coach = Sinulla ei ole vapaita aikoja seuraavan neljän viikon aikana.
