# E-mails aan ondertekenaars: onderwerp, platte tekst en HTML delen deze berichten.

mail-also-asked = U vroeg ook: “{ $words }”
mail-read-letter = Lees de brief
mail-the-letter = De brief: { $url }
mail-footer-my = Uw handtekeningen hier:
mail-footer-my-text = Uw handtekeningen hier, en alles wat we over u bewaren:
mail-footer-privacy = Wat we bewaren en hoe lang
mail-footer-privacy-text = Wat we bewaren en hoe lang:

verify-subject = Bevestig uw handtekening onder “{ $title }”
verify-intro = Iemand, hopelijk u, heeft met dit adres de open brief “{ $title }” ondertekend als:
verify-intro-org = Iemand, hopelijk u, heeft met dit adres de open brief “{ $title }” ondertekend namens { $organisation }.
verify-open-link = Open ter bevestiging deze link en klik op de knop op de pagina:
verify-button = Bevestig mijn handtekening
verify-not-you = Was u dit niet, negeer deze e-mail dan: zonder bevestiging wordt niets gepubliceerd. De link werkt tot { $expires }.
verify-withdraw-later = Om uw handtekening later in te trekken en uw gegevens te wissen:
verify-withdraw = intrekken

already-subject = U hebt “{ $title }” al ondertekend
already-intro = Iemand, hopelijk u, probeerde de open brief “{ $title }” met dit adres te ondertekenen. Met dit adres is de brief al ondertekend, dus er is niets veranderd.
already-withdraw = Wilt u uw handtekening intrekken en uw gegevens wissen, open dan deze link en klik op de knop op de pagina (hij werkt tot { $expires }):
already-withdraw-html = Wilt u uw handtekening intrekken en uw gegevens wissen, open dan de pagina om in te trekken (die werkt tot { $expires }):
already-withdraw-link = open de pagina om in te trekken

news-intro = Nieuws over de open brief “{ $title }”, die u hebt ondertekend.
news-online = Online: { $url }
news-read-online = Online lezen
news-why = U ontvangt dit omdat u bij het ondertekenen om nieuws over deze brief hebt gevraagd (hoogstens twee e-mails per maand). Om dit te stoppen, opent u deze link en klikt u op de knop; inloggen is niet nodig:
news-why-short = U ontvangt dit omdat u bij het ondertekenen om nieuws over deze brief hebt gevraagd (hoogstens twee e-mails per maand).
news-stop = Stop nieuws over deze brief
news-stop-how = één klik, zonder inloggen.

reconfirm-subject = Er is een nieuwe versie van “{ $title }”: ondertekent u die?
reconfirm-intro = U hebt de open brief “{ $title }” ondertekend. De organisatoren hebben de tekst gewijzigd: dit is versie { $version }.
reconfirm-note = Wat er is veranderd, in hun woorden: { $note }
reconfirm-history = Elke wijziging, woord voor woord
reconfirm-stays = Uw handtekening blijft vermeld onder de versie die u hebt ondertekend. Als u het eens bent met de nieuwe tekst, open dan deze link en klik op de knop (hij werkt tot { $expires }):
reconfirm-stays-short = Uw handtekening blijft vermeld onder de versie die u hebt ondertekend. Als u het eens bent met de nieuwe tekst, onderteken dan de nieuwe versie (de link werkt tot { $expires }):
reconfirm-withdraw = Wilt u helemaal niet meer ondertekenen, dan trekt deze link uw handtekening in en wist hij uw gegevens:
reconfirm-withdraw-link = Trek uw handtekening in
reconfirm-only = Dit is de enige e-mail die we u over deze versie sturen.

signed-subject = { $n ->
        [one] De open brief die u hebt ondertekend
       *[other] De open brieven die u hebt ondertekend ({ $n })
    }
signed-title = De open brieven die u hebt ondertekend
signed-intro = Iemand, hopelijk u, vroeg welke open brieven hier met dit adres zijn ondertekend.
signed-confirm = Bevestig uw handtekening
signed-correct = Corrigeer uw gegevens
signed-withdraw = Intrekken en uw gegevens wissen
signed-data = Download alles wat we over u bewaren (een JSON-bestand)
signed-data-text = Alles wat we over u bewaren, als bestand: { $url }
signed-how = Elke link opent een pagina met één knop; er gebeurt niets totdat u daarop klikt. De links werken tot { $expires }. Hebt u hier niet om gevraagd, negeer deze e-mail dan: er verandert niets.
signed-status-unverified = nog niet bevestigd
signed-status-pending = bevestigd, wacht op een moderator
signed-status-held = bevestigd, wacht op een moderator: lijkt op een andere vermelding
signed-status-published = gepubliceerd
signed-status-duplicate = niet gepubliceerd: al één keer vermeld onder een andere vermelding
signed-status-not-published = niet gepubliceerd
signed-status-closed = { $status }; de brief is gesloten
