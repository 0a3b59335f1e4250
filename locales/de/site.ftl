# Der Rahmen jeder Seite, die Startseite und die Fehlerseiten.
# Nachrichten, deren ID auf -html endet, können Markup enthalten; ihre Argumente sind Zahlen.

site-name = Undersigned
skip-to-content = Zum Inhalt springen
footer-promise = Ihre E-Mail-Adresse wird nie veröffentlicht. Sie dient ausschließlich zur Bestätigung Ihrer Unterschrift.
footer-privacy = Datenschutz
footer-my = Ihre Unterschriften
language-switch = Sprache

# fallback-probe wird hier absichtlich nicht übersetzt: Die Tests prüfen, dass eine fehlende Nachricht auf Englisch zurückfällt.

home-title = Offene Briefe
home-none = Es gibt noch keine offenen Briefe.
home-counts = { $people ->
        [one] { $people } unterzeichnende Person
       *[other] { $people } Unterzeichnende
    }, { $organisations ->
        [one] { $organisations } Organisation
       *[other] { $organisations } Organisationen
    }

error-back = Zurück zu den Briefen
err-not-found = Nicht gefunden
err-not-found-text = Diese Seite gibt es nicht.
err-try-again = Bitte versuchen Sie es gleich noch einmal
err-unavailable-text = Der Dienst ist kurzzeitig nicht verfügbar. Nichts von dem, was Sie gesendet haben, ist verloren gegangen oder wurde gespeichert; bitte senden Sie es in einigen Sekunden erneut.
err-internal = Etwas ist schiefgelaufen
err-internal-text = Der Fehler lag bei uns und wurde protokolliert. Bitte versuchen Sie es in Kürze erneut.
err-closed-text = Dieser Brief nimmt keine Unterschriften mehr an. Vielen Dank für Ihre Unterstützung.
err-unsubscribe = Dieser Link bestellt keine Neuigkeiten ab
err-unsubscribe-text = Er ist möglicherweise unvollständig oder falsch abgetippt. Wurde die zugehörige Unterschrift zurückgezogen, gehen ohnehin keine E-Mails mehr an sie. Ihre Unterschriften hier und was wir speichern: /my.
err-link = Dieser Link funktioniert nicht mehr
err-link-text = Er wurde möglicherweise bereits verwendet oder ist abgelaufen. Unterzeichnen Sie erneut mit derselben Adresse, um einen neuen Link zu erhalten.
err-orcid-refused = ORCID hat diese Anmeldung nicht akzeptiert
err-orcid-refused-text = Sie wurde möglicherweise bereits verwendet (eine Seite wurde neu geladen) oder hat zu lange gedauert. Kehren Sie zum Brief zurück und melden Sie sich erneut mit ORCID an, oder geben Sie stattdessen Ihre iD ein.
err-orcid-down = ORCID hat nicht geantwortet
err-orcid-down-text = Wir konnten ORCID nicht erreichen, um Ihre iD zu prüfen. Bitte versuchen Sie es gleich noch einmal, oder geben Sie stattdessen Ihre iD ein.
err-unreadable = Das konnten wir nicht lesen
err-wait = Bitte warten Sie einen Moment
err-too-many-signatures = In den letzten Minuten kamen viele Unterschriften aus Ihrem Netzwerk (das kann bei einem Krankenhaus- oder Universitätsnetz vorkommen). Bitte versuchen Sie es in etwa { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } erneut.
err-too-many-reads = In den letzten Minuten kamen viele Suchanfragen oder Downloads aus Ihrem Netzwerk. Bitte versuchen Sie es in etwa { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } erneut.
err-busy-text = Gerade werden viele Downloads vorbereitet. Bitte versuchen Sie es in einigen Sekunden erneut.

# Die Vorschaukarte und das PDF.
card-kicker = EIN OFFENER BRIEF
card-people = { $n ->
        [one] Person hat unterzeichnet
       *[other] Personen haben unterzeichnet
    }
card-organisations = { $n ->
        [one] { $n } Organisation
       *[other] { $n } Organisationen
    }
card-aim = von { $target } angestrebten
pdf-footer = { $source } · exportiert am { $time }
pdf-figures = Zahlen
pdf-counts = { $people ->
        [one] { $people } Einzelperson
       *[other] { $people } Einzelpersonen
    } und { $organisations ->
        [one] { $organisations } unterstützende Organisation
       *[other] { $organisations } unterstützende Organisationen
    }
pdf-at = { $counts }, Stand { $time }.
pdf-basis = Worauf diese Zahlen beruhen: { $basis }.
pdf-signatories = Unterzeichnende
pdf-organisations = Unterstützende Organisationen
pdf-signed-version = { $entry } (hat Fassung { $version } unterzeichnet)
body-too-large = Das Formular war weit größer, als eine Unterschrift je sein kann.
body-content-type = Die Anfrage wurde nicht wie erwartet als Formular oder als JSON gesendet.
body-encoding = Die Anfrage enthielt Text, der kein gültiges UTF-8 ist.
body-malformed = Die Anfrage hatte nicht das erwartete Format.
body-incomplete = Der Inhalt der Anfrage kam nicht vollständig an.
