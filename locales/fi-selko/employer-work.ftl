### Valmentajan työnantajayhteistyö ja tuki työn alettua.

nav-employer-contacts = Yhteydet työnantajiin
employers-contacts-link = Katso yhteydenotot tähän työnantajaan ja merkitse uusi
account-employers-change = Kerro, saako valmentajasi kertoa sinusta työnantajille

## Valmentajan työtilan asiakassivulla
person-employers = Yhteydet työnantajiin
person-employer-consent = Antoi luvan kertoa itsestään työnantajille. Lupa on voimassa { $day } alkaen.
person-employer-no-consent = Ei ole antanut lupaa kertoa itsestään työnantajille. Voit merkitä yhteydenottoja työnantajiin. Et voi kuitenkaan merkitä hänen nimeään. Hän voi antaa luvan Oma tili -sivulla.
person-log-contact = Merkitse yhteydenotto työnantajaan
person-follow-along = Tuki uudessa työssä
person-open-checkins = { $count ->
    [0] Ei seurantoja tekemättä.
    [one] Yksi seuranta on tekemättä.
   *[other] { $count } seurantaa on tekemättä.
}
person-open-follow-along = Avaa seuranta
caseload-column-first-contact = Ensimmäinen yhteydenotto työnantajaan
caseload-first-contact-late = Yli kuukausi

## Kirjaukset
contact-title = Yhteydet työnantajiin
contact-intro = Tässä ovat tiimisi yhteydenotot työnantajiin. Uusin on ensin. Merkitse jokainen yhteydenotto. Silloin tiimi näkee, kuka puhui työnantajan kanssa viimeksi. Voit merkitä asiakkaan nimen vain, jos hän on antanut luvan. Vain sinä näet hänen nimensä.
contact-log-heading = Merkitse yhteydenotto
contact-logged = Merkitsit yhteydenoton.
contact-latest = Uusimmat yhteydenotot
contact-with-employer = Yhteydenotot: { $employer }
contact-all = Kaikki yhteydenotot
contact-none = Kukaan ei ole vielä merkinnyt yhteydenottoja.
contact-employer = Työnantaja
contact-employer-hint = Koko Askeleella on yksi yhteinen lista työnantajista.
contact-employer-choose = Valitse työnantaja
contact-employer-add = Eikö työnantaja ole listassa? Lisää työnantaja Työnantajat-sivulla.
contact-day = Päivä, jolloin otit yhteyttä
contact-how = Miten otit yhteyttä
contact-how-visit = Kävin työpaikalla
contact-how-phone = Puhelimessa
contact-how-email = Sähköpostilla
contact-how-meeting = Tapasimme muualla
contact-how-event = Tapahtumassa
contact-person = Kenestä puhuitte
contact-person-hint = Listassa ovat vain ne asiakkaasi, jotka ovat antaneet luvan kertoa itsestään työnantajille.
contact-person-none = Ei kenestäkään tietystä
contact-result = Mitä tapahtui sen jälkeen
contact-result-no-opening = Työnantajalla ei ole nyt avoimia työpaikkoja
contact-result-later = Otamme yhteyttä myöhemmin
contact-result-opening = Avoin työpaikka tai työtehtävä
contact-result-interview = Työhaastattelu
contact-result-work-trial = Työkokeilu
contact-result-hired = Työnantaja palkkasi
contact-note = Muistiinpano (ei pakollinen)
contact-note-hint = Mitä sovitte? Mitä tapahtuu seuraavaksi? Älä kirjoita terveydestä tai muista yksityisistä asioista.
contact-save = Merkitse yhteydenotto
contact-by = merkitsi { $name }
contact-about = Kenestä:
contact-about-someone = Toisen valmentajan asiakkaasta.
contact-rapid-after = { $days ->
    [one] yhden päivän jälkeen
   *[other] { $days } päivän jälkeen
}
contact-rapid-none-yet = ei vielä (päivä { $days })
contact-error-employer = Valitse työnantaja listasta
contact-error-day = Kirjoita päivä, jolloin otit yhteyttä. Esimerkiksi 3.12.2026
contact-error-day-future = Päivä ei voi olla tulevaisuudessa
contact-error-day-old = Päivän pitää olla viimeisen vuoden ajalta
contact-error-how = Valitse, miten otit yhteyttä
contact-error-result = Valitse, mitä tapahtui yhteydenoton jälkeen
contact-error-person = Valitse henkilö listasta. Listassa ovat vain asiakkaasi, jotka ovat antaneet luvan.
contact-error-note-long = Muistiinpano on liian pitkä. Siinä voi olla enintään 1 000 merkkiä

## Työnhakijan lupa
contact-consent-title = Valmentajasi ja työnantajat
contact-consent-intro = Valmentajasi etsii kanssasi työtä. Valmentaja puhuu myös työnantajien kanssa. Saako valmentajasi kertoa sinusta työnantajille?
contact-consent-what = Jos vastaat kyllä, valmentajasi voi kertoa työnantajalle nimesi. Valmentaja voi myös kertoa, mitä osaat.
contact-consent-not = Valmentajasi ei kerro työnantajille terveydestäsi. Valmentaja ei kerro myöskään muusta elämästäsi.
contact-consent-back = Voit muuttaa vastaustasi täällä milloin vain. Askel tallentaa, milloin vastasit kyllä. Askel tallentaa myös, milloin peruit luvan.
contact-consent-given = Vastasit kyllä. Lupa on voimassa { $day } alkaen.
contact-consent-not-given = Et ole vastannut kyllä.
contact-consent-question = Saako valmentajasi kertoa sinusta työnantajille?
contact-consent-yes = Kyllä
contact-consent-no = Ei
contact-consent-save = Tallenna
contact-consent-saved = Tallensit vastauksesi.
contact-consent-error = Valitse kyllä tai ei

## Seurannat työn alettua
checkin-kind-week = Viikko
checkin-kind-month = Kuukausi
checkin-kind-three-months = Kolme kuukautta
checkin-kind-agreed = Sovittu seuranta
checkin-title = { $kind }: { $day }
checkin-due-heading = Seurannat, jotka sinun pitää tehdä
checkin-late = Myöhässä
checkin-page-title = Tuki uudessa työssä: { $name }
checkin-intro = Seuranta tarkoittaa, että otat yhteyttä henkilöön, kun hän on aloittanut uuden työn. Jos hän antaa luvan, ota yhteyttä myös työnantajaan. Ota yhteyttä, kun työ on kestänyt viikon, kuukauden ja kolme kuukautta. Sen jälkeen ota yhteyttä niin kuin sovitte. Kirjoita jokaisesta kerrasta lyhyt muistiinpano.
checkin-none = Ei seurantoja. Askel lisää seurannat, kun merkitset, että henkilö on saanut työn.
checkin-saved = Tallensit seurannan.
checkin-agreed = Lisäsit seurannan.
checkin-agree-heading = Sovi uusi seuranta
checkin-agree-day = Päivä
checkin-agree-save = Lisää seuranta
checkin-done-by = Valmis { $day }. Seurannan teki { $name }.
checkin-done = Valmis { $day }
checkin-note = Miten meni
checkin-note-hint = Miten työ sujuu? Millaista tukea sovitte? Älä kirjoita terveydestä tai muista yksityisistä asioista.
checkin-save = Tallenna seuranta
checkin-write = Kirjoita tämä seuranta
checkin-error-note = Kirjoita, miten seuranta meni
checkin-error-note-long = Muistiinpano on liian pitkä. Siinä voi olla enintään 1 000 merkkiä
checkin-error-day = Kirjoita päivä, esimerkiksi 15.1.2027
checkin-error-day-past = Päivä ei voi olla menneisyydessä
checkin-error-day-far = Päivä voi olla enintään vuoden päässä
