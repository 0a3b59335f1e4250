# admin: de moderatiepagina's, voor moderatoren en beheerders.

# Het kader van elke beheerpagina.
admin-moderation = Moderatie
admin-nav-letters = Brieven
admin-nav-audit = Auditlog
admin-nav-moderators = Moderatoren
admin-log-out = Uitloggen
admin-role-admin = beheerder
admin-role-moderator = moderator

# Inloggen.
admin-login-title = Inloggen voor moderatoren
admin-login-email = E-mailadres
admin-login-password = Wachtwoord
admin-login-button = Inloggen
admin-login-wrong = Het e-mailadres of wachtwoord klopt niet.

# De brieven en hun aantallen.
admin-letters-title = Brieven
admin-col-letter = Brief
admin-col-unverified = Onbevestigd
admin-col-pending = Wacht op moderatie
admin-col-published = Gepubliceerd
admin-col-rejected = Afgewezen
admin-col-withdrawn = Ingetrokken
admin-col-duplicate = Dubbel
admin-col-open-pairs = Open dubbele paren
admin-col-held = Aangehouden tot controle
admin-letter-draft = concept
admin-letter-open = open
admin-letter-closed = gesloten

# De wachtrij van een brief.
admin-queue-title = Wachtrij: { $title }
admin-queue-duplicates = Waarschijnlijke dubbele vermeldingen
admin-queue-updates = Nieuws
admin-queue-public-page = Openbare pagina
admin-queue-states = Statussen
admin-tab-pending = Wacht op moderatie
admin-tab-unverified = Onbevestigd
admin-tab-published = Gepubliceerd
admin-tab-rejected = Afgewezen
admin-tab-withdrawn = Ingetrokken
admin-tab-duplicate = Dubbel
admin-tab-all = Alle
admin-filter-kind = Soort
admin-filter-kind-both = Beide
admin-filter-kind-individuals = Personen
admin-filter-kind-organisations = Organisaties
admin-filter-flag = Markering
admin-filter-any = Alle
admin-filter-flag-network = Veel vanaf één netwerk
admin-filter-flag-disposable = Wegwerpadres
admin-filter-flag-bot = Botval
admin-filter-search = Zoeken
admin-filter-button = Filteren
admin-queue-matching-html = <strong>{ $n }</strong> { $n ->
        [one] vermelding
       *[other] vermeldingen
    } gevonden.
admin-queue-empty = Hier staat niets.
admin-col-select = Selecteren
admin-col-entry = Vermelding
admin-col-details = Gegevens
admin-col-actions = Acties
admin-select-entry = Vermelding { $id } selecteren
admin-pinned = vastgezet
admin-held = aangehouden: waarschijnlijk dubbel
admin-anonymous-real-name = Anoniem; echte naam: { $name }
admin-rejected-because = Afgewezen: { $reason }
admin-no-email = (geen e-mailadres)
admin-website = Website: { $website }
admin-signed-by-who = Ondertekend door { $name }, { $title }
admin-domain-matches = Het domein van het e-mailadres komt overeen met de website
admin-domain-differs = Het domein van het e-mailadres komt niet overeen met de website
admin-approve = Goedkeuren
admin-reject-reason-label = Reden om vermelding { $id } af te wijzen
admin-reason-placeholder = Reden
admin-reject = Afwijzen
admin-pin = Vastzetten
admin-unpin = Losmaken
admin-edit = Bewerken
admin-selected-entries = Geselecteerde vermeldingen
admin-bulk-reason = Reden (bij afwijzen)
admin-approve-selected = Selectie goedkeuren
admin-reject-selected = Selectie afwijzen
admin-next-page = Volgende pagina
admin-reject-matching-heading = Alles afwijzen wat aan dit filter voldoet
admin-reject-matching-intro = Voor golven van spam. De volgende pagina toont hoeveel vermeldingen hiermee zouden worden afgewezen, voordat er iets verandert.
admin-reason = Reden
admin-reject-matching-count = Tel wat er zou worden afgewezen

# De statussen, soorten en markeringen van een vermelding, zoals de wachtrij ze toont.
admin-state-unverified = onbevestigd
admin-state-pending = in afwachting
admin-state-published = gepubliceerd
admin-state-rejected = afgewezen
admin-state-withdrawn = ingetrokken
admin-state-duplicate = dubbel
admin-kind-individual = persoon
admin-kind-organisation = organisatie
admin-flag-network = netwerk
admin-flag-disposable = wegwerpadres
admin-flag-bot = bot

# Alles afwijzen wat een filter vindt.
admin-confirm-rejection = Afwijzing bevestigen
admin-reject-count-question = { $n } { $n ->
        [one] vermelding
       *[other] vermeldingen
    } afwijzen?
admin-reject-count-text = { $n } { $n ->
        [one] vermelding
       *[other] vermeldingen
    } van “{ $title }” { $n ->
        [one] voldoet
       *[other] voldoen
    } aan het filter en { $n ->
        [one] kan
       *[other] kunnen
    } worden afgewezen,
admin-reject-count-reason = met als reden “{ $reason }”. Er is nog niets veranderd.
admin-reject-count-button = { $n } { $n ->
        [one] vermelding
       *[other] vermeldingen
    } afwijzen
admin-back-to-queue = Terug naar de wachtrij

# Waarschijnlijke dubbele vermeldingen.
admin-duplicates-title = Dubbele vermeldingen: { $title }
admin-duplicates-heading = Waarschijnlijke dubbele vermeldingen
admin-open-pairs = { $n } open { $n ->
        [one] paar
       *[other] paren
    }.
admin-no-duplicates = Geen waarschijnlijke dubbele vermeldingen.
admin-pair = Paar { $id }
admin-keep-this = Deze behouden
admin-not-duplicate = Geen dubbele vermelding

# Een vermelding corrigeren.
admin-edit-title = Vermelding { $id } bewerken
admin-edit-heading = Vermelding #{ $id } bewerken
admin-edit-intro = Verbeter typfouten in wat er is gepubliceerd. Het origineel blijft bewaard in het auditlog.
admin-field-signed-by = Ondertekend door
admin-field-name = Naam
admin-field-role = Functie
admin-field-title = Beroepstitel
admin-field-organisation = Organisatie
admin-save = Opslaan

# Het auditlog.
admin-audit-title = Auditlog
admin-audit-moderator = Moderator
admin-audit-anyone = Iedereen
admin-audit-letter = Brief
admin-col-when = Wanneer (UTC)
admin-col-who = Wie
admin-col-what = Wat
admin-col-before = Voor
admin-col-after = Na
admin-older-entries = Oudere regels

# Moderatoren.
admin-moderators-title = Moderatoren
admin-col-email = E-mail
admin-col-role = Rol
admin-col-status = Status
admin-status-active = actief
admin-status-disabled = uitgeschakeld
admin-enable = Inschakelen
admin-disable = Uitschakelen
admin-new-password-for = Nieuw wachtwoord voor { $email }
admin-new-password = Nieuw wachtwoord
admin-reset-password = Wachtwoord opnieuw instellen
admin-add-moderator = Een moderator toevoegen
admin-email-address = E-mailadres
admin-role = Rol
admin-role-option-moderator = Moderator
admin-role-option-admin = Beheerder
admin-password-long = Wachtwoord (12 tekens of meer)
admin-add = Toevoegen

# Het nieuws van een brief.
admin-updates-title = Nieuws: { $title }
admin-updates-heading = Nieuws over “{ $title }”
admin-updates-public = Zoals het publiek het ziet
admin-updates-audience = { $n } { $n ->
        [one] bevestigde ondertekenaar heeft
       *[other] bevestigde ondertekenaars hebben
    } om nieuws gevraagd.
admin-updates-promise = Ondertekenaars is hoogstens { $most } e-mails per maand beloofd; verstuurd in de afgelopen 30 dagen: { $recent }.
admin-updates-none = Nog geen nieuwsberichten.
admin-col-date = Datum
admin-col-update = Nieuwsbericht
admin-col-from = Bron
admin-col-mailed = Gemaild
admin-source-file = bestand
admin-source-admin = beheerpagina's
admin-mailed-to = { $when } UTC aan { $n } { $n ->
        [one] ondertekenaar
       *[other] ondertekenaars
    }
admin-mail-progress = { $delivered } afgeleverd, { $waiting } wachtend
admin-mail-on-target = nog niet: gaat vanzelf uit zodra het doel is bereikt, tot dan verborgen
admin-not-mailed = niet gemaild
admin-versions-heading = Versies van de tekst
admin-text-version = De tekst staat op versie { $version }
admin-text-history = de geschiedenis ervan
admin-earlier-signers = { $n } { $n ->
        [one] bevestigde ondertekenaar heeft
       *[other] bevestigde ondertekenaars hebben
    } een eerdere versie ondertekend.
admin-reconfirm-asked = Hun is op { $when } UTC gevraagd versie { $version } te ondertekenen. Wie dat niet deed, blijft vermeld onder de versie die hij of zij had ondertekend.
admin-reconfirm-intro = Eén e-mail per persoon, eenmalig voor deze versie, met een link om die te ondertekenen en een link om in te trekken. Wie niets doet, blijft vermeld onder de versie die hij of zij heeft ondertekend.
admin-reconfirm-button = { $n } { $n ->
        [one] ondertekenaar
       *[other] ondertekenaars
    } vragen versie { $version } te ondertekenen
admin-write-update = Een nieuwsbericht schrijven
admin-write-update-intro = Het verschijnt meteen op de pagina van de brief en in de feed ervan. Het mailen naar ondertekenaars is een aparte stap, na een voorbeeldweergave.
admin-field-date = Datum
admin-field-short-name = Korte naam
admin-field-short-name-hint = Kleine letters, cijfers en koppeltekens; deze naam staat in de link naar het nieuwsbericht.
admin-field-text = Tekst (Markdown)
admin-save-update = Nieuwsbericht opslaan

# Eén nieuwsbericht, voor en na het mailen.
admin-update-title = Nieuwsbericht: { $title }
admin-update-all = Al het nieuws over “{ $title }”
admin-update-tested = Er is een test verstuurd naar { $email }.
admin-update-mailed = Op { $when } UTC gemaild aan { $n } { $n ->
        [one] ondertekenaar
       *[other] ondertekenaars
    }
admin-update-not-mailed = Nog niet gemaild. { $n } { $n ->
        [one] bevestigde ondertekenaar heeft
       *[other] bevestigde ondertekenaars hebben
    } om nieuws gevraagd en { $n ->
        [one] zou het ontvangen
       *[other] zouden het ontvangen
    }.
admin-update-mail = De e-mail
admin-update-subject = Onderwerp:
admin-update-as-html = De e-mail als HTML
admin-update-as-text = Als platte tekst
admin-update-send-test = Stuur mij een test
admin-update-send = Versturen aan { $n } { $n ->
        [one] ondertekenaar
       *[other] ondertekenaars
    }

# Fouten.
admin-err-refused = Geweigerd
admin-err-refused-text = Het verzoek is geweigerd: { $why }. Laad de pagina opnieuw en probeer het nogmaals.
admin-err-admins-only = Alleen voor beheerders
admin-err-admins-only-text = Alleen een beheerder kan dit doen.
admin-err-too-many = Te veel pogingen
admin-err-too-many-text = Wacht alstublieft { $seconds } { $seconds ->
        [one] seconde
       *[other] seconden
    } voordat u het opnieuw probeert.
admin-err-busy = Te veel inlogpogingen tegelijk
admin-err-busy-text = Probeer het zo meteen opnieuw.
admin-err-unreadable = Dat konden we niet lezen
admin-err-invalid = Dat is niet gelukt

# Waarom een verzoek werd geweigerd (de { $why } van admin-err-refused-text).
admin-why-stale-token = het beveiligingstoken van het formulier ontbreekt of is verlopen
admin-why-no-origin = het verzoek vermeldde niet waar het vandaan kwam
admin-why-other-site = het verzoek kwam van een andere site

# Waarom een verzoek niet kon worden uitgevoerd.
admin-invalid-field = { $field }: { $error }
admin-invalid-reason-field = Reden
admin-invalid-update-title = De titel
admin-invalid-update-text = De tekst
admin-invalid-choose-action = Kies goedkeuren of afwijzen.
admin-invalid-cannot-approve = Alleen bevestigde vermeldingen die op moderatie wachten, die zijn afgewezen of die als dubbel zijn gemarkeerd, kunnen worden goedgekeurd.
admin-invalid-cannot-reject = Deze vermelding kan in haar huidige status niet worden afgewezen.
admin-invalid-selection = De selectie werd niet begrepen.
admin-invalid-pair-done = Dit paar is al afgehandeld.
admin-invalid-choose-keep = Kies welke vermelding u wilt behouden.
admin-invalid-pair-changed = Een van deze vermeldingen is gewijzigd sinds het paar werd gevonden (ingetrokken, afgewezen of samengevoegd); er is niets veranderd.
admin-invalid-choose-role = Kies een rol.
admin-invalid-disable-self = U kunt uw eigen account niet uitschakelen.
admin-add-not-email = { $email } is geen e-mailadres
admin-add-exists = er bestaat al een moderator met dit e-mailadres
admin-password-length = Het wachtwoord moet 12 tot 256 tekens lang zijn.
admin-password-hash-failed = hashen mislukt: { $error }
admin-invalid-filter-state = Onbekende status in het filter.
admin-invalid-filter-kind = Onbekende soort in het filter.
admin-invalid-filter-flag = Onbekende markering in het filter.
admin-invalid-update-name = Geef een datum (JJJJ-MM-DD) en een korte naam van kleine letters, cijfers en koppeltekens.
admin-invalid-update-exists = Deze brief heeft al een nieuwsbericht met deze datum en naam.
admin-invalid-reconfirm-done = De ondertekenaars van eerdere versies is al naar deze versie gevraagd, of die zijn er niet.
admin-invalid-test-not-sent = De testmail kon niet worden verstuurd; de mailserver weigerde of gaf geen antwoord. Probeer het opnieuw.
admin-refusal-already-sent = “{ $title }” is verstuurd op { $on }; een nieuwsbericht gaat maar één keer uit.
admin-refusal-too-soon = Ondertekenaars is hoogstens twee e-mails per maand beloofd, en in de afgelopen 30 dagen zijn er al twee nieuwsberichten verstuurd. Het volgende kan op { $next } uit.
