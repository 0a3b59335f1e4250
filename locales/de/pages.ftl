# Die Presseseite, die Liste der Unterzeichnenden, die Versionsgeschichte, die Seiten „Ihre Unterschriften“, der Datenschutzhinweis und das Abbestellen von Neuigkeiten.

## Die Presseseite (templates/press/page.html, src/press).

press-title = Presse: { $title }
press-closed = seit { $date }: Er nimmt keine Unterschriften mehr an, und seine Zahlen sind endgültig.
press-contact = Pressekontakt:
press-figures = Zahlen
press-count-html = <strong id="figure-individuals">{ $people }</strong> { $people ->
        [one] unterzeichnende Einzelperson
       *[other] unterzeichnende Einzelpersonen
    } und <strong id="figure-organisations">{ $organisations }</strong> unterstützende { $organisations ->
        [one] Organisation
       *[other] Organisationen
    }.
# $clauses: die folgenden Teilsätze, verbunden mit "; ".
press-basis = Worauf diese Zahlen beruhen: { $clauses }. Jede Person wird nur einmal gezählt: Ein Eintrag, der einem bereits aufgeführten ähnelt, wartet auf die Moderation, bevor er zählt.
press-basis-confirmed-all = { $n ->
        [one] die eine aufgeführte Person hat ihre Unterschrift per E-Mail bestätigt
       *[other] alle { $n } Personen haben ihre Unterschrift per E-Mail bestätigt
    }
press-basis-imported-all = { $n ->
        [one] die eine aufgeführte Person wurde von den Verantwortlichen aus deren eigener Liste hinzugefügt
       *[other] alle { $n } Personen wurden von den Verantwortlichen aus deren eigener Liste hinzugefügt
    }
press-basis-confirmed-imported = { $n ->
        [one] { $n } Person hat
       *[other] { $n } Personen haben
    } ihre Unterschrift per E-Mail bestätigt, und { $m } { $m ->
        [one] wurde
       *[other] wurden
    } von den Verantwortlichen aus deren eigener Liste hinzugefügt
# $list: Name und Anzahl jeder Einrichtung, z. B. "NHS 150, Universitäten 62".
press-basis-institutional = { $n } über die Adresse einer Einrichtung: { $list }
press-universities = Hochschulen
press-basis-orcid = { $n } mit einer verifizierten ORCID iD
press-basis-moderated = { $n ->
        [one] { $n } Person
       *[other] { $n } Personen
    } von der Moderation geprüft
press-basis-organisations-all-moderated = { $n ->
        [one] { $n } Organisation, von der Moderation geprüft
       *[other] { $n } Organisationen, jede von der Moderation geprüft
    }
press-basis-organisations-moderated = { $n } { $n ->
        [one] Organisation
       *[other] Organisationen
    }, davon { $m } von der Moderation geprüft
press-last-updated = Zuletzt aktualisiert
press-as-of = { $date }, { $time } UTC
press-by-profession = Unterzeichnende Einzelpersonen nach Beruf
# Die Kategorie der Berufstätigen, die zu keiner Kategorie des Briefes passen.
press-category-other = Sonstige
press-table-caption = Dieselben Zahlen als Tabelle
press-col-profession = Beruf
press-col-signatories = Unterzeichnende
press-over-time = Unterschriften im Zeitverlauf
press-over-time-range = Von { $first } bis { $last }:
press-over-time-totals = Insgesamt { $total } veröffentlicht, höchstens { $busiest } an einem Tag.
press-over-time-legend = Balken: je ein Tag; Linie: die laufende Summe.
press-days-caption = Pro Tag veröffentlichte Unterschriften und die laufende Summe
press-col-day = Tag
press-col-signatures = Unterschriften
press-col-running = Laufende Summe
press-downloads = Downloads
press-downloads-intro = Die öffentliche Liste: Namen, Berufsbezeichnungen, Organisationen und Daten in der veröffentlichten Reihenfolge, zu jedem Eintrag mit seinen Nachweisen (die Domain, über die er bestätigt wurde, seine ORCID iD, ob die Moderation ihn geprüft hat). Niemals eine E-Mail-Adresse.
press-download-pdf = Der Brief mit seinen Unterzeichnenden (PDF)
press-download-xlsx = Tabelle (XLSX)
press-download-figures = Diese Zahlen (JSON)
press-live-count = Aktueller Zählerstand für Ihre Seite:
# Zwischen den beiden Code-Stücken: die Adresse von count.json und der iframe.
press-or-embed = , oder zum Einbetten

## Die Liste der Unterzeichnenden (templates/letter/signatories.html).

list-title = Unterzeichnende: { $title }
list-heading = Unterzeichnende
# Die Beschriftung der Reiter zwischen Personen und Organisationen.
list-who-signed = Wer unterzeichnet hat
list-tab-people = Personen ({ $n })
list-tab-organisations = Organisationen ({ $n })
list-search-label = Nach Name oder Berufsbezeichnung suchen
list-search-button = Suchen
list-empty = Hier ist noch niemand aufgeführt.
# $q: wonach gesucht wurde.
list-no-match = Kein Eintrag unter den Unterzeichnenden passt zu „{ $q }“.
# Die Beschriftung der Links zur vorigen und nächsten Seite der Liste.
list-pages = Seiten
list-previous = Zurück
list-next = Weiter

## Der Zähler, den andere Websites einbetten (templates/letter/embed.html).

embed-count-html = <strong>{ $people }</strong> { $people ->
        [one] Person
       *[other] Personen
    } und <strong>{ $organisations }</strong> { $organisations ->
        [one] Organisation
       *[other] Organisationen
    }
# $counts: embed-count-html; $title: der Titel des Briefes (beide bereits Markup).
embed-signed-html = { $counts } haben „{ $title }“ unterzeichnet.
embed-read-and-sign = Brief lesen und unterzeichnen

## Die Versionsgeschichte eines Brieftextes (templates/letter/history.html).

history-title = Versionsgeschichte von „{ $title }“
history-heading = Versionsgeschichte des Textes
# Nach dem Titel des Briefes, in Anführungszeichen.
history-has-had = hat bisher { $n } { $n ->
        [one] Version
       *[other] Versionen
    }.
history-intro = Jede Unterschrift hält fest, unter welcher Version sie geleistet wurde. Korrekturen von Tippfehlern, die den Sinn nicht ändern, erfolgen ohne neue Version.
history-version = Version { $version }
# Vor dem Tag, an dem eine Version veröffentlicht wurde.
history-from = Ab
history-changed-from = Was sich gegenüber Version { $version } geändert hat:
history-removed = entfernt
history-added = hinzugefügt
history-first = Der erste Text:

## Eine neue Version eines Briefes unterzeichnen (templates/letter/reconfirm.html).

reconfirm-title = Version { $version } von „{ $title }“
reconfirm-done = Vielen Dank
reconfirm-done-text = Ihre Unterschrift unter „{ $title }“ gilt jetzt für Version { $version } des Textes.
reconfirm-already = Bereits unterzeichnet
reconfirm-already-text = Ihre Unterschrift unter „{ $title }“ gilt bereits für Version { $version } des Textes.
reconfirm-sign = Version { $version } unterzeichnen
reconfirm-you-signed = Sie haben Version { $version } von „{ $title }“ unterzeichnet.
reconfirm-changed = Der Text hat sich seitdem geändert.
# $note: der Hinweis der Verantwortlichen zu den Änderungen, in der Sprache des Briefes.
reconfirm-changed-note = Der Text hat sich seitdem geändert: { $note }.
reconfirm-every-change = Jede Änderung, Wort für Wort
reconfirm-letter-now = Der Brief in seiner jetzigen Fassung
reconfirm-do-nothing = Wenn Sie nichts tun, bleibt Ihre Unterschrift unter Version { $version } aufgeführt.

## Neuigkeiten zu einem Brief abbestellen (templates/updates/unsubscribe.html).

unsub-title = Neuigkeiten zu „{ $title }“
unsub-done = Keine Neuigkeiten mehr
unsub-done-text = Sie erhalten keine Neuigkeiten mehr zu „{ $title }“. Ihre Unterschrift bleibt, wie sie ist.
unsub-stop = Neuigkeiten zu diesem Brief abbestellen
unsub-stop-text = Sie haben beim Unterzeichnen Neuigkeiten zu „{ $title }“ angefordert. Klicken Sie auf die Schaltfläche, dann senden wir Ihnen keine mehr; Ihre Unterschrift bleibt, wie sie ist.
unsub-none = Keine Neuigkeiten
unsub-none-text = Sie erhalten keine Neuigkeiten zu „{ $title }“. Ihre Unterschrift bleibt, wie sie ist.

## Die eigenen Unterschriften: Liste anfordern, korrigieren, herunterladen (templates/my).

# Vor einem Link zur Datenschutzseite.
my-privacy = Was wir speichern und wie lange:
my-privacy-link = Datenschutz
my-request-intro = Geben Sie die Adresse ein, mit der Sie unterzeichnet haben. Wir senden an diese Adresse eine Liste der Briefe, die hier mit ihr unterzeichnet wurden, jeweils mit Links, um Ihre Unterschrift zu bestätigen, Ihre veröffentlichten Angaben zu korrigieren oder Ihre Unterschrift zurückzuziehen und die Angaben zu löschen, sowie einen Link, um alles herunterzuladen, was wir über Sie speichern.
my-request-email-hint = Die Adresse, mit der Sie unterzeichnet haben.
my-request-button = Meine Unterschriften zusenden
my-sent-text = Falls mit dieser Adresse hier Briefe unterzeichnet wurden, ist eine E-Mail mit einer Liste dieser Briefe und Ihren Links unterwegs. Sonst wird nichts gesendet, und nichts ändert sich, bis Sie auf einer Seite, die einer der Links öffnet, auf eine Schaltfläche klicken.
my-sent-none = Nach einigen Minuten noch keine E-Mail? Sehen Sie in Ihrem Spam-Ordner nach. An eine Adresse senden wir höchstens einige wenige E-Mails pro Tag.
my-correct-title = Ihre Angaben korrigieren
# Vor dem Titel des Briefes, in Anführungszeichen.
my-correct-your-signature = Ihre Unterschrift unter
my-correct-moderated = Die Moderation prüft die korrigierten Angaben vor der Veröffentlichung; bis dahin wird Ihr Eintrag nicht angezeigt.
my-correct-at-once = Die korrigierten Angaben werden sofort veröffentlicht.
my-correct-name-hint = So, wie er veröffentlicht werden soll.
my-correct-orcid-hint = Wird als Link neben Ihrem Namen angezeigt; als verifiziert nur dann, wenn es die iD ist, die Sie über ORCID nachgewiesen haben.
my-correct-show-domain = Anzeigen, dass ich über meine dienstliche Adresse bestätigt habe (nur deren Domain, und nur wenn sie zu einer Universität oder Einrichtung gehört, die dieser Brief nennt).
my-correct-button = Korrektur speichern
my-corrected-title = Angaben korrigiert
my-corrected-heading = Ihre Angaben sind korrigiert
my-corrected-published = Ihr korrigierter Eintrag unter „{ $title }“ ist veröffentlicht.
my-corrected-moderated = Die Moderation prüft die korrigierten Angaben Ihrer Unterschrift unter „{ $title }“. Ihr Eintrag erscheint wieder, sobald sie geprüft wurden.
my-data-title = Ihre Daten
my-data-heading = Alles, was wir über Sie speichern
my-data-intro = Eine JSON-Datei mit { $n ->
        [one] Ihrer Unterschrift
       *[other] Ihren { $n } Unterschriften
    } hier: die Angaben, die Sie gemacht haben, die Zeitpunkte, was die Moderation mit { $n ->
        [one] ihr
       *[other] ihnen
    } gemacht hat, und die E-Mails, die wir Ihnen gesendet haben.
my-data-button = Meine Daten herunterladen

## Der Datenschutzhinweis (templates/privacy.html).

# Eine Dauer in ihrer größten ganzen Einheit; $unit ist day, hour, minute oder second.
privacy-duration = { $unit ->
        [day] { $n ->
            [one] { $n } Tag
           *[other] { $n } Tage
        }
        [hour] { $n ->
            [one] { $n } Stunde
           *[other] { $n } Stunden
        }
        [minute] { $n ->
            [one] { $n } Minute
           *[other] { $n } Minuten
        }
       *[second] { $n ->
            [one] { $n } Sekunde
           *[other] { $n } Sekunden
        }
    }
privacy-heading = Datenschutz: was wir speichern, warum und wie lange
privacy-who = Wer die Daten speichert
# Gefolgt von der Kontaktadresse des Betreibers.
privacy-run-by-operator = Dieser Dienst wird von seinem Betreiber betrieben, der Fragen zu Ihren Daten beantwortet:
privacy-run-by-organisers = Dieser Dienst wird von den Verantwortlichen der unten aufgeführten Briefe betrieben.
# Nach dem Titel eines Briefes, vor der E-Mail-Adresse seiner Verantwortlichen.
privacy-organisers-reachable = Verantwortliche erreichbar unter
privacy-what = Was wir speichern, wenn Sie unterzeichnen
privacy-what-name-html = <strong>Ihren Namen, Ihre Berufsbezeichnung und Ihre Organisation</strong>, um sie wie gewünscht unter dem Brief zu veröffentlichen. Wenn Sie nicht namentlich genannt werden möchten, werden nur „Anonym“ und Ihre Berufsbezeichnung veröffentlicht; Ihr Name bleibt ausschließlich für die Moderation des Briefes sichtbar. Bei einer Organisation werden deren Name und Website veröffentlicht; Name und Funktion der unterzeichnenden Person sieht nur die Moderation.
privacy-what-email-html = <strong>Ihre E-Mail-Adresse</strong>, die nie veröffentlicht wird: um zu bestätigen, dass die Unterschrift von Ihnen stammt, um sicherzustellen, dass jede Person nur einmal unterzeichnet, und um Ihnen die Links zum Korrigieren oder Zurückziehen der Unterschrift zu senden.
privacy-what-network-html = <strong>Einen mit einem Schlüssel gebildeten Hashwert Ihrer Netzwerkadresse</strong>: Ihre IP-Adresse selbst wird nie gespeichert. Anhand des Hashwerts erkennen wir, wenn viele Unterschriften aus einem einzigen Netzwerk eintreffen – so fallen massenhaft gefälschte Namen auf.
privacy-what-orcid-html = <strong>Ihre ORCID iD</strong>, falls Sie eine angeben: Sie wird als Link neben Ihrem Namen veröffentlicht (niemals bei anonym Unterzeichnenden) und als verifiziert gekennzeichnet, wenn Sie sie durch eine Anmeldung mit ORCID nachgewiesen haben.
privacy-what-domain-html = <strong>Die Domain, über die Sie bestätigt haben</strong> (z. B. „nhs.net“, nie die Adresse), falls Sie uns bitten, sie anzuzeigen, und sie zu einer Universität oder Einrichtung gehört, die der Brief nennt: Sie wird neben Ihrem Namen veröffentlicht.
privacy-what-news-html = <strong>Ihre Einwilligung in Neuigkeiten</strong>, falls Sie „Senden Sie mir Neuigkeiten zu diesem Brief per E-Mail“ ankreuzen: die Fassung des Wortlauts, dem Sie zugestimmt haben, und wann Sie zugestimmt haben. Nur eine bestätigte Unterschrift zählt, und nur an sie werden überhaupt Neuigkeiten gesendet: höchstens zwei E-Mails im Monat, jede mit einem Link, mit dem Sie sie mit einem Klick abbestellen, ohne Anmeldung. Mit dem Abbestellen wird die Einwilligung gelöscht; nichts davon wird aufbewahrt.
privacy-what-language-html = <strong>Die Sprache, in der Sie unterzeichnet haben</strong>, wenn es nicht Englisch ist: Ihre E-Mails werden in ihr geschrieben. Sie wird mit Ihrer Adresse gelöscht.
privacy-what-dates-html = <strong>Die Zeitpunkte</strong>, zu denen Sie unterzeichnet haben, bestätigt haben und veröffentlicht wurden, und was die Moderation mit Ihrem Eintrag gemacht hat (das Audit-Protokoll).
privacy-cookies = Beim Unterzeichnen wird kein Cookie gesetzt, außer, wenn Sie „Mit ORCID anmelden“ verwenden, eines, das den Stand der Anmeldung zehn Minuten lang speichert. Von Einsendungen, die in unseren Bot-Fallen hängen bleiben, wird keine E-Mail-Adresse gespeichert.
privacy-how-long = Wie lange
privacy-unconfirmed = Eine nie bestätigte Unterschrift wird { $unconfirmed } nach ihrer Abgabe gelöscht (der Bestätigungslink ist { $links } lang gültig).
privacy-retention = { $retention } nach der Schließung eines Briefes werden die E-Mail-Adresse, der Netzwerk-Hashwert und die Einwilligung in Neuigkeiten aller Unterzeichnenden gelöscht, ebenso alles von den Einträgen, die nie veröffentlicht wurden, und alles, was ein veröffentlichter Eintrag enthielt, aber nie angezeigt wurde (Name und iD einer anonym unterzeichnenden Person; Name und Funktion der Person, die für eine Organisation unterzeichnet hat), zusammen mit den Angaben, die das Audit-Protokoll davon festgehalten hat. Die Einträge bleiben so, wie sie veröffentlicht wurden: Sie sind der Brief.
privacy-mail-log = Die Aufzeichnung der E-Mails, die wir gesendet haben (wann und welcher Art; nie ihr Inhalt), wird { $kept } lang aufbewahrt, damit keine Adresse an einem Tag mehr als { $cap } { $cap ->
        [one] E-Mail
       *[other] E-Mails
    } von uns erhält.
privacy-withdraw = Sie können Ihre Unterschrift jederzeit zurückziehen. Dabei werden Ihr Name, Ihre Berufsbezeichnung, Ihre Organisation, Ihre E-Mail-Adresse, Ihr Netzwerk-Hashwert und Ihre Einwilligung in Neuigkeiten gelöscht, ebenso die Angaben, die das Audit-Protokoll zu Ihrem Eintrag festgehalten hat, und unsere E-Mails an Sie. Nur die bloße Tatsache, dass eine Unterschrift existierte, bleibt mit ihren Zeitpunkten erhalten, damit die Zahlen des Briefes im Zeitverlauf stimmen.
privacy-what-you-can-do = Was Sie tun können
privacy-my-html = Geben Sie auf der Seite <a href="/my">Ihre Unterschriften</a> Ihre Adresse ein: Wir senden Ihnen eine Liste der Briefe, die hier mit ihr unterzeichnet wurden, mit Links zum Bestätigen, zum Korrigieren Ihrer veröffentlichten Angaben, zum Zurückziehen und Löschen dieser Angaben und zum Herunterladen von allem, was wir über Sie speichern.
privacy-from-operator = Hinweise des Betreibers
