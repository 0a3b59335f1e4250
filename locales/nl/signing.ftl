# De briefpagina, de formulieren, bevestigen en intrekken, en de gepubliceerde lijst.

count-people = { $n ->
        [one] { $n } persoon
       *[other] { $n } personen
    }
count-signed-html = <strong>{ $people }</strong> { $people ->
        [one] persoon
       *[other] personen
    } en <strong>{ $organisations }</strong> { $organisations ->
        [one] organisatie
       *[other] organisaties
    } hebben ondertekend.
count-signed = { $people } { $people ->
        [one] persoon
       *[other] personen
    } en { $organisations } { $organisations ->
        [one] organisatie
       *[other] organisaties
    } hebben ondertekend.
meta-description = { $people } { $people ->
        [one] persoon
       *[other] personen
    } en { $organisations } { $organisations ->
        [one] organisatie
       *[other] organisaties
    } hebben deze open brief ondertekend.
meta-share = { $people } { $people ->
        [one] persoon
       *[other] personen
    } en { $organisations } { $organisations ->
        [one] organisatie
       *[other] organisaties
    } hebben ondertekend. Zet ook uw naam eronder.
progress = { $signed } van de beoogde { $target } handtekeningen.
error-prefix = Fout:
updates-feed-title = Nieuws
published-on = Gepubliceerd
version-of-text = versie { $version } van de tekst
version-of-text-start = Versie { $version } van de tekst
what-changed = wat er is veranderd
see-everyone = Bekijk iedereen die heeft ondertekend
press-information = Informatie voor de pers
translation-notice = Dit is een vertaling. De tekst in de oorspronkelijke taal ({ $language }) is leidend:
translation-read-original = lees die hier
translations-available = Deze brief in andere talen:

sign-heading = Zet uw naam eronder
sign-intro = We sturen u per e-mail een link om te bevestigen. Uw e-mailadres wordt nooit gepubliceerd
sign-intro-privacy = wat we bewaren en hoe lang
sign-moderated = Elke handtekening wordt door een moderator gecontroleerd voordat die verschijnt.
sign-as-individual = Onderteken als persoon
sign-as-organisation = Onderteken namens een organisatie
organisations-checked = Organisaties worden altijd door een moderator gecontroleerd voordat ze verschijnen.
trap-label = Laat dit leeg
optional = (optioneel)
field-name = Uw naam
field-name-hint = Zoals u die gepubliceerd wilt zien, bijv. dr. Jay Watts.
field-title = Uw beroepstitel
field-title-hint = bijv. klinisch psycholoog.
field-organisation = Uw organisatie
field-email = E-mailadres
field-email-hint = Alleen gebruikt om te bevestigen; wordt nooit gepubliceerd.
field-orcid = Uw ORCID iD
field-orcid-hint = bijv. 0000-0002-1825-0097; getoond als link naast uw naam.
orcid-verified = ORCID heeft bevestigd dat deze iD van u is: hij wordt als geverifieerd getoond.
orcid-sign-in = Aanmelden met ORCID
orcid-sign-in-why = om uw iD als geverifieerd te tonen.
checkbox-public = Toon mijn naam openbaar. Zonder vinkje wordt u vermeld als “Anoniem”, met uw beroepstitel.
checkbox-show-domain = Toon dat ik heb bevestigd vanaf mijn werkadres: als het domein daarvan hoort bij een universiteit of instelling die in deze brief wordt genoemd, staat dat bij uw vermelding (bijv. “bevestigd via nhs.net”). Alleen het domein wordt getoond, nooit het adres.
news-promise = Stuur mij per e-mail nieuws over deze brief: hoogstens twee e-mails per maand (over de overhandiging ervan en de reactie erop), elk met een link waarmee ik ze met één klik stopzet. Mijn adres wordt nergens anders voor gebruikt.
news-promise-old = Stuur mij per e-mail nieuws over deze brief.
sign-button = Onderteken de brief
field-org-name = Naam van de organisatie
field-org-name-hint = Zoals die gepubliceerd moet worden.
field-org-website = Website van de organisatie
field-contact-name-hint = Alleen zichtbaar voor moderatoren.
field-role = Uw functie
field-work-email = Uw e-mailadres op het werk
sign-org-button = Onderteken namens de organisatie
closed-heading = Deze brief is gesloten
closed-text = Hij kan niet meer worden ondertekend. Dank aan iedereen die heeft ondertekend.
recent-heading = Onlangs ondertekend
fix-one = Verbeter dit alstublieft
fix-many = Verbeter deze { $n } punten alstublieft

entry-orcid-verified = (geverifieerd)
entry-domain-checked = domein gecontroleerd: { $domain }
entry-confirmed-at = bevestigd via { $domain }
entry-moderated = gecontroleerd door een moderator
entry-signed-version = heeft versie { $version } van de tekst ondertekend

timeline-heading = Wat er is gebeurd
timeline-read-response = Lees de reactie
timeline-feed = Volg het nieuws (Atom-feed)
timeline-delivered = Overhandigd aan { $to }
timeline-delivered-how = Overhandigd aan { $to } ({ $how })
timeline-response = Reactie van { $from }

check-email-title = Kijk in uw mailbox
check-email-sent = We hebben u een link gestuurd om uw handtekening onder “{ $title }” te bevestigen. Open die en klik op de knop op de pagina die dan verschijnt. Vanaf dat moment telt uw handtekening.
check-email-none = Na een paar minuten nog geen e-mail? Kijk in uw spammap, of onderteken opnieuw met hetzelfde adres om de link nogmaals te ontvangen.
back-to-letter = Terug naar de brief
read-letter = Lees de brief

withdraw-title = Uw handtekening intrekken
withdraw-from = Uw handtekening onder “{ $title }” intrekken:
withdraw-erased = Uw naam, beroepstitel en e-mailadres worden gewist. Dit kan niet ongedaan worden gemaakt.
withdraw-button = Mijn handtekening intrekken
already-confirmed = Al bevestigd
already-confirmed-text = Uw handtekening onder “{ $title }” is bevestigd. Dank u.
confirm-title = Bevestig uw handtekening
confirm-signing-as = U ondertekent “{ $title }” als:
confirm-also-asked = U vroeg ook: “{ $words }”
confirm-button = Bevestig mijn handtekening

done-title = Dank u
done-confirmed = Dank u: uw handtekening is bevestigd
done-published = Uw naam staat nu onder “{ $title }”.
done-moderated = Een moderator controleert elke handtekening onder “{ $title }” voordat die wordt gepubliceerd. De uwe verschijnt zodra die is gecontroleerd.
done-was-confirmed = Uw handtekening onder “{ $title }” was al bevestigd.
done-withdrawn = Uw handtekening is ingetrokken
done-withdrawn-text = Uw naam, beroepstitel en e-mailadres zijn gewist uit “{ $title }”.

# Foutmeldingen naast de velden van een formulier.
invalid-kind = Kies of u als persoon of als organisatie ondertekent.
invalid-required = Dit veld is verplicht.
invalid-too-long = Gebruik minder dan { $n } tekens.
invalid-forbidden = Dit bevat een onzichtbaar teken of een stuurteken ({ $character }); typ het opnieuw.
invalid-no-letters = Gebruik letters, niet alleen cijfers of leestekens.
invalid-email-empty = Vul uw e-mailadres in.
invalid-email = Vul een geldig e-mailadres in, zoals naam@example.org.
invalid-orcid-shape = Een ORCID iD heeft 16 tekens, zoals 0000-0002-1825-0097.
invalid-orcid-checksum = Deze ORCID iD bevat een typfout: het laatste teken klopt niet met de andere.
invalid-website-empty = Geef de website van de organisatie op.
invalid-website = Geef een webadres op, zoals https://example.org.
invalid-disposable = Voor deze brief is een vast e-mailadres nodig, geen wegwerpadres.
