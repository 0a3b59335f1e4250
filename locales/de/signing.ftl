# Die Briefseite, ihre Formulare, Bestätigen und Zurückziehen sowie die veröffentlichte Liste.

count-people = { $n ->
        [one] { $n } Person
       *[other] { $n } Personen
    }
count-signed-html = <strong>{ $people }</strong> { $people ->
        [one] Person
       *[other] Personen
    } und <strong>{ $organisations }</strong> { $organisations ->
        [one] Organisation
       *[other] Organisationen
    } haben unterzeichnet.
count-signed = { $people } { $people ->
        [one] Person
       *[other] Personen
    } und { $organisations } { $organisations ->
        [one] Organisation
       *[other] Organisationen
    } haben unterzeichnet.
meta-description = { $people } { $people ->
        [one] Person
       *[other] Personen
    } und { $organisations } { $organisations ->
        [one] Organisation
       *[other] Organisationen
    } haben diesen offenen Brief unterzeichnet.
meta-share = { $people } { $people ->
        [one] Person
       *[other] Personen
    } und { $organisations } { $organisations ->
        [one] Organisation
       *[other] Organisationen
    } haben unterzeichnet. Setzen Sie Ihren Namen dazu.
progress = { $signed } von { $target } angestrebten Unterschriften.
error-prefix = Fehler:
updates-feed-title = Neuigkeiten
published-on = Veröffentlicht
version-of-text = Version { $version } des Textes
version-of-text-start = Version { $version } des Textes
what-changed = was sich geändert hat
see-everyone = Alle Unterzeichnenden ansehen
press-information = Informationen für die Presse
translation-notice = Dies ist eine Übersetzung. Maßgeblich ist der Text in der Originalsprache ({ $language }):
translation-read-original = Original lesen
translations-available = Dieser Brief in anderen Sprachen:

sign-heading = Unterzeichnen Sie
sign-intro = Wir senden Ihnen per E-Mail einen Link zur Bestätigung. Ihre E-Mail-Adresse wird nie veröffentlicht
sign-intro-privacy = was wir speichern und wie lange
sign-moderated = Jede Unterschrift wird von der Moderation geprüft, bevor sie erscheint.
sign-as-individual = Als Einzelperson unterzeichnen
sign-as-organisation = Im Namen einer Organisation unterzeichnen
organisations-checked = Organisationen werden immer von der Moderation geprüft, bevor sie erscheinen.
trap-label = Dieses Feld leer lassen
optional = (optional)
field-name = Ihr Name
field-name-hint = So, wie er veröffentlicht werden soll, z. B. Dr. Jay Watts.
field-title = Ihre Berufsbezeichnung
field-title-hint = z. B. Leitende Klinische Psychologin.
field-organisation = Ihre Organisation
field-email = E-Mail-Adresse
field-email-hint = Nur zur Bestätigung; wird nie veröffentlicht.
field-orcid = Ihre ORCID iD
field-orcid-hint = z. B. 0000-0002-1825-0097; wird als Link neben Ihrem Namen angezeigt.
orcid-verified = ORCID hat bestätigt, dass diese iD Ihnen gehört: Sie wird als verifiziert angezeigt.
orcid-sign-in = Mit ORCID anmelden
orcid-sign-in-why = um Ihre iD als verifiziert anzuzeigen.
checkbox-public = Meinen Namen öffentlich anzeigen. Ohne Häkchen werden Sie als „Anonym“ mit Ihrer Berufsbezeichnung aufgeführt.
checkbox-show-domain = Anzeigen, dass ich über meine dienstliche Adresse bestätigt habe: Gehört deren Domain zu einer Universität oder Einrichtung, die dieser Brief nennt, wird das bei Ihrem Eintrag vermerkt (z. B. „bestätigt über nhs.net“). Angezeigt wird nur die Domain, nie die Adresse.
news-promise = Senden Sie mir Neuigkeiten zu diesem Brief per E-Mail: höchstens zwei E-Mails im Monat (über seine Übergabe und die Antwort darauf), jede mit einem Link, mit dem ich sie mit einem Klick abbestellen kann. Meine Adresse wird für nichts anderes verwendet.
news-promise-old = Senden Sie mir Neuigkeiten zu diesem Brief per E-Mail.
sign-button = Brief unterzeichnen
field-org-name = Name der Organisation
field-org-name-hint = So, wie er veröffentlicht werden soll.
field-org-website = Website der Organisation
field-contact-name-hint = Nur für die Moderation sichtbar.
field-role = Ihre Funktion
field-work-email = Ihre dienstliche E-Mail-Adresse
sign-org-button = Für die Organisation unterzeichnen
closed-heading = Dieser Brief ist geschlossen
closed-text = Er nimmt keine Unterschriften mehr an. Vielen Dank an alle, die unterzeichnet haben.
recent-heading = Zuletzt unterzeichnet
fix-one = Bitte korrigieren Sie dies
fix-many = Bitte korrigieren Sie diese { $n } Punkte

entry-orcid-verified = (verifiziert)
entry-domain-checked = Domain geprüft: { $domain }
entry-confirmed-at = bestätigt über { $domain }
entry-moderated = von der Moderation geprüft
entry-signed-version = hat Version { $version } des Textes unterzeichnet

timeline-heading = Was bisher geschah
timeline-read-response = Antwort lesen
timeline-feed = Neuigkeiten verfolgen (Atom-Feed)
timeline-delivered = Übergeben an { $to }
timeline-delivered-how = Übergeben an { $to } ({ $how })
timeline-response = Antwort von { $from }

check-email-title = Sehen Sie in Ihr E-Mail-Postfach
check-email-sent = Wir haben Ihnen einen Link zur Bestätigung Ihrer Unterschrift unter „{ $title }“ gesendet. Öffnen Sie ihn und klicken Sie auf der angezeigten Seite auf die Schaltfläche. Ab dann zählt Ihre Unterschrift.
check-email-none = Nach einigen Minuten noch keine E-Mail? Sehen Sie in Ihrem Spam-Ordner nach, oder unterzeichnen Sie erneut mit derselben Adresse, um den Link noch einmal zu erhalten.
back-to-letter = Zurück zum Brief
read-letter = Brief lesen

withdraw-title = Unterschrift zurückziehen
withdraw-from = Ihre Unterschrift unter „{ $title }“ zurückziehen:
withdraw-erased = Ihr Name, Ihre Berufsbezeichnung und Ihre E-Mail-Adresse werden gelöscht. Dies kann nicht rückgängig gemacht werden.
withdraw-button = Meine Unterschrift zurückziehen
already-confirmed = Bereits bestätigt
already-confirmed-text = Ihre Unterschrift unter „{ $title }“ ist bestätigt. Vielen Dank.
confirm-title = Unterschrift bestätigen
confirm-signing-as = Sie unterzeichnen „{ $title }“ als:
confirm-also-asked = Außerdem haben Sie um Folgendes gebeten: „{ $words }“
confirm-button = Meine Unterschrift bestätigen

done-title = Vielen Dank
done-confirmed = Vielen Dank: Ihre Unterschrift ist bestätigt
done-published = Ihr Name erscheint jetzt unter „{ $title }“.
done-moderated = Jede Unterschrift unter „{ $title }“ wird vor der Veröffentlichung von der Moderation geprüft. Ihre erscheint, sobald sie geprüft wurde.
done-was-confirmed = Ihre Unterschrift unter „{ $title }“ war bereits bestätigt.
done-withdrawn = Ihre Unterschrift wurde zurückgezogen
done-withdrawn-text = Ihr Name, Ihre Berufsbezeichnung und Ihre E-Mail-Adresse wurden aus „{ $title }“ gelöscht.

# Fehlermeldungen neben den Feldern eines Formulars.
invalid-kind = Wählen Sie, ob Sie als Person oder als Organisation unterzeichnen.
invalid-required = Dieses Feld ist erforderlich.
invalid-too-long = Bitte bleiben Sie unter { $n } Zeichen.
invalid-forbidden = Dies enthält ein unsichtbares Zeichen oder ein Steuerzeichen ({ $character }); bitte geben Sie es erneut ein.
invalid-no-letters = Bitte verwenden Sie Buchstaben, nicht nur Ziffern oder Satzzeichen.
invalid-email-empty = Bitte geben Sie Ihre E-Mail-Adresse ein.
invalid-email = Bitte geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.org.
invalid-orcid-shape = Eine ORCID iD hat 16 Zeichen, etwa 0000-0002-1825-0097.
invalid-orcid-checksum = Diese ORCID iD enthält einen Tippfehler: Ihr letztes Zeichen passt nicht zu den übrigen.
invalid-website-empty = Bitte geben Sie die Website der Organisation an.
invalid-website = Bitte geben Sie eine Webadresse wie https://example.org an.
invalid-disposable = Für diesen Brief ist eine dauerhafte Adresse erforderlich, keine Wegwerfadresse.
