### Työnhakijan työnhakupäiväkirja.

nav-job-search = Työnhaun päiväkirja
person-job-search = Työnhaun päiväkirja
person-open-job-search = Avaa työnhaun päiväkirja

search-title = Työnhaun päiväkirja
search-intro = Kirjoita tähän, mitä teet, jotta löydät työn. Työllisyyspalvelut voivat pyytää nähdä päiväkirjan. Silloin voit tulostaa tämän sivun tai näyttää sen puhelimesta. Askel kirjoittaa tähän itse asiat, jotka olet tehnyt Askeleessa.
search-add-heading = Lisää päiväkirjaan
search-kind = Mitä teit?
search-kind-application = Hain työpaikkaa
search-kind-contact = Otin yhteyttä työnantajaan
search-kind-interview = Olin työhaastattelussa
search-kind-other = Tein jotain muuta, jotta löydän työn
search-kind-interest = Kerroin Askeleessa, että työpaikka kiinnostaa minua
search-kind-event = Olin tapahtumassa
search-kind-module = Tein osion loppuun
search-day = Päivä
search-employer = Työnantaja
search-what = Mikä työpaikka tai mistä oli kyse (ei pakollinen)
search-what-hint = Esimerkiksi: Apulainen keittiössä, osa-aikainen
search-add = Lisää päiväkirjaan
search-added = Lisäsit tämän päiväkirjaan.
search-removed = Poistit tämän päiväkirjasta.
search-month = { $month ->
    [1] Tammikuu
    [2] Helmikuu
    [3] Maaliskuu
    [4] Huhtikuu
    [5] Toukokuu
    [6] Kesäkuu
    [7] Heinäkuu
    [8] Elokuu
    [9] Syyskuu
    [10] Lokakuu
    [11] Marraskuu
   *[12] Joulukuu
} { $year }
search-months = Kuukaudet
search-previous-month = Edellinen kuukausi
search-next-month = Seuraava kuukausi
search-print-hint = Haluatko näyttää tämän kuukauden työllisyyspalveluille? Tulosta sivu selaimen valikosta. Voit myös tallentaa sivun PDF-tiedostona.
search-none = Tässä kuukaudessa ei ole merkintöjä.
search-summary = Yhteenveto
search-caption = Työnhaku: { $month }
search-column-day = Päivä
search-column-kind = Mitä
search-column-employer = Työnantaja
search-column-what = Työpaikka tai asia
search-column-remove = Poista
search-by-askel = Askel kirjoitti tämän
search-remove = Poista: { $what }
search-remove-question = Haluatko poistaa tämän päiväkirjasta: "{ $what }"?
search-remove-confirm = Kyllä, poista
search-person-title = Työnhaun päiväkirja: { $name }
search-person-intro = Tässä näet, mitä henkilö on kirjoittanut päiväkirjaan. Näet myös, mitä hän on tehnyt Askeleessa. Asiat ovat kuukauden mukaan. Vain hän voi muuttaa päiväkirjaa.
search-error-kind = Valitse, mitä teit
search-error-day = Kirjoita päivä, esimerkiksi 3.12.2026
search-error-day-future = Päivä ei voi olla tulevaisuudessa
search-error-day-old = Päivän pitää olla viimeisen vuoden ajalta
search-error-employer = Kirjoita työnantaja
search-error-employer-long = Työnantajan nimi on liian pitkä. Nimessä voi olla enintään 200 merkkiä
search-error-what-long = Teksti on liian pitkä. Siinä voi olla enintään 300 merkkiä
