# De perspagina, de lijst van ondertekenaars, de geschiedenis van de tekst, de pagina's “Uw handtekeningen”, de privacyverklaring en het stopzetten van nieuws.

## De perspagina (templates/press/page.html, src/press).

press-title = Pers: { $title }
press-closed = sinds { $date }: er kunnen geen handtekeningen meer bij, en de cijfers zijn definitief.
press-contact = Perscontact:
press-figures = Cijfers
press-count-html = <strong id="figure-individuals">{ $people }</strong> individuele { $people ->
        [one] ondertekenaar
       *[other] ondertekenaars
    } en <strong id="figure-organisations">{ $organisations }</strong> ondersteunende { $organisations ->
        [one] organisatie
       *[other] organisaties
    }.
# $clauses: de onderstaande zinsdelen, samengevoegd met "; ".
press-basis = Waar deze cijfers op berusten: { $clauses }. Elke persoon wordt één keer geteld: een vermelding die lijkt op een andere die al op de lijst staat, wacht op een moderator voordat die meetelt.
press-basis-confirmed-all = { $n ->
        [one] de ene vermelde persoon heeft de handtekening per e-mail bevestigd
       *[other] alle { $n } personen hebben hun handtekening per e-mail bevestigd
    }
press-basis-imported-all = { $n ->
        [one] de ene vermelde persoon is door de organisatoren toegevoegd uit hun eigen lijst
       *[other] alle { $n } personen zijn door de organisatoren toegevoegd uit hun eigen lijst
    }
press-basis-confirmed-imported = { $n ->
        [one] { $n } persoon heeft
       *[other] { $n } personen hebben
    } de handtekening per e-mail bevestigd en { $m } { $m ->
        [one] is
       *[other] zijn
    } door de organisatoren toegevoegd uit hun eigen lijst
# $list: de naam en het aantal van elke instelling, bijv. "NHS 150, universiteiten 62".
press-basis-institutional = { $n } vanaf een adres van een instelling: { $list }
press-universities = universiteiten
press-basis-orcid = { $n } met een geverifieerde ORCID iD
press-basis-moderated = { $n ->
        [one] { $n } persoon
       *[other] { $n } personen
    } gecontroleerd door een moderator
press-basis-organisations-all-moderated = { $n ->
        [one] { $n } organisatie, gecontroleerd door een moderator
       *[other] { $n } organisaties, elk gecontroleerd door een moderator
    }
press-basis-organisations-moderated = { $n } { $n ->
        [one] organisatie
       *[other] organisaties
    }, waarvan { $m } gecontroleerd door een moderator
press-last-updated = Laatst bijgewerkt
press-as-of = { $date }, { $time } UTC
press-by-profession = Individuele ondertekenaars per beroep
# De categorie van beroepsbeoefenaren die bij geen van de categorieën van de brief horen.
press-category-other = Overig
press-table-caption = Dezelfde cijfers als tabel
press-col-profession = Beroep
press-col-signatories = Ondertekenaars
press-over-time = Handtekeningen in de loop van de tijd
press-over-time-range = Van { $first } tot en met { $last }:
press-over-time-totals = In totaal { $total } gepubliceerd, hoogstens { $busiest } op één dag.
press-over-time-legend = Staven: elke dag; lijn: het lopende totaal.
press-days-caption = Handtekeningen gepubliceerd per dag, en het lopende totaal
press-col-day = Dag
press-col-signatures = Handtekeningen
press-col-running = Lopend totaal
press-downloads = Downloads
press-downloads-intro = De openbare lijst: namen, beroepstitels, organisaties en datums, in de gepubliceerde volgorde, met bij elke vermelding het bewijs (het domein vanwaar die is bevestigd, de ORCID iD, of een moderator die heeft gecontroleerd). Nooit een e-mailadres.
press-download-pdf = De brief met de ondertekenaars (PDF)
press-download-xlsx = Spreadsheet (XLSX)
press-download-figures = Deze cijfers (JSON)
press-live-count = Actuele telling voor uw pagina:
# Tussen de twee stukjes code: het adres van count.json, en het iframe.
press-or-embed = , of insluiten met

## De lijst van ondertekenaars (templates/letter/signatories.html).

list-title = Ondertekenaars: { $title }
list-heading = Ondertekenaars
# Het label van de tabbladen voor personen en organisaties.
list-who-signed = Wie heeft ondertekend
list-tab-people = Personen ({ $n })
list-tab-organisations = Organisaties ({ $n })
list-search-label = Zoek op naam of beroepstitel
list-search-button = Zoeken
list-empty = Hier staat nog niemand vermeld.
# $q: waarop de lezer heeft gezocht.
list-no-match = Geen ondertekenaar komt overeen met “{ $q }”.
# Het label van de links naar de vorige en volgende pagina van de lijst.
list-pages = Pagina's
list-previous = Vorige
list-next = Volgende

## De teller die andere sites insluiten (templates/letter/embed.html).

embed-count-html = <strong>{ $people }</strong> { $people ->
        [one] persoon
       *[other] personen
    } en <strong>{ $organisations }</strong> { $organisations ->
        [one] organisatie
       *[other] organisaties
    }
# $counts: embed-count-html; $title: de titel van de brief (beide al opmaak).
embed-signed-html = { $counts } hebben “{ $title }” ondertekend.
embed-read-and-sign = Lees en onderteken de brief

## De geschiedenis van de tekst van een brief (templates/letter/history.html).

history-title = Geschiedenis van “{ $title }”
history-heading = Geschiedenis van de tekst
# Na de titel van de brief, tussen aanhalingstekens.
history-has-had = kent tot nu toe { $n } { $n ->
        [one] versie
       *[other] versies
    }.
history-intro = Bij elke handtekening wordt vastgelegd onder welke versie die is gezet. Correcties van typfouten die de betekenis niet veranderen, gebeuren zonder nieuwe versie.
history-version = Versie { $version }
# Voor de dag waarop een versie is gepubliceerd.
history-from = Vanaf
history-changed-from = Wat er is veranderd ten opzichte van versie { $version }:
history-removed = verwijderd
history-added = toegevoegd
history-first = De eerste tekst:

## Een nieuwe versie van een brief ondertekenen (templates/letter/reconfirm.html).

reconfirm-title = Versie { $version } van “{ $title }”
reconfirm-done = Dank u
reconfirm-done-text = Uw handtekening onder “{ $title }” geldt nu voor versie { $version } van de tekst.
reconfirm-already = Al ondertekend
reconfirm-already-text = Uw handtekening onder “{ $title }” geldt al voor versie { $version } van de tekst.
reconfirm-sign = Onderteken versie { $version }
reconfirm-you-signed = U hebt versie { $version } van “{ $title }” ondertekend.
reconfirm-changed = De tekst is sindsdien gewijzigd.
# $note: de toelichting van de organisatoren op wat er is veranderd, in de taal van de brief.
reconfirm-changed-note = De tekst is sindsdien gewijzigd: { $note }.
reconfirm-every-change = Elke wijziging, woord voor woord
reconfirm-letter-now = De brief zoals hij nu is
reconfirm-do-nothing = Als u niets doet, blijft uw handtekening vermeld onder versie { $version }.

## Nieuws over een brief stopzetten (templates/updates/unsubscribe.html).

unsub-title = Nieuws over “{ $title }”
unsub-done = Geen nieuws meer
unsub-done-text = U ontvangt geen nieuws meer over “{ $title }”. Uw handtekening blijft zoals die is.
unsub-stop = Stop nieuws over deze brief
unsub-stop-text = U hebt bij het ondertekenen gevraagd om nieuws over “{ $title }”. Klik op de knop en we sturen u niets meer; uw handtekening blijft zoals die is.
unsub-none = Geen nieuws
unsub-none-text = U ontvangt geen nieuws over “{ $title }”. Uw handtekening blijft zoals die is.

## De eigen handtekeningen: de lijst opvragen, corrigeren, downloaden (templates/my).

# Voor een link naar de privacypagina.
my-privacy = Wat we bewaren en hoe lang:
my-privacy-link = privacy
my-request-intro = Vul het adres in waarmee u hebt ondertekend. We mailen naar dat adres de lijst van de brieven die er hier mee zijn ondertekend, elk met links om uw handtekening te bevestigen, uw gepubliceerde gegevens te corrigeren, of uw handtekening in te trekken en de gegevens te wissen, en een link om alles te downloaden wat we over u bewaren.
my-request-email-hint = Het adres waarmee u hebt ondertekend.
my-request-button = Mail mij mijn handtekeningen
my-sent-text = Als er met dit adres hier brieven zijn ondertekend, is er een e-mail met een overzicht daarvan en uw links onderweg. Verder wordt er niets verstuurd, en er verandert niets totdat u op een knop klikt op een pagina die een van de links opent.
my-sent-none = Na een paar minuten nog geen e-mail? Kijk in uw spammap. We sturen hoogstens een paar e-mails per dag naar één adres.
my-correct-title = Corrigeer uw gegevens
# Voor de titel van de brief, tussen aanhalingstekens.
my-correct-your-signature = Uw handtekening onder
my-correct-moderated = Een moderator controleert de gecorrigeerde gegevens voordat ze worden gepubliceerd; tot dan wordt uw vermelding niet getoond.
my-correct-at-once = De gecorrigeerde gegevens worden meteen gepubliceerd.
my-correct-name-hint = Zoals u die gepubliceerd wilt zien.
my-correct-orcid-hint = Getoond als link naast uw naam; alleen als geverifieerd getoond als het de iD is die u met ORCID hebt aangetoond.
my-correct-show-domain = Toon dat ik heb bevestigd vanaf mijn werkadres (alleen het domein, en alleen als dat van een universiteit of instelling is die in deze brief wordt genoemd).
my-correct-button = Correctie opslaan
my-corrected-title = Gegevens gecorrigeerd
my-corrected-heading = Uw gegevens zijn gecorrigeerd
my-corrected-published = Uw gecorrigeerde vermelding onder “{ $title }” is gepubliceerd.
my-corrected-moderated = Een moderator controleert de gecorrigeerde gegevens van uw handtekening onder “{ $title }”. Uw vermelding verschijnt weer zodra die zijn gecontroleerd.
my-data-title = Uw gegevens
my-data-heading = Alles wat we over u bewaren
my-data-intro = Een JSON-bestand met { $n ->
        [one] uw handtekening
       *[other] uw { $n } handtekeningen
    } hier: de gegevens die u hebt opgegeven, de datums, wat moderatoren ermee hebben gedaan, en de e-mails die we u hebben gestuurd.
my-data-button = Download mijn gegevens

## De privacyverklaring (templates/privacy.html).

# Een duur in de grootste hele eenheid; $unit is day, hour, minute of second.
privacy-duration = { $unit ->
        [day] { $n ->
            [one] { $n } dag
           *[other] { $n } dagen
        }
        [hour] { $n ->
            [one] { $n } uur
           *[other] { $n } uur
        }
        [minute] { $n ->
            [one] { $n } minuut
           *[other] { $n } minuten
        }
       *[second] { $n ->
            [one] { $n } seconde
           *[other] { $n } seconden
        }
    }
privacy-heading = Privacy: wat we bewaren, waarom, en hoe lang
privacy-who = Wie het bewaart
# Gevolgd door het contactadres van de beheerder.
privacy-run-by-operator = Deze dienst wordt verzorgd door de beheerder, die vragen over uw gegevens beantwoordt:
privacy-run-by-organisers = Deze dienst wordt beheerd door de organisatoren van de onderstaande brieven.
# Na de titel van een brief, voor het e-mailadres van de organisatoren.
privacy-organisers-reachable = organisatoren bereikbaar via
privacy-what = Wat we bewaren als u ondertekent
privacy-what-name-html = <strong>Uw naam, beroepstitel en organisatie</strong>, om die zoals u hebt gevraagd bij de brief te publiceren. Als u ervoor kiest niet bij naam te worden genoemd, worden alleen “Anoniem” en uw beroepstitel gepubliceerd; uw naam blijft alleen zichtbaar voor de moderatoren van de brief. Bij een organisatie worden de naam en website daarvan gepubliceerd; de naam en functie van de persoon die ondertekent, zien alleen moderatoren.
privacy-what-email-html = <strong>Uw e-mailadres</strong>, dat nooit wordt gepubliceerd: om te bevestigen dat de handtekening van u is, om ervoor te zorgen dat iedereen maar één keer ondertekent, en om u de links te sturen om uw handtekening te corrigeren of in te trekken.
privacy-what-network-html = <strong>Een gesleutelde hash van uw netwerkadres</strong>: uw IP-adres zelf wordt nooit opgeslagen. Met de hash kunnen we zien dat er veel handtekeningen vanaf één netwerk binnenkomen; zo vallen golven van valse namen op.
privacy-what-orcid-html = <strong>Uw ORCID iD</strong>, als u die opgeeft: gepubliceerd als link naast uw naam (nooit bij een anonieme ondertekenaar), en gemarkeerd als geverifieerd als u hem hebt aangetoond door u aan te melden met ORCID.
privacy-what-domain-html = <strong>Het domein vanwaar u hebt bevestigd</strong> (bijv. “nhs.net”, nooit het adres), als u ons vraagt dat te tonen en het van een universiteit of instelling is die in de brief wordt genoemd: gepubliceerd naast uw naam.
privacy-what-news-html = <strong>Uw toestemming voor nieuws</strong>, als u “Stuur mij per e-mail nieuws over deze brief” aanvinkt: de versie van de tekst waarmee u hebt ingestemd, en wanneer. Alleen een bevestigde handtekening telt, en alleen naar een bevestigde handtekening wordt ooit nieuws gemaild: hoogstens twee e-mails per maand, elk met een link die ze met één klik stopzet, zonder inloggen. Bij stopzetten wordt de toestemming vergeten; er wordt niets van bewaard.
privacy-what-language-html = <strong>De taal waarin u hebt ondertekend</strong>, als dat niet Engels is: uw e-mails worden in die taal geschreven. Die wordt samen met uw adres gewist.
privacy-what-dates-html = <strong>De datums</strong> waarop u hebt ondertekend, hebt bevestigd en bent gepubliceerd, en wat moderatoren met uw vermelding hebben gedaan (het auditlogboek).
privacy-cookies = Ondertekenen plaatst geen cookie, behalve, als u “Aanmelden met ORCID” gebruikt, een cookie dat de status van de aanmelding tien minuten bewaart. Van inzendingen die in onze botvallen terechtkomen, wordt geen e-mailadres bewaard.
privacy-how-long = Hoe lang
privacy-unconfirmed = Een handtekening die nooit is bevestigd, wordt { $unconfirmed } na het zetten ervan gewist (de bevestigingslink werkt { $links }).
privacy-retention = { $retention } nadat een brief is gesloten, worden van elke ondertekenaar het e-mailadres, de netwerkhash en de toestemming voor nieuws gewist, net als alles van de vermeldingen die nooit zijn gepubliceerd, en alles wat een gepubliceerde vermelding bevatte dat nooit is getoond (de naam en iD van een anonieme ondertekenaar; de naam en functie van de persoon die namens een organisatie heeft ondertekend), samen met de gegevens die het auditlogboek daarvan bewaarde. De vermeldingen blijven zoals ze zijn gepubliceerd: zij zijn de brief.
privacy-mail-log = Het overzicht van de e-mails die we hebben gestuurd (wanneer en van welke soort; nooit de inhoud) wordt { $kept } bewaard, zodat geen enkel adres op één dag meer dan { $cap } { $cap ->
        [one] e-mail
       *[other] e-mails
    } van ons krijgt.
privacy-withdraw = U kunt op elk moment intrekken. Bij intrekken worden uw naam, beroepstitel, organisatie, e-mailadres, netwerkhash en toestemming voor nieuws gewist, evenals de gegevens die het auditlogboek over uw vermelding bewaarde, en onze e-mails aan u. Alleen het kale feit dat er een handtekening bestond, met de datums ervan, blijft bewaard, zodat de cijfers van de brief door de tijd heen kloppen.
privacy-what-you-can-do = Wat u kunt doen
privacy-my-html = Vul op <a href="/my">uw handtekeningen</a> uw adres in: we mailen u de lijst van de brieven die er hier mee zijn ondertekend, met links om te bevestigen, uw gepubliceerde gegevens te corrigeren, in te trekken en die gegevens te wissen, en alles te downloaden wat we over u bewaren.
privacy-from-operator = Van de beheerder
