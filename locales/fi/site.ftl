## Etusivu, "sivua ei löydy" -sivu ja offline-sivu.

home-title = Etusivu
home-heading = Kohti työtä askel kerrallaan
home-intro = Askel auttaa sinua valmistautumaan työelämään. Voit opiskella omaan tahtiisi, katsoa mitä jo osaat ja tavata työnantajia.
home-who = Käytät Askelta yhdessä työvalmentajasi kanssa. Valmentaja näkee, miten sinulla menee, ja auttaa sinua seuraavassa askeleessa.
home-areas-heading = Mitä voit tehdä Askeleessa
home-staff-heading = Työsi Askeleessa
home-area-modules-name = Valmennusosiot
home-area-modules-description = Lyhyitä oppitunteja ansioluettelon tekemisestä, työhaastattelusta, työnhausta netissä, digipalveluista ja työelämästä.
home-area-assessment-name = Osaamisen itsearviointi
home-area-assessment-description = Arvioi digitaitosi ja työelämätaitosi. Näet, miten osaamisesi kasvaa.
home-area-events-name = Tapaa työnantajia
home-area-events-description = Löydä tapahtumia, joissa voit tavata työnantajia kasvokkain, ja ilmoittaudu mukaan.
home-area-plan-name = Oma suunnitelma
home-area-plan-description = Näet työllistymissuunnitelmasi vaiheet ja sen, mitä teet seuraavaksi.
home-help-heading = Tarvitsetko apua?
home-help-body = Kysy työvalmentajaltasi. Voit käyttää Askelta yhdeksällä kielellä, myös selkosuomeksi: valitse kieli sivun yläosasta.

not-found-title = Sivua ei löydy
not-found-body = Etsimääsi sivua ei ole. Osoite voi olla väärin, tai sivu on siirretty.
not-found-home-link = Siirry etusivulle

offline-title = Ei verkkoyhteyttä
offline-body = Askel ei juuri nyt saa yhteyttä internetiin. Tarkista yhteys ja yritä uudelleen.
offline-saved-work = Mitään aiemmin tallentamaasi ei ole kadonnut.
offline-retry = Yritä uudelleen
