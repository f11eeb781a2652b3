### Valmentajan työnantajayhteistyö ja tuki työn alettua.

nav-employer-contacts = Työnantajakontaktit
employers-contacts-link = Yhteydenotot tähän työnantajaan ja uuden kirjaaminen
account-employers-change = Kerro, saako valmentajasi kertoa sinusta työnantajille

## Valmentajan työtilan asiakassivulla
person-employers = Työnantajakontaktit
person-employer-consent = On antanut luvan kertoa itsestään työnantajille ({ $day } alkaen).
person-employer-no-consent = Ei ole antanut lupaa kertoa itsestään työnantajille. Voit kirjata yhteydenottoja työnantajiin, mutta et nimetä häntä. Hän voi antaa luvan Oma tili -sivulla.
person-log-contact = Kirjaa työnantajakontakti
person-follow-along = Tuki työn alettua
person-open-checkins = { $count ->
    [0] Ei tehtäviä seurantoja.
    [one] Yksi seuranta tekemättä.
   *[other] { $count } seurantaa tekemättä.
}
person-open-follow-along = Avaa seuranta
caseload-column-first-contact = Ensimmäinen työnantajakontakti
caseload-first-contact-late = Yli kuukausi

## Kirjaukset
contact-title = Työnantajakontaktit
contact-intro = Tiimisi yhteydenotot työnantajiin, uusin ensin. Kirjaa jokainen yhteydenotto: tiimi näkee silloin, kuka on viimeksi puhunut työnantajan kanssa. Voit nimetä henkilön vain, jos hän on antanut luvan, ja vain sinä näet hänen nimensä.
contact-log-heading = Kirjaa yhteydenotto
contact-logged = Yhteydenotto on kirjattu.
contact-latest = Viimeisimmät yhteydenotot
contact-with-employer = Yhteydenotot: { $employer }
contact-all = Kaikki yhteydenotot
contact-none = Yhteydenottoja ei ole vielä kirjattu.
contact-employer = Työnantaja
contact-employer-hint = Työnantajat ovat koko palvelun yhteisiä.
contact-employer-choose = Valitse työnantaja
contact-employer-add = Eikö työnantajaa ole listassa? Lisää se Työnantajat-sivulla.
contact-day = Yhteydenoton päivä
contact-how = Miten
contact-how-visit = Käynti työpaikalla
contact-how-phone = Puhelimessa
contact-how-email = Sähköpostilla
contact-how-meeting = Tapaaminen muualla
contact-how-event = Tapahtumassa
contact-person = Kenestä
contact-person-hint = Listassa ovat vain asiakkaasi, jotka ovat antaneet luvan kertoa itsestään työnantajille.
contact-person-none = Ei kenestäkään tietystä
contact-result = Mitä siitä seurasi
contact-result-no-opening = Ei avoimia paikkoja nyt
contact-result-later = Otetaan yhteyttä myöhemmin
contact-result-opening = Avoin paikka tai työtehtävä
contact-result-interview = Työhaastattelu
contact-result-work-trial = Työkokeilu
contact-result-hired = Palkattu
contact-note = Muistiinpano (vapaaehtoinen)
contact-note-hint = Mitä sovittiin ja mitä seuraavaksi. Ei terveystietoja eikä muita arkaluonteisia tietoja.
contact-save = Kirjaa yhteydenotto
contact-by = kirjannut { $name }
contact-about = Kenestä:
contact-about-someone = Toisen valmentajan asiakkaasta.
contact-rapid-after = { $days ->
    [one] yhden päivän jälkeen
   *[other] { $days } päivän jälkeen
}
contact-rapid-none-yet = ei vielä (päivä { $days })
contact-error-employer = Valitse työnantaja listasta
contact-error-day = Kirjoita yhteydenoton päivä, esimerkiksi 3.12.2026
contact-error-day-future = Yhteydenoton päivä ei voi olla tulevaisuudessa
contact-error-day-old = Yhteydenoton päivän pitää olla viimeisen vuoden ajalta
contact-error-how = Valitse, miten yhteyttä otettiin
contact-error-result = Valitse, mitä yhteydenotosta seurasi
contact-error-person = Valitse henkilö listasta: hänen pitää olla asiakkaasi ja antanut luvan
contact-error-note-long = Muistiinpanossa voi olla enintään 1 000 merkkiä

## Työnhakijan lupa
contact-consent-title = Valmentajasi ja työnantajat
contact-consent-intro = Valmentajasi etsii kanssasi työtä ja puhuu työnantajien kanssa. Saako valmentajasi kertoa sinusta työnantajille?
contact-consent-what = Jos vastaat kyllä, valmentajasi voi kertoa työnantajalle nimesi ja sen, mitä osaat.
contact-consent-not = Valmentajasi ei kerro heille terveydestäsi eikä elämäntilanteestasi.
contact-consent-back = Voit muuttaa vastaustasi täällä milloin vain. Askel tallentaa, milloin vastasit kyllä ja milloin peruit sen.
contact-consent-given = Olet vastannut kyllä ({ $day } alkaen).
contact-consent-not-given = Et ole vastannut kyllä.
contact-consent-question = Saako valmentajasi kertoa sinusta työnantajille?
contact-consent-yes = Kyllä
contact-consent-no = Ei
contact-consent-save = Tallenna
contact-consent-saved = Vastauksesi on tallennettu.
contact-consent-error = Valitse kyllä tai ei

## Seurannat työn alettua
checkin-kind-week = Viikko
checkin-kind-month = Kuukausi
checkin-kind-three-months = Kolme kuukautta
checkin-kind-agreed = Sovittu seuranta
checkin-title = { $kind }: { $day }
checkin-due-heading = Tehtävät seurannat
checkin-late = Myöhässä
checkin-page-title = Tuki työn alettua: { $name }
checkin-intro = Kun henkilö aloittaa työn, ole yhteydessä häneen ja hänen luvallaan työnantajaan: viikon, kuukauden ja kolmen kuukauden kohdalla, sitten sovitusti. Kirjoita jokaisesta lyhyt muistiinpano.
checkin-none = Ei seurantoja. Ne tulevat, kun kirjaat henkilön työllistyneeksi.
checkin-saved = Seuranta on tallennettu.
checkin-agreed = Seuranta on lisätty.
checkin-agree-heading = Sovi uusi seuranta
checkin-agree-day = Päivä
checkin-agree-save = Lisää seuranta
checkin-done-by = Tehty { $day }, { $name }
checkin-done = Tehty { $day }
checkin-note = Miten meni
checkin-note-hint = Miten työ sujuu ja mitä tukea sovittiin. Ei terveystietoja eikä muita arkaluonteisia tietoja.
checkin-save = Tallenna seuranta
checkin-write = Kirjoita tämä seuranta
checkin-error-note = Kirjoita, miten seuranta meni
checkin-error-note-long = Muistiinpanossa voi olla enintään 1 000 merkkiä
checkin-error-day = Kirjoita päivä, esimerkiksi 15.1.2027
checkin-error-day-past = Päivä ei voi olla menneisyydessä
checkin-error-day-far = Päivän pitää olla vuoden sisällä
