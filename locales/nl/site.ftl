# Het kader van elke pagina, de startpagina en de foutpagina's.
# Berichten waarvan de id eindigt op -html kunnen opmaak bevatten; hun argumenten zijn getallen.

site-name = Undersigned
skip-to-content = Naar de inhoud
footer-promise = Uw e-mailadres wordt nooit gepubliceerd. Het wordt alleen gebruikt om uw handtekening te bevestigen.
footer-privacy = Privacy
footer-my = Uw handtekeningen
language-switch = Taal

# fallback-probe wordt hier bewust niet vertaald: de tests controleren dat een ontbrekend bericht terugvalt op het Engels.

home-title = Open brieven
home-none = Er zijn nog geen open brieven.
home-counts = { $people ->
        [one] { $people } ondertekenaar
       *[other] { $people } ondertekenaars
    }, { $organisations ->
        [one] { $organisations } organisatie
       *[other] { $organisations } organisaties
    }

error-back = Terug naar de brieven
err-not-found = Niet gevonden
err-not-found-text = Deze pagina bestaat niet.
err-try-again = Probeer het zo meteen opnieuw
err-unavailable-text = De dienst is even niet beschikbaar. Niets van wat u hebt verstuurd is verloren gegaan of vastgelegd; verstuur het over enkele seconden opnieuw.
err-internal = Er is iets misgegaan
err-internal-text = De fout lag bij ons en is vastgelegd. Probeer het straks opnieuw.
err-closed-text = Deze brief kan niet meer worden ondertekend. Dank u voor uw steun.
err-unsubscribe = Deze link stopt geen nieuws
err-unsubscribe-text = Mogelijk is hij afgebroken of verkeerd overgetypt. Als de handtekening waar hij bij hoorde is ingetrokken, gaat er sowieso geen e-mail meer naartoe. Uw handtekeningen hier en wat we bewaren: /my.
err-link = Deze link werkt niet meer
err-link-text = Mogelijk is hij al gebruikt, of hij is verlopen. Onderteken opnieuw met hetzelfde adres om een nieuwe link te ontvangen.
err-orcid-refused = ORCID heeft deze aanmelding niet geaccepteerd
err-orcid-refused-text = Mogelijk is ze al gebruikt (een pagina is opnieuw geladen), of het duurde te lang. Ga terug naar de brief en meld u opnieuw aan met ORCID, of typ in plaats daarvan uw iD.
err-orcid-down = ORCID gaf geen antwoord
err-orcid-down-text = We konden ORCID niet bereiken om uw iD te controleren. Probeer het zo meteen opnieuw, of typ in plaats daarvan uw iD.
err-unreadable = Dat konden we niet lezen
err-wait = Een ogenblik geduld
err-too-many-signatures = De afgelopen minuten zijn er veel handtekeningen vanaf uw netwerk gekomen (bij een ziekenhuis- of universiteitsnetwerk kan dat gebeuren). Probeer het over ongeveer { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } opnieuw.
err-too-many-reads = De afgelopen minuten zijn er veel zoekopdrachten of downloads vanaf uw netwerk gekomen. Probeer het over ongeveer { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } opnieuw.
err-busy-text = Er worden op dit moment veel downloads voorbereid. Probeer het over enkele seconden opnieuw.

# De deelkaart en de pdf.
card-kicker = EEN OPEN BRIEF
card-people = { $n ->
        [one] persoon heeft ondertekend
       *[other] mensen hebben ondertekend
    }
card-organisations = { $n ->
        [one] { $n } organisatie
       *[other] { $n } organisaties
    }
card-aim = van de { $target } beoogde
pdf-footer = { $source } · geëxporteerd op { $time }
pdf-figures = Cijfers
pdf-counts = { $people ->
        [one] { $people } individuele ondertekenaar
       *[other] { $people } individuele ondertekenaars
    } en { $organisations ->
        [one] { $organisations } steunende organisatie
       *[other] { $organisations } steunende organisaties
    }
pdf-at = { $counts } op { $time }.
pdf-basis = Waarop deze cijfers berusten: { $basis }.
pdf-signatories = Ondertekenaars
pdf-organisations = Steunende organisaties
pdf-signed-version = { $entry } (ondertekende versie { $version })
body-too-large = Het formulier was veel groter dan een handtekening ooit kan zijn.
body-content-type = Het verzoek is niet als formulier of als JSON verstuurd, zoals verwacht.
body-encoding = Het verzoek bevatte tekst die geen geldige UTF-8 is.
body-malformed = Het verzoek had niet de verwachte vorm.
body-incomplete = De inhoud van het verzoek kwam niet volledig aan.
