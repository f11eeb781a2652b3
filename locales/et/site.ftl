## The home page, the "page not found" page and the offline page.

home-title = Avaleht
home-heading = Leia tee tööle, samm-sammult
home-intro = Askel aitab sul tööeluks valmistuda. Sa saad õppida omas tempos, näha, mida sa juba oskad, ja kohtuda tööandjatega.
home-who = Sa kasutad Askelit koos oma nõustajaga. Sinu nõustaja näeb, kuidas sul läheb, ja aitab sind järgmise sammuga.
home-areas-heading = Mida sa saad Askelis teha
home-staff-heading = Sinu töö Askelis
home-area-modules-name = Õppemoodulid
home-area-modules-description = Lühikesed tunnid sellest, kuidas kirjutada CV-d, minna tööintervjuule, otsida tööd internetist, kasutada e-teenuseid ja tulla toime tööelus.
home-area-assessment-name = Oskuste enesehindamine
home-area-assessment-description = Kontrolli oma digioskusi ja tööeluks vajalikke oskusi. Vaata, kuidas sinu oskused aja jooksul kasvavad.
home-area-events-name = Kohtu tööandjatega
home-area-events-description = Leia üritusi, kus saad tööandjatega silmast silma kohtuda, ja registreeru.
home-area-plan-name = Minu kava
home-area-plan-description = Vaata oma tööotsimiskava samme ja seda, mida järgmiseks teha.
home-help-heading = Vajad abi?
home-help-body = Küsi oma nõustajalt. Askelit saab kasutada üheksas keeles, ka lihtsas soome keeles (Selkosuomi). Vali keel lehe ülaosas.

not-found-title = Lehte ei leitud
not-found-body = Lehte, mida sa otsisid, ei ole olemas. Aadress võib olla vale või leht on mujale viidud.
not-found-home-link = Mine avalehele

offline-title = Internetiühendus puudub
offline-body = Askel ei saa praegu internetiga ühendust. Kontrolli ühendust ja proovi uuesti.
offline-saved-work = Kõik, mida sa varem salvestasid, on alles.
offline-retry = Proovi uuesti
