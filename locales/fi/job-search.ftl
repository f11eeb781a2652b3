### Työnhakijan työnhakupäiväkirja.

nav-job-search = Työnhakupäiväkirja
person-job-search = Työnhakupäiväkirja
person-open-job-search = Avaa työnhakupäiväkirja

search-title = Työnhakupäiväkirja
search-intro = Kirjoita tähän, mitä teet löytääksesi työtä. TE-palvelut voivat pyytää nähdä sen: tulosta tämä sivu tai näytä se puhelimesta. Se, mitä teet Askeleessa, on täällä jo.
search-add-heading = Lisää päiväkirjaan
search-kind = Mitä teit?
search-kind-application = Hain työpaikkaa
search-kind-contact = Otin yhteyttä työnantajaan
search-kind-interview = Olin työhaastattelussa
search-kind-other = Tein muuta työn löytämiseksi
search-kind-interest = Kerroin Askeleessa kiinnostuksestani työpaikkaan
search-kind-event = Osallistuin tapahtumaan
search-kind-module = Suoritin valmennusosion
search-day = Päivä
search-employer = Työnantaja
search-what = Työpaikka tai mistä oli kyse (vapaaehtoinen)
search-what-hint = Esimerkiksi: Keittiöapulainen, osa-aikainen
search-add = Lisää päiväkirjaan
search-added = Lisätty päiväkirjaasi.
search-removed = Poistettu päiväkirjastasi.
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
search-print-hint = Kun haluat näyttää tämän kuukauden TE-palveluille, tulosta sivu tai tallenna se PDF-tiedostoksi selaimen valikosta.
search-none = Tälle kuukaudelle ei ole merkintöjä.
search-summary = Yhteenveto
search-caption = Työnhaku: { $month }
search-column-day = Päivä
search-column-kind = Mitä
search-column-employer = Työnantaja
search-column-what = Työpaikka tai aihe
search-column-remove = Poista
search-by-askel = Askeleen merkitsemä
search-remove = Poista: { $what }
search-remove-question = Poistetaanko "{ $what }" päiväkirjastasi?
search-remove-confirm = Kyllä, poista
search-person-title = Työnhakupäiväkirja: { $name }
search-person-intro = Mitä henkilö on kirjoittanut ja mitä hän on tehnyt Askeleessa, kuukausittain. Vain hän voi muuttaa sitä.
search-error-kind = Valitse, mitä teit
search-error-day = Kirjoita päivä, esimerkiksi 3.12.2026
search-error-day-future = Päivä ei voi olla tulevaisuudessa
search-error-day-old = Päivän pitää olla viimeisen vuoden ajalta
search-error-employer = Kirjoita työnantaja
search-error-employer-long = Työnantajan nimessä voi olla enintään 200 merkkiä
search-error-what-long = Tässä voi olla enintään 300 merkkiä
