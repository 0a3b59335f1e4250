# E-Mails an Unterzeichnende: Betreff, Klartext und HTML teilen sich diese Nachrichten.

mail-also-asked = Außerdem haben Sie um Folgendes gebeten: „{ $words }“
mail-read-letter = Brief lesen
mail-the-letter = Der Brief: { $url }
mail-footer-my = Ihre Unterschriften hier:
mail-footer-my-text = Ihre Unterschriften hier und alles, was wir über Sie speichern:
mail-footer-privacy = Was wir speichern und wie lange
mail-footer-privacy-text = Was wir speichern und wie lange:

verify-subject = Bestätigen Sie Ihre Unterschrift unter „{ $title }“
verify-intro = Jemand – hoffentlich Sie – hat mit dieser Adresse den offenen Brief „{ $title }“ unterzeichnet, und zwar als:
verify-intro-org = Jemand – hoffentlich Sie – hat mit dieser Adresse den offenen Brief „{ $title }“ im Namen von { $organisation } unterzeichnet.
verify-open-link = Öffnen Sie zur Bestätigung diesen Link und klicken Sie auf der Seite auf die Schaltfläche:
verify-button = Meine Unterschrift bestätigen
verify-not-you = Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Ohne Bestätigung wird nichts veröffentlicht. Der Link ist gültig bis { $expires }.
verify-withdraw-later = Um Ihre Unterschrift später zurückzuziehen und Ihre Daten zu löschen:
verify-withdraw = zurückziehen

already-subject = Sie haben „{ $title }“ bereits unterzeichnet
already-intro = Jemand – hoffentlich Sie – hat versucht, den offenen Brief „{ $title }“ mit dieser Adresse zu unterzeichnen. Mit dieser Adresse wurde er bereits unterzeichnet, daher hat sich nichts geändert.
already-withdraw = Wenn Sie Ihre Unterschrift zurückziehen und Ihre Daten löschen möchten, öffnen Sie diesen Link und klicken Sie auf der Seite auf die Schaltfläche (er ist gültig bis { $expires }):
already-withdraw-html = Wenn Sie Ihre Unterschrift zurückziehen und Ihre Daten löschen möchten, öffnen Sie die Seite zum Zurückziehen (sie ist gültig bis { $expires }):
already-withdraw-link = Seite zum Zurückziehen öffnen

news-intro = Neuigkeiten zum offenen Brief „{ $title }“, den Sie unterzeichnet haben.
news-online = Online: { $url }
news-read-online = Online lesen
news-why = Sie erhalten diese E-Mail, weil Sie beim Unterzeichnen Neuigkeiten zu diesem Brief angefordert haben (höchstens zwei E-Mails im Monat). Um sie abzubestellen, öffnen Sie diesen Link und klicken Sie auf die Schaltfläche; keine Anmeldung nötig:
news-why-short = Sie erhalten diese E-Mail, weil Sie beim Unterzeichnen Neuigkeiten zu diesem Brief angefordert haben (höchstens zwei E-Mails im Monat).
news-stop = Neuigkeiten zu diesem Brief abbestellen
news-stop-how = ein Klick, keine Anmeldung.

reconfirm-subject = Von „{ $title }“ gibt es eine neue Version: Unterzeichnen Sie sie?
reconfirm-intro = Sie haben den offenen Brief „{ $title }“ unterzeichnet. Die Verantwortlichen haben seinen Text geändert: Dies ist Version { $version }.
reconfirm-note = Was sich geändert hat, in ihren Worten: { $note }
reconfirm-history = Jede Änderung, Wort für Wort
reconfirm-stays = Ihre Unterschrift bleibt unter der Version aufgeführt, die Sie unterzeichnet haben. Wenn Sie dem neuen Text zustimmen, öffnen Sie diesen Link und klicken Sie auf die Schaltfläche (er ist gültig bis { $expires }):
reconfirm-stays-short = Ihre Unterschrift bleibt unter der Version aufgeführt, die Sie unterzeichnet haben. Wenn Sie dem neuen Text zustimmen, unterzeichnen Sie die neue Version (der Link ist gültig bis { $expires }):
reconfirm-withdraw = Wenn Sie überhaupt nicht mehr unterzeichnen möchten, zieht dieser Link Ihre Unterschrift zurück und löscht Ihre Daten:
reconfirm-withdraw-link = Unterschrift zurückziehen
reconfirm-only = Dies ist die einzige E-Mail, die wir Ihnen zu dieser Version senden.

signed-subject = { $n ->
        [one] Der offene Brief, den Sie unterzeichnet haben
       *[other] Die offenen Briefe, die Sie unterzeichnet haben ({ $n })
    }
signed-title = Die offenen Briefe, die Sie unterzeichnet haben
signed-intro = Jemand – hoffentlich Sie – hat gefragt, welche offenen Briefe hier mit dieser Adresse unterzeichnet wurden.
signed-confirm = Unterschrift bestätigen
signed-correct = Angaben korrigieren
signed-withdraw = Zurückziehen und Daten löschen
signed-data = Alles herunterladen, was wir über Sie speichern (eine JSON-Datei)
signed-data-text = Alles, was wir über Sie speichern, als Datei: { $url }
signed-how = Jeder Link öffnet eine Seite mit einer einzigen Schaltfläche; es geschieht nichts, bevor Sie darauf klicken. Die Links sind gültig bis { $expires }. Falls Sie nicht danach gefragt haben, ignorieren Sie diese E-Mail: Es ändert sich nichts.
signed-status-unverified = noch nicht bestätigt
signed-status-pending = bestätigt, wartet auf die Moderation
signed-status-held = bestätigt, wartet auf die Moderation: ähnelt einem anderen Eintrag
signed-status-published = veröffentlicht
signed-status-duplicate = nicht veröffentlicht: wird einmal unter einem anderen Eintrag aufgeführt
signed-status-not-published = nicht veröffentlicht
signed-status-closed = { $status }; der Brief ist geschlossen
