# The frame of every page, the home page and error pages.
# Messages whose id ends in -html may hold markup; their arguments are numbers.

site-name = Undersigned
skip-to-content = Skip to content
footer-promise = Your email address is never published. It is used only to confirm your signature.
footer-privacy = Privacy
footer-my = Your signatures
language-switch = Language
# Kept in English only: the tests check that a message missing from a language falls back to English.
fallback-probe = This text is shown in English wherever it is missing.

home-title = Open letters
home-none = There are no open letters yet.
home-counts = { $people ->
        [one] { $people } signatory
       *[other] { $people } signatories
    }, { $organisations ->
        [one] { $organisations } organisation
       *[other] { $organisations } organisations
    }

error-back = Back to the letters
err-not-found = Not found
err-not-found-text = There is no page here.
err-try-again = Please try again in a moment
err-unavailable-text = The service is briefly unavailable. Nothing you sent was lost or recorded; please send it again in a few seconds.
err-internal = Something went wrong
err-internal-text = The error was on our side and has been logged. Please try again shortly.
err-closed-text = The letter no longer takes signatures. Thank you for your support.
err-unsubscribe = This link stops no news
err-unsubscribe-text = It may be cut short or mistyped. If the signature it belonged to was withdrawn, no more mail goes to it anyway. Your signatures here and what we keep: /my.
err-link = This link no longer works
err-link-text = It may have been used already, or it has expired. Sign again with the same address to receive a fresh link.
err-orcid-refused = ORCID did not accept this sign-in
err-orcid-refused-text = It may have been used already (a page reloaded), or it took too long. Go back to the letter and sign in with ORCID again, or type your iD instead.
err-orcid-down = ORCID did not answer
err-orcid-down-text = We could not reach ORCID to check your iD. Please try again in a moment, or type your iD instead.
err-unreadable = We could not read that
err-wait = Please wait a moment
err-too-many-signatures = Many signatures have come from your network in the last few minutes (a hospital or university network can do that). Please try again in about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
err-too-many-reads = Many searches or downloads have come from your network in the last few minutes. Please try again in about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
err-busy-text = Many downloads are being prepared right now. Please try again in a few seconds.

# The share card and the PDF.
card-kicker = AN OPEN LETTER
card-people = { $n ->
        [one] person has signed
       *[other] people have signed
    }
card-organisations = { $n ->
        [one] { $n } organisation
       *[other] { $n } organisations
    }
card-aim = of { $target } aimed for
pdf-footer = { $source } · exported { $time }
pdf-figures = Figures
pdf-counts = { $people ->
        [one] { $people } individual signatory
       *[other] { $people } individual signatories
    } and { $organisations ->
        [one] { $organisations } supporting organisation
       *[other] { $organisations } supporting organisations
    }
pdf-at = { $counts } at { $time }.
pdf-basis = What these figures rest on: { $basis }.
pdf-signatories = Signatories
pdf-organisations = Supporting organisations
pdf-signed-version = { $entry } (signed version { $version })
body-too-large = The form was far larger than any signature could be.
body-content-type = The request was not sent as a form or as JSON as expected.
body-encoding = The request held text that is not valid UTF-8.
body-malformed = The request was not in the expected format.
body-incomplete = The request body did not arrive whole.
