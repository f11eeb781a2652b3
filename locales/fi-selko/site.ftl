## Etusivu, "sivua ei löydy" -sivu ja offline-sivu.

home-title = Etusivu
home-heading = Kohti työtä askel kerrallaan
home-intro = Askel auttaa sinua, kun valmistaudut työelämään. Voit opiskella omaan tahtiisi. Voit katsoa, mitä osaat jo. Voit myös tavata työnantajia.
home-who = Käytät Askelta yhdessä valmentajasi kanssa. Valmentaja auttaa sinua, kun etsit työtä. Hän näkee, miten sinulla menee. Hän auttaa sinua seuraavassa askeleessa.
home-areas-heading = Mitä voit tehdä Askeleessa
home-staff-heading = Työsi Askeleessa
home-area-modules-name = Osiot
home-area-modules-description = Osiot ovat lyhyitä oppitunteja. Opit, miten teet CV:n eli ansioluettelon. Opit, miten työhaastattelu menee ja miten haet työtä internetissä. Opit käyttämään palveluja internetissä. Lisäksi opit, millaista työelämä on.
home-area-assessment-name = Arvioi, mitä osaat
home-area-assessment-description = Arvioi itse, miten hyvin käytät tietokonetta ja puhelinta. Arvioi myös taitoja, joita tarvitset työssä. Näet, miten taitosi kasvavat.
home-area-events-name = Tapaa työnantajia
home-area-events-description = Etsi tapahtumia, joissa voit tavata työnantajia. Ilmoittaudu mukaan.
home-area-plan-name = Oma suunnitelma
home-area-plan-description = Työllistymissuunnitelma on suunnitelma, jonka teet yhdessä valmentajasi kanssa. Siinä on askeleet, jotka vievät sinua kohti työtä. Näet suunnitelmasi askeleet. Näet myös, mitä teet seuraavaksi.
home-help-heading = Tarvitsetko apua?
home-help-body = Kysy valmentajaltasi. Voit käyttää Askelta yhdeksällä kielellä. Yksi niistä on selkosuomi. Valitse kieli sivun yläosasta.

not-found-title = Sivua ei löydy
not-found-body = Sivua, jota etsit, ei ole. Ehkä osoite on väärin. Tai sivu on nyt toisessa paikassa.
not-found-home-link = Mene etusivulle

offline-title = Ei yhteyttä internetiin
offline-body = Askel ei saa juuri nyt yhteyttä internetiin. Tarkista, että internet toimii. Yritä sitten uudelleen.
offline-saved-work = Kaikki, mitä tallensit aiemmin, on yhä tallessa.
offline-retry = Yritä uudelleen
