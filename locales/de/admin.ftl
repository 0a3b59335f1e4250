# admin: die Moderationsseiten, für die Moderation und Admins.

# Der Rahmen jeder Admin-Seite.
admin-moderation = Moderation
admin-nav-letters = Briefe
admin-nav-audit = Protokoll
admin-nav-moderators = Moderationsteam
admin-log-out = Abmelden
admin-role-admin = Admin
admin-role-moderator = Moderation

# Anmelden.
admin-login-title = Anmeldung für die Moderation
admin-login-email = E-Mail-Adresse
admin-login-password = Passwort
admin-login-button = Anmelden
admin-login-wrong = E-Mail-Adresse oder Passwort ist nicht richtig.

# Die Briefe und ihre Zahlen.
admin-letters-title = Briefe
admin-col-letter = Brief
admin-col-unverified = Unbestätigt
admin-col-pending = Wartet auf Moderation
admin-col-published = Veröffentlicht
admin-col-rejected = Abgelehnt
admin-col-withdrawn = Zurückgezogen
admin-col-duplicate = Duplikat
admin-col-open-pairs = Offene Duplikatpaare
admin-col-held = Bis zur Prüfung zurückgehalten
admin-letter-draft = Entwurf
admin-letter-open = offen
admin-letter-closed = geschlossen

# Die Warteschlange eines Briefes.
admin-queue-title = Warteschlange: { $title }
admin-queue-duplicates = Wahrscheinliche Duplikate
admin-queue-updates = Neuigkeiten
admin-queue-public-page = Öffentliche Seite
admin-queue-states = Status
admin-tab-pending = Wartet auf Moderation
admin-tab-unverified = Unbestätigt
admin-tab-published = Veröffentlicht
admin-tab-rejected = Abgelehnt
admin-tab-withdrawn = Zurückgezogen
admin-tab-duplicate = Duplikat
admin-tab-all = Alle
admin-filter-kind = Art
admin-filter-kind-both = Beide
admin-filter-kind-individuals = Einzelpersonen
admin-filter-kind-organisations = Organisationen
admin-filter-flag = Markierung
admin-filter-any = Beliebig
admin-filter-flag-network = Viele aus einem Netzwerk
admin-filter-flag-disposable = Wegwerfadresse
admin-filter-flag-bot = Bot-Falle
admin-filter-search = Suche
admin-filter-button = Filtern
admin-queue-matching-html = <strong>{ $n }</strong> { $n ->
        [one] passender Eintrag
       *[other] passende Einträge
    }.
admin-queue-empty = Hier ist nichts.
admin-col-select = Auswahl
admin-col-entry = Eintrag
admin-col-details = Details
admin-col-actions = Aktionen
admin-select-entry = Eintrag { $id } auswählen
admin-pinned = angeheftet
admin-held = zurückgehalten: wahrscheinlich ein Duplikat
admin-anonymous-real-name = Anonym; echter Name: { $name }
admin-rejected-because = Abgelehnt: { $reason }
admin-no-email = (keine E-Mail)
admin-website = Website: { $website }
admin-signed-by-who = Unterzeichnet von { $name }, { $title }
admin-domain-matches = Die Domain der E-Mail-Adresse passt zur Website
admin-domain-differs = Die Domain der E-Mail-Adresse passt nicht zur Website
admin-approve = Freigeben
admin-reject-reason-label = Begründung für die Ablehnung von Eintrag { $id }
admin-reason-placeholder = Begründung
admin-reject = Ablehnen
admin-pin = Anheften
admin-unpin = Nicht mehr anheften
admin-edit = Bearbeiten
admin-selected-entries = Ausgewählte Einträge
admin-bulk-reason = Begründung (bei Ablehnung)
admin-approve-selected = Ausgewählte freigeben
admin-reject-selected = Ausgewählte ablehnen
admin-next-page = Nächste Seite
admin-reject-matching-heading = Alles ablehnen, was diesem Filter entspricht
admin-reject-matching-intro = Für Spamwellen. Die nächste Seite zeigt, wie viele Einträge dabei abgelehnt würden, bevor sich irgendetwas ändert.
admin-reason = Begründung
admin-reject-matching-count = Zählen, was abgelehnt würde

# Status, Art und Markierungen eines Eintrags, wie die Warteschlange sie anzeigt.
admin-state-unverified = unbestätigt
admin-state-pending = ausstehend
admin-state-published = veröffentlicht
admin-state-rejected = abgelehnt
admin-state-withdrawn = zurückgezogen
admin-state-duplicate = Duplikat
admin-kind-individual = Einzelperson
admin-kind-organisation = Organisation
admin-flag-network = Netzwerk
admin-flag-disposable = Wegwerfadresse
admin-flag-bot = Bot

# Alles ablehnen, was ein Filter findet.
admin-confirm-rejection = Ablehnung bestätigen
admin-reject-count-question = { $n } { $n ->
        [one] Eintrag
       *[other] Einträge
    } ablehnen?
admin-reject-count-text = { $n } { $n ->
        [one] Eintrag
       *[other] Einträge
    } von „{ $title }“ { $n ->
        [one] entspricht dem Filter und kann
       *[other] entsprechen dem Filter und können
    } abgelehnt werden,
admin-reject-count-reason = und zwar mit der Begründung „{ $reason }“. Bisher wurde nichts geändert.
admin-reject-count-button = { $n } { $n ->
        [one] Eintrag
       *[other] Einträge
    } ablehnen
admin-back-to-queue = Zurück zur Warteschlange

# Wahrscheinliche Duplikate.
admin-duplicates-title = Duplikate: { $title }
admin-duplicates-heading = Wahrscheinliche Duplikate
admin-open-pairs = { $n } { $n ->
        [one] offenes Paar
       *[other] offene Paare
    }.
admin-no-duplicates = Keine wahrscheinlichen Duplikate.
admin-pair = Paar { $id }
admin-keep-this = Diesen behalten
admin-not-duplicate = Kein Duplikat

# Einen Eintrag korrigieren.
admin-edit-title = Eintrag { $id } bearbeiten
admin-edit-heading = Eintrag #{ $id } bearbeiten
admin-edit-intro = Korrigieren Sie Tippfehler in dem, was veröffentlicht ist. Das Original bleibt im Protokoll erhalten.
admin-field-signed-by = Unterzeichnet von
admin-field-name = Name
admin-field-role = Funktion
admin-field-title = Berufsbezeichnung
admin-field-organisation = Organisation
admin-save = Speichern

# Das Protokoll.
admin-audit-title = Protokoll
admin-audit-moderator = Moderationskonto
admin-audit-anyone = Alle
admin-audit-letter = Brief
admin-col-when = Wann (UTC)
admin-col-who = Wer
admin-col-what = Was
admin-col-before = Vorher
admin-col-after = Nachher
admin-older-entries = Ältere Einträge

# Das Moderationsteam.
admin-moderators-title = Moderationsteam
admin-col-email = E-Mail
admin-col-role = Rolle
admin-col-status = Status
admin-status-active = aktiv
admin-status-disabled = deaktiviert
admin-enable = Aktivieren
admin-disable = Deaktivieren
admin-new-password-for = Neues Passwort für { $email }
admin-new-password = Neues Passwort
admin-reset-password = Passwort zurücksetzen
admin-add-moderator = Moderationskonto hinzufügen
admin-email-address = E-Mail-Adresse
admin-role = Rolle
admin-role-option-moderator = Moderation
admin-role-option-admin = Admin
admin-password-long = Passwort (mindestens 12 Zeichen)
admin-add = Hinzufügen

# Die Neuigkeiten eines Briefes.
admin-updates-title = Neuigkeiten: { $title }
admin-updates-heading = Neuigkeiten zu „{ $title }“
admin-updates-public = So, wie die Öffentlichkeit sie sieht
admin-updates-audience = { $n } { $n ->
        [one] bestätigte unterzeichnende Person hat
       *[other] bestätigte Unterzeichnende haben
    } Neuigkeiten angefordert.
admin-updates-promise = Den Unterzeichnenden wurden höchstens { $most } E-Mails im Monat versprochen: In den letzten 30 Tagen wurden { $recent } versendet.
admin-updates-none = Noch keine Neuigkeiten.
admin-col-date = Datum
admin-col-update = Neuigkeit
admin-col-from = Quelle
admin-col-mailed = Versand
admin-source-file = Datei
admin-source-admin = Admin-Seiten
admin-mailed-to = { $when } UTC an { $n } { $n ->
        [one] unterzeichnende Person
       *[other] Unterzeichnende
    }
admin-mail-progress = { $delivered } zugestellt, { $waiting } wartend
admin-mail-on-target = noch nicht: wird beim Erreichen des Ziels automatisch versendet, bis dahin verborgen
admin-not-mailed = nicht versendet
admin-versions-heading = Versionen des Textes
admin-text-version = Der Text liegt in Version { $version } vor
admin-text-history = seine Versionsgeschichte
admin-earlier-signers = { $n } { $n ->
        [one] bestätigte unterzeichnende Person hat
       *[other] bestätigte Unterzeichnende haben
    } eine frühere Version unterzeichnet.
admin-reconfirm-asked = Sie wurden am { $when } UTC gebeten, Version { $version } zu unterzeichnen. Wer das nicht getan hat, bleibt unter der eigenen Version aufgeführt.
admin-reconfirm-intro = Eine E-Mail pro Person, einmalig für diese Version, mit einem Link zum Unterzeichnen und einem Link zum Zurückziehen. Wer nichts tut, bleibt unter der unterzeichneten Version aufgeführt.
admin-reconfirm-button = { $n } { $n ->
        [one] unterzeichnende Person
       *[other] Unterzeichnende
    } bitten, Version { $version } zu unterzeichnen
admin-write-update = Neuigkeit verfassen
admin-write-update-intro = Sie erscheint sofort auf der Briefseite und in deren Feed. Der Versand an die Unterzeichnenden ist ein eigener Schritt, nach einer Vorschau.
admin-field-date = Datum
admin-field-short-name = Kurzname
admin-field-short-name-hint = Kleinbuchstaben, Ziffern und Bindestriche; er benennt die Neuigkeit in ihrem Link.
admin-field-text = Text (Markdown)
admin-save-update = Neuigkeit speichern

# Eine Neuigkeit, vor und nach dem Versand.
admin-update-title = Neuigkeit: { $title }
admin-update-all = Alle Neuigkeiten zu „{ $title }“
admin-update-tested = Ein Test wurde an { $email } gesendet.
admin-update-mailed = Versendet am { $when } UTC an { $n } { $n ->
        [one] unterzeichnende Person
       *[other] Unterzeichnende
    }
admin-update-not-mailed = Noch nicht versendet. { $n } { $n ->
        [one] bestätigte unterzeichnende Person hat Neuigkeiten angefordert und würde sie
       *[other] bestätigte Unterzeichnende haben Neuigkeiten angefordert und würden sie
    } erhalten.
admin-update-mail = Die E-Mail
admin-update-subject = Betreff:
admin-update-as-html = Die E-Mail als HTML
admin-update-as-text = Als Klartext
admin-update-send-test = Test an mich senden
admin-update-send = An { $n } { $n ->
        [one] unterzeichnende Person
       *[other] Unterzeichnende
    } senden

# Fehler.
admin-err-refused = Zurückgewiesen
admin-err-refused-text = Die Anfrage wurde zurückgewiesen: { $why }. Laden Sie die Seite neu und versuchen Sie es erneut.
admin-err-admins-only = Nur für Admins
admin-err-admins-only-text = Das kann nur ein Admin.
admin-err-too-many = Zu viele Versuche
admin-err-too-many-text = Bitte warten Sie { $seconds } { $seconds ->
        [one] Sekunde
       *[other] Sekunden
    }, bevor Sie es erneut versuchen.
admin-err-busy = Zu viele Anmeldungen gleichzeitig
admin-err-busy-text = Bitte versuchen Sie es gleich noch einmal.
admin-err-unreadable = Das konnten wir nicht lesen
admin-err-invalid = Das hat nicht funktioniert

# Warum eine Anfrage zurückgewiesen wurde (das { $why } von admin-err-refused-text).
admin-why-stale-token = das Sicherheitstoken des Formulars fehlt oder ist veraltet
admin-why-no-origin = die Anfrage hat nicht angegeben, woher sie kam
admin-why-other-site = die Anfrage kam von einer anderen Website

# Warum eine Anfrage nicht ausgeführt werden konnte.
admin-invalid-field = { $field }: { $error }
admin-invalid-reason-field = Begründung
admin-invalid-update-title = Der Titel
admin-invalid-update-text = Der Text
admin-invalid-choose-action = Wählen Sie Freigeben oder Ablehnen.
admin-invalid-cannot-approve = Freigegeben werden können nur Einträge, die bestätigt auf die Moderation warten, abgelehnt wurden oder als Duplikat markiert sind.
admin-invalid-cannot-reject = Dieser Eintrag kann in seinem jetzigen Zustand nicht abgelehnt werden.
admin-invalid-selection = Die Auswahl wurde nicht verstanden.
admin-invalid-pair-done = Dieses Paar wurde bereits bearbeitet.
admin-invalid-choose-keep = Wählen Sie, welcher Eintrag behalten werden soll.
admin-invalid-pair-changed = Einer dieser Einträge hat sich geändert, seit das Paar gefunden wurde (zurückgezogen, abgelehnt oder zusammengeführt); es wurde nichts geändert.
admin-invalid-choose-role = Wählen Sie eine Rolle.
admin-invalid-disable-self = Sie können Ihr eigenes Konto nicht deaktivieren.
admin-add-not-email = { $email } ist keine E-Mail-Adresse
admin-add-exists = ein Moderationskonto mit dieser E-Mail-Adresse gibt es bereits
admin-password-length = Das Passwort muss 12 bis 256 Zeichen lang sein.
admin-password-hash-failed = das Hashen ist fehlgeschlagen: { $error }
admin-invalid-filter-state = Unbekannter Status im Filter.
admin-invalid-filter-kind = Unbekannte Art im Filter.
admin-invalid-filter-flag = Unbekannte Markierung im Filter.
admin-invalid-update-name = Geben Sie ein Datum (JJJJ-MM-TT) und einen Kurznamen aus Kleinbuchstaben, Ziffern und Bindestrichen an.
admin-invalid-update-exists = Dieser Brief hat bereits eine Neuigkeit mit diesem Datum und Namen.
admin-invalid-reconfirm-done = Die Unterzeichnenden früherer Versionen wurden bereits um die Unterschrift unter dieser Version gebeten, oder es gibt keine.
admin-invalid-test-not-sent = Die Test-E-Mail konnte nicht gesendet werden; der Mailserver hat sie abgelehnt oder nicht geantwortet. Versuchen Sie es erneut.
admin-refusal-already-sent = „{ $title }“ wurde am { $on } versendet; eine Neuigkeit wird nur einmal versendet.
admin-refusal-too-soon = Den Unterzeichnenden wurden höchstens zwei E-Mails im Monat versprochen, und in den letzten 30 Tagen wurden bereits zwei Neuigkeiten versendet. Die nächste kann am { $next } versendet werden.
